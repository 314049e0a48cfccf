using System.Globalization;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A strength or improvement item with the area it was listed under.</summary>
internal sealed record Finding(int Area, FindingKind Kind, string Text);

/// <summary>Where an area's text starts: the heading's block index, wording and page.</summary>
internal sealed record AreaStart(int Area, int Index, string Heading, int? Page);

/// <summary>The report's text read by area: findings lists, narrative passages, area headings and the sub-questions the text has sections on.</summary>
internal sealed record Narrative(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Passage> Passages,
    IReadOnlyDictionary<int, string> AreaHeadingTitles,
    IReadOnlyList<AreaStart> AreaStarts,
    IReadOnlySet<string> QuestionHeadings);

/// <summary>
/// Walks the flattened blocks once, keeping track of the current area (an area heading, see
/// <see cref="AreaHeadings"/>, or a findings summary "Sammanfattning område N"), the current
/// sub-question (a heading "N.M ...") and whether a findings list is open ("Starka sidor"/"Styrkor",
/// "Förbättringsområden" and their kin, see <see cref="ReportPatterns.ParseFindingsMarker"/>).
/// Items of an open findings list are findings; other paragraphs and bullets inside an area are
/// passages. A heading above the area headings' level (a chapter) closes the area; one at their
/// level closes it only when no area heading follows before the next chapter ("Kommunens resultat
/// per område" after the last area), so a report's own sub-headings beside the area headings
/// ("Iakttagelser", "Bedömning") keep their text in the area. A box
/// (<see cref="ReportBlocks.BoxOf"/>) is an aside: after it, the text goes on in the area and
/// sub-question it was in before the box. Every block read is marked in the ledger.
/// </summary>
internal static class NarrativeReader
{
    /// <summary>A paragraph after a findings title is a finding up to this length; a longer one is narrative.</summary>
    private const int MaxParagraphFinding = 300;

    public static Narrative Read(ReportBlocks flat, Framework framework, BlockLedger ledger)
    {
        var matches = new AreaHeadingMatch?[flat.Count];
        for (var i = 0; i < flat.Count; i++)
        {
            matches[i] = flat[i] is Heading h ? AreaHeadings.Match(h.Content, framework) : null;
        }

        var state = new State(framework, ledger, matches, AreaHeadingsAhead(flat, matches));
        for (var i = 0; i < flat.Count; i++)
        {
            state.EnterBox(flat.BoxOf(i));
            switch (flat[i])
            {
                case Heading h:
                    state.OnHeading(i, h);
                    break;
                case Paragraph p:
                    state.OnParagraph(i, p, ItemOrBoxEndFollows(flat, i));
                    break;
                case ListItem li:
                    state.OnListItem(i, li);
                    break;
                case Table t:
                    state.OnTable(i, t);
                    break;
            }
        }

        return state.Result();
    }

    /// <summary>The next block is a list item of the same box, or the block ends its box (the last item of a box's list).</summary>
    private static bool ItemOrBoxEndFollows(ReportBlocks flat, int i) =>
        (i + 1 < flat.Count && flat[i + 1] is ListItem && flat.BoxOf(i + 1) == flat.BoxOf(i))
        || (flat.BoxOf(i) != 0 && (i + 1 == flat.Count || flat.BoxOf(i + 1) != flat.BoxOf(i)
            || (flat[i + 1] is Heading or Paragraph && ReportPatterns.ParseFindingsMarker(flat[i + 1].Text.Trim()) is not null)));

    /// <summary>
    /// For each block, whether an area heading comes after it before the next heading above the
    /// area headings' level (their shallowest level); null when the report has no area headings.
    /// </summary>
    private static bool[]? AreaHeadingsAhead(ReportBlocks flat, AreaHeadingMatch?[] matches)
    {
        var levels = new int?[flat.Count];
        for (var i = 0; i < flat.Count; i++)
        {
            if (flat[i] is Heading h && matches[i] is not null)
            {
                levels[i] = h.Level;
            }
        }

        if (levels.All(l => l is null))
        {
            return null;
        }

        var areaLevel = levels.Where(l => l is not null).Min()!.Value;
        var ahead = new bool[flat.Count];
        var seen = false;
        for (var i = flat.Count - 1; i >= 0; i--)
        {
            ahead[i] = seen;
            if (levels[i] is not null)
            {
                seen = true;
            }
            else if (flat[i] is Heading h && h.Level < areaLevel)
            {
                seen = false;
            }
        }

        return ahead;
    }

    private sealed class State(Framework framework, BlockLedger ledger, AreaHeadingMatch?[] areaHeadings, bool[]? areaHeadingsAhead)
    {
        private readonly List<Finding> findings = [];
        private readonly List<Passage> passages = [];
        private readonly Dictionary<int, string> titles = [];
        private readonly List<AreaStart> starts = [];
        private readonly HashSet<string> questionHeadings = new(StringComparer.Ordinal);
        private int? area;
        private string? question;
        private FindingKind? open;
        private int itemsInOpenList;
        private int? areaHeadingLevel;
        private int box;
        private (int? Area, string? Question) beforeBox;
        private bool lastWasItem;
        private bool lastItemIsFinding;

        public Narrative Result() => new(findings, passages, titles, starts, questionHeadings);

        /// <summary>Entering a box remembers where the text was; leaving it goes back there.</summary>
        public void EnterBox(int next)
        {
            if (next == box)
            {
                return;
            }

            if (box != 0 && next != 0)
            {
                // One box straight after another: a box cut by a page or column break goes on.
                box = next;
                return;
            }

            if (box != 0)
            {
                (area, question) = beforeBox;
                CloseList();
            }

            if (next != 0)
            {
                beforeBox = (area, question);
            }

            box = next;
        }

        /// <summary>
        /// A table whose rows each hold one piece of text and no figures is a list the reader set as
        /// a table (bullets drawn apart from their text): its rows are items of the open findings
        /// list, or passages of the area. Any other table ends a findings list.
        /// </summary>
        public void OnTable(int i, Table table)
        {
            var items = ListLike(table);
            if (items is null || area is not { } a)
            {
                CloseList();
                return;
            }

            foreach (var text in items)
            {
                if (open is { } kind)
                {
                    findings.Add(new Finding(a, kind, ReportPatterns.WithoutListNumber(text)));
                    itemsInOpenList++;
                    lastItemIsFinding = true;
                }
                else
                {
                    passages.Add(new Passage(a, question, text, table.Page));
                    lastItemIsFinding = false;
                }
            }

            ledger.Use(i);
            lastWasItem = true;
        }

        /// <summary>The texts of a table's rows when each row holds exactly one cell of text without figures; else null.</summary>
        private static List<string>? ListLike(Table table)
        {
            var items = new List<string>();
            foreach (var row in table.Rows)
            {
                var filled = row.Cells.Where(c => c.Text.Trim().Length > 0).ToList();
                if (filled.Count != 1 || SwedishNumber.TryParse(filled[0].Text, out _) || ReportPatterns.QuestionLabel().IsMatch(filled[0].Text.Trim()))
                {
                    return null;
                }

                items.Add(Documents.Text.BulletGlyphs.StripLeading(filled[0].Text.Trim()));
            }

            return items.Count > 0 && table.ColumnCount > 1 ? items : null;
        }

        public void CloseList()
        {
            open = null;
            lastWasItem = false;
        }

        /// <summary>A short paragraph that starts in lower case: no paragraph of its own, but the rest of the line above.</summary>
        private static bool IsRunOn(string text) => text.Length <= 120 && char.IsLower(text[0]);

        private void AppendToLastItem(string text)
        {
            if (lastItemIsFinding)
            {
                findings[^1] = findings[^1] with { Text = findings[^1].Text + " " + text };
            }
            else
            {
                passages[^1] = passages[^1] with { Text = passages[^1].Text + " " + text };
            }
        }

        public void OnHeading(int i, Heading h)
        {
            lastWasItem = false;
            if (areaHeadings[i] is { } match)
            {
                StartArea(i, match, h.Content, h.Page);
                areaHeadingLevel ??= h.Level;
            }
            else if (Structure(i, h.Content, heading: true))
            {
                // A findings title, a summary title or a sub-question heading.
            }
            else
            {
                open = null;
                ledger.Skip(i);
                var closes = areaHeadingLevel is { } level && (h.Level < level || (h.Level == level && areaHeadingsAhead?[i] != true));
                if (closes)
                {
                    area = null;
                    question = null;
                }
            }
        }

        /// <param name="itemFollows">The next block is a list item of the same box, or the paragraph ends its box or its box's list (the next findings title follows).</param>
        public void OnParagraph(int i, Paragraph p, bool itemFollows)
        {
            if (lastWasItem && IsRunOn(p.Content))
            {
                // The wrapped end of the item above, which the reader set apart ("… planeringen av kommunens" + "utveckling").
                AppendToLastItem(p.Content);
                ledger.Use(i);
                return;
            }

            lastWasItem = false;
            if (p.Content.Length <= 100 && ReportPatterns.AreaHeading().IsMatch(p.Content) && AreaHeadings.Match(p.Content, framework) is { } match
                && !p.Content.EndsWith('.'))
            {
                // An area heading set as plain text.
                StartArea(i, match, p.Content, p.Page);
            }
            else if (Structure(i, p.Content, heading: false))
            {
                // A findings title, a summary title or a sub-question heading set as plain text.
            }
            else if (open is { } kind && area is { } fa && itemsInOpenList == 0 && p.Content.Length <= MaxParagraphFinding)
            {
                // Findings written as short paragraphs rather than bullets.
                findings.Add(new Finding(fa, kind, ReportPatterns.WithoutListNumber(p.Content)));
                ledger.Use(i);
            }
            else if (open is { } listKind && area is { } la && itemsInOpenList > 0 && itemFollows && p.Content.Length <= MaxParagraphFinding && !p.Content.EndsWith(':'))
            {
                // An item whose bullet the reader missed, between items of the list or last in its box.
                findings.Add(new Finding(la, listKind, ReportPatterns.WithoutListNumber(p.Content)));
                ledger.Use(i);
            }
            else
            {
                open = null;
                if (area is { } pa)
                {
                    passages.Add(new Passage(pa, question, p.Content, p.Page));
                    ledger.Use(i);
                }
            }
        }

        public void OnListItem(int i, ListItem li)
        {
            lastWasItem = false;
            if (open is { } kind && area is { } la)
            {
                findings.Add(new Finding(la, kind, ReportPatterns.WithoutListNumber(li.Content)));
                itemsInOpenList++;
                ledger.Use(i);
                lastWasItem = true;
                lastItemIsFinding = true;
            }
            else if (area is { } pa && !ReportPatterns.QuestionLabel().IsMatch(li.Content))
            {
                // Bullets in the narrative are passages, not findings.
                passages.Add(new Passage(pa, question, li.Content, li.Page));
                ledger.Use(i);
                lastWasItem = true;
                lastItemIsFinding = false;
            }
            else if (area is not null)
            {
                // The list of an area's sub-questions at its start.
                ledger.Skip(i);
            }
        }

        /// <summary>A findings title, an area's findings summary title, or a sub-question heading; false for anything else.</summary>
        private bool Structure(int i, string text, bool heading)
        {
            if (text.Length <= 120 && ReportPatterns.AreaSummaryHeading().Match(text) is { Success: true } summary)
            {
                area = int.Parse(summary.Groups["n"].Value, CultureInfo.InvariantCulture);
                question = null;
                open = ReportPatterns.ParseFindingsMarker(text) is { } both ? both.Kind : null;
                ledger.Use(i);
                return true;
            }

            if (ReportPatterns.ParseFindingsMarker(text) is { } marker)
            {
                if (marker.Area is { } n && framework.Area(n) is not null)
                {
                    area = n;
                    question = null;
                }

                open = marker.Kind;
                itemsInOpenList = 0;
                ledger.Use(i);
                return true;
            }

            if ((LooksLikeQuestionHeading(text, heading) || IsCatalogQuestion(text)) && QuestionId(text) is { } id)
            {
                question = id;
                area ??= framework.Question(id)?.AreaNumber;
                open = null;
                questionHeadings.Add(id);
                ledger.Use(i);
                return true;
            }

            return false;
        }

        /// <summary>A heading; or a short paragraph that asks ("2.6 Hur ...?") or does not end like a sentence.</summary>
        private static bool LooksLikeQuestionHeading(string text, bool heading) =>
            heading ? text.Length <= 250 : (text.Length <= 200 && text.EndsWith('?')) || (text.Length <= 150 && !text.EndsWith('.'));

        /// <summary>
        /// "5.3 Strategier för att synliggöra kostnader.": a paragraph that is a sub-question's id
        /// and the catalog's own wording of it is that sub-question's heading, even where the
        /// catalog's wording ends like a sentence and the heading lost its style (a PDF).
        /// </summary>
        private bool IsCatalogQuestion(string text)
        {
            var m = ReportPatterns.QuestionLabel().Match(text);
            if (!m.Success || !m.Groups["text"].Success || text.Length > 250)
            {
                return false;
            }

            var id = $"{int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture)}.{int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)}";
            return framework.Question(id) is { } question && SameWording(m.Groups["text"].Value, question.Text);
        }

        private static bool SameWording(string a, string b)
        {
            static string Norm(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            return Norm(a) == Norm(b);
        }

        private void StartArea(int i, AreaHeadingMatch match, string text, int? page)
        {
            area = match.Number;
            question = null;
            open = null;
            if (match.Title.Length > 0)
            {
                titles.TryAdd(match.Number, match.Title);
            }

            starts.Add(new AreaStart(match.Number, i, text, page));
            ledger.Use(i);
        }

        /// <summary>
        /// The sub-question id of a heading "2.6 Hur ...": it belongs to the current area, or, with
        /// no area open, to an area of the framework.
        /// </summary>
        private string? QuestionId(string text)
        {
            var m = ReportPatterns.QuestionLabel().Match(text);
            if (!m.Success || !m.Groups["text"].Success)
            {
                return null;
            }

            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var id = $"{a}.{int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)}";
            if (area is { } current)
            {
                return current == a ? id : null;
            }

            return framework.Question(id) is not null ? id : null;
        }
    }
}

using System.Globalization;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A strength or improvement item with the area it was listed under.</summary>
internal sealed record Finding(int Area, FindingKind Kind, string Text);

/// <summary>The report's text read by area: findings lists and narrative passages.</summary>
internal sealed record Narrative(IReadOnlyList<Finding> Findings, IReadOnlyList<Passage> Passages, IReadOnlyDictionary<int, string> AreaHeadingTitles);

/// <summary>
/// Walks the flattened blocks once, keeping track of the current area ("Område N ..." or
/// "Sammanfattning område N"), the current sub-question (a heading "N.M ...") and whether a
/// findings list is open ("Starka sidor"/"Styrkor", "Förbättringsområden"). Items of an open
/// findings list are findings; other paragraphs and bullets inside an area are passages.
/// A heading at the area headings' level that is none of these closes the area.
/// </summary>
internal static class NarrativeReader
{
    public static Narrative Read(IReadOnlyList<Block> flat)
    {
        var findings = new List<Finding>();
        var passages = new List<Passage>();
        var titles = new Dictionary<int, string>();
        int? area = null;
        string? question = null;
        FindingKind? open = null;
        var itemsInOpenList = 0;
        int? areaHeadingLevel = null;

        foreach (var block in flat)
        {
            switch (block)
            {
                case Heading h:
                    if (TryArea(h.Content, out var n, out var title, out var isSummaryBox))
                    {
                        area = n;
                        question = null;
                        open = null;
                        if (!isSummaryBox)
                        {
                            areaHeadingLevel ??= h.Level;
                            if (title.Length > 0)
                            {
                                titles.TryAdd(n, title);
                            }
                        }
                    }
                    else if (ReportPatterns.IsFindingsMarker(h.Content, out var kind))
                    {
                        open = kind;
                        itemsInOpenList = 0;
                    }
                    else if (QuestionId(h.Content, area) is { } id)
                    {
                        question = id;
                        open = null;
                    }
                    else
                    {
                        open = null;
                        if (areaHeadingLevel is { } level && h.Level <= level)
                        {
                            area = null;
                            question = null;
                        }
                    }

                    break;

                case Paragraph p:
                    if (TryArea(p.Content, out var pn, out _, out var pBox) && pBox)
                    {
                        area = pn;
                        open = null;
                    }
                    else if (ReportPatterns.IsFindingsMarker(p.Content, out var pKind))
                    {
                        open = pKind;
                        itemsInOpenList = 0;
                    }
                    else if (open is { } k && area is { } fa && itemsInOpenList == 0 && p.Content.Length <= 300)
                    {
                        // Findings written as short paragraphs rather than bullets.
                        findings.Add(new Finding(fa, k, p.Content));
                    }
                    else if (p.Content.Length <= 200 && p.Content.EndsWith('?') && QuestionId(p.Content, area) is { } pid)
                    {
                        // A sub-question heading without heading formatting.
                        question = pid;
                        open = null;
                    }
                    else
                    {
                        open = null;
                        if (area is { } pa)
                        {
                            passages.Add(new Passage(pa, question, p.Content, p.Page));
                        }
                    }

                    break;

                case ListItem li:
                    if (open is { } kind2 && area is { } la)
                    {
                        findings.Add(new Finding(la, kind2, li.Content));
                        itemsInOpenList++;
                    }
                    else if (area is { } pa2 && !ReportPatterns.QuestionLabel().IsMatch(li.Content))
                    {
                        // Bullets in the narrative are passages, not findings; the list of an
                        // area's questions at its start is neither.
                        passages.Add(new Passage(pa2, question, li.Content, li.Page));
                    }

                    break;

                case Table:
                    open = null;
                    break;
            }
        }

        return new Narrative(findings, passages, titles);
    }

    private static bool TryArea(string text, out int number, out string title, out bool isSummaryBox)
    {
        var m = ReportPatterns.AreaHeading().Match(text);
        if (m.Success)
        {
            number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            title = m.Groups["title"].Value.Trim();
            isSummaryBox = false;
            return true;
        }

        var s = ReportPatterns.AreaSummaryHeading().Match(text);
        if (s.Success)
        {
            number = int.Parse(s.Groups["n"].Value, CultureInfo.InvariantCulture);
            title = string.Empty;
            isSummaryBox = true;
            return true;
        }

        number = 0;
        title = string.Empty;
        isSummaryBox = false;
        return false;
    }

    /// <summary>The sub-question id of a heading "2.6 Hur ...", if it belongs to the current area.</summary>
    private static string? QuestionId(string text, int? area)
    {
        var m = ReportPatterns.QuestionLabel().Match(text);
        if (!m.Success || !m.Groups["text"].Success)
        {
            return null;
        }

        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        if (area is { } current && current != a)
        {
            return null;
        }

        return $"{a}.{int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture)}";
    }
}

using System.Globalization;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>Thresholds of the read accounting; <see cref="Default"/> is what the parser uses.</summary>
internal sealed record ReadAccountingOptions
{
    public static ReadAccountingOptions Default { get; } = new();

    /// <summary>Unread text in one stretch (between blocks that were read) from this many characters on is reported as <c>text-unread</c>.</summary>
    public int TextUnreadMinCharacters { get; init; } = 200;

    /// <summary>A table with at least this many figures, and area, sub-question or municipality labels, looks like a score or comparison table.</summary>
    public int DataTableMinFigures { get; init; } = 6;
}

/// <summary>What the parser read of a document, for the accounting.</summary>
internal sealed record ReadInputs(
    ReportBlocks Blocks,
    BlockLedger Ledger,
    Narrative Narrative,
    Framework Framework,
    MunicipalityRegistry Registry,
    IReadOnlyList<ReadNote> ReaderNotes);

/// <summary>
/// Settles the account of one parse: every block was read into the record, skipped on purpose, or
/// not read. Section headings, and text outside the stretch of the areas (see
/// <see cref="ExpectedText"/>: the title page, table of contents, fixed introduction and general
/// summary before it, score compilations and appendices after it, a chapter's introduction before
/// its first area) are skipped on purpose; everything else nobody read is unread, and the record
/// says so where it matters:
/// <c>text-unread</c> for a stretch of unread text of <see cref="ReadAccountingOptions.TextUnreadMinCharacters"/>
/// or more, <c>comparison-unread</c> for a table that looks like scores or a comparison but that
/// no table reader took, <c>findings-missing</c> for an area without strengths (or improvements)
/// when other areas have them, <c>narrative-missing</c> for an area without a passage, and the
/// readers' own notes (text they saw but could not place). Each warning names its place.
/// </summary>
internal static class ReadAccounting
{
    public static (ReadSummary Summary, IReadOnlyList<ValidationWarning> Warnings) Settle(ReadInputs input, ReadAccountingOptions? options = null)
    {
        options ??= ReadAccountingOptions.Default;
        var blocks = input.Blocks;
        var ledger = input.Ledger;
        var warnings = new List<ValidationWarning>();
        var expected = ExpectedText.Of(blocks, input.Narrative.AreaStarts);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ledger[i] == BlockUse.Used)
            {
                continue;
            }

            if (ledger[i] == BlockUse.Skipped)
            {
                // A line of figures a reader skipped as a heading may still be a table's lost row.
                if (SpilledRowOf(blocks, ledger, i) is { } before)
                {
                    warnings.Add(SpilledRow(blocks, i, before));
                }

                continue;
            }

            if (blocks[i] is Table { Rows.Count: 1 } lone && IsRepeatedHeader(blocks, ledger, i, lone))
            {
                // A table's header row repeated on the next page, left alone by a page break.
                ledger.Skip(i);
            }
            else if (blocks[i] is Table table && DataTable.Describe(table.ToGrid(), input.Registry, input.Framework, options.DataTableMinFigures) is { } shape)
            {
                warnings.Add(new ValidationWarning(WarningCodes.ComparisonUnread, $"a table that looks like {shape} was not read ({table.Rows.Count} rows × {table.ColumnCount} columns, first row \"{Clip(string.Join(" | ", table.ToGrid()[0].Where(c => c.Length > 0)), 60)}\")")
                {
                    Place = PlaceOf(blocks, i),
                });
            }
            else if (SpilledRowOf(blocks, ledger, i) is { } above)
            {
                // "8 58 41 49 56 32" under a table that ends at a page break: its last rows, printed as lines.
                warnings.Add(SpilledRow(blocks, i, above));
            }
            else if (blocks[i] is Heading || !expected.Contains(i))
            {
                ledger.Skip(i);
            }
        }

        warnings.AddRange(UnreadText(blocks, ledger, options));
        warnings.AddRange(AreaChecks(input));
        warnings.AddRange(input.ReaderNotes.Select(n => new ValidationWarning(n.Code, n.Message)
        {
            Place = n.Page is { } p ? "page " + p.ToString(CultureInfo.InvariantCulture) : null,
        }));

        int used = 0, skipped = 0, unreadCharacters = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (ledger[i])
            {
                case BlockUse.Used:
                    used++;
                    break;
                case BlockUse.Skipped:
                    skipped++;
                    break;
                default:
                    unreadCharacters += blocks[i].Text.Length;
                    break;
            }
        }

        return (new ReadSummary(blocks.Count, used, skipped, unreadCharacters), warnings);
    }

    private static ValidationWarning SpilledRow(ReportBlocks blocks, int index, Table table) =>
        new(WarningCodes.ComparisonUnread, $"the line \"{Clip(blocks[index].Text, 60)}\" looks like a row of the table above it ({table.ColumnCount} columns), cut off by a page break, and was not read")
        {
            Place = PlaceOf(blocks, index),
        };

    /// <summary>
    /// The table a line of figures continues: a label (or a number as the label) and figures only,
    /// one to a column of the table, within three blocks after a table that was read.
    /// </summary>
    private static Table? SpilledRowOf(ReportBlocks blocks, BlockLedger ledger, int index)
    {
        if (blocks[index] is Table || blocks[index].Text.Length > 200)
        {
            return null;
        }

        var words = blocks[index].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var figures = words.Reverse().TakeWhile(w => SwedishNumber.TryParse(w, out _)).Count();
        if (figures < 2 || words.Length - figures > 6)
        {
            return null;
        }

        for (var k = index - 1; k >= 0 && index - k <= 3; k--)
        {
            if (blocks[k] is Table table)
            {
                var columns = figures == words.Length ? figures : figures + 1;
                return ledger[k] == BlockUse.Used && table.ColumnCount == columns ? table : null;
            }
        }

        return null;
    }

    /// <summary>A one-row table whose row is the first row of a table read before it.</summary>
    private static bool IsRepeatedHeader(ReportBlocks blocks, BlockLedger ledger, int index, Table lone)
    {
        var text = string.Join('\t', lone.ToGrid()[0]);
        for (var k = index - 1; k >= 0; k--)
        {
            if (blocks[k] is Table read && ledger[k] == BlockUse.Used && read.Rows.Count > 1 && string.Join('\t', read.ToGrid()[0]) == text)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One <c>text-unread</c> per stretch of unread blocks long enough to be narrative.</summary>
    private static IEnumerable<ValidationWarning> UnreadText(ReportBlocks blocks, BlockLedger ledger, ReadAccountingOptions options)
    {
        var i = 0;
        while (i < blocks.Count)
        {
            if (ledger[i] != BlockUse.None)
            {
                i++;
                continue;
            }

            var start = i;
            var characters = 0;
            var count = 0;
            while (i < blocks.Count && ledger[i] != BlockUse.Used)
            {
                if (ledger[i] == BlockUse.None)
                {
                    characters += blocks[i].Text.Length;
                    count++;
                }

                i++;
            }

            if (characters >= options.TextUnreadMinCharacters)
            {
                var first = Enumerable.Range(start, i - start).First(k => ledger[k] == BlockUse.None);
                yield return new ValidationWarning(
                    WarningCodes.TextUnread,
                    $"{characters.ToString(CultureInfo.InvariantCulture)} characters of text in {count.ToString(CultureInfo.InvariantCulture)} block(s) were not read into any area, from \"{Clip(blocks[first].Text, 60)}\"")
                {
                    Place = PlaceOf(blocks, first),
                };
            }
        }
    }

    private static IEnumerable<ValidationWarning> AreaChecks(ReadInputs input)
    {
        var narrative = input.Narrative;
        var areas = input.Framework.Areas.Select(a => a.Number).ToList();
        var withStrengths = narrative.Findings.Where(f => f.Kind == FindingKind.Strength).Select(f => f.Area).ToHashSet();
        var withImprovements = narrative.Findings.Where(f => f.Kind == FindingKind.Improvement).Select(f => f.Area).ToHashSet();
        if (withStrengths.Count == 0 && withImprovements.Count == 0)
        {
            yield return new ValidationWarning(WarningCodes.FindingsMissing, "no strengths or improvement areas were found anywhere in the report");
        }
        else
        {
            foreach (var n in areas)
            {
                if (!withStrengths.Contains(n) && withStrengths.Count > 0)
                {
                    yield return Missing(WarningCodes.FindingsMissing, n, "no strengths (Styrkor/Starka sidor) were found for area {0}, though other areas have them");
                }

                if (!withImprovements.Contains(n) && withImprovements.Count > 0)
                {
                    yield return Missing(WarningCodes.FindingsMissing, n, "no improvement areas (Förbättringsområden) were found for area {0}, though other areas have them");
                }
            }
        }

        var withPassages = narrative.Passages.Select(p => p.Area).ToHashSet();
        foreach (var n in areas.Where(n => !withPassages.Contains(n)))
        {
            yield return Missing(WarningCodes.NarrativeMissing, n, narrative.AreaStarts.Any(s => s.Area == n)
                ? "area {0} has a heading but no narrative text was read under it"
                : "no heading and no narrative text were found for area {0}");
        }

        ValidationWarning Missing(string code, int area, string format) =>
            new(code, string.Format(CultureInfo.InvariantCulture, format, area))
            {
                Place = narrative.AreaStarts.FirstOrDefault(s => s.Area == area) is { } start
                    ? Place(start.Page, start.Heading)
                    : "area " + area.ToString(CultureInfo.InvariantCulture),
            };
    }

    /// <summary>"page 12, under \"Område 3 Politisk styrning\"": the block's page, and the heading it comes under.</summary>
    private static string PlaceOf(ReportBlocks blocks, int index)
    {
        string? heading = null;
        for (var k = index; k >= 0 && heading is null; k--)
        {
            if (blocks[k] is Heading h && k != index)
            {
                heading = h.Content;
            }
        }

        return Place(blocks[index].Page, heading is null ? null : "under " + Quote(heading));
    }

    private static string Place(int? page, string? what)
    {
        var parts = new List<string>(2);
        if (page is { } p)
        {
            parts.Add("page " + p.ToString(CultureInfo.InvariantCulture));
        }

        if (what is not null)
        {
            parts.Add(what.StartsWith("under ", StringComparison.Ordinal) ? what : Quote(what));
        }

        return parts.Count == 0 ? "the document" : string.Join(", ", parts);
    }

    private static string Quote(string text) => "\"" + Clip(text, 60) + "\"";

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd() + "…";
}

/// <summary>
/// Where the parser must read all text: from the first area heading to the end of the last area's
/// section (the next heading at the area headings' level or above that is not an area's), except
/// a chapter's introduction (text right under a heading above the area headings' level, before the
/// chapter's first area). Outside it, text may be skipped on purpose; an area whose heading was not
/// recognised still shows, as <c>narrative-missing</c> and <c>findings-missing</c>.
/// </summary>
internal sealed class ExpectedText
{
    private readonly int from;
    private readonly int to;
    private readonly HashSet<int> introductions;

    private ExpectedText(int from, int to, HashSet<int> introductions)
    {
        this.from = from;
        this.to = to;
        this.introductions = introductions;
    }

    public bool Contains(int index) => index >= from && index < to && !introductions.Contains(index);

    public static ExpectedText Of(ReportBlocks blocks, IReadOnlyList<AreaStart> starts)
    {
        if (starts.Count == 0)
        {
            return new ExpectedText(0, blocks.Count, []);
        }

        var areaIndexes = starts.Select(s => s.Index).ToHashSet();
        var levels = starts.Select(s => blocks[s.Index]).OfType<Heading>().Select(h => h.Level).ToList();
        int? areaLevel = levels.Count == 0 ? null : levels.Min();
        var from = areaIndexes.Min();
        var to = blocks.Count;
        if (areaLevel is { } level)
        {
            for (var i = areaIndexes.Max() + 1; i < blocks.Count; i++)
            {
                if (blocks[i] is Heading h && h.Level <= level && !areaIndexes.Contains(i) && ReportPatterns.ParseFindingsMarker(h.Content) is null)
                {
                    to = i;
                    break;
                }
            }
        }

        var introductions = new HashSet<int>();
        var inIntroduction = false;
        for (var i = from; i < to && areaLevel is { } chapterBelow; i++)
        {
            if (areaIndexes.Contains(i))
            {
                inIntroduction = false;
            }
            else if (blocks[i] is Heading h && h.Level < chapterBelow)
            {
                inIntroduction = true;
            }
            else if (inIntroduction)
            {
                introductions.Add(i);
            }
        }

        return new ExpectedText(from, to, introductions);
    }
}

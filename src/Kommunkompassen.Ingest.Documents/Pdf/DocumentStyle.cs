using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Document-wide facts the block builders judge lines by: the body font size and family, the
/// heading sizes largest first (their rank is the heading level), the body text column (of the
/// whole document, and of the pages of each width, so a landscape page has its own), and the
/// document's word forms for de-hyphenation.
/// </summary>
public sealed record DocumentStyle(
    double BodyFontSize,
    string BodyFontFamily,
    IReadOnlyList<double> HeadingSizes,
    TextColumn Column,
    HyphenationEvidence Evidence)
{
    /// <summary>Sizes this close are one size.</summary>
    public const double SizeTolerance = 0.6;

    /// <summary>With fewer body lines than this, the widest one marks the type area's right edge (too few to set one aside as an outlier).</summary>
    private const int MinLinesForOutliers = 20;

    /// <summary>The type area of the pages of each width (rounded to the point), where pages differ in width.</summary>
    public IReadOnlyDictionary<double, TextColumn> PageColumns { get; init; } = new Dictionary<double, TextColumn>();

    /// <summary>The type area of pages of this width (in the frame they are read in); the document's when not known.</summary>
    public TextColumn ColumnFor(double pageWidth) =>
        PageColumns.TryGetValue(Math.Round(pageWidth), out var column) ? column : Column;

    /// <summary>
    /// Gathers the facts from every line of the document (body and table cells). A size is a
    /// heading size when bold lines use it at body size or above, or any line at twice the body size;
    /// a size only one line uses (a title) does not count, so it ranks with the largest heading size.
    /// </summary>
    public static DocumentStyle From(IReadOnlyList<PageLayout> pages)
    {
        var lines = pages
            .SelectMany(p => p.BodyLines.Concat(p.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.SelectMany(c => c.Lines)))))
            .ToList();
        if (lines.Count == 0)
        {
            return new DocumentStyle(11, string.Empty, [], new TextColumn(0, 0), HyphenationEvidence.Empty);
        }

        var body = lines
            .GroupBy(l => l.FontSize)
            .MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var family = lines
            .GroupBy(l => l.FontFamily, StringComparer.Ordinal)
            .MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var headingLines = lines
            .Where(l => (l.IsBold && l.FontSize >= body - SizeTolerance) || l.FontSize >= body * 2)
            .ToList();
        var recurring = headingLines.GroupBy(l => l.FontSize).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
        var headingSizes = (recurring.Count > 0 ? recurring : headingLines.Select(l => l.FontSize).Distinct())
            .OrderDescending()
            .ToList();

        var column = TypeArea(pages, lines)!;
        var widths = pages.GroupBy(p => Math.Round(p.PageWidth)).ToList();
        var pageColumns = widths.Count < 2
            ? new Dictionary<double, TextColumn>()
            : widths.ToDictionary(g => g.Key, g => TypeArea([.. g], [.. g.SelectMany(p => p.BodyLines)]) ?? column);
        return new DocumentStyle(body, family, headingSizes, column, HyphenationEvidence.FromLines(lines.Select(l => l.Text)))
        {
            PageColumns = pageColumns,
        };
    }

    /// <summary>
    /// Where body lines of four or more words start most often and the right edge nearly all of
    /// them stay within (all of them, when there are too few to tell an outlier); the extent of
    /// all the lines when there are none (null when none at all).
    /// </summary>
    private static TextColumn? TypeArea(IReadOnlyList<PageLayout> pages, IReadOnlyList<TextLine> lines)
    {
        var bodyLines = pages.SelectMany(p => p.BodyLines).Where(l => l.Words.Count >= 4).ToList();
        if (bodyLines.Count > 0)
        {
            var right = bodyLines.Count < MinLinesForOutliers ? bodyLines.Max(l => l.Right) : Percentile(bodyLines.Select(l => l.Right), 0.98);
            return new TextColumn(Mode(bodyLines.Select(l => l.Left)), right);
        }

        return lines.Count == 0 ? null : new TextColumn(lines.Min(l => l.Left), lines.Max(l => l.Right));
    }

    /// <summary>The heading level of a size: 1 for the largest heading size.</summary>
    public int HeadingLevel(double size)
    {
        for (var i = 0; i < HeadingSizes.Count; i++)
        {
            if (size >= HeadingSizes[i] - SizeTolerance)
            {
                return i + 1;
            }
        }

        return HeadingSizes.Count + 1;
    }

    /// <summary>The value that this fraction of the values does not exceed (ragged right edges vary).</summary>
    private static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Floor(fraction * (sorted.Count - 1))];
    }

    /// <summary>The most common value, to the point.</summary>
    private static double Mode(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v)).MaxBy(g => g.Count())!.Key;
}

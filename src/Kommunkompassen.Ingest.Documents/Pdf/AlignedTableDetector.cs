using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Finds tables drawn without rulings, by alignment: a run of close lines, at least
/// <see cref="AlignedTableDetectorOptions.MinRows"/> of them split by wide gaps into pieces, is a
/// table when the words of all its lines leave vertical gutters between them; the gutters part
/// the columns and each word goes to the column it lies in.
/// A bold line (or any line within row spacing) just above or below whose words each overlap one
/// column is a header or total row of the table, not a heading; a line just above within the first
/// column, over a first line with nothing in it, is the first row's first cell (cells centred).
/// A line with text in the first column starts a row unless that text goes on from the row above
/// ("Kriteri-" + "um"); a line without first-column text continues the row above (a cell that
/// wraps) unless one of its cells clearly starts a new entry (a number below a number, a capital
/// after a full stop). A list marker or bullet and a tab after it do not make a column, nor do dot
/// leaders of a table of contents.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class AlignedTableDetector : ITableDetector
{
    public AlignedTableDetector(AlignedTableDetectorOptions options)
    {
        Options = options;
    }

    public static AlignedTableDetector Default { get; } = new(AlignedTableDetectorOptions.Default);

    public AlignedTableDetectorOptions Options { get; }

    public PageLayout Detect(PageContent page)
    {
        var lines = page.Lines;
        var pieces = lines.Select(Pieces).ToList();
        var body = new List<TextLine>();
        var tables = new List<TableGrid>();
        var floor = 0;
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            if (pieces[i].Count >= 2)
            {
                end = RunEnd(lines, pieces, i);
            }

            var first = i;
            if (end > i && TryBuild(lines, pieces, floor, ref first, ref end, page.Number) is { } table)
            {
                // The table may have taken lines above its first split line (a header row, a cell set above its figures).
                body.RemoveRange(body.Count - (i - first), i - first);
                tables.Add(table);
                i = floor = end;
            }
            else
            {
                body.Add(lines[i]);
                i++;
            }
        }

        return new PageLayout(page.Number, body, tables);
    }

    /// <summary>The end (exclusive) of the run of close lines from <paramref name="start"/> that ends on a split line.</summary>
    private int RunEnd(IReadOnlyList<TextLine> lines, List<List<TextLine>> pieces, int start)
    {
        var end = start + 1;
        var lastSplit = start;
        while (end < lines.Count)
        {
            var spacing = lines[end - 1].Baseline - lines[end].Baseline;
            if (spacing <= 0 || spacing > Options.MaxRowSpacing * Math.Max(lines[end].FontSize, lines[end - 1].FontSize))
            {
                break;
            }

            // A caption ("Tabell 2. ...") between two tables set tight ends the first.
            if (pieces[end].Count < 2 && CaptionPattern().IsMatch(lines[end].Text))
            {
                break;
            }

            if (pieces[end].Count >= 2)
            {
                lastSplit = end;
            }

            end++;
        }

        return lastSplit + 1;
    }

    /// <summary>
    /// The table made of lines [start, end), grown by wrapped cell lines below, by header rows or a
    /// first cell above (not above <paramref name="floor"/>) and by a total row below; or null when
    /// they make none.
    /// </summary>
    private TableGrid? TryBuild(IReadOnlyList<TextLine> lines, List<List<TextLine>> pieces, int floor, ref int start, ref int end, int page)
    {
        if (Enumerable.Range(start, end - start).Count(k => pieces[k].Count >= 2) < Options.MinRows)
        {
            return null;
        }

        var columns = Columns(Enumerable.Range(start, end - start).SelectMany(k => lines[k].Words));
        if (columns.Count < 2)
        {
            return null;
        }

        while (end < lines.Count && IsWrappedCellLine(lines[end - 1], lines[end], columns))
        {
            end++;
        }

        var first = start;
        while (first > floor && (IsSetOffRow(lines[first - 1], lines[first], columns) || IsCellAbove(lines[first - 1], lines[first], columns)))
        {
            first--;
        }

        var last = end;
        while (last < lines.Count && IsSetOffRow(lines[last], lines[last - 1], columns))
        {
            last++;
        }

        Widen(columns, lines, first, start);
        Widen(columns, lines, end, last);
        var rows = GroupRows(lines, first, last, columns);
        MergeComplementaryColumns(columns, rows);
        if (columns.Count < 2 || rows.Count(r => r.Count(c => c is not null) >= 2) < 2)
        {
            return null;
        }

        start = first;
        end = last;
        return ToGrid(columns, rows, page, lines[start].Top, lines[end - 1].Bottom);
    }

    /// <summary>
    /// A row set off from the table's body by more space (a header row above it, a total row below,
    /// often bold): every word overlaps exactly one column, at least two columns have words, and the
    /// line lies within row spacing of its neighbour, or within header spacing when bold.
    /// </summary>
    private bool IsSetOffRow(TextLine line, TextLine neighbour, List<TextColumn> columns)
    {
        var spacing = Math.Abs(line.Baseline - neighbour.Baseline);
        var size = Math.Max(line.FontSize, neighbour.FontSize);
        var limit = (line.IsBold ? Options.MaxHeaderSpacing : Options.MaxRowSpacing) * size;
        if (spacing > limit)
        {
            return false;
        }

        var used = new HashSet<int>();
        foreach (var word in line.Words)
        {
            if (OnlyColumn(word, columns) is not { } c)
            {
                return false;
            }

            used.Add(c);
        }

        return used.Count >= 2;
    }

    /// <summary>
    /// The first cell of the table's first row set above that row's other cells (cells centred
    /// vertically): the line lies left of the second column, close above a first line with nothing
    /// in the first column.
    /// </summary>
    private bool IsCellAbove(TextLine line, TextLine below, List<TextColumn> columns)
    {
        var spacing = line.Baseline - below.Baseline;
        var first = columns[0];
        return spacing > 0 && spacing <= Options.MaxWrapSpacing * Math.Max(line.FontSize, below.FontSize) &&
            below.Words.All(w => w.CenterX > first.Right) &&
            line.Left >= first.Left - 2 && line.Right < columns[1].Left;
    }

    /// <summary>The one column the word overlaps, or null when it overlaps none or several.</summary>
    private static int? OnlyColumn(TextWord word, List<TextColumn> columns)
    {
        int? found = null;
        for (var c = 0; c < columns.Count; c++)
        {
            if (word.Right > columns[c].Left - 1 && word.Left < columns[c].Right + 1)
            {
                if (found is not null)
                {
                    return null;
                }

                found = c;
            }
        }

        return found;
    }

    /// <summary>
    /// Widens each column to take the words of lines [from, to) that overlap it (a header wider than
    /// its figures); a word left of the second column widens the first (a question wider than the rest).
    /// </summary>
    private static void Widen(List<TextColumn> columns, IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            foreach (var word in lines[k].Words)
            {
                if ((word.Right < columns[1].Left ? 0 : OnlyColumn(word, columns)) is { } c)
                {
                    columns[c] = new TextColumn(Math.Min(columns[c].Left, word.Left), Math.Max(columns[c].Right, word.Right));
                }
            }
        }
    }

    /// <summary>A line set tight below the table that stays inside its columns is the rest of a wrapped cell.</summary>
    private bool IsWrappedCellLine(TextLine above, TextLine line, List<TextColumn> columns)
    {
        var spacing = above.Baseline - line.Baseline;
        return spacing > 0 && spacing <= Options.MaxWrapSpacing * line.FontSize &&
            line.Words.All(w => columns.Any(c => w.Left >= c.Left - 2 && w.Right <= c.Right + 2));
    }

    /// <summary>Each line's words by column; a line that does not start a row joins the row above.</summary>
    private static List<List<TextLine>?[]> GroupRows(IReadOnlyList<TextLine> lines, int start, int end, List<TextColumn> columns)
    {
        var rows = new List<List<TextLine>?[]>();
        for (var k = start; k < end; k++)
        {
            var cells = new List<TextLine>?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                if (lines[k].Slice(w => w.CenterX >= column.Left && w.CenterX <= column.Right) is { } piece)
                {
                    cells[c] = [piece];
                }
            }

            if (rows.Count == 0 || StartsRow(rows[^1], cells))
            {
                rows.Add(cells);
                continue;
            }

            for (var c = 0; c < columns.Count; c++)
            {
                if (cells[c] is { } more)
                {
                    (rows[^1][c] ??= []).AddRange(more);
                }
            }
        }

        return rows;
    }

    /// <summary>The grid: cells span their column's text, column edges lie midway between columns.</summary>
    private static TableGrid ToGrid(List<TextColumn> columns, List<List<TextLine>?[]> rows, int page, double top, double bottom)
    {
        var edges = new List<double> { columns[0].Left };
        for (var c = 1; c < columns.Count; c++)
        {
            edges.Add((columns[c - 1].Right + columns[c].Left) / 2);
        }

        edges.Add(columns[^1].Right);
        var gridRows = rows.Select(row =>
        {
            var rowLines = row.SelectMany(cell => cell ?? []).ToList();
            var rowTop = rowLines.Max(l => l.Top);
            var rowBottom = rowLines.Min(l => l.Bottom);
            return new GridRow([.. columns.Select((column, c) => new GridCell(column.Left, rowBottom, column.Right, rowTop, 1, false, row[c] ?? []))]);
        }).ToList();
        return new TableGrid(page, edges[0], bottom, edges[^1], top, edges, gridRows);
    }

    /// <summary>
    /// Joins neighbouring columns that no row fills both of: one column whose header and values
    /// are aligned differently ("%" set left above right-aligned "10%").
    /// </summary>
    private static void MergeComplementaryColumns(List<TextColumn> columns, List<List<TextLine>?[]> rows)
    {
        for (var c = 0; c + 1 < columns.Count;)
        {
            if (rows.Any(r => r[c] is not null && r[c + 1] is not null))
            {
                c++;
                continue;
            }

            columns[c] = new TextColumn(columns[c].Left, columns[c + 1].Right);
            columns.RemoveAt(c + 1);
            for (var r = 0; r < rows.Count; r++)
            {
                rows[r] = [.. rows[r][..c], rows[r][c] ?? rows[r][c + 1], .. rows[r][(c + 2)..]];
            }
        }
    }

    /// <summary>
    /// A line starts a new row when its first-column text does not run on from the row above, or
    /// when any of its cells clearly starts a new entry below the row's text in that column.
    /// </summary>
    private static bool StartsRow(List<TextLine>?[] row, List<TextLine>?[] line)
    {
        if (line[0] is { } first && !(row[0] is { } above && LineContinuation.RunsOn(above[^1].Text, first[0].Text)))
        {
            return true;
        }

        return Enumerable.Range(0, line.Length)
            .Any(c => line[c] is { } now && row[c] is { } before && LineContinuation.StartsNewEntry(before[^1].Text, now[0].Text));
    }

    /// <summary>True when every word of the line lies inside one column.</summary>
    private static bool FitsColumns(TextLine line, List<TextColumn> columns) =>
        line.Words.All(w => columns.Any(c => w.Left >= c.Left - 2 && w.Right <= c.Right + 2));

    /// <summary>
    /// Column ranges: the x-ranges the words of all the run's lines cover, merged where they come
    /// closer than <see cref="AlignedTableDetectorOptions.MinColumnSeparation"/>, left to right.
    /// </summary>
    private List<TextColumn> Columns(IEnumerable<TextWord> words)
    {
        var columns = new List<TextColumn>();
        foreach (var word in words.OrderBy(w => w.Left))
        {
            if (columns.Count > 0 && word.Left < columns[^1].Right + (Options.MinColumnSeparation * word.FontSize))
            {
                columns[^1] = columns[^1] with { Right = Math.Max(columns[^1].Right, word.Right) };
            }
            else
            {
                columns.Add(new TextColumn(word.Left, word.Right));
            }
        }

        return columns;
    }

    /// <summary>The line cut at wide gaps; a leading list marker stays with its text, and a line with dot leaders or a caption ("Tabell 2. ...") stays whole.</summary>
    private List<TextLine> Pieces(TextLine line)
    {
        var pieces = new List<TextLine>();
        var words = new List<TextWord>();
        foreach (var word in line.Words)
        {
            if (words.Count > 0 && word.Left - words[^1].Right >= Options.ColumnGap * line.FontSize &&
                !(pieces.Count == 0 && words.Count == 1 && IsListMarker(words[0].Text)))
            {
                pieces.Add(new TextLine([.. words], line.Page));
                words.Clear();
            }

            words.Add(word);
        }

        pieces.Add(new TextLine([.. words], line.Page));
        return pieces.Any(p => LeaderPattern().IsMatch(p.Text)) || CaptionPattern().IsMatch(line.Text) ? [line] : pieces;
    }

    private static bool IsListMarker(string text) =>
        (text.Length == 1 && (BulletGlyphs.IsGlyph(text[0]) || text[0] is '-' or '–')) || MarkerPattern().IsMatch(text);

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zA-Z][.)]|\(\w{1,3}\)|[ivxIVX]{1,4}[.)])$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^(?:tabell|tab\.|figur|fig\.|diagram|bild|källa)\s*\d*\s*[.:]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"^[.…·_\s]{3,}$|\.{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex LeaderPattern();
}

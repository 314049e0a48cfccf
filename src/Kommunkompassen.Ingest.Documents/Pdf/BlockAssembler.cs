using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Walks the regions of the pages in reading order (a page, or the bands and columns the
/// segmentation found on it), body lines and tables within each region sorted top to bottom. Runs
/// of body lines go to the paragraph builder as one stream, each line with its region's column, so
/// a paragraph can continue over a column or page break; text turned another way (a table set
/// sideways) starts afresh. A table that ends its page and one that opens the next page with the
/// same column edges are one table, unless the next table's first row would have fitted below the
/// first one (then the break was not forced); a repeated header row is dropped, and a row the page
/// break split in two is joined again when its text runs on mid-sentence. A one-column box cut by
/// the page break is one box: its two parts make one cell. Each cell's lines become the cell's own
/// blocks. Immutable and thread-safe.
/// </summary>
public sealed class BlockAssembler : IBlockAssembler
{
    public BlockAssembler(BlockAssemblerOptions options)
    {
        Options = options;
    }

    public static BlockAssembler Default { get; } = new(BlockAssemblerOptions.Default);

    public BlockAssemblerOptions Options { get; }

    public IReadOnlyList<Block> Assemble(IReadOnlyList<PageLayout> pages, DocumentStyle style)
    {
        var blocks = new List<Block>();
        var typeAreaBottom = pages
            .SelectMany(p => p.BodyLines.Select(l => l.Bottom).Concat(p.Tables.Select(t => t.Bottom)))
            .DefaultIfEmpty(0)
            .Min();
        var run = new List<PlacedLine>();
        TableGrid? table = null;
        PageLayout? previous = null;
        foreach (var page in pages)
        {
            if (previous is not null && previous.Orientation != page.Orientation)
            {
                FlushTable(ref table, style, blocks);
                FlushRun(run, style, blocks);
            }

            previous = page;
            var column = page.Column ?? style.ColumnFor(page.PageWidth);
            var items = page.BodyLines.Select(l => (Top: l.Top, Line: (TextLine?)l, Table: (TableGrid?)null))
                .Concat(page.Tables.Select(t => (Top: t.Top, Line: (TextLine?)null, Table: (TableGrid?)t)))
                .OrderByDescending(i => i.Top)
                .ToList();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.Line is { } line)
                {
                    FlushTable(ref table, style, blocks);
                    run.Add(new PlacedLine(line, column));
                    continue;
                }

                var next = item.Table!;
                if (table is not null && i == 0 && IsContinuation(table, next, page.Number, typeAreaBottom))
                {
                    table = Continue(table, next);
                    continue;
                }

                FlushTable(ref table, style, blocks);
                FlushRun(run, style, blocks);
                table = next;
            }
        }

        FlushTable(ref table, style, blocks);
        FlushRun(run, style, blocks);
        return blocks;
    }

    /// <summary>
    /// True when the table opening the page goes on from the one that ended the page before: same
    /// columns, and the space left below the first part could not take the next part's first row.
    /// </summary>
    private bool IsContinuation(TableGrid table, TableGrid next, int page, double typeAreaBottom)
    {
        var roomLeft = table.Bottom - typeAreaBottom;
        var firstRow = next.Rows.Count == 0 ? 0 : next.Rows[0].Cells.Max(c => c.Top - c.Bottom);
        return table.Page < page && table.HasSameColumns(next, Options.ColumnTolerance) && roomLeft < firstRow + Options.BreakSlack;
    }

    /// <summary>Adds the rows of a table's continuation, without a header row repeated from the start.</summary>
    private static TableGrid Continue(TableGrid table, TableGrid continuation)
    {
        var rows = continuation.Rows;
        if (rows.Count > 0 && table.Rows.Count > 0 && RowText(rows[0]) == RowText(table.Rows[0]))
        {
            rows = [.. rows.Skip(1)];
        }

        var upper = table.Rows;
        if (rows.Count > 0 && upper.Count > 0 && (IsCutBox(table, continuation) || IsSplitRow(upper[^1], rows[0])))
        {
            var joined = new GridRow([.. upper[^1].Cells.Zip(rows[0].Cells, (a, b) => a with { Lines = [.. a.Lines, .. b.Lines] })]);
            upper = [.. upper.SkipLast(1), joined];
            rows = [.. rows.Skip(1)];
        }

        return table with { Rows = [.. upper, .. rows], Bottom = continuation.Bottom };
    }

    /// <summary>A box of one column, one part of it a single cell: the page break cut through it, not between rows.</summary>
    private static bool IsCutBox(TableGrid table, TableGrid continuation) =>
        table.ColumnEdges.Count == 2 && continuation.ColumnEdges.Count == 2 &&
        (table.Rows.Count == 1 || continuation.Rows.Count == 1);

    /// <summary>
    /// True when the first row on the new page is the rest of the last row on the old one: the
    /// cells line up, and in every column where both hold text, the text above breaks off with a
    /// hyphen or mid-sentence and the text below goes on in lower case.
    /// </summary>
    private static bool IsSplitRow(GridRow upper, GridRow lower)
    {
        if (upper.Cells.Count != lower.Cells.Count || upper.Cells.Zip(lower.Cells).Any(p => p.First.ColumnSpan != p.Second.ColumnSpan))
        {
            return false;
        }

        var both = upper.Cells.Zip(lower.Cells).Where(p => p.First.Lines.Count > 0 && p.Second.Lines.Count > 0).ToList();
        return both.Count > 0 && both.All(p => LineContinuation.RunsOn(p.First.Lines[^1].Text, p.Second.Lines[0].Text));
    }

    private static string RowText(GridRow row) =>
        string.Join('\t', row.Cells.Select(c => string.Join(' ', c.Lines.Select(l => l.Text))));

    private void FlushRun(List<PlacedLine> run, DocumentStyle style, List<Block> blocks)
    {
        if (run.Count > 0)
        {
            blocks.AddRange(Options.ParagraphBuilder.Build(run, style));
            run.Clear();
        }
    }

    private void FlushTable(ref TableGrid? table, DocumentStyle style, List<Block> blocks)
    {
        if (table is null)
        {
            return;
        }

        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = row.Cells
                .Select(c => new TableCell(c.IsMergedFromAbove ? [] : Options.ParagraphBuilder.Build(Placed(c), style), c.ColumnSpan))
                .ToList();
            rows.Add(new TableRow(cells));
        }

        blocks.Add(new Table(rows, table.Page));
        table = null;
    }

    /// <summary>A cell's lines, each in the cell's inside.</summary>
    private static List<PlacedLine> Placed(GridCell cell)
    {
        var inside = Inside(cell);
        return [.. cell.Lines.Select(l => new PlacedLine(l, inside))];
    }

    /// <summary>The column a cell's text runs in: the cell less the padding seen on its left.</summary>
    private static TextColumn Inside(GridCell cell)
    {
        if (cell.Lines.Count == 0)
        {
            return new TextColumn(cell.Left, cell.Right);
        }

        var padding = Math.Clamp(cell.Lines.Min(l => l.Left) - cell.Left, 0, 12);
        return new TextColumn(cell.Left + padding, cell.Right - padding);
    }
}

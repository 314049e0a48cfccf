using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// A table read as findings: the rows of figures above the findings, when a table of scores and
/// the findings table under it were read as one (null when there are none), and the findings
/// opened up as blocks.
/// </summary>
internal sealed record FindingsTableParts(Table? Data, IReadOnlyList<Block> Findings);

/// <summary>
/// Opens a table that holds findings lists: "Styrkor | Förbättringsområden" header cells with the
/// items below them (column-wise), or the markers in the first column with the items beside them
/// (row-wise). Rows above the markers that hold one cell (a "Sammanfattning område 3" title) come
/// first; rows of several cells above them are a table of their own (a score table read together
/// with the findings under it). Each cell's paragraphs become list items of the marker's list, as
/// bullets would be. Returns null for any other table.
/// </summary>
internal static class FindingsTable
{
    public static FindingsTableParts? TryOpen(Table table)
    {
        var grid = table.Rows;
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = grid[r].Cells;
            if (cells.Count >= 2 && cells.Any(IsMarker) && cells.All(c => IsMarker(c) || IsEmpty(c)))
            {
                var dataRows = table.Rows.Take(r).Count(row => row.Cells.Count(c => !IsEmpty(c)) >= 2);
                if (dataRows == 0)
                {
                    return new FindingsTableParts(null, ColumnWise(table, r));
                }

                var lastData = table.Rows.Take(r).ToList().FindLastIndex(row => row.Cells.Count(c => !IsEmpty(c)) >= 2);
                var data = table with { Rows = table.Rows.Take(lastData + 1).ToList() };
                var rest = table with { Rows = table.Rows.Skip(lastData + 1).ToList() };
                return new FindingsTableParts(data, ColumnWise(rest, r - lastData - 1));
            }
        }

        // Markers heading the rows: "Styrkor | • ... • ..." then "Förbättringsområden | • ...".
        var labelled = grid.Where(row => row.Cells.Count >= 2 && !IsEmpty(row.Cells[0]) && !IsTitle(row)).ToList();
        if (labelled.Count > 0 && labelled.All(row => IsMarker(row.Cells[0])))
        {
            return new FindingsTableParts(null, RowWise(table));
        }

        return null;
    }

    private static List<Block> ColumnWise(Table table, int markerRow)
    {
        var blocks = new List<Block>();
        foreach (var row in table.Rows.Take(markerRow))
        {
            blocks.AddRange(row.Cells.SelectMany(c => c.Blocks));
        }

        var header = table.Rows[markerRow].Cells;
        for (var c = 0; c < header.Count; c++)
        {
            if (IsEmpty(header[c]))
            {
                continue;
            }

            blocks.Add(AsMarker(header[c], table.Page));
            blocks.AddRange(AsItems(header[c]));
            foreach (var row in table.Rows.Skip(markerRow + 1))
            {
                if (CellAt(row, ColumnStart(header, c)) is { } cell)
                {
                    blocks.AddRange(AsItems(cell));
                }
            }
        }

        return blocks;
    }

    private static List<Block> RowWise(Table table)
    {
        var blocks = new List<Block>();
        foreach (var row in table.Rows)
        {
            if (row.Cells.Count >= 2 && IsMarker(row.Cells[0]))
            {
                blocks.Add(AsMarker(row.Cells[0], table.Page));
                foreach (var cell in row.Cells)
                {
                    blocks.AddRange(AsItems(cell));
                }
            }
            else
            {
                blocks.AddRange(row.Cells.SelectMany(c => c.Blocks));
            }
        }

        return blocks;
    }

    /// <summary>The cell of a row that starts at grid column <paramref name="column"/>, spans counted.</summary>
    private static TableCell? CellAt(TableRow row, int column)
    {
        var at = 0;
        foreach (var cell in row.Cells)
        {
            if (at == column)
            {
                return cell;
            }

            at += cell.ColumnSpan;
        }

        return null;
    }

    private static int ColumnStart(IReadOnlyList<TableCell> cells, int index) => cells.Take(index).Sum(c => c.ColumnSpan);

    private static bool IsMarker(TableCell cell) =>
        cell.Blocks.Count >= 1 && ReportPatterns.ParseFindingsMarker(cell.Blocks[0].Text) is not null;

    private static bool IsEmpty(TableCell cell) => cell.Text.Trim().Length == 0;

    /// <summary>A row with one text cell spanning the table: a title such as "Sammanfattning område 3".</summary>
    private static bool IsTitle(TableRow row) => row.Cells.Count(c => !IsEmpty(c)) == 1 && !IsMarker(row.Cells.First(c => !IsEmpty(c)));

    /// <summary>The marker cell's first block as a heading; any items under it in the same cell follow.</summary>
    private static Block AsMarker(TableCell cell, int? page) =>
        new Heading(9, cell.Blocks[0].Text, cell.Blocks[0].Page ?? page);

    /// <summary>The items of a cell: its list items as they are, its paragraphs as items; a marker cell's own first block is left out.</summary>
    private static IEnumerable<Block> AsItems(TableCell cell)
    {
        var blocks = IsMarker(cell) ? cell.Blocks.Skip(1) : cell.Blocks;
        foreach (var block in blocks)
        {
            yield return block switch
            {
                Paragraph p => new ListItem(p.Content, 0, p.Page),
                Heading h => new ListItem(h.Content, 0, h.Page),
                _ => block,
            };
        }
    }
}

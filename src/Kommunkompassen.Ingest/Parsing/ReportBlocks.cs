using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// The block stream the parser works on. Boxes are opened up so their headings and bullets read
/// like the text around them, and each block remembers which box it came from (0: none), so a
/// reader can treat a box as an aside: a "Sammanfattning område 3" box anchored in area 4's text
/// does not move the text after it into area 3. A box is a table of one column (the shaded "ruta",
/// a text box, a frame), or a findings table: a table with "Styrkor"/"Förbättringsområden" header
/// cells, opened column by column (row by row when the markers head the rows) so each cell's lines
/// become that list's items. A heading that also carries a findings marker ("Område 7
/// Verksamhetsutveckling Starka sidor") is split in two.
/// </summary>
internal sealed class ReportBlocks
{
    private readonly List<Block> blocks = [];
    private readonly List<int> boxes = [];
    private int lastBox;

    private ReportBlocks()
    {
    }

    public IReadOnlyList<Block> Blocks => blocks;

    public int Count => blocks.Count;

    public Block this[int index] => blocks[index];

    /// <summary>The box a block came from: 0 outside boxes; the blocks of one box share a number.</summary>
    public int BoxOf(int index) => boxes[index];

    public static ReportBlocks Flatten(IReadOnlyList<Block> blocks)
    {
        var result = new ReportBlocks();
        result.Add(blocks, box: 0);
        return result;
    }

    private void Add(IReadOnlyList<Block> source, int box)
    {
        foreach (var block in source)
        {
            switch (block)
            {
                case Table t when IsBox(t):
                    var inner = box == 0 ? ++lastBox : box;
                    foreach (var row in t.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            Add(cell.Blocks, inner);
                        }
                    }

                    break;
                case Table t when FindingsTable.TryOpen(t) is { } opened:
                    if (opened.Data is { } data)
                    {
                        Put(data, box);
                    }

                    Add(opened.Findings, box == 0 ? ++lastBox : box);
                    break;
                case Table t when BoxRows(t) is { Count: > 0 } rows:
                    Add(SplitAtBoxRows(t, rows), box);
                    break;
                case Heading h when ReportPatterns.TrailingMarker().Match(h.Content) is { Success: true } m:
                    Put(h with { Content = m.Groups["head"].Value }, box);
                    Put(h with { Level = h.Level + 1, Content = m.Groups["marker"].Value }, box);
                    break;
                default:
                    Put(block, box);
                    break;
            }
        }
    }

    private void Put(Block block, int box)
    {
        blocks.Add(block);
        boxes.Add(box);
    }

    /// <summary>
    /// Rows of a table of several columns that are a box of their own: one cell holds text that
    /// opens with a findings title or an area's summary title, the others nothing (a shaded box
    /// set right under a score table can be read as the table's last row).
    /// </summary>
    private static List<int> BoxRows(Table table)
    {
        var rows = new List<int>();
        if (table.ColumnCount < 2)
        {
            return rows;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var filled = table.Rows[r].Cells.Where(c => c.Blocks.Count > 0 && c.Text.Trim().Length > 0).ToList();
            if (filled.Count == 1 && filled[0].Blocks.Count > 1 && filled[0].Blocks.Take(2).Any(b => OpensFindings(b.Text)))
            {
                rows.Add(r);
            }
        }

        return rows;
    }

    private static bool OpensFindings(string text) =>
        ReportPatterns.ParseFindingsMarker(text) is not null || (text.Length <= 120 && ReportPatterns.AreaSummaryHeading().IsMatch(text));

    /// <summary>The table without its box rows, then each box row as a box of its own.</summary>
    private static List<Block> SplitAtBoxRows(Table table, List<int> boxRows)
    {
        var parts = new List<Block>();
        var rest = table.Rows.Where((_, r) => !boxRows.Contains(r)).ToList();
        if (rest.Count > 0)
        {
            parts.Add(table with { Rows = rest });
        }

        foreach (var r in boxRows)
        {
            var cell = table.Rows[r].Cells.First(c => c.Blocks.Count > 0 && c.Text.Trim().Length > 0);
            parts.Add(new Table([new TableRow([cell with { ColumnSpan = 1 }])], cell.Blocks[0].Page ?? table.Page));
        }

        return parts;
    }

    /// <summary>A table of one column whose cells hold text, not figures: a frame around text.</summary>
    private static bool IsBox(Table table) =>
        table.Rows.Count > 0
        && table.Rows.All(r => r.Cells.Count == 1)
        && (table.Rows.Count == 1 || table.Rows.Any(r => r.Cells[0].Blocks.Count > 1 || r.Cells[0].Text.Length > 40));
}

namespace Kommunkompassen.Ingest.Documents.Model;

/// <summary>
/// One structural unit of a document, as both readers produce it. <see cref="Page"/> is the
/// 1-based page number where the format knows it (PDF always; DOCX only when Word left
/// rendered page breaks in the file), otherwise null.
/// </summary>
public abstract record Block(int? Page)
{
    /// <summary>The block's plain text; for a table the cells' text row by row.</summary>
    public abstract string Text { get; }
}

/// <summary>A heading. Level 1 is the largest.</summary>
public sealed record Heading(int Level, string Content, int? Page) : Block(Page)
{
    public override string Text => Content;
}

/// <summary>A paragraph of running text.</summary>
public sealed record Paragraph(string Content, int? Page) : Block(Page)
{
    public override string Text => Content;
}

/// <summary>A bulleted or numbered list item; <see cref="Level"/> 0 is the outermost list.</summary>
public sealed record ListItem(string Content, int Level, int? Page) : Block(Page)
{
    public override string Text => Content;
}

/// <summary>A table: rows of cells. Merged cells keep their span; covered positions are not repeated.</summary>
public sealed record Table(IReadOnlyList<TableRow> Rows, int? Page) : Block(Page)
{
    public override string Text => string.Join('\n', Rows.Select(r => string.Join('\t', r.Cells.Select(c => c.Text))));

    /// <summary>Number of grid columns (the widest row, counting spans).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));

    /// <summary>
    /// The table as a rectangular grid of cell texts: a cell spanning several columns gives its
    /// text to the first and empty strings to the rest; a vertically merged continuation is empty.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ToGrid()
    {
        var width = ColumnCount;
        var grid = new List<IReadOnlyList<string>>(Rows.Count);
        foreach (var row in Rows)
        {
            var line = new List<string>(width);
            foreach (var cell in row.Cells)
            {
                line.Add(cell.Text);
                for (var i = 1; i < cell.ColumnSpan; i++)
                {
                    line.Add(string.Empty);
                }
            }

            while (line.Count < width)
            {
                line.Add(string.Empty);
            }

            grid.Add(line);
        }

        return grid;
    }
}

/// <summary>One table row.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>
/// One table cell. A cell holds blocks of its own (a shaded one-cell "ruta" carries headings
/// and bullets). <see cref="ColumnSpan"/> counts grid columns covered.
/// </summary>
public sealed record TableCell(IReadOnlyList<Block> Blocks, int ColumnSpan = 1)
{
    public string Text => string.Join(' ', Blocks.Select(b => b.Text).Where(t => t.Length > 0));

    public static TableCell FromText(string text, int? page, int columnSpan = 1) =>
        new(text.Length == 0 ? [] : [new Paragraph(text, page)], columnSpan);
}

using System.Globalization;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The grids of a styled DOCX (score, summary and comparison tables) in the style's table
/// form: a ruled table, a table with every border none, or no table at all but one paragraph
/// per row with the cells tab-separated and aligned on tab stops. Bold rows (header, total)
/// are set bold in every form.
/// </summary>
internal static class DocxGrids
{
    /// <summary>Table text size in half-points (9 pt).</summary>
    public const int TableSize = 18;

    /// <summary>A glyph's average width as a share of the font size, for breaking long labels on tab-stop rows.</summary>
    private const double GlyphWidth = 0.62;

    /// <summary>A grid as a Word table: ruled, or with every border none; a bold row's text set bold, the first row repeated as a header.</summary>
    public static W.Table Table(GridBlock g, int width)
    {
        var widths = ColumnWidths(g, width);
        var table = new W.Table(
            TableProperties(Borders(g.Form == TableForm.Ruled ? W.BorderValues.Single : W.BorderValues.None), width),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        for (var r = 0; r < g.Rows.Count; r++)
        {
            var row = g.Rows[r];
            var tr = new W.TableRow(r == 0 ? new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()) : new W.TableRowProperties(new W.CantSplit()));
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var paragraph = new W.Paragraph(new W.ParagraphProperties(
                    new W.SpacingBetweenLines { Before = "20", After = "20" },
                    new W.Justification { Val = g.Columns[c].Numeric ? W.JustificationValues.Right : W.JustificationValues.Left }));
                if (row.Cells[c].Length > 0)
                {
                    paragraph.Append(new W.Run(CellRun(row.Bold), new W.Text(row.Cells[c]) { Space = SpaceProcessingModeValues.Preserve }));
                }

                tr.Append(new W.TableCell(
                    new W.TableCellProperties(new W.TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }),
                    paragraph));
            }

            table.Append(tr);
        }

        return table;
    }

    /// <summary>
    /// A grid without a table: one paragraph per row, cells separated by tabs and aligned by
    /// tab stops (left for text columns, right for figures); a label too long for its column
    /// is broken with line breaks, its continuation indented to the label column.
    /// </summary>
    public static IEnumerable<OpenXmlElement> TabRows(GridBlock g, int width)
    {
        var widths = ColumnWidths(g, width);
        var edges = new int[widths.Length + 1];
        for (var i = 0; i < widths.Length; i++)
        {
            edges[i + 1] = edges[i] + widths[i];
        }

        var labelColumn = Enumerable.Range(0, g.Columns.Count).Where(i => !g.Columns[i].Numeric).MaxBy(i => widths[i]);
        var charsPerLine = (int)(widths[labelColumn] / 20.0 / (TableSize / 2.0 * GlyphWidth));
        var stops = new List<W.TabStop>();
        for (var c = 1; c < g.Columns.Count; c++)
        {
            stops.Add(g.Columns[c].Numeric
                ? new W.TabStop { Val = W.TabStopValues.Right, Position = edges[c + 1] - 60 }
                : new W.TabStop { Val = W.TabStopValues.Left, Position = edges[c] });
        }

        foreach (var row in HeaderOnTwoLines(g.Rows, widths))
        {
            var props = new W.ParagraphProperties(new W.KeepLines(), new W.Tabs(stops.Select(s => (OpenXmlElement)s.CloneNode(true))), new W.SpacingBetweenLines { Before = "20", After = "20" });
            if (labelColumn > 0)
            {
                props.Append(new W.Indentation { Left = edges[labelColumn].ToString(CultureInfo.InvariantCulture), Hanging = edges[labelColumn].ToString(CultureInfo.InvariantCulture) });
            }

            var run = new W.Run(CellRun(row.Bold));
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (c > 0)
                {
                    run.Append(new W.TabChar());
                }

                var lines = c == labelColumn ? Wrap(row.Cells[c], charsPerLine) : [row.Cells[c]];
                for (var l = 0; l < lines.Count; l++)
                {
                    if (l > 0)
                    {
                        run.Append(new W.Break());
                    }

                    run.Append(new W.Text(lines[l]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            yield return new W.Paragraph(props, run);
        }
    }

    /// <summary>
    /// The rows of a tab-stop grid with a header cell too wide for its column ("Malung-Sälen
    /// 2003") set as two header rows, the last word of each cell on the second, as a writer
    /// without a table would type it.
    /// </summary>
    private static IEnumerable<GridRow> HeaderOnTwoLines(IReadOnlyList<GridRow> rows, int[] widths)
    {
        var header = rows[0];
        bool TooWide(string cell, int c) => cell.Length * (TableSize / 2.0) * GlyphWidth * 1.1 * 20 > widths[c] - 120;
        if (!header.Bold || !header.Cells.Select(TooWide).Any(x => x))
        {
            return rows;
        }

        var first = header.Cells.Select(c => c.LastIndexOf(' ') is var i and > 0 ? c[..i] : c).ToList();
        var second = header.Cells.Select(c => c.LastIndexOf(' ') is var i and > 0 ? c[(i + 1)..] : string.Empty).ToList();
        return [new GridRow(first, true), new GridRow(second, true), .. rows.Skip(1)];
    }

    /// <summary>Breaks a text into lines of at most <paramref name="width"/> characters at spaces (the spaces dropped).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static int[] ColumnWidths(GridBlock g, int width) => g.Columns.Select(c => (int)(c.Share * width)).ToArray();

    public static W.RunProperties CellRun(bool bold)
    {
        var props = new W.RunProperties();
        if (bold)
        {
            props.Append(new W.Bold());
        }

        props.Append(new W.FontSize { Val = TableSize.ToString(CultureInfo.InvariantCulture) });
        return props;
    }

    /// <summary>A table <paramref name="width"/> twips wide with the given borders, fixed layout, narrow cell margins.</summary>
    public static W.TableProperties TableProperties(W.TableBorders borders, int width) => new(
        new W.TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
        borders,
        new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        new W.TableCellMarginDefault(
            new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
            new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa }));

    public static W.TableBorders Borders(W.BorderValues kind)
    {
        var size = kind == W.BorderValues.None ? 0u : 4u;
        return new W.TableBorders(
            new W.TopBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
            new W.LeftBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
            new W.BottomBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
            new W.RightBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
            new W.InsideHorizontalBorder { Val = kind, Size = size, Space = 0, Color = "auto" },
            new W.InsideVerticalBorder { Val = kind, Size = size, Space = 0, Color = "auto" });
    }
}

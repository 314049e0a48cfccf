using Kommunkompassen.Ingest.Documents.Docx;
using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>A position of a Word table's grid: the cell that covers it (null for the later columns of a span) and its text.</summary>
internal sealed record GridPosition(W.TableCell? Cell, string Text);

/// <summary>Word tables as rectangular grids, the way the DOCX reader lays them out (spans expanded, vertical continuations empty).</summary>
internal static class DocxGrid
{
    public static List<List<GridPosition>> Of(W.Table table)
    {
        var grid = new List<List<GridPosition>>();
        foreach (var tr in table.Elements<W.TableRow>())
        {
            var row = new List<GridPosition>();
            foreach (var tc in DocxTables.CellsOf(tr))
            {
                var props = tc.TableCellProperties;
                var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
                var merge = props?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                row.Add(new GridPosition(tc, continues ? string.Empty : TextOf(tc)));
                for (var i = 1; i < span; i++)
                {
                    row.Add(new GridPosition(null, string.Empty));
                }
            }

            grid.Add(row);
        }

        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        foreach (var row in grid)
        {
            while (row.Count < width)
            {
                row.Add(new GridPosition(null, string.Empty));
            }
        }

        return grid;
    }

    /// <summary>The cell's paragraphs' text joined by spaces, whitespace collapsed.</summary>
    public static string TextOf(OpenXmlElement element)
    {
        var sb = new StringBuilder();
        foreach (var p in element.Descendants<W.Paragraph>())
        {
            sb.Append(' ');
            foreach (var t in p.Descendants<W.Text>())
            {
                sb.Append(t.Text);
            }
        }

        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Replaces a cell's text, keeping the formatting of its first run.</summary>
    public static void SetText(W.TableCell cell, string value)
    {
        var texts = cell.Descendants<W.Text>().ToList();
        if (texts.Count == 0)
        {
            var paragraph = cell.Elements<W.Paragraph>().FirstOrDefault() ?? cell.AppendChild(new W.Paragraph());
            paragraph.AppendChild(new W.Run(new W.Text(value) { Space = SpaceProcessingModeValues.Preserve }));
            return;
        }

        texts[0].Text = value;
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var t in texts.Skip(1))
        {
            t.Remove();
        }
    }
}

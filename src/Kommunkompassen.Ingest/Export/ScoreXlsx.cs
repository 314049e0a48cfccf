using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Kommunkompassen.Ingest.Export;

/// <summary>
/// Writes score sheets into one Excel workbook (Open XML SDK): a worksheet per sheet, a bold,
/// frozen header row with filters, numbers as numbers and text as inline strings.
/// </summary>
public static class ScoreXlsx
{
    private const uint HeaderStyle = 1;

    public static void Write(IReadOnlyList<ScoreSheet> sheets, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());

        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheets[i]);
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(i + 1), Name = sheets[i].Name });
        }

        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(ScoreSheet sheet)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Header.Cast<object?>().ToList(), HeaderStyle));
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            data.Append(Row((uint)(r + 2), sheet.Rows[r], null));
        }

        var lastCell = $"{Column(sheet.Header.Count - 1)}{(sheet.Rows.Count + 1).ToString(CultureInfo.InvariantCulture)}";
        var frozen = new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 });
        var widths = new Columns(sheet.Header.Select((h, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Clamp(Math.Max(h.Length, sheet.Rows.Select(row => Convert.ToString(row[i], CultureInfo.InvariantCulture)?.Length ?? 0).DefaultIfEmpty(0).Max()) + 2, 6, 40),
            CustomWidth = true,
        }));
        return new Worksheet(frozen, widths, data, new AutoFilter { Reference = $"A1:{lastCell}" });
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = $"{Column(c)}{index.ToString(CultureInfo.InvariantCulture)}";
            Cell? cell = values[c] switch
            {
                null => null,
                double d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty)) },
            };
            if (cell is null)
            {
                continue;
            }

            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    internal static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Two cell formats: 0 the default, 1 bold (the header).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}

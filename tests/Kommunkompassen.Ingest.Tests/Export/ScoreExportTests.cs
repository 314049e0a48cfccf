using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Export;

public sealed class ScoreExportTests
{
    private static IReadOnlyList<ReportRecord> Records =>
        [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];

    [Fact]
    public void Areas_TwoReports_OneRowEachWithEveryAreaScore()
    {
        var sheet = ScoreSheet.Areas(Records);

        Assert.Equal(2, sheet.Rows.Count);
        for (var r = 0; r < Records.Count; r++)
        {
            var record = Records[r];
            var row = sheet.Rows[r];
            Assert.Equal(record.Id, row[0]);
            Assert.Equal(record.Total.Score, row[sheet.Header.ToList().IndexOf("total")]);
            foreach (var area in record.Areas)
            {
                Assert.Equal(area.Score, row[sheet.Header.ToList().IndexOf($"area {area.Number}")]);
            }
        }
    }

    [Fact]
    public void Questions_TwoFrameworks_ColumnsPerFrameworkAndNumericOrder()
    {
        var sheet = ScoreSheet.Questions(Records);
        var header = sheet.Header.ToList();

        foreach (var (record, row) in Records.Zip(sheet.Rows))
        {
            foreach (var q in record.Questions)
            {
                Assert.Equal(q.Score, row[header.IndexOf($"{record.Framework} {q.Id}")]);
            }

            // Nothing under the other framework's columns.
            NonEmpty.All(header.Select((h, i) => (h, i)).Where(c => c.i >= 6 && !c.h.StartsWith(record.Framework + " ", StringComparison.Ordinal)), c => Assert.Null(row[c.i]));
        }

        var ids = header.Where(h => h.StartsWith("2010 ", StringComparison.Ordinal)).Select(h => h[5..]).ToList();
        Assert.Equal(Records[1].Questions.Count, ids.Count);
        Assert.True(ids.IndexOf("1.2") < ids.IndexOf("1.10") || !ids.Contains("1.10"));
    }

    [Fact]
    public void Csv_QuotesAndBom_ReadsBackToTheSameCells()
    {
        var sheet = new ScoreSheet("x", ["id", "name", "score"], [["a", "Malung-Sälen, \"fjällen\"", 12.5], ["b", null, 3.0]]);
        using var stream = new MemoryStream();

        ScoreCsv.Write(sheet, stream);

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id,name,score\r\na,\"Malung-Sälen, \"\"fjällen\"\"\",12.5\r\nb,,3\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Xlsx_SampleReports_ValidWorkbookWithAreaAndQuestionSheets()
    {
        using var stream = new MemoryStream();

        ScoreXlsx.Write([ScoreSheet.Areas(Records), ScoreSheet.Questions(Records)], stream);

        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var workbook = doc.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Areas", "Sub-questions"], sheets.Select(s => s.Name!.Value));

        var areas = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(3, areas.Count);
        var header = areas[0].Elements<Cell>().Select(c => c.InlineString!.InnerText).ToList();
        var report = Records[1];
        var cells = areas[2].Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
        Assert.Equal(report.Id, cells["A"].InlineString!.InnerText);
        foreach (var area in report.Areas)
        {
            var cell = cells[ScoreXlsx.Column(header.IndexOf($"area {area.Number}"))];
            Assert.Equal(CellValues.Number, cell.DataType!.Value);
            Assert.Equal(area.Score, double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static readonly string[] Sheets = ["areas", "questions", "warnings"];

    public static TheoryData<string> SheetNames => new(Sheets);

    private static ScoreSheet SheetOf(string name) => name switch
    {
        "areas" => ScoreSheet.Areas(Records),
        "questions" => ScoreSheet.Questions(Records),
        _ => ScoreSheet.Warnings(Records),
    };

    /// <summary>A cell as the CSV writes it: empty for none, numbers invariant with at most three decimals.</summary>
    private static string CsvText(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    [Theory]
    [MemberData(nameof(SheetNames))]
    public void Csv_SampleReports_EveryCellReadsBackAsTheSheetHasIt(string name)
    {
        var sheet = SheetOf(name);
        using var stream = new MemoryStream();

        ScoreCsv.Write(sheet, stream);

        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(stream.ToArray()[3..]));
        Assert.Equal(sheet.Rows.Count + 1, rows.Count);
        Assert.True(sheet.Rows.Count >= 2, $"the {name} sheet of two reports has {sheet.Rows.Count} rows");
        Assert.Equal(sheet.Header, rows[0]);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            Assert.Equal(sheet.Rows[r].Select(CsvText), rows[r + 1]);
        }
    }

    [Fact]
    public void Xlsx_SampleReports_EveryCellOfEverySheetAsTheSheetHasIt()
    {
        var sheets = Sheets.Select(SheetOf).ToList();
        using var stream = new MemoryStream();

        ScoreXlsx.Write(sheets, stream);

        stream.Position = 0;
        using var doc = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = doc.WorkbookPart!;
        var parts = workbook.Workbook!.Sheets!.Elements<Sheet>().Select(s => (WorksheetPart)workbook.GetPartById(s.Id!)).ToList();
        Assert.Equal(sheets.Count, parts.Count);
        foreach (var (sheet, part) in sheets.Zip(parts))
        {
            var rows = part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Assert.Equal(sheet.Rows.Count + 1, rows.Count);
            var expected = sheet.Rows.Select(row => row.ToList()).Prepend(sheet.Header.Cast<object?>().ToList()).ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
                for (var c = 0; c < expected[r].Count; c++)
                {
                    var reference = $"{ScoreXlsx.Column(c)}{r + 1}";
                    switch (expected[r][c])
                    {
                        case null:
                            Assert.False(cells.ContainsKey(reference), $"{sheet.Name} {reference} should be empty");
                            break;
                        case double or int:
                            Assert.Equal(CellValues.Number, cells[reference].DataType!.Value);
                            Assert.Equal(Convert.ToDouble(expected[r][c], System.Globalization.CultureInfo.InvariantCulture), double.Parse(cells[reference].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case var text:
                            Assert.Equal(CellValues.InlineString, cells[reference].DataType!.Value);
                            Assert.Equal(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture), cells[reference].InlineString!.InnerText);
                            break;
                    }
                }

                Assert.Equal(expected[r].Count(v => v is not null), cells.Count);
            }
        }
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Column_Index_ExcelLetters(int index, string letters) => Assert.Equal(letters, ScoreXlsx.Column(index));

    [Fact]
    public void WriteLines_TwoRecords_OneCompactRecordPerLine()
    {
        using var stream = new MemoryStream();

        RecordJson.WriteLines(Records, stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(Records.Select(r => r.Id), lines.Select(l => RecordJson.Deserialize(l).Id));
    }
}

/// <summary>A reader of RFC 4180 CSV for the tests: quoted fields with doubled quotes, CRLF rows.</summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        Assert.False(quoted, "a quoted field runs to the end of the file");
        Assert.Equal(0, field.Length + row.Count);
        return rows;
    }
}

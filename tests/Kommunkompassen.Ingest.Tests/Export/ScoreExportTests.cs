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
            Assert.All(header.Select((h, i) => (h, i)).Where(c => c.i >= 6 && !c.h.StartsWith(record.Framework + " ", StringComparison.Ordinal)), c => Assert.Null(row[c.i]));
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

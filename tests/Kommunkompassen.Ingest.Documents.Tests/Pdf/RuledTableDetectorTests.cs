using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class RuledTableDetectorTests
{
    [Fact]
    public void Detect_ScoreTablePage_FindsEightColumnTableAndKeepsTextAbove()
    {
        var layout = RuledTableDetector.Default.Detect(Page(Corpus.Report2005Pdf, 24));

        var table = Assert.Single(layout.Tables);
        Assert.Equal(9, table.ColumnEdges.Count);
        Assert.Equal(8, table.Rows.Count);
        NonEmpty.All(table.Rows, r => Assert.Equal(8, r.Cells.Count));
        Assert.Equal(["max-po-", "äng"], table.Rows[2].Cells[1].Lines.Select(l => l.Text));
        Assert.Contains(layout.BodyLines, l => l.Text.StartsWith("Nedan följer en redovisning", StringComparison.Ordinal));
        Assert.DoesNotContain(layout.BodyLines, l => l.Text.Contains("max-po-", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_ShadedBox_IsOneCellTableHoldingItsLines()
    {
        var layout = RuledTableDetector.Default.Detect(Page(Corpus.Report2010Pdf, 11));

        var box = Assert.Single(layout.Tables);
        var cell = Assert.Single(Assert.Single(box.Rows).Cells);
        Assert.Equal("Sammanfattning område 1", cell.Lines[0].Text);
        Assert.Equal(15, cell.Lines.Count);
        Assert.DoesNotContain(layout.BodyLines, l => l.Text == "Styrkor");
    }

    [Fact]
    public void Detect_MissingInnerRulings_GivesSpanAndVerticalMerge()
    {
        // Three rows, three columns; row 0 has no edge at x=300 (a span of two), and column 0 has
        // no edge at y=460 (rows 1 and 2 merged).
        Ruling[] rulings =
        [
            Ruling.Between(100, 500, 400, 500), Ruling.Between(100, 480, 400, 480),
            Ruling.Between(200, 460, 400, 460), Ruling.Between(100, 440, 400, 440),
            Ruling.Between(100, 440, 100, 500), Ruling.Between(200, 440, 200, 500),
            Ruling.Between(300, 440, 300, 480), Ruling.Between(400, 440, 400, 500),
        ];
        TextLine[] lines =
        [
            Line("Rubrik", 71, 600),
            new TextLine([Word("Område", 105, 486), Word("Poäng", 205, 486)], 1),
            new TextLine([Word("Offentlighet", 105, 466), Word("91", 205, 466), Word("83", 305, 466)], 1),
            new TextLine([Word("och", 105, 446), Word("demokrati", 135, 446), Word("88", 205, 446), Word("76", 305, 446)], 1),
        ];

        var layout = RuledTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, rulings));

        Assert.Equal("Rubrik", Assert.Single(layout.BodyLines).Text);
        var rows = Assert.Single(layout.Tables).Rows;
        Assert.Equal([1, 2], rows[0].Cells.Select(c => c.ColumnSpan));
        Assert.Equal(["Offentlighet", "och demokrati"], rows[1].Cells[0].Lines.Select(l => l.Text));
        Assert.True(rows[2].Cells[0].IsMergedFromAbove);
        Assert.Empty(rows[2].Cells[0].Lines);
        Assert.Equal("76", Assert.Single(rows[2].Cells[2].Lines).Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Detect_FrameLeftOpenByPageBreak_IsClosedWhereItsSidesEnd(bool openAtBottom)
    {
        // A bordered box cut by the page break: its top (or bottom) edge and its two sides only.
        var edge = openAtBottom ? 700 : 100;
        Ruling[] rulings =
        [
            Ruling.Between(71, edge, 524, edge),
            Ruling.Between(71, 100, 71, 700),
            Ruling.Between(524, 100, 524, 700),
        ];
        TextLine[] lines = [Line("Styrkor", 80, 600), Line("Kommunen har en tydlig styrning.", 80, 580), Line("Under rutan.", 71, 60)];

        var layout = RuledTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, rulings));

        var table = Assert.Single(layout.Tables);
        Assert.Equal((100, 700), (table.Bottom, table.Top));
        Assert.Equal(["Styrkor", "Kommunen har en tydlig styrning."], Assert.Single(Assert.Single(table.Rows).Cells).Lines.Select(l => l.Text));
        Assert.Equal("Under rutan.", Assert.Single(layout.BodyLines).Text);
    }

    [Fact]
    public void Detect_LonelyRule_IsNoTable()
    {
        var page = new PageContent(1, 595, 842, [Line("Text", 71, 600)], [Ruling.Between(71, 590, 524, 590)]);

        var layout = RuledTableDetector.Default.Detect(page);

        Assert.Empty(layout.Tables);
        Assert.Single(layout.BodyLines);
    }
}

using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class AlignedTableDetectorTests
{
    [Fact]
    public void Detect_ComparisonTableWithoutItsRulings_FindsColumnsAndRows()
    {
        var page = Page(Corpus.Report2005Pdf, 26) with { Rulings = [] };

        var layout = AlignedTableDetector.Default.Detect(page);

        // The page also opens with the last rows of the score table (7.4 and 7.5), eight columns.
        Assert.Equal(2, layout.Tables.Count);
        Assert.Equal(9, layout.Tables[0].ColumnEdges.Count);
        Assert.Equal(2, layout.Tables[0].Rows.Count);
        Assert.Equal(
            ["7.5 Hur aktivt används", "jämförelser som ett led i", "service- och organisa-", "tionsutvecklingen?"],
            layout.Tables[0].Rows[1].Cells[0].Lines.Select(l => l.Text));
        var table = layout.Tables[1];
        Assert.Equal(7, table.ColumnEdges.Count);
        Assert.Equal(10, table.Rows.Count);
        Assert.Equal(["Kriteri-", "um"], table.Rows[0].Cells[0].Lines.Select(l => l.Text));
        Assert.Equal(["Udde-", "valla", "2005"], table.Rows[0].Cells[4].Lines.Select(l => l.Text));
        Assert.Equal(["Totalt", "692", "523,5", "492", "609,5", "608"], table.Rows[9].Cells.Select(c => Assert.Single(c.Lines).Text));
        Assert.Contains(layout.BodyLines, l => l.Text.StartsWith("Nedan presenteras en tabell", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_RunningText_FindsNoTable()
    {
        var page = Page(Corpus.Report2005Pdf, 3);

        var layout = AlignedTableDetector.Default.Detect(page);

        Assert.Empty(layout.Tables);
        Assert.Equal(page.Lines.Count, layout.BodyLines.Count);
    }

    [Fact]
    public void Detect_ListWithTabAfterMarker_StaysText()
    {
        TextLine[] lines =
        [
            new([Word("1.", 71, 700), Word("Vad", 100, 700), Word("är", 125, 700)], 1),
            new([Word("2.", 71, 685), Word("Hur", 100, 685), Word("gör", 125, 685)], 1),
            new([Word("•", 71, 670), Word("Vem", 100, 670), Word("då", 125, 670)], 1),
        ];

        Assert.Empty(AlignedTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, [])).Tables);
    }

    [Fact]
    public void Detect_TableOfContentsWithLeaders_StaysText()
    {
        TextLine[] lines =
        [
            new([Word("Inledning", 71, 700), Word("..........", 200, 700), Word("3", 500, 700)], 1),
            new([Word("Resultat", 71, 685), Word("..........", 200, 685), Word("7", 500, 685)], 1),
            new([Word("Bilagor", 71, 670), Word("..........", 200, 670), Word("9", 500, 670)], 1),
        ];

        Assert.Empty(AlignedTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, [])).Tables);
    }

    [Fact]
    public void Detect_BoldHeaderAndTotalRowsSetOff_AreRowsOfTheTable()
    {
        // The header's words stand closer than a column gap, and both bold rows lie further off than rows do.
        TextLine[] lines =
        [
            Line("Nedan redovisas poängen per delfråga.", 71, 760),
            Row(730, true, ("Delfråga", 71), ("Maxpoäng", 330), ("Poäng", 390), ("Andel", 430)),
            Row(702, false, ("5.1 Hur arbetar", 71), ("20", 366), ("16", 408), ("80%", 442)),
            Row(686, false, ("5.2 Hur tas", 71), ("20", 366), ("13", 408), ("65%", 442)),
            Row(670, false, ("5.3 Hur stöds", 71), ("10", 366), ("6", 414), ("60%", 442)),
            Row(643, true, ("Totalt", 71), ("50", 366), ("35", 408), ("70%", 442)),
            Line("Området har förbättrats.", 71, 610),
        ];

        var layout = AlignedTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, []));

        var table = Assert.Single(layout.Tables);
        Assert.Equal(
            [["Delfråga", "Maxpoäng", "Poäng", "Andel"], ["5.1 Hur arbetar", "20", "16", "80%"], ["5.2 Hur tas", "20", "13", "65%"], ["5.3 Hur stöds", "10", "6", "60%"], ["Totalt", "50", "35", "70%"]],
            Cells(table));
        Assert.Equal(["Nedan redovisas poängen per delfråga.", "Området har förbättrats."], layout.BodyLines.Select(l => l.Text));
    }

    [Fact]
    public void Detect_FirstCellSetAboveItsFigures_StaysInItsRow()
    {
        // Cells centred vertically: the first row's question wraps, its figures sit between its lines.
        TextLine[] lines =
        [
            Line("5.1 Hur arbetar kommunen med", 71, 702),
            Row(695, false, ("20", 366), ("16", 408), ("80%", 442)),
            Line("servicedeklarationer?", 71, 688),
            Row(670, false, ("5.2 Hur tas", 71), ("20", 366), ("13", 408), ("65%", 442)),
            Row(654, false, ("5.3 Hur stöds", 71), ("10", 366), ("6", 414), ("60%", 442)),
        ];

        var table = Assert.Single(AlignedTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, [])).Tables);

        Assert.Equal(
            [["5.1 Hur arbetar kommunen med servicedeklarationer?", "20", "16", "80%"], ["5.2 Hur tas", "20", "13", "65%"], ["5.3 Hur stöds", "10", "6", "60%"]],
            Cells(table));
    }

    [Fact]
    public void Detect_TwoSplitLinesOnly_TooFewRows()
    {
        TextLine[] lines =
        [
            new([Word("Total", 71, 700), Word("75", 300, 700)], 1),
            new([Word("Skatt", 71, 685), Word("32", 300, 685)], 1),
        ];

        Assert.Empty(AlignedTableDetector.Default.Detect(new PageContent(1, 595, 842, lines, [])).Tables);
    }

    /// <summary>A table row's line: each cell's text set from its left edge, one space (3 pt) between words.</summary>
    private static TextLine Row(double baseline, bool bold, params (string Text, double Left)[] cells) =>
        new([.. cells.SelectMany(c => Line(c.Text, c.Left, baseline, bold: bold).Words)], 1);

    private static string[][] Cells(TableGrid table) =>
        [.. table.Rows.Select(r => r.Cells.Select(c => string.Join(' ', c.Lines.Select(l => l.Text))).ToArray())];
}

using Kommunkompassen.Ingest.Documents.Docx;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class TabLayoutTests
{
    private static readonly TabStops RightStops = TabStops.None.Apply([new("right", 6236, null), new("right", 7654, null), new("decimal", 8787, null)]);

    [Fact]
    public void Lay_LeadingTab_FirstCellStartsAtTheFirstStop()
    {
        var line = Assert.Single(TabLayout.Lay("\t40\t30", Geometry(RightStops)));

        Assert.Equal([("40", 6236), ("30", 7654)], line.Cells.Select(c => (c.Text, c.Anchor)));
        Assert.True(line.StartsWithTab);
    }

    [Fact]
    public void Lay_RightAndDecimalStops_TextEndsAtTheStopOrItsDecimalSymbolDoes()
    {
        var line = Assert.Single(TabLayout.Lay("Fråga\t20\t15\t9,5", Geometry(RightStops)));

        Assert.Equal(6236, line.Cells[1].Right);
        Assert.Equal(7654, line.Cells[2].Right);
        Assert.True(line.Cells[3].Left < 8787 && line.Cells[3].Right > 8787, $"{line.Cells[3]}");
    }

    [Fact]
    public void Lay_CenterStop_TextIsCentredOnIt()
    {
        var stops = TabStops.None.Apply([new("center", 6000, null)]);

        var cell = Assert.Single(TabLayout.Lay("Fråga\tPoäng", Geometry(stops))).Cells[1];

        Assert.Equal(6000, cell.Anchor);
        Assert.InRange(cell.Left + cell.Right, 11998, 12002);
    }

    [Fact]
    public void Lay_HangingIndent_FirstTabGoesToTheIndent()
    {
        var line = Assert.Single(TabLayout.Lay("a)\tTydliga mål", Geometry(TabStops.None, left: 567, firstLine: -567)));

        Assert.Equal([("a)", 0), ("Tydliga mål", 567)], line.Cells.Select(c => (c.Text, c.Anchor)));
    }

    [Fact]
    public void Lay_NoCustomStops_DefaultIntervalAndLongTextReachesALaterStop()
    {
        var line = Assert.Single(TabLayout.Lay("Offentlighet och demokrati\t85", Geometry(TabStops.None)));

        Assert.Equal(3402, line.Cells[1].Anchor);
    }

    [Fact]
    public void Lay_LineBreaks_GiveLinesTheSecondStartingAtTheLeftIndent()
    {
        var lines = TabLayout.Lay("Poäng\t85\nMax\t100", Geometry(RightStops, left: 200, firstLine: 300));

        Assert.Equal([500, 200], lines.Select(l => l.Start));
    }

    [Fact]
    public void Lay_DotLeaderBeforeAPageNumber_IsATocEntry()
    {
        var stops = TabStops.None.Apply([new("right", 9062, "dot")]);

        Assert.True(Assert.Single(TabLayout.Lay("Område 1 Offentlighet\t5", Geometry(stops))).IsTocEntry);
        Assert.False(Assert.Single(TabLayout.Lay("Område 1 Offentlighet\t85 %", Geometry(stops))).IsTocEntry);
    }

    [Fact]
    public void Lay_TextNearAStop_OffersTheLayoutWithANarrowerFont()
    {
        var stops = TabStops.None.Apply([new("right", 5670, null), new("right", 7088, null)]);

        var line = Assert.Single(TabLayout.Lay("3.4 Hur främjas medborgarnas delaktighet i kommunens arbete?\t20", Geometry(stops)));

        Assert.Equal(7088, line.Cells[1].Anchor);
        Assert.Contains(line.Alternatives, a => a.Cells[1].Anchor == 5670);
    }

    private static ParagraphGeometry Geometry(TabStops stops, int left = 0, int firstLine = 0) =>
        new(stops, left, firstLine, 1134, 11, ',', TabTableDetectorOptions.Default.CharWidthScale, TabTableDetectorOptions.Default.AlternativeWidthFactors);
}

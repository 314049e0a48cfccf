using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class HeaderFooterFilterTests
{
    [Theory]
    [InlineData("12")]
    [InlineData("- 12 -")]
    [InlineData("– 3 –")]
    [InlineData("Sida 12 (26)")]
    [InlineData("sida 3 av 9")]
    [InlineData("Page 3 of 9")]
    [InlineData("4/33")]
    public void IsPageNumber_PageNumberForms_IsTrue(string text) => Assert.True(HeaderFooterFilter.IsPageNumber(text));

    [Theory]
    [InlineData("12 kommuner")]
    [InlineData("Tabell 2")]
    [InlineData("2010-06-15--17")]
    public void IsPageNumber_OtherText_IsFalse(string text) => Assert.False(HeaderFooterFilter.IsPageNumber(text));

    [Fact]
    public void Filter_Corpus_RemovesRunningHeaderAndFooter()
    {
        var pages = HeaderFooterFilter.Default.Filter(PdfTestPages.Read(Corpus.Report2005Pdf));

        var texts = pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Sida 24 (26)", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t == "Sveriges Kommuner och Landsting");
        Assert.Contains(texts, t => t == "1 Vad är Kommunkompassen?");
    }

    [Fact]
    public void Filter_TitlePage_KeepsItsLines()
    {
        var pages = HeaderFooterFilter.Default.Filter(PdfTestPages.Read(Corpus.Report2010Pdf));

        Assert.Equal(
            ["Sektionen för Demokrati och styrning", "Kommunkompassen", "Analys", "av Borlänge kommun", "2010-06-15--17"],
            pages[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void Filter_RunningHeaderWithPrintDateAndPage_Removed()
    {
        var pages = Enumerable.Range(1, 3)
            .Select(n => new PageContent(n, 595, 842, [PdfTestPages.Line($"Sveriges Kommuner och Landsting 2017-05-13 {n} (25)", 57, 808, n), PdfTestPages.Line("Brödtext", 71, 500, n)], []))
            .ToList();

        var filtered = HeaderFooterFilter.Default.Filter(pages);

        NonEmpty.All(filtered, p => Assert.Equal("Brödtext", Assert.Single(p.Lines).Text));
    }

    [Fact]
    public void Filter_FooterOfLandscapePage_BandMeasuredOnTheLongerSide()
    {
        // A footer 66 pt up a landscape page (595 pt high) lies as far from the edge as on a portrait one.
        var pages = new[]
        {
            new PageContent(1, 595, 842, [PdfTestPages.Line("Brödtext", 71, 500, 1), PdfTestPages.Line("Sida 1 av 2", 280, 66, 1)], []),
            new PageContent(2, 842, 595, [PdfTestPages.Line("Tabell", 71, 500, 2), PdfTestPages.Line("Sida 2 av 2", 400, 66, 2)], []),
        };

        var filtered = HeaderFooterFilter.Default.Filter(pages);

        Assert.Equal(["Brödtext", "Tabell"], filtered.SelectMany(p => p.Lines).Select(l => l.Text));
    }

    [Fact]
    public void Filter_LineRepeatedOnTooFewPages_IsKept()
    {
        var pages = Enumerable.Range(1, 5)
            .Select(n => new PageContent(n, 595, 842, [PdfTestPages.Line(n == 1 ? "Bilaga" : $"Avsnitt {n}x", 71, 800, n), PdfTestPages.Line("Brödtext", 71, 500, n)], []))
            .ToList();

        var filtered = HeaderFooterFilter.Default.Filter(pages);

        Assert.Equal("Bilaga", filtered[0].Lines[0].Text);
        NonEmpty.All(filtered.Skip(1), p => Assert.Single(p.Lines));
    }
}

using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class DocumentStyleTests
{
    [Fact]
    public void From_Corpus_FindsBodyTextAndTypeArea()
    {
        var layouts = HeaderFooterFilter.Default.Filter(PdfTestPages.Read(Corpus.Report2005Pdf)).Select(RuledTableDetector.Default.Detect).ToList();

        var style = DocumentStyle.From(layouts);

        Assert.Equal(11, style.BodyFontSize);
        Assert.Equal("LiberationSerif", style.BodyFontFamily);
        Assert.Equal(71, style.Column.Left);
        Assert.InRange(style.Column.Right, 520, 525);
        Assert.Equal([14, 13, 11], style.HeadingSizes);
        Assert.Equal(4, style.HeadingLevel(9));
        Assert.Equal(1, style.HeadingLevel(32));
        Assert.True(style.Evidence.Contains("IT-plattform"));
    }

    [Fact]
    public void HeadingLevel_BySizeRank_LargestIsOne()
    {
        var style = new DocumentStyle(11, "LiberationSerif", [18, 14, 11], new TextColumn(71, 524), Kommunkompassen.Ingest.Documents.Text.HyphenationEvidence.Empty);

        Assert.Equal(1, style.HeadingLevel(18));
        Assert.Equal(2, style.HeadingLevel(14.2));
        Assert.Equal(3, style.HeadingLevel(11));
        Assert.Equal(4, style.HeadingLevel(9));
    }

    [Fact]
    public void From_PortraitAndLandscapePages_EachWidthItsOwnTypeArea()
    {
        PageLayout[] pages =
        [
            new(1, [PdfTestPages.Line("Kommunen har en god grund för arbetet", 71, 700, right: 524)], []) { PageWidth = 595 },
            new(2, [PdfTestPages.Line("Kommunens jämförelser omfattar de flesta verksamheter", 57, 500, 2, right: 785)], []) { PageWidth = 842 },
        ];

        var style = DocumentStyle.From(pages);

        Assert.Equal(524, style.ColumnFor(595).Right, 6);
        Assert.Equal(785, style.ColumnFor(842).Right, 6);
        Assert.Equal(style.Column, style.ColumnFor(700));
    }

    [Fact]
    public void From_NoLines_GivesEmptyStyle() =>
        Assert.Empty(DocumentStyle.From([new PageLayout(1, [], [])]).HeadingSizes);
}

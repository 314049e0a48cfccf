using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class RulingExtractorTests
{
    [Fact]
    public void Extract_ScoreTablePage_FindsTheGridLines()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 24);

        var verticals = page.Rulings.Where(r => !r.IsHorizontal).Select(r => Math.Round(r.Position)).Order().ToList();
        var horizontals = page.Rulings.Count(r => r.IsHorizontal);

        Assert.Equal([71, 170, 213, 255, 298, 397, 439, 482, 524], verticals);
        Assert.Equal(9, horizontals);
    }

    [Fact]
    public void Extract_ShadedBoxWithBorders_GivesBoxEdges()
    {
        var page = PdfTestPages.Page(Corpus.Report2010Pdf, 11);

        // The box is drawn twice as a fill and once as four border lines: every edge is there.
        Assert.Contains(page.Rulings, r => !r.IsHorizontal && Math.Abs(r.Position - 65.5) < 0.5 && r.Length > 200);
        Assert.Contains(page.Rulings, r => !r.IsHorizontal && Math.Abs(r.Position - 519.1) < 0.5 && r.Length > 200);
        Assert.Contains(page.Rulings, r => r.IsHorizontal && Math.Abs(r.Position - 687.3) < 0.5);
        Assert.Contains(page.Rulings, r => r.IsHorizontal && Math.Abs(r.Position - 466.6) < 0.5);
    }

    [Fact]
    public void Extract_TextOnlyPage_FindsNone() =>
        Assert.Empty(PdfTestPages.Page(Corpus.Report2005Pdf, 3).Rulings);

    [Fact]
    public void Extract_ThinFilledRectangle_IsOneLine()
    {
        var path = PathOf(100, 200, 300, 0.5);
        path.SetFilled(FillingRule.NonZeroWinding);

        var ruling = Assert.Single(RulingExtractor.Default.Extract([path]));

        Assert.True(ruling.IsHorizontal);
        Assert.Equal(300, ruling.Length, 3);
        Assert.Equal(200.25, ruling.Position, 3);
    }

    [Fact]
    public void Extract_SmallFilledSquare_IsNoBox()
    {
        // A drawn list bullet: smaller than any box, thicker than any line.
        var path = PathOf(78, 701, 4, 4);
        path.SetFilled(FillingRule.NonZeroWinding);

        Assert.Empty(RulingExtractor.Default.Extract([path]));
    }

    [Fact]
    public void Extract_ClippingPath_IsIgnored()
    {
        var path = PathOf(0, 0, 595, 842);
        path.SetClipping(FillingRule.NonZeroWinding);

        Assert.Empty(RulingExtractor.Default.Extract([path]));
    }

    private static PdfPath PathOf(double x, double y, double width, double height)
    {
        var subpath = new PdfSubpath();
        subpath.Rectangle(x, y, width, height);
        var path = new PdfPath();
        path.Add(subpath);
        return path;
    }
}

using Kommunkompassen.Ingest.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class VectorBulletDetectorTests
{
    private static readonly PageFrame A4 = PageFrame.Upright(595, 842);

    [Fact]
    public void Detect_BrowserDiscs_EveryListLineOpensWithBullet()
    {
        using var document = PdfDocument.Open(SamplePath("two-columns.pdf"));
        var page = document.GetPage(2);

        var lines = VectorBulletDetector.Default.Detect(LineBuilder.Default.Build(page.Letters, 2), page.Paths, A4);

        // Page 2 opens with the lists side by side: two items start left of the gutter (above them
        // the end of an item from page 1), two right of it.
        var bullets = lines.SelectMany(l => l.Words).Where(w => w.Text == VectorBulletDetector.BulletText).ToList();
        Assert.Equal(4, bullets.Count);
        var line = Assert.Single(lines, l => l.Text.Contains("Medborgardialogen inför budgeten.", StringComparison.Ordinal));
        Assert.StartsWith("• Medborgardialogen", line.Text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Text.Contains("budgeten. uppföljningsrapporterna", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Text.Contains("ekonomi. • Analysera", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_SmallSquareBeforeLine_BecomesBulletWord()
    {
        var line = Line("Servicedeklarationer inom flera verksamheter.", 90, 700);

        var result = Assert.Single(VectorBulletDetector.Default.Detect([line], [Filled(78, 701, 4, 4)], A4));

        Assert.True(result.StartsWithBullet);
        Assert.Equal("• Servicedeklarationer inom flera verksamheter.", result.Text);
        Assert.Equal(78, result.Left, 6);
    }

    [Theory]
    [InlineData(60, 690, 24, 24)] // a box, not a bullet
    [InlineData(78, 692, 4, 4)] // below the line's letters
    [InlineData(30, 701, 4, 4)] // too far left of the text
    [InlineData(78, 701, 12, 1.5)] // a rule
    public void Detect_ShapeNotLikeBullet_LineUnchanged(double x, double y, double width, double height)
    {
        var line = Line("Servicedeklarationer inom flera verksamheter.", 90, 700);

        Assert.Same(line, Assert.Single(VectorBulletDetector.Default.Detect([line], [Filled(x, y, width, height)], A4)));
    }

    private static PdfPath Filled(double x, double y, double width, double height)
    {
        var subpath = new PdfSubpath();
        subpath.Rectangle(x, y, width, height);
        var path = new PdfPath();
        path.Add(subpath);
        path.SetFilled(FillingRule.NonZeroWinding);
        return path;
    }
}

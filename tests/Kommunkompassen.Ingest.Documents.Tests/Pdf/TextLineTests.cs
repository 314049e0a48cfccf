using Kommunkompassen.Ingest.Documents.Pdf;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class TextLineTests
{
    [Fact]
    public void StartsWithBullet_BulletGlyphWord_IsTrue() => Assert.True(Line("• Intervjuer", 71, 700).StartsWithBullet);

    [Fact]
    public void StartsWithBullet_DashFollowedByTabGap_IsTrue()
    {
        var line = new TextLine([Word("–", 71, 700), Word("Intervjuer", 89, 700)], 1);

        Assert.True(line.StartsWithBullet);
    }

    [Fact]
    public void StartsWithBullet_WrappedLineStartingWithDash_IsFalse() =>
        Assert.False(Line("– långt ifrån lagom", 71, 700).StartsWithBullet);

    [Fact]
    public void Constructor_MixedWeights_IsNotBoldAndTakesMostCommonSize()
    {
        var line = new TextLine([Word("Styrkor", 71, 700, bold: true), Word("och", 120, 700, size: 9), Word("svagheter", 150, 700, size: 9)], 1);

        Assert.False(line.IsBold);
        Assert.Equal(9, line.FontSize);
        Assert.Equal("Styrkor och svagheter", line.Text);
    }

    [Fact]
    public void Slice_NoWordKept_IsNull() => Assert.Null(Line("a b", 71, 700).Slice(_ => false));
}

using Kommunkompassen.Ingest.Documents.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class ReadingFrameDetectorTests
{
    [Fact]
    public void Detect_PortraitPageWithTableTurnedAndLabelTurnedTheOtherWay_UprightThenTurnedLabelSkipped()
    {
        var (letters, width, height) = Letters("rotated.pdf", 1);

        var frames = ReadingFrameDetector.Default.Detect(letters, width, height);

        Assert.Equal([TextOrientation.Horizontal, TextOrientation.Rotate270], frames.Frames.Select(f => f.Orientation));
        Assert.Equal((842, 595), (Math.Round(frames.Frames[1].Width), Math.Round(frames.Frames[1].Height)));
        Assert.Equal("Utkast".Length, frames.SkippedCharacters);
    }

    [Fact]
    public void Detect_PageSetSidewaysUnderUprightFooter_BothRead()
    {
        var (letters, width, height) = Letters("rotated.pdf", 2);

        var frames = ReadingFrameDetector.Default.Detect(letters, width, height);

        Assert.Equal([TextOrientation.Horizontal, TextOrientation.Rotate270], frames.Frames.Select(f => f.Orientation));
        Assert.Equal(0, frames.SkippedCharacters);
    }

    [Fact]
    public void Detect_UprightPage_OneFrameTheSizeOfThePage()
    {
        var (letters, width, height) = Letters("two-columns.pdf", 1);

        var frames = ReadingFrameDetector.Default.Detect(letters, width, height);

        Assert.Equal(PageFrame.Upright(width, height), Assert.Single(frames.Frames));
        Assert.Equal(0, frames.SkippedCharacters);
    }

    [Fact]
    public void Detect_NoLetters_OneUprightFrame() =>
        Assert.Equal(TextOrientation.Horizontal, Assert.Single(ReadingFrameDetector.Default.Detect([], 595, 842).Frames).Orientation);

    private static (IReadOnlyList<Letter> Letters, double Width, double Height) Letters(string sample, int page)
    {
        using var document = PdfDocument.Open(PdfTestPages.SamplePath(sample));
        var p = document.GetPage(page);
        return ([.. p.Letters], p.Width, p.Height);
    }
}

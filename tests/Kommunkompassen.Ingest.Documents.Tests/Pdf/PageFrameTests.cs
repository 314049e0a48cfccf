using Kommunkompassen.Ingest.Documents.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class PageFrameTests
{
    public static TheoryData<TextOrientation, double, double, double, double> TextStartsOnA4 => new()
    {
        // A line set 72 pt from the left and 100 pt below the top of a portrait page, turned with the page.
        { TextOrientation.Horizontal, 72, 742, 72, 742 },
        { TextOrientation.Rotate90, 742, 523, 72, 742 },
        { TextOrientation.Rotate270, 100, 72, 72, 742 },
        { TextOrientation.Rotate180, 523, 100, 72, 742 },
    };

    [Theory]
    [MemberData(nameof(TextStartsOnA4))]
    public void Map_TextStartOfTurnedPage_LandsWhereItStandsUpright(TextOrientation orientation, double x, double y, double expectedX, double expectedY)
    {
        // The page as shown: portrait for upright or upside-down text, landscape for text turned a quarter.
        var quarter = orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
        var frame = PageFrame.For(orientation, quarter ? 842 : 595, quarter ? 595 : 842);

        var point = frame.Map(new PdfPoint(x, y));

        Assert.Equal((595, 842), (frame.Width, frame.Height));
        Assert.Equal(expectedX, point.X, 6);
        Assert.Equal(expectedY, point.Y, 6);
    }

    [Fact]
    public void Map_HorizontalRulingOfPageTurnedAQuarter_IsVertical()
    {
        var frame = PageFrame.For(TextOrientation.Rotate270, 595, 842);

        var ruling = frame.Map(Ruling.Between(100, 300, 400, 300));

        Assert.False(ruling.IsHorizontal);
        Assert.Equal(300, ruling.Position, 6);
        Assert.Equal(300, ruling.Length, 6);
    }

    [Fact]
    public void Map_RotatedBox_GivesTheBoxAroundIt()
    {
        var frame = PageFrame.For(TextOrientation.Rotate90, 842, 595);

        // A letter box as shown on the turned page: 6 wide across, 8 high along the text.
        var box = frame.Map(new PdfRectangle(700, 515, 706, 523));

        Assert.Equal((72, 700, 80, 706), (box.Left, box.Bottom, box.Right, box.Top));
    }
}

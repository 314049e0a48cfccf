using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// The frame a page is read in: text of <see cref="Orientation"/> runs left to right in it. PdfPig
/// gives positions on the page as shown (its /Rotate applied); text set sideways on it (a table
/// turned to fit a portrait page, a page rotated without its content) comes with a rotated
/// orientation, and this frame turns the page so that text is upright. <see cref="Width"/> and
/// <see cref="Height"/> are the page's size in the frame (swapped for a quarter turn).
/// </summary>
public sealed record PageFrame(TextOrientation Orientation, double Width, double Height)
{
    /// <summary>The page as shown, for horizontal text.</summary>
    public static PageFrame Upright(double width, double height) => new(TextOrientation.Horizontal, width, height);

    /// <summary>The frame in which text of the given orientation on a page of the given (shown) size is upright.</summary>
    public static PageFrame For(TextOrientation orientation, double pageWidth, double pageHeight) =>
        IsQuarterTurn(orientation)
            ? new PageFrame(orientation, pageHeight, pageWidth)
            : new PageFrame(orientation, pageWidth, pageHeight);

    public bool IsUpright => Orientation == TextOrientation.Horizontal;

    /// <summary>
    /// A point of the page in the frame. Text running down the page (Rotate90) is turned a
    /// quarter counter-clockwise, text running up (Rotate270) a quarter clockwise.
    /// </summary>
    public PdfPoint Map(PdfPoint point)
    {
        // Width and Height are the frame's; the page's own are the other way round for a quarter turn.
        return Orientation switch
        {
            TextOrientation.Rotate90 => new PdfPoint(Width - point.Y, point.X),
            TextOrientation.Rotate270 => new PdfPoint(point.Y, Height - point.X),
            TextOrientation.Rotate180 => new PdfPoint(Width - point.X, Height - point.Y),
            _ => point,
        };
    }

    /// <summary>The box, in the frame, around a (possibly rotated) rectangle of the page.</summary>
    public PdfRectangle Map(PdfRectangle box)
    {
        if (IsUpright)
        {
            return new PdfRectangle(box.Left, box.Bottom, box.Right, box.Top);
        }

        var a = Map(box.BottomLeft);
        var b = Map(box.BottomRight);
        var c = Map(box.TopLeft);
        var d = Map(box.TopRight);
        return new PdfRectangle(
            Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)),
            Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)),
            Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)),
            Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
    }

    /// <summary>A ruling of the page in the frame: still horizontal or vertical, perhaps the other one.</summary>
    public Ruling Map(Ruling ruling)
    {
        if (IsUpright)
        {
            return ruling;
        }

        var from = Map(new PdfPoint(ruling.X1, ruling.Y1));
        var to = Map(new PdfPoint(ruling.X2, ruling.Y2));
        return Ruling.Between(from.X, from.Y, to.X, to.Y);
    }

    private static bool IsQuarterTurn(TextOrientation orientation) =>
        orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
}

using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// What one page holds before layout analysis: its text lines top to bottom and its rulings, in
/// the frame the page is read in (<see cref="Width"/> and <see cref="Height"/> are the page's size
/// in that frame). After page segmentation the same record holds one region of the page: the
/// lines of one band or one column, with the <see cref="Column"/> they run in.
/// </summary>
public sealed record PageContent(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Ruling> Rulings)
{
    /// <summary>How the page's text is turned to be read upright (horizontal: as shown).</summary>
    public TextOrientation Orientation { get; init; } = TextOrientation.Horizontal;

    /// <summary>The edges of the column of a region in a multi-column band; null for a whole page or a one-column band.</summary>
    public TextColumn? Column { get; init; }
}

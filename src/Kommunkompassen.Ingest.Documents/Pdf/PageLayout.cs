using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// A page, or one region of it, after table detection: the lines outside tables and the tables
/// with their cell lines. <see cref="Column"/> is the region's column where the page is set in
/// columns (null: the type area of pages of <see cref="PageWidth"/>), and <see cref="Orientation"/>
/// tells text read in a turned frame from the page's upright text.
/// </summary>
public sealed record PageLayout(int Number, IReadOnlyList<TextLine> BodyLines, IReadOnlyList<TableGrid> Tables)
{
    public TextColumn? Column { get; init; }

    /// <summary>The width of the page in the frame it is read in (0 when not known).</summary>
    public double PageWidth { get; init; }

    public TextOrientation Orientation { get; init; } = TextOrientation.Horizontal;
}

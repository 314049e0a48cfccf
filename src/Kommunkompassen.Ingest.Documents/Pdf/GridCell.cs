namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// One cell of a ruled table: its box, how many grid columns it spans, and the text lines inside
/// it. A cell that continues a vertically merged cell above is <see cref="IsMergedFromAbove"/>
/// and holds no lines (its text belongs to the cell above).
/// </summary>
public sealed record GridCell(
    double Left,
    double Bottom,
    double Right,
    double Top,
    int ColumnSpan,
    bool IsMergedFromAbove,
    IReadOnlyList<TextLine> Lines);

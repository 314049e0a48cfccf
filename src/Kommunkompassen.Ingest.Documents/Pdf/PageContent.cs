namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>What one page holds before layout analysis: its text lines top to bottom and its rulings.</summary>
public sealed record PageContent(
    int Number,
    double Width,
    double Height,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Ruling> Rulings);

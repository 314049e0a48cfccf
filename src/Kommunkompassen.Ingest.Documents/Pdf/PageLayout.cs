namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>A page after table detection: the lines outside tables and the tables with their cell lines.</summary>
public sealed record PageLayout(int Number, IReadOnlyList<TextLine> BodyLines, IReadOnlyList<TableGrid> Tables);

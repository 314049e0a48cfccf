namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>One row of a ruled table, cells left to right.</summary>
public sealed record GridRow(IReadOnlyList<GridCell> Cells);

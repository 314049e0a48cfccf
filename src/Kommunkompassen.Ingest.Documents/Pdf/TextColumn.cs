namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>The left and right edges that text lines run between (the page's type area, or a cell's inside).</summary>
public sealed record TextColumn(double Left, double Right);

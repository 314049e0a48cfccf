namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="RuledTableDetector"/>, in PDF points.</summary>
public sealed record RuledTableDetectorOptions
{
    public static RuledTableDetectorOptions Default { get; } = new();

    /// <summary>Rulings closer than this meet, and edges closer than this are one edge.</summary>
    public double Tolerance { get; init; } = 2.0;

    /// <summary>Rows and columns narrower than this are a double border, not a row or column.</summary>
    public double MinCellSize { get; init; } = 3.0;

    /// <summary>A box this large (as a fraction of the page, both ways) is a page frame, not a table.</summary>
    public double PageFrameFraction { get; init; } = 0.85;
}

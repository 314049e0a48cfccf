namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>Settings of the <see cref="TabTableDetector"/>; distances in twips (1/20 pt, 1/567 cm).</summary>
internal sealed record TabTableDetectorOptions
{
    public static TabTableDetectorOptions Default { get; } = new();

    /// <summary>A table needs at least this many lines split by tabs into two or more cells.</summary>
    public int MinRows { get; init; } = 2;

    /// <summary>
    /// Cells at two different stops share a column when no line uses both stops and their
    /// estimated extents come this close (a header on a left stop over figures on a right stop).
    /// </summary>
    public int ColumnTolerance { get; init; } = 284;

    /// <summary>Scale applied to the estimated character widths (1 is an Arial-like font).</summary>
    public double CharWidthScale { get; init; } = 0.95;

    /// <summary>
    /// Narrower and wider fonts than the estimate (Times, Verdana): each line is also laid out with
    /// its text this many times as wide, and a row takes the layout that lines up with the others.
    /// </summary>
    public IReadOnlyList<double> AlternativeWidthFactors { get; init; } = [0.8, 1.25];
}

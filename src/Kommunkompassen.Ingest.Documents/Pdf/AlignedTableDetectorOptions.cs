namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="AlignedTableDetector"/>; distances are fractions of the font size.</summary>
public sealed record AlignedTableDetectorOptions
{
    public static AlignedTableDetectorOptions Default { get; } = new();

    /// <summary>A gap between words at least this wide separates two columns (wider than any stretched space).</summary>
    public double ColumnGap { get; init; } = 1.5;

    /// <summary>Within a table, a gutter this wide that no word crosses separates two columns.</summary>
    public double MinColumnSeparation { get; init; } = 0.5;

    /// <summary>Lines of one table lie at most this far apart, baseline to baseline.</summary>
    public double MaxRowSpacing { get; init; } = 2.2;

    /// <summary>A bold header row above a table, or a total row below it, lies at most this far from it, baseline to baseline.</summary>
    public double MaxHeaderSpacing { get; init; } = 3.5;

    /// <summary>Lines this close below a table that stay inside its columns are wrapped cell text.</summary>
    public double MaxWrapSpacing { get; init; } = 1.3;

    /// <summary>A table needs at least this many lines split into columns.</summary>
    public int MinRows { get; init; } = 3;
}

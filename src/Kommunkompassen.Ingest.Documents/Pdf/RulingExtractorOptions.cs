namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="RulingExtractor"/>, in PDF points.</summary>
public sealed record RulingExtractorOptions
{
    public static RulingExtractorOptions Default { get; } = new();

    /// <summary>A filled rectangle no thicker than this is a line.</summary>
    public double MaxLineThickness { get; init; } = 2.0;

    /// <summary>A shape smaller than this both ways is a dot or a drawn bullet, neither line nor box.</summary>
    public double MinBoxSize { get; init; } = 6.0;

    /// <summary>Lines shorter than this are ignored (underlines of a letter, dots).</summary>
    public double MinLength { get; init; } = 4.0;

    /// <summary>A drawn line may lean this much and still count as horizontal or vertical.</summary>
    public double AxisTolerance { get; init; } = 0.5;

    /// <summary>Fills lighter than this on every channel (0-1) are page backgrounds, not boxes.</summary>
    public double WhiteFillThreshold { get; init; } = 0.98;
}

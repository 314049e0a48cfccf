namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="VectorBulletDetector"/>; sizes are fractions of the line's font size.</summary>
public sealed record VectorBulletDetectorOptions
{
    public static VectorBulletDetectorOptions Default { get; } = new();

    /// <summary>A bullet is at least this wide and high...</summary>
    public double MinSize { get; init; } = 0.15;

    /// <summary>...and at most this (about the x-height and a little more).</summary>
    public double MaxSize { get; init; } = 0.75;

    /// <summary>Its width and height differ by at most this factor (a dot or a square, not a rule).</summary>
    public double MaxAspect { get; init; } = 1.6;

    /// <summary>It ends at most this far left of its word: the line's first, or one after a gap of <see cref="MinColumnGap"/>.</summary>
    public double MaxGap { get; init; } = 2.5;

    /// <summary>A gap this wide before a word may part two columns, so a bullet may stand in it.</summary>
    public double MinColumnGap { get; init; } = 0.8;

    /// <summary>Its centre lies at least this far above the baseline...</summary>
    public double MinRise { get; init; } = 0.05;

    /// <summary>...and at most this far (vertically centred on the lower-case letters).</summary>
    public double MaxRise { get; init; } = 0.65;
}

using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="ParagraphBuilder"/>; distances are fractions of the font size.</summary>
public sealed record ParagraphBuilderOptions
{
    public static ParagraphBuilderOptions Default { get; } = new();

    /// <summary>A baseline-to-baseline distance above this ends a paragraph.</summary>
    public double MaxLineSpacing { get; init; } = 1.45;

    /// <summary>Lines of one paragraph start this close to each other (points).</summary>
    public double IndentTolerance { get; init; } = 2.5;

    /// <summary>The width of a space, to tell whether the next line's first word would have fit.</summary>
    public double SpaceWidth { get; init; } = 0.25;

    /// <summary>
    /// A word counts as fitting on the line above only with this much room to spare, since the
    /// layout engine's margin is not quite the widest line seen.
    /// </summary>
    public double FitSlack { get; init; } = 0.2;

    /// <summary>A heading is at most this many characters.</summary>
    public int MaxHeadingLength { get; init; } = 160;

    /// <summary>A heading is at most this many lines (a narrow table cell wraps a short heading often).</summary>
    public int MaxHeadingLines { get; init; } = 8;

    /// <summary>Text this much larger than body text is a heading even when not bold.</summary>
    public double NonBoldHeadingRatio { get; init; } = 2.0;

    /// <summary>
    /// A bold line no larger than body text times this, in the body font or smaller than body text,
    /// may not end like a sentence to be a heading (a heading style with its own font may).
    /// </summary>
    public double SmallHeadingRatio { get; init; } = 1.15;

    /// <summary>Bullet indents closer than this (points) are one list level.</summary>
    public double ListIndentStep { get; init; } = 6;

    public Dehyphenator Dehyphenator { get; init; } = Dehyphenator.Default;
}

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="LineBuilder"/>; sizes are fractions of the font size.</summary>
public sealed record LineBuilderOptions
{
    public static LineBuilderOptions Default { get; } = new();

    /// <summary>Letters whose baselines differ by at most this much share a line.</summary>
    public double BaselineTolerance { get; init; } = 0.25;

    /// <summary>Letters at most this size relative to a line's letters can be its superscript or subscript...</summary>
    public double ScriptSizeRatio { get; init; } = 0.8;

    /// <summary>...when their baseline lies at most this far from the line's.</summary>
    public double ScriptShift { get; init; } = 0.6;

    /// <summary>A gap wider than this between two letters starts a new word even without a space.</summary>
    public double WordGap { get; init; } = 0.2;

    /// <summary>
    /// A space glyph that another letter of its line starts within this distance of takes no room
    /// (a browser draws one where a soft hyphen may break a word) and does not end a word.
    /// </summary>
    public double OverdrawnSpace { get; init; } = 0.1;

    /// <summary>Font names (or parts of them) that mean a bold face.</summary>
    public IReadOnlyList<string> BoldNameParts { get; init; } = ["Bold", "Black", "Heavy", "Semibold", "Demi"];
}

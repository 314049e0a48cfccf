namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// A word on a page: its text, its box in PDF points (origin bottom left), its baseline, and the
/// font facts that headings are found by (the family is the font name without subset prefix and
/// style suffix: "ABCDEF+LiberationSerif-Bold" is "LiberationSerif").
/// </summary>
public sealed record TextWord(
    string Text,
    double Left,
    double Right,
    double Bottom,
    double Top,
    double Baseline,
    double FontSize,
    bool IsBold,
    string FontFamily)
{
    public double Width => Right - Left;

    public double CenterX => (Left + Right) / 2;

    /// <summary>A point inside the word's line, a little above the baseline.</summary>
    public double CenterY => Baseline + (FontSize * 0.3);
}

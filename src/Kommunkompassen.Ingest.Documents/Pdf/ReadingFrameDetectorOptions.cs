namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="ReadingFrameDetector"/>.</summary>
public sealed record ReadingFrameDetectorOptions
{
    public static ReadingFrameDetectorOptions Default { get; } = new();

    /// <summary>
    /// Text of a second orientation on a page is read in a frame of its own when it has at least
    /// this many characters (a table or page set sideways); less (a label in the margin) is skipped
    /// and reported.
    /// </summary>
    public int MinFrameCharacters { get; init; } = 60;
}

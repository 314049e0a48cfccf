using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Decides in which frames a page's text is read, and how much of it none of them takes.</summary>
public interface IReadingFrameDetector
{
    /// <summary>The frames for the letters of a page of the given (shown) size, in reading order.</summary>
    ReadingFrames Detect(IReadOnlyList<Letter> letters, double pageWidth, double pageHeight);
}

/// <summary>
/// The frames a page is read in, in reading order, and the number of characters (not counting
/// spaces) set at an angle that no frame reads.
/// </summary>
public sealed record ReadingFrames(IReadOnlyList<PageFrame> Frames, int SkippedCharacters);

using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Counts a page's characters by orientation. The orientation most of the text has is read in
/// its own frame, whatever it is: a page shown landscape through /Rotate whose text is set for
/// portrait reads upright, as does a portrait page holding only a table turned sideways. Another
/// orientation with enough text (<see cref="ReadingFrameDetectorOptions.MinFrameCharacters"/>) is
/// read in a frame of its own, and upright text always is (a page number under a page set
/// sideways); upright text comes first, then the rest by amount. Text of the remaining
/// orientations (a label turned sideways), and text at angles other than quarter turns, is
/// counted as skipped.
/// Immutable and thread-safe.
/// </summary>
public sealed class ReadingFrameDetector : IReadingFrameDetector
{
    private static readonly TextOrientation[] Readable =
        [TextOrientation.Horizontal, TextOrientation.Rotate90, TextOrientation.Rotate270, TextOrientation.Rotate180];

    public ReadingFrameDetector(ReadingFrameDetectorOptions options)
    {
        Options = options;
    }

    public static ReadingFrameDetector Default { get; } = new(ReadingFrameDetectorOptions.Default);

    public ReadingFrameDetectorOptions Options { get; }

    public ReadingFrames Detect(IReadOnlyList<Letter> letters, double pageWidth, double pageHeight)
    {
        var counts = new Dictionary<TextOrientation, int>();
        foreach (var letter in letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                counts[letter.TextOrientation] = counts.GetValueOrDefault(letter.TextOrientation) + letter.Value.Length;
            }
        }

        var readable = Readable.Where(o => counts.GetValueOrDefault(o) > 0).ToList();
        if (readable.Count == 0)
        {
            return new ReadingFrames([PageFrame.Upright(pageWidth, pageHeight)], counts.Values.Sum());
        }

        var main = readable.MaxBy(o => counts[o]);
        var read = readable
            .Where(o => o == main || o == TextOrientation.Horizontal || counts[o] >= Options.MinFrameCharacters)
            .OrderByDescending(o => o == TextOrientation.Horizontal)
            .ThenByDescending(o => counts[o])
            .ToList();
        var skipped = counts.Where(p => !read.Contains(p.Key)).Sum(p => p.Value);
        return new ReadingFrames([.. read.Select(o => PageFrame.For(o, pageWidth, pageHeight))], skipped);
    }
}

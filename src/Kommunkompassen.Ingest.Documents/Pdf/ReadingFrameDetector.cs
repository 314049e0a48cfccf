using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Counts a page's characters by orientation (spaces only where the text is upright, which saves
/// looking at them in the common case). The orientation most of the text has is read in
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
        var counts = new int[Enum.GetValues<TextOrientation>().Length];
        var horizontal = (int)TextOrientation.Horizontal;
        foreach (var letter in letters)
        {
            var orientation = (int)letter.TextOrientation;
            if (orientation == horizontal ? letter.Value.Length > 0 : !string.IsNullOrWhiteSpace(letter.Value))
            {
                counts[orientation] += letter.Value.Length;
            }
        }

        var readable = Readable.Where(o => counts[(int)o] > 0).ToList();
        if (readable.Count == 0)
        {
            return new ReadingFrames([PageFrame.Upright(pageWidth, pageHeight)], counts.Sum());
        }

        if (readable.Count == 1 && counts.Sum() == counts[(int)readable[0]])
        {
            // The common case: all the page's text runs one way.
            return new ReadingFrames([PageFrame.For(readable[0], pageWidth, pageHeight)], 0);
        }

        var main = readable.MaxBy(o => counts[(int)o]);
        var read = readable
            .Where(o => o == main || o == TextOrientation.Horizontal || counts[(int)o] >= Options.MinFrameCharacters)
            .OrderByDescending(o => o == TextOrientation.Horizontal)
            .ThenByDescending(o => counts[(int)o])
            .ToList();
        var skipped = counts.Sum() - read.Sum(o => counts[(int)o]);
        return new ReadingFrames([.. read.Select(o => PageFrame.For(o, pageWidth, pageHeight))], skipped);
    }
}

using Kommunkompassen.Ingest.Documents.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Browsers draw the markers of a list (disc, circle, square) as small paths, not as glyphs. A small
/// filled or stroked shape, about the size of a lower-case letter and about as wide as high, that
/// stands just left of a line's first word and is vertically centred on its lower-case letters
/// makes that line a bullet line, as a "•" glyph would: the line gets a "•" word in the shape's
/// place. The same holds for a word after a gap wide enough to part columns, since the lines of
/// two columns that share a baseline are still one line here. A word that is a bullet glyph
/// already is left alone. Immutable and thread-safe.
/// </summary>
public sealed class VectorBulletDetector : IVectorBulletDetector
{
    /// <summary>The text a drawn bullet is read as.</summary>
    public const string BulletText = "•";

    public VectorBulletDetector(VectorBulletDetectorOptions options)
    {
        Options = options;
    }

    public static VectorBulletDetector Default { get; } = new(VectorBulletDetectorOptions.Default);

    public VectorBulletDetectorOptions Options { get; }

    public IReadOnlyList<TextLine> Detect(IReadOnlyList<TextLine> lines, IEnumerable<PdfPath> paths, PageFrame frame)
    {
        if (lines.Count == 0)
        {
            return lines;
        }

        var largest = Options.MaxSize * lines.Max(l => l.FontSize);
        var shapes = Shapes(paths, frame, largest);
        if (shapes.Count == 0)
        {
            return lines;
        }

        var result = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            result.Add(WithBullets(line, shapes));
        }

        return result;
    }

    /// <summary>
    /// The line with a "•" word before each word that a drawn bullet stands left of: its first word,
    /// or a word after a gap wide enough to part columns (a list in the next column on the same baseline).
    /// </summary>
    private TextLine WithBullets(TextLine line, List<PdfRectangle> shapes)
    {
        List<TextWord>? words = null;
        for (var k = 0; k < line.Words.Count; k++)
        {
            var word = line.Words[k];
            var before = k == 0 ? double.NegativeInfinity : line.Words[k - 1].Right;
            var mayHaveBullet = k == 0 || word.Left - before >= Options.MinColumnGap * word.FontSize;
            if (mayHaveBullet && BulletFor(word, before, shapes) is { } bullet)
            {
                words ??= [.. line.Words.Take(k)];
                words.Add(bullet);
            }

            words?.Add(word);
        }

        return words is null ? line : new TextLine(words, line.Page);
    }

    /// <summary>The drawn shape between <paramref name="before"/> and the word that is its bullet, as a word, or null.</summary>
    private TextWord? BulletFor(TextWord word, double before, List<PdfRectangle> shapes)
    {
        if (word.Text.Length > 0 && BulletGlyphs.IsGlyph(word.Text[0]))
        {
            return null;
        }

        var size = word.FontSize;
        PdfRectangle? best = null;
        foreach (var shape in shapes)
        {
            var gap = word.Left - shape.Right;
            var rise = ((shape.Bottom + shape.Top) / 2) - word.Baseline;
            var fits = shape.Left >= before && gap >= -0.05 * size && gap <= Options.MaxGap * size &&
                rise >= Options.MinRise * size && rise <= Options.MaxRise * size &&
                Math.Min(shape.Width, shape.Height) >= Options.MinSize * size &&
                Math.Max(shape.Width, shape.Height) <= Options.MaxSize * size;
            if (fits && (best is null || shape.Right > best.Value.Right))
            {
                best = shape;
            }
        }

        return best is { } b
            ? new TextWord(BulletText, b.Left, b.Right, b.Bottom, b.Top, word.Baseline, size, false, word.FontFamily)
            : null;
    }

    /// <summary>Boxes (in the frame) of the small, compact, visible shapes among the paths.</summary>
    private List<PdfRectangle> Shapes(IEnumerable<PdfPath> paths, PageFrame frame, double largest)
    {
        var shapes = new List<PdfRectangle>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsFilled || path.IsStroked))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box || box.Width > largest || box.Height > largest)
                {
                    continue;
                }

                var width = Math.Abs(box.Width);
                var height = Math.Abs(box.Height);
                if (width > 0 && height > 0 && Math.Max(width, height) <= Options.MaxAspect * Math.Min(width, height))
                {
                    shapes.Add(frame.Map(box));
                }
            }
        }

        return shapes;
    }
}

using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

/// <summary>Pages of the corpus PDFs as the reader's first steps see them, for tests of the later steps.</summary>
internal static class PdfTestPages
{
    /// <summary>Every page's lines and rulings, as <see cref="PdfReader"/> reads them.</summary>
    public static IReadOnlyList<PageContent> Read(string corpusFile)
    {
        using var document = PdfDocument.Open(Corpus.PathOf(corpusFile));
        return document.GetPages()
            .Select(p => new PageContent(p.Number, p.Width, p.Height, LineBuilder.Default.Build(p.Letters, p.Number), RulingExtractor.Default.Extract(p.Paths)))
            .ToList();
    }

    /// <summary>One page.</summary>
    public static PageContent Page(string corpusFile, int number)
    {
        using var document = PdfDocument.Open(Corpus.PathOf(corpusFile));
        var page = document.GetPage(number);
        return new PageContent(number, page.Width, page.Height, LineBuilder.Default.Build(page.Letters, number), RulingExtractor.Default.Extract(page.Paths));
    }

    /// <summary>The path of a file in Samples/ (the reader's own fixtures, made by tests/tools/make-pdf-fixtures.sh).</summary>
    public static string SamplePath(string name) =>
        Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "tests", "Kommunkompassen.Ingest.Documents.Tests", "Pdf", "Samples", name);

    /// <summary>Every page of a sample, read by the reader's first steps in the page's upright frame.</summary>
    public static IReadOnlyList<PageContent> ReadSample(string name)
    {
        using var document = PdfDocument.Open(SamplePath(name));
        return document.GetPages()
            .Select(p => new PageContent(
                p.Number,
                p.Width,
                p.Height,
                VectorBulletDetector.Default.Detect(LineBuilder.Default.Build(p.Letters, p.Number), p.Paths, PageFrame.Upright(p.Width, p.Height)),
                RulingExtractor.Default.Extract(p.Paths)))
            .ToList();
    }

    /// <summary>A word for hand-made lines: 11 pt unless told, 6 pt per character wide.</summary>
    public static TextWord Word(string text, double left, double baseline, double size = 11, bool bold = false, string family = "LiberationSerif") =>
        new(text, left, left + (text.Length * 6), baseline - (size * 0.25), baseline + (size * 0.75), baseline, size, bold, family);

    /// <summary>
    /// A hand-made line of words separated by one space (3 pt), or justified to end at
    /// <paramref name="right"/> when given.
    /// </summary>
    public static TextLine Line(string text, double left, double baseline, int page = 1, double size = 11, bool bold = false, string family = "LiberationSerif", double? right = null)
    {
        var parts = text.Split(' ');
        var natural = parts.Sum(p => p.Length * 6) + (3.0 * (parts.Length - 1));
        var space = right is { } r && parts.Length > 1 ? 3 + ((r - left - natural) / (parts.Length - 1)) : 3;
        var words = new List<TextWord>();
        var x = left;
        foreach (var part in parts)
        {
            var word = Word(part, x, baseline, size, bold, family);
            words.Add(word);
            x = word.Right + space;
        }

        return new TextLine(words, page);
    }
}

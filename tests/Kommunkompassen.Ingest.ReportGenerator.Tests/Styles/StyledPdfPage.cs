using System.Globalization;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>What the Styles PDF tests read from a rendered PDF with PdfPig: pages with their size, words and letters.</summary>
internal sealed record StyledPdfPage(int Number, double Width, double Height, IReadOnlyList<string> Words, IReadOnlyList<Letter> Letters, IReadOnlyList<UglyToad.PdfPig.Core.PdfRectangle> FilledShapes)
{
    public bool Landscape => Width > Height;

    /// <summary>The words joined by single spaces.</summary>
    public string Text => string.Join(' ', Words);

    public static IReadOnlyList<StyledPdfPage> Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => new StyledPdfPage(
            p.Number,
            p.Width,
            p.Height,
            p.GetWords().Select(w => w.Text).ToList(),
            p.Letters.ToList(),
            p.Paths.Where(path => path.IsFilled && !path.IsClipping)
                .SelectMany(path => path)
                .Select(s => s.GetBoundingRectangle())
                .Where(r => r is not null)
                .Select(r => r!.Value)
                .ToList())).ToList();
    }

    /// <summary>
    /// The page's text read column by column (the left half of the page, then the right), each
    /// top to bottom and left to right, squashed (<see cref="Squash"/>): two-column pages do not
    /// interleave their columns' lines, as the words in content order may.
    /// </summary>
    public string ColumnText => Squash(string.Concat(Letters
        .GroupBy(l => l.BoundingBox.Centroid.X < Width / 2 ? 0 : 1)
        .OrderBy(g => g.Key)
        .SelectMany(g => g.OrderByDescending(l => Math.Round(l.StartBaseLine.Y)).ThenBy(l => l.StartBaseLine.X))
        .Select(l => l.Value)));

    /// <summary>The pages on which a text's first and last four words stand (read by columns, spaces, hyphens and soft hyphens ignored).</summary>
    public static (int First, int Last) PagesOf(IReadOnlyList<StyledPdfPage> pages, string text)
    {
        var words = text.Split(' ');
        var head = Squash(string.Join(' ', words.Take(4)));
        var tail = Squash(string.Join(' ', words.TakeLast(4)));
        var first = pages.FirstOrDefault(p => p.ColumnText.Contains(head, StringComparison.Ordinal))?.Number ?? throw new InvalidOperationException($"\"{head}\" is on no page");
        var last = pages.LastOrDefault(p => p.ColumnText.Contains(tail, StringComparison.Ordinal))?.Number ?? throw new InvalidOperationException($"\"{tail}\" is on no page");
        return (first, last);
    }

    /// <summary>A text with every space, hyphen and soft hyphen taken out, so that line-end hyphenation does not matter.</summary>
    public static string Squash(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not '\u00AD' and not '\u2010' and not '-').ToArray());

    /// <summary>The printed score of every sub-question, as a multiset to find among the figures of some pages.</summary>
    public static void AssertScoresPrinted(StyledExpected expected, IEnumerable<StyledPdfPage> pages)
    {
        var words = pages.SelectMany(p => p.Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var group in expected.Questions.GroupBy(q => Points(q.Score)))
        {
            Assert.True(words.GetValueOrDefault(group.Key) >= group.Count(), $"score {group.Key} printed {words.GetValueOrDefault(group.Key)} times, expected at least {group.Count()}");
        }

        NonEmpty.All(expected.Questions, q => Assert.Contains(q.Id, words.Keys));
    }

    private static string Points(double value) =>
        value == Math.Floor(value) ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
}

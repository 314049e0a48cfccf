using System.Text;
using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Drops lines in the top and bottom bands of a page that repeat across pages once digits are
/// set aside ("Rapporttitel – Kommunnamn   Sida 12 (26)", a running header with the date it was
/// printed and the page), and band lines that are only a page number ("12", "- 12 -",
/// "Sida 12 (30)", "Sida 3 av 9", "Page 3 of 9"). Pages without them, such as a title page, keep
/// all their lines. Immutable and thread-safe.
/// </summary>
public sealed partial class HeaderFooterFilter : IHeaderFooterFilter
{
    public HeaderFooterFilter(HeaderFooterFilterOptions options)
    {
        Options = options;
    }

    public static HeaderFooterFilter Default { get; } = new(HeaderFooterFilterOptions.Default);

    public HeaderFooterFilterOptions Options { get; }

    public IReadOnlyList<PageContent> Filter(IReadOnlyList<PageContent> pages)
    {
        var pagesByKey = new Dictionary<string, HashSet<int>>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines.Where(l => InBand(l, page)))
            {
                var key = Key(line.Text);
                if (!pagesByKey.TryGetValue(key, out var seen))
                {
                    pagesByKey[key] = seen = [];
                }

                seen.Add(page.Number);
            }
        }

        var pageCount = pages.Select(p => p.Number).Distinct().Count();
        var needed = Math.Max(Options.MinRepeatPages, (int)Math.Ceiling(Options.MinRepeatFraction * pageCount));
        var result = new List<PageContent>(pages.Count);
        foreach (var page in pages)
        {
            var kept = page.Lines
                .Where(l => !InBand(l, page) || !(IsPageNumber(l.Text) || pagesByKey[Key(l.Text)].Count >= needed))
                .ToList();
            result.Add(kept.Count == page.Lines.Count ? page : page with { Lines = kept });
        }

        return result;
    }

    /// <summary>True for a line that is nothing but a page number in one of the usual forms.</summary>
    public static bool IsPageNumber(string text) => PageNumberPattern().IsMatch(text.Trim());

    /// <summary>
    /// True when the line lies in the top or bottom band. The band is a fraction of the page's
    /// longer side, since margins do not shrink on a landscape page.
    /// </summary>
    private bool InBand(TextLine line, PageContent page)
    {
        var band = Math.Max(page.Height, page.Width) * Options.BandFraction;
        return line.Bottom >= page.Height - band || line.Top <= band;
    }

    /// <summary>The line's text with every run of digits as '#', lower case, for comparing across pages.</summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasDigit = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (!lastWasDigit)
                {
                    sb.Append('#');
                }

                lastWasDigit = true;
                continue;
            }

            lastWasDigit = false;
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:(?:sida|sid\.|s\.|page|p\.)\s*)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?$|^[-–—]\s*\d{1,4}\s*[-–—]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberPattern();
}

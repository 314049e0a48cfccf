using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>An area heading: the area's number and the title the report gives it.</summary>
internal sealed record AreaHeadingMatch(int Number, string Title);

/// <summary>
/// Tells an area's heading in the forms reports use: "Område 3 Politisk styrning", "Huvudområde
/// 3:", "OMRÅDE 3"; a section number with the area's title, "3. Politisk styrning och kontroll",
/// "4.3 Ledarskap, ansvar och delegation" (the title decides the area, since the number may be the
/// chapter's); or the area's title alone. The title must match the framework's wording of an area
/// (<see cref="AreaTitleMatcher"/>) unless the heading says "Område N". A question ("…?") or a
/// sentence is never an area heading.
/// </summary>
internal static partial class AreaHeadings
{
    /// <summary>Title similarity a heading needs to be taken for an area by its title alone.</summary>
    private const double TitleOnlySimilarity = 0.75;

    /// <summary>Title similarity a numbered heading needs.</summary>
    private const double NumberedSimilarity = 0.5;

    public static AreaHeadingMatch? Match(string text, Framework framework)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 120 || trimmed.EndsWith('?'))
        {
            return null;
        }

        var area = ReportPatterns.AreaHeading().Match(trimmed);
        if (area.Success)
        {
            var n = int.Parse(area.Groups["n"].Value, CultureInfo.InvariantCulture);
            return framework.Area(n) is null ? null : new AreaHeadingMatch(n, area.Groups["title"].Value.Trim());
        }

        if (trimmed.EndsWith('.') && trimmed.Count(c => c == ' ') > 8)
        {
            return null;
        }

        var numbered = SectionNumber().Match(trimmed);
        if (numbered.Success)
        {
            var title = numbered.Groups["title"].Value.Trim();
            var number = int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture);
            var threshold = numbered.Groups["sub"].Success ? TitleOnlySimilarity : NumberedSimilarity;
            if (AreaTitleMatcher.BestMatch(title, framework, threshold) is { } byTitle
                && (byTitle == number || AreaTitleMatcher.Similarity(title, framework, byTitle) >= TitleOnlySimilarity))
            {
                return new AreaHeadingMatch(byTitle, title);
            }

            return null;
        }

        return AreaTitleMatcher.BestMatch(trimmed, framework, TitleOnlySimilarity) is { } only
            ? new AreaHeadingMatch(only, trimmed)
            : null;
    }

    /// <summary>"3 Title", "3. Title", "3: Title", "4.3 Title" (a chapter's section).</summary>
    [GeneratedRegex(@"^(?<n>[1-9])(?:\.(?<sub>\d{1,2}))?\.?\s*[:\-–—]?\s+(?<title>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();
}

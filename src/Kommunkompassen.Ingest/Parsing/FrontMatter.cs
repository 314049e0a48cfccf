using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>What the title page and the lines before the first numbered section say.</summary>
internal sealed record FrontMatter(Municipality Municipality, int Year, DateRange? Dates, IReadOnlyList<Evaluator> Evaluators);

/// <summary>
/// Reads municipality, evaluation dates and evaluators from the front matter: the blocks before
/// the first numbered section heading ("1 Vad är Kommunkompassen?"). Dates are read in the
/// forms reports use: "3-4 mars 2008", "2011-05-10--12", "15 juni 2012",
/// "30 september - 1 oktober 2008".
/// </summary>
internal static partial class FrontMatterExtractor
{
    private static readonly string[] Months =
    [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ];

    public static FrontMatter Extract(IReadOnlyList<Block> blocks, MunicipalityRegistry registry, string fileName)
    {
        var front = FrontBlocks(blocks).Select(b => b.Text).Where(t => t.Length > 0).ToList();
        var evaluators = ReadEvaluators(front);
        var evaluatorLines = new HashSet<string>(front.Where(l => EvaluatorLine().IsMatch(l)), StringComparer.Ordinal);

        var municipality = FindEvaluatedMunicipality(front, evaluatorLines, registry)
            ?? MostMentioned(blocks, registry)
            ?? throw new ReportParseException(fileName, "not a Kommunkompassen report: no evaluated municipality named on the title page");

        DateRange? dates = null;
        foreach (var line in front)
        {
            dates = ParseDates(line);
            if (dates is not null)
            {
                break;
            }
        }

        var year = dates?.From.Year ?? FindYear(front)
            ?? throw new ReportParseException(fileName, "no evaluation date or year on the title page");
        return new FrontMatter(municipality, year, dates, evaluators);
    }

    /// <summary>Blocks before the first numbered section heading (or the first 40 blocks).</summary>
    private static IEnumerable<Block> FrontBlocks(IReadOnlyList<Block> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            if ((block is Heading h && ReportPatterns.NumberedSection().IsMatch(h.Content)) || count++ >= 40)
            {
                yield break;
            }

            if (block is not Table)
            {
                yield return block;
            }
        }
    }

    private static Municipality? FindEvaluatedMunicipality(List<string> front, HashSet<string> evaluatorLines, MunicipalityRegistry registry)
    {
        // "Analys av X kommun", "Utvärdering av X stad", "av X kommun" on a line of its own.
        foreach (var line in front.Where(l => !evaluatorLines.Contains(l)))
        {
            var m = OfMunicipality().Match(line);
            if (m.Success && registry.Find(m.Groups["name"].Value) is { } hit)
            {
                return hit;
            }
        }

        // "X kommun" anywhere in the front matter, evaluators' organisations excepted.
        foreach (var line in front.Where(l => !evaluatorLines.Contains(l)))
        {
            foreach (Match m in NamedMunicipality().Matches(line))
            {
                if (registry.Find(m.Groups["name"].Value) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    /// <summary>Last resort: the municipality the text names most often.</summary>
    private static Municipality? MostMentioned(IReadOnlyList<Block> blocks, MunicipalityRegistry registry)
    {
        var counts = new Dictionary<Municipality, int>();
        foreach (var block in blocks.Where(b => b is not Table))
        {
            foreach (Match m in CapitalWord().Matches(block.Text))
            {
                if (registry.Find(m.Value) is { } hit)
                {
                    counts[hit] = counts.GetValueOrDefault(hit) + 1;
                }
            }
        }

        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    private static List<Evaluator> ReadEvaluators(List<string> front)
    {
        var list = new List<Evaluator>();
        foreach (var line in front)
        {
            var m = EvaluatorLine().Match(line);
            if (m.Success)
            {
                list.Add(new Evaluator(m.Groups["name"].Value.Trim(), m.Groups["org"].Value.Trim()));
            }
        }

        return list;
    }

    internal static DateRange? ParseDates(string text)
    {
        var iso = IsoRange().Match(text);
        if (iso.Success)
        {
            var from = Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
            var to = iso.Groups["d2"].Success
                ? Date(
                    iso.Groups["y2"].Success ? iso.Groups["y2"].Value : iso.Groups["y"].Value,
                    iso.Groups["m2"].Success ? iso.Groups["m2"].Value : iso.Groups["m"].Value,
                    iso.Groups["d2"].Value)
                : from;
            if (from is { } f && to is { } t && t >= f)
            {
                return new DateRange(f, t);
            }
        }

        var sv = SwedishRange().Match(text);
        if (sv.Success)
        {
            var year = sv.Groups["y"].Value;
            var month2 = MonthNumber(sv.Groups["mon2"].Value);
            var month1 = sv.Groups["mon1"].Success ? MonthNumber(sv.Groups["mon1"].Value) : month2;
            var from = Date(year, month1.ToString(CultureInfo.InvariantCulture), sv.Groups["d1"].Value);
            var to = sv.Groups["d2"].Success ? Date(year, month2.ToString(CultureInfo.InvariantCulture), sv.Groups["d2"].Value) : from;
            if (from is { } f && to is { } t && t >= f)
            {
                return new DateRange(f, t);
            }
        }

        return null;
    }

    private static int? FindYear(List<string> front)
    {
        foreach (var line in front)
        {
            var m = YearInText().Match(line);
            if (m.Success)
            {
                return int.Parse(m.Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static int MonthNumber(string name) => Array.IndexOf(Months, name.ToLowerInvariant()) + 1;

    private static DateOnly? Date(string y, string m, string d) =>
        int.TryParse(y, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(m, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(d, CultureInfo.InvariantCulture, out var day)
        && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?:\s*(?:--|-|–|—)\s*(?:(?:(?<y2>(?:19|20)\d{2})-)?(?<m2>\d{2})-)?(?<d2>\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRange();

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:\s+(?<mon1>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))?(?:\s*(?:-|–|—|och|till)\s*(?<d2>\d{1,2}))?\s+(?<mon2>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SwedishRange();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();

    [GeneratedRegex(@"\b[Aa]v\s+(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+(?:[Kk]ommun|[Ss]tad|KOMMUN)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfMunicipality();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+(?:[Kk]ommun|[Ss]tad)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMunicipality();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    /// <summary>"Leif Eldås, Sveriges Kommuner och Landsting", "Inga-Lill Elwin, Stockholms stad".</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{Ll}'\-]+(?:-\p{Lu}[\p{Ll}'\-]+)?(?:\s+(?:af\s+|von\s+|de\s+)?\p{Lu}[\p{L}'\-]+){1,3})\s*,\s*(?<org>\p{Lu}[^,]{2,80})$", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatorLine();
}

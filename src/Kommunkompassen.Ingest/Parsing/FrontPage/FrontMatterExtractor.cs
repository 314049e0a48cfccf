using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing.FrontPage;

/// <summary>
/// What the title page says, and where each value came from so the identity can be checked:
/// the municipality the title names (null when it names none), the evaluation's dates or month,
/// a year printed in the title, the report's own (print) date, the evaluators, the blocks read.
/// </summary>
internal sealed record FrontMatter(
    Municipality? TitleMunicipality,
    DateRange? Dates,
    int? DateYear,
    string? DateText,
    int? TitleYear,
    int? ReportDateYear,
    IReadOnlyList<Evaluator> Evaluators,
    IReadOnlyList<string> UnsplitEvaluators,
    IReadOnlyList<int> UsedBlocks);

/// <summary>
/// Reads the title page: the blocks before the first numbered section heading or area heading
/// (at most <see cref="MaxFrontBlocks"/>), tables' cells included. Evaluators first
/// (<see cref="EvaluatorList"/>), so an evaluator's organisation ("Orust kommun") is never taken
/// for the evaluated municipality; address and contact blocks and the report's own date
/// (<see cref="FrontLines"/>) are set aside; the municipality comes from the title ("Analys av X
/// kommun", "ANALYS AV X KOMMUN 2013", "Kommunkompassen X kommun 2013 Analys av"); the evaluation
/// date from a day range or day ("7-8 september 2005", "2010-06-15--17", "15 juni 2010") or a month
/// ("september 2007": the year only, no invented days). Which of these to trust, and the year, is
/// <see cref="ReportIdentity"/>'s business.
/// </summary>
internal static partial class FrontMatterExtractor
{
    private const int MaxFrontBlocks = 40;

    private static readonly string[] Months =
    [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ];

    public static FrontMatter Extract(ReportBlocks blocks, MunicipalityRegistry registry)
    {
        var (lines, owners) = FrontLinesOf(blocks);
        var (evaluators, evaluatorLines, unsplit) = EvaluatorList.Read(lines, registry);
        var used = new HashSet<int>(evaluatorLines.Select(l => owners[l]));

        Municipality? municipality = null;
        DateRange? dates = null;
        int? dateYear = null, titleYear = null, reportYear = null;
        string? dateText = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (evaluatorLines.Contains(i) || FrontLines.IsContact(line))
            {
                continue;
            }

            if (FrontLines.IsReportDate(line))
            {
                reportYear ??= YearIn(line);
                used.Add(owners[i]);
                continue;
            }

            if (municipality is null && TitleMunicipality(line, registry) is { } named)
            {
                municipality = named;
                titleYear ??= YearIn(line);
                used.Add(owners[i]);
            }

            if (dates is null && ParseDates(line) is { } range)
            {
                dates = range;
                dateYear = range.From.Year;
                dateText = line;
                used.Add(owners[i]);
            }
            else if (dateYear is null && MonthAndYear().Match(line) is { Success: true } month)
            {
                dateYear = int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture);
                dateText = line;
                used.Add(owners[i]);
            }
            else if (titleYear is null && Kommunkompassen().IsMatch(line) && YearIn(line) is { } y
                && Versions.FrameworkEvidence.RevisionYear(line) is null)
            {
                titleYear = y;
                used.Add(owners[i]);
            }
        }

        return new FrontMatter(municipality, dates, dateYear, dateText, titleYear, reportYear, evaluators, unsplit, used.ToList());
    }

    /// <summary>
    /// The title page's lines (each block's text, each table cell's blocks) and the index of the
    /// block each line came from.
    /// </summary>
    private static (List<string> Lines, List<int> Owners) FrontLinesOf(ReportBlocks blocks)
    {
        var lines = new List<string>();
        var owners = new List<int>();
        for (var i = 0; i < blocks.Count && i < MaxFrontBlocks; i++)
        {
            var block = blocks[i];
            if (block is Heading h && (ReportPatterns.NumberedSection().IsMatch(h.Content) || ReportPatterns.AreaHeading().IsMatch(h.Content)))
            {
                break;
            }

            var texts = block is Table t
                ? t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).Select(b => b.Text)
                : block.Text.Split('\n');
            foreach (var text in texts.Select(x => x.Trim()).Where(x => x.Length > 0))
            {
                lines.Add(text);
                owners.Add(i);
            }
        }

        return (lines, owners);
    }

    /// <summary>The municipality a title line names: "Analys av X kommun", "ANALYS AV X KOMMUN", "Kommunkompassen X kommun 2013", "Utvärdering av X stad", "av X kommun".</summary>
    internal static Municipality? TitleMunicipality(string line, MunicipalityRegistry registry)
    {
        foreach (Match m in OfMunicipality().Matches(line))
        {
            if (registry.Find(m.Groups["name"].Value) is { } hit)
            {
                return hit;
            }
        }

        foreach (Match m in NamedMunicipality().Matches(line))
        {
            if (registry.Find(m.Groups["name"].Value) is { } hit)
            {
                return hit;
            }

            // "Upplands Väsby kommun" read as "Väsby kommun" by the regex's second word, or a longer name.
            var words = m.Groups["name"].Value.Split(' ');
            if (words.Length == 2 && registry.Find(words[1]) is { } last)
            {
                return last;
            }
        }

        // "Kommunkompassen – X", "Kommunkompassen X 2013": a bare name beside the tool's name.
        var bare = BareAfterTool().Match(line);
        return bare.Success ? registry.Find(bare.Groups["name"].Value) : null;
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

    /// <summary>A year in a line, where the line gives one.</summary>
    internal static int? YearIn(string line)
    {
        var m = YearInText().Match(line);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
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

    /// <summary>"september 2007", "i juni 2010", "Hösten 2008" is not a month.</summary>
    [GeneratedRegex(@"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthAndYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearInText();

    [GeneratedRegex(@"kommun\s*kompassen", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kommunkompassen();

    /// <summary>"av X kommun", "Analys av X stad", "ANALYS AV X KOMMUN".</summary>
    [GeneratedRegex(@"\b(?:av|AV|Av)\s+(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+(?:[Kk]ommun|[Ss]tad|KOMMUN|STAD)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OfMunicipality();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+(?:[Kk]ommun|[Ss]tad|KOMMUN|STAD)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMunicipality();

    [GeneratedRegex(@"^\s*Kommun\s*[Kk]ompassen\s*[:–—-]?\s*(?<name>\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]+)?)(?:\s+(?:19|20)\d{2})?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareAfterTool();
}

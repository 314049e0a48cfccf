using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing.Versions;

/// <summary>
/// A title the report gives an area, with the area number where the report prints one. <see cref="Certain"/>:
/// printed as an area's title for sure ("Område 2 Samhällsutveckling", a score table's area row),
/// not merely a short line that may be one.
/// </summary>
internal sealed record AreaTitleSeen(int? Number, string Title, bool Certain = false);

/// <summary>
/// What a report says about its framework version, gathered without assuming any version: the
/// revision years it names ("Kommunkompassen reviderades åren 2010 och 2016"), the publishers it
/// names (SKL, SKR), the titles it gives its areas, its printed sub-questions and its year.
/// </summary>
internal sealed partial record FrameworkEvidence(
    int Year,
    int? StatedRevision,
    IReadOnlySet<string> PublishersNamed,
    IReadOnlyList<AreaTitleSeen> Titles,
    IReadOnlyList<ScoredQuestion> Questions,
    IReadOnlyList<AreaRow> AreaRows)
{
    /// <summary>Short blocks (headings, lines) longer than this are running text, not titles.</summary>
    private const int TitleLength = 100;

    public static FrameworkEvidence Gather(ReportBlocks flat, QuestionTables tables, int year)
    {
        int? stated = null;
        var titles = new List<AreaTitleSeen>();
        foreach (var row in tables.AreaRows.Where(r => !string.IsNullOrWhiteSpace(r.Title)))
        {
            titles.Add(new AreaTitleSeen(row.Area, row.Title!.Trim(), Certain: true));
        }

        var publishers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < flat.Count; i++)
        {
            switch (flat[i])
            {
                case Table table:
                    var labels = table.ToGrid().Where(r => r.Count > 0).Select(r => r[0].Trim()).Where(l => l.Length is > 3 and <= TitleLength).Select(Title).ToList();

                    // A table with four or more rows numbered as areas is an area summary: its labels are the areas' titles.
                    var areaTable = labels.Where(t => t.Number is not null).Select(t => t.Number).Distinct().Count() >= 4;
                    titles.AddRange(labels.Select(t => areaTable && t.Number is not null ? t with { Certain = true } : t));
                    break;
                case Block block when block.Text.Trim() is { Length: > 0 } text:
                    if (text.Length <= TitleLength && !text.EndsWith('?'))
                    {
                        titles.Add(Title(text));
                    }

                    stated = Max(stated, RevisionYear(text));
                    foreach (Match m in Publisher().Matches(text))
                    {
                        publishers.Add(Regex.Replace(m.Value, @"\s+", " "));
                    }

                    break;
            }
        }

        return new FrameworkEvidence(year, stated, publishers, titles, tables.Questions, tables.AreaRows);
    }

    /// <summary>Whether the report names a publisher ("SKR", "Sveriges Kommuner och Regioner"), as written.</summary>
    public bool Names(string publisher) => PublishersNamed.Contains(publisher);

    /// <summary>The latest year a sentence about the framework says it was revised in, or null.</summary>
    internal static int? RevisionYear(string text)
    {
        int? latest = null;
        if (!text.Contains("revider", StringComparison.OrdinalIgnoreCase) && !text.Contains("version", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var sentence in Language.Sentences.Of(text))
        {
            if (!AboutFramework().IsMatch(sentence))
            {
                continue;
            }

            foreach (Match m in Revision().Matches(sentence))
            {
                foreach (Capture c in m.Groups["y"].Captures)
                {
                    latest = Max(latest, int.Parse(c.Value, CultureInfo.InvariantCulture));
                }
            }
        }

        return latest;
    }

    private static AreaTitleSeen Title(string text)
    {
        var area = ReportPatterns.AreaHeading().Match(text);
        if (area.Success)
        {
            return new AreaTitleSeen(int.Parse(area.Groups["n"].Value, CultureInfo.InvariantCulture), area.Groups["title"].Value.Trim(), Certain: true);
        }

        var numbered = ReportPatterns.AreaLabel().Match(text);
        return numbered.Success && numbered.Groups["title"].Success
            ? new AreaTitleSeen(int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture), numbered.Groups["title"].Value.Trim())
            : new AreaTitleSeen(null, text);
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    /// <summary>A sentence about the framework itself, not about a plan the municipality revised.</summary>
    [GeneratedRegex(@"kommunkompass|kompassen|modellen|ramverket|utvärderingsverktyget|frågeområden|version", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutFramework();

    /// <summary>"reviderades år 2010", "reviderades senast 2031", "reviderades åren 2010 och 2016", "har reviderats 2010, 2016 och 2020", "den reviderade versionen från 2020", "2020 års version".</summary>
    [GeneratedRegex(@"revider\w*\s+(?:senast\s+)?(?:(?:år|åren|under|i|under\s+åren)\s+)?(?<y>(?:19|20)\d{2})(?:\s*(?:,|och|samt|&)\s*(?<y>(?:19|20)\d{2}))*|(?:version|revidering)\w*\s+(?:från|av)\s+(?:år\s+)?(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})\s+års\s+(?:version|revidering|modell)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Revision();

    /// <summary>The bodies that published Kommunkompassen, as reports name them.</summary>
    [GeneratedRegex(@"\bSKR\b|\bSKL\b|Sveriges\s+Kommuner\s+och\s+(?:Regioner|Landsting)|Svenska\s+Kommunförbundet", RegexOptions.CultureInvariant)]
    private static partial Regex Publisher();
}

using System.Text.Json;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Quality;

/// <summary>
/// The invented reports of the good-examples judged sets
/// (tests/Kommunkompassen.Ingest.Tests/Insights/examples-judged-set-*.json) as archive records:
/// some ninety reports by dozens of helpers in many voices, with a vocabulary the two sample
/// reports do not have. `search-quality --judged-sets` searches them instead of the samples, so a
/// query batch can be judged on texts the analysis was never tuned on.
/// </summary>
internal static class JudgedSetCorpus
{
    public const string FormsFileName = "quality-set-forms-reports.json";

    private sealed record Item(int Area, string? Question, string Text);

    private sealed record Report(string Id, string Municipality, string Code, int Year, IReadOnlyList<Item> Passages, IReadOnlyList<Item> Strengths, IReadOnlyList<Item>? Improvements);

    private sealed record Set(IReadOnlyList<Report> Reports);

    public static string Folder(string repo) => Path.Combine(repo, "tests", "Kommunkompassen.Ingest.Tests", "Insights");

    /// <summary>Every report of every judged set in the folder, in file order; a report id met twice is kept once.</summary>
    public static List<ReportRecord> Load(string folder)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var records = new List<ReportRecord>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "examples-judged-set-*.json").Order(StringComparer.Ordinal))
        {
            var set = JsonSerializer.Deserialize<Set>(File.ReadAllText(file), options)
                ?? throw new InvalidDataException($"{file}: not a judged set");
            foreach (var r in set.Reports)
            {
                var id = $"{Path.GetFileNameWithoutExtension(file).Replace("examples-judged-", string.Empty, StringComparison.Ordinal)}-{r.Id}";
                if (ids.Add(id))
                {
                    records.Add(ToRecord(id, r));
                }
            }
        }

        return records;
    }

    private static ReportRecord ToRecord(string id, Report r)
    {
        var passages = r.Passages.Select(p => new Passage(p.Area, p.Question, p.Text, null)).ToList();
        var improvements = r.Improvements ?? [];
        var areas = r.Strengths.Select(s => s.Area).Concat(improvements.Select(i => i.Area)).Distinct().Order()
            .Select(a => new AreaResult(
                a, $"Område {a}", null, 100, null, null,
                r.Strengths.Where(s => s.Area == a).Select(s => s.Text).ToList(),
                improvements.Where(i => i.Area == a).Select(i => i.Text).ToList()))
            .ToList();
        return new ReportRecord(
            id, new MunicipalityRef(r.Municipality, r.Code), r.Year, null, "2010", [], new TotalScore(null, 800, null), null,
            areas, [], passages, [], [], []);
    }
}

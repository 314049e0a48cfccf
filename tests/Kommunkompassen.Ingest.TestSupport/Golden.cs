using System.Text.Json;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// Expected values of a sample report, kept in Golden/*.json beside the tests. The values were
/// read from the seeds in ../shared (see tests/tools/seed_golden.py) and by reading the reports.
/// </summary>
public sealed record GoldenReport(
    string Id,
    GoldenMunicipality Municipality,
    int Year,
    GoldenDates EvaluationDates,
    string Framework,
    IReadOnlyList<GoldenEvaluator> Evaluators,
    GoldenTotal Total,
    GoldenPrevious? Previous,
    IReadOnlyList<GoldenArea> Areas,
    IReadOnlyList<GoldenQuestion> Questions,
    IReadOnlyList<GoldenComparison> Comparisons,
    IReadOnlyList<GoldenWarning> Warnings,
    IReadOnlyList<GoldenPassage> PassagesIncluded)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static GoldenReport Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".json");
        return JsonSerializer.Deserialize<GoldenReport>(File.ReadAllText(path), Options)!;
    }
}

public sealed record GoldenMunicipality(string Name, string Code);

public sealed record GoldenDates(string From, string To);

public sealed record GoldenEvaluator(string Name, string Organisation);

public sealed record GoldenTotal(double Score, double Max, double? OlderScale);

public sealed record GoldenPrevious(int Year, double Total);

public sealed record GoldenArea(int Number, double Score, double? OlderScaleScore, double? PreviousScore, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements);

public sealed record GoldenQuestion(string Id, int Area, string Text, double Max, double Score);

public sealed record GoldenComparison(string Municipality, int Year, IReadOnlyDictionary<string, double> AreaScores, double Total);

public sealed record GoldenWarning(string Code, string Message);

public sealed record GoldenPassage(int Area, string? Question, string StartsWith);

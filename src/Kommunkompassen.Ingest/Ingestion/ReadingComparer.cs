using System.Globalization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>
/// Lists the values two readings of the same report disagree on, one line each, in record
/// order: metadata, totals, area scores and findings, sub-questions, comparisons, passages.
/// </summary>
public static class ReadingComparer
{
    public static IReadOnlyList<string> Differences(ReportRecord a, ReportRecord b)
    {
        var d = new List<string>();
        Same(d, "municipality", a.Municipality.Code, b.Municipality.Code);
        Same(d, "year", a.Year, b.Year);
        Same(d, "framework", a.Framework, b.Framework);
        Same(d, "evaluation dates", Dates(a.EvaluationDates), Dates(b.EvaluationDates));
        Same(d, "evaluators", string.Join("; ", a.Evaluators.Select(e => $"{e.Name} ({e.Organisation})")), string.Join("; ", b.Evaluators.Select(e => $"{e.Name} ({e.Organisation})")));
        Same(d, "total", N(a.Total.Score), N(b.Total.Score));
        Same(d, "total on the older scale", N(a.Total.OlderScale), N(b.Total.OlderScale));
        Same(d, "previous evaluation", a.Previous is null ? "-" : $"{a.Previous.Year} {N(a.Previous.Total)}", b.Previous is null ? "-" : $"{b.Previous.Year} {N(b.Previous.Total)}");

        foreach (var (x, y) in Pairs(a.Areas, b.Areas, r => r.Number.ToString(CultureInfo.InvariantCulture), d, "area"))
        {
            var area = $"area {x.Number.ToString(CultureInfo.InvariantCulture)}";
            Same(d, $"{area} score", N(x.Score), N(y.Score));
            Same(d, $"{area} older-scale score", N(x.OlderScaleScore), N(y.OlderScaleScore));
            Same(d, $"{area} previous score", N(x.PreviousScore), N(y.PreviousScore));
            Lists(d, $"{area} strengths", x.Strengths, y.Strengths);
            Lists(d, $"{area} improvements", x.Improvements, y.Improvements);
        }

        foreach (var (x, y) in Pairs(a.Questions, b.Questions, q => q.Id, d, "sub-question"))
        {
            Same(d, $"sub-question {x.Id} score", N(x.Score), N(y.Score));
            Same(d, $"sub-question {x.Id} max", N(x.Max), N(y.Max));
        }

        foreach (var (x, y) in Pairs(a.Comparisons, b.Comparisons, c => $"{c.Municipality.Code} {c.Year}", d, "comparison"))
        {
            var name = $"comparison {x.Municipality.Name} {x.Year}";
            Same(d, $"{name} total", N(x.Total), N(y.Total));
            Same(d, $"{name} area scores", Scores(x.AreaScores), Scores(y.AreaScores));
        }

        Lists(d, "passages", a.Passages.Select(p => p.Text).ToList(), b.Passages.Select(p => p.Text).ToList());
        return d;
    }

    private static void Same<T>(List<string> d, string what, T x, T y)
    {
        if (!EqualityComparer<T>.Default.Equals(x, y))
        {
            d.Add($"{what} {Show(x)} vs {Show(y)}");
        }
    }

    /// <summary>One line for a list: the counts, how many items differ, and where the first difference is.</summary>
    private static void Lists(List<string> d, string what, IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.SequenceEqual(y))
        {
            return;
        }

        var i = 0;
        while (i < x.Count && i < y.Count && x[i] == y[i])
        {
            i++;
        }

        var differ = Math.Max(x.Except(y).Count(), y.Except(x).Count());
        var first = $"first at item {(i + 1).ToString(CultureInfo.InvariantCulture)}: {Around(x, y, i)}";
        d.Add($"{what}: {x.Count.ToString(CultureInfo.InvariantCulture)} vs {y.Count.ToString(CultureInfo.InvariantCulture)} items, {differ.ToString(CultureInfo.InvariantCulture)} differ, {first}");
    }

    /// <summary>The two items at an index, cut to the stretch around their first differing character.</summary>
    private static string Around(IReadOnlyList<string> x, IReadOnlyList<string> y, int i)
    {
        var a = i < x.Count ? x[i] : null;
        var b = i < y.Count ? y[i] : null;
        var common = a is null || b is null ? 0 : a.Zip(b).TakeWhile(p => p.First == p.Second).Count();
        var start = Math.Max(0, common - 25);
        string Cut(string? s) => s is null ? "(none)" : $"\"{(start > 0 ? "..." : string.Empty)}{Clip(s[Math.Min(start, s.Length)..])}\"";
        return $"{Cut(a)} vs {Cut(b)}";
    }

    /// <summary>Items matched by key; keys found in only one reading are reported as such.</summary>
    private static IEnumerable<(T, T)> Pairs<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T, string> key, List<string> d, string what)
    {
        var byKey = b.GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        foreach (var x in a)
        {
            if (byKey.TryGetValue(key(x), out var y))
            {
                yield return (x, y);
            }
            else
            {
                d.Add($"{what} {key(x)} only in the first reading");
            }
        }

        var inA = a.Select(key).ToHashSet();
        foreach (var missing in b.Select(key).Where(k => !inA.Contains(k)))
        {
            d.Add($"{what} {missing} only in the second reading");
        }
    }

    private static string Dates(DateRange? r) => r is null ? "-" : $"{r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}";

    private static string N(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static string Scores(IReadOnlyDictionary<string, double> s) =>
        string.Join(" ", s.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={N(kv.Value)}"));

    private static string Show<T>(T v) => v switch
    {
        null => "-",
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "-",
    };

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";
}

using System.Globalization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>One field compared: its name ("area[3].score"), the expected and the actual value as text, and whether they agree.</summary>
public sealed record FieldResult(string Field, string Expected, string Actual, bool Ok);

/// <summary>All field checks of one parsed report, with the count of checks, of those passed and their share.</summary>
public sealed record FieldCheckResult(IReadOnlyList<FieldResult> Results)
{
    public int Checks => Results.Count;

    public int Passed => Results.Count(r => r.Ok);

    public double Share => Checks == 0 ? 1 : (double)Passed / Checks;

    public IEnumerable<FieldResult> Failures => Results.Where(r => !r.Ok);
}

/// <summary>Which groups of fields <see cref="FieldCheck"/> compares.</summary>
public sealed record FieldCheckOptions(bool Passages = true, bool Findings = true, bool Comparisons = true);

/// <summary>
/// Compares what a styled report holds (<see cref="StyledExpected"/>) with a parser's record,
/// field by field, exactly (numbers as numbers, texts ordinally). Names index lists from 0:
/// municipality.name/.code, year, framework, dates, evaluators.count, evaluator[i].name and
/// .organisation, total, total.referenceMean, area[n].score, area[n].referenceMean (the mean of
/// recently evaluated municipalities, "(none)" expected where the report prints none),
/// question[id].score/.max/.text, strengths[n].count,
/// strengths[n][i] (the item is in the record's list of area n), strengths[n].order (the items
/// found come in the printed order), the same for improvements, comparisons.count,
/// comparison[code-year].present/.area[k]/.total, previous.year/.total, passage[n][i] (a record
/// passage of area n has the same sub-question and text) and passages[n].unexpected (record
/// passages of area n that the report does not have, expected 0). For a version no catalog
/// holds (<see cref="StyledExpected.FrameworkCatalogued"/> false) the framework check passes
/// when the record names none of <see cref="PrintedFrameworks.CataloguedIds"/>, or warns
/// "framework-uncertain".
/// </summary>
public sealed class FieldCheck(FieldCheckOptions options)
{
    private const string None = "(none)";

    /// <summary>The warning a record gives when it cannot tell the report's framework version.</summary>
    public const string FrameworkUncertain = "framework-uncertain";

    public static FieldCheck Default { get; } = new(new FieldCheckOptions());

    public FieldCheckResult Compare(StyledExpected expected, ReportRecord actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var results = new List<FieldResult>();
        void Add(string field, string e, string a) => results.Add(new FieldResult(field, e, a, string.Equals(e, a, StringComparison.Ordinal)));

        Add("municipality.name", expected.MunicipalityName, actual.Municipality.Name);
        Add("municipality.code", expected.MunicipalityCode, actual.Municipality.Code);
        Add("year", Number(expected.Year), Number(actual.Year));
        results.Add(Framework(expected, actual));
        Add("dates", Dates(expected.Dates), Dates(actual.EvaluationDates));

        Add("evaluators.count", Number(expected.Evaluators.Count), Number(actual.Evaluators.Count));
        for (var i = 0; i < expected.Evaluators.Count; i++)
        {
            var a = i < actual.Evaluators.Count ? actual.Evaluators[i] : null;
            Add($"evaluator[{Number(i)}].name", expected.Evaluators[i].Name, a?.Name ?? None);
            Add($"evaluator[{Number(i)}].organisation", Text(expected.Evaluators[i].Organisation), a is null ? None : Text(a.Organisation));
        }

        Add("total", Number(expected.Total), Number(actual.Total.Score));
        Add("total.referenceMean", Number(expected.TotalReferenceMean), Number(actual.Total.ReferenceMean));
        foreach (var (number, score) in expected.AreaScores.OrderBy(kv => kv.Key))
        {
            var area = actual.Areas.FirstOrDefault(a => a.Number == number);
            Add($"area[{Number(number)}].score", Number(score), Number(area?.Score));
            Add($"area[{Number(number)}].referenceMean", Number(expected.AreaReferenceMeans.TryGetValue(number, out var mean) ? mean : null), Number(area?.ReferenceMean));
        }

        foreach (var q in expected.Questions)
        {
            var a = actual.Questions.FirstOrDefault(x => x.Id == q.Id);
            Add($"question[{q.Id}].score", Number(q.Score), Number(a?.Score));
            Add($"question[{q.Id}].max", Number(q.Max), Number(a?.Max));
            Add($"question[{q.Id}].text", q.Text, a?.Text ?? None);
        }

        if (options.Findings)
        {
            foreach (var (number, items) in expected.Strengths.OrderBy(kv => kv.Key))
            {
                Findings(results, "strengths", number, items, actual.Areas.FirstOrDefault(a => a.Number == number)?.Strengths ?? []);
            }

            foreach (var (number, items) in expected.Improvements.OrderBy(kv => kv.Key))
            {
                Findings(results, "improvements", number, items, actual.Areas.FirstOrDefault(a => a.Number == number)?.Improvements ?? []);
            }
        }

        if (options.Comparisons)
        {
            Comparisons(results, expected.Comparisons, actual.Comparisons);
        }

        Add("previous.year", expected.Previous is { } p ? Number(p.Year) : None, actual.Previous is { } ap ? Number(ap.Year) : None);
        Add("previous.total", expected.Previous is { } pt ? Number(pt.Total) : None, actual.Previous is { } apt ? Number(apt.Total) : None);

        if (options.Passages)
        {
            Passages(results, expected.Passages, actual.Passages);
        }

        return new FieldCheckResult(results);
    }

    /// <summary>Every check of a report that could not be parsed, each failed with <paramref name="reason"/> as its actual value.</summary>
    public FieldCheckResult Failed(StyledExpected expected, string reason)
    {
        var empty = new ReportRecord(string.Empty, new MunicipalityRef(string.Empty, string.Empty), 0, null, string.Empty, [], new TotalScore(null, 0, null), null, [], [], [], [], [], []);
        return new FieldCheckResult(Compare(expected, empty).Results.Select(r => r with { Actual = reason, Ok = false }).ToList());
    }

    /// <summary>The framework named as expected; for a version no catalog holds, none of the catalogued ones named, or the doubt said.</summary>
    private static FieldResult Framework(StyledExpected expected, ReportRecord actual)
    {
        if (expected.FrameworkCatalogued)
        {
            return new FieldResult("framework", expected.Framework, actual.Framework, string.Equals(expected.Framework, actual.Framework, StringComparison.Ordinal));
        }

        var uncertain = actual.Warnings.Any(w => w.Code == FrameworkUncertain);
        var named = PrintedFrameworks.IsCatalogued(actual.Framework);
        var want = $"none of {string.Join('/', PrintedFrameworks.CataloguedIds)} or {FrameworkUncertain} (truly {expected.Framework})";
        var got = (actual.Framework.Length == 0 ? None : actual.Framework) + (uncertain ? $" ({FrameworkUncertain})" : string.Empty);
        return new FieldResult("framework", want, got, uncertain || !named);
    }

    private static void Findings(List<FieldResult> results, string kind, int area, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var name = $"{kind}[{Number(area)}]";
        results.Add(new FieldResult($"{name}.count", Number(expected.Count), Number(actual.Count), expected.Count == actual.Count));
        var unused = actual.ToList();
        var positions = new List<int>();
        for (var i = 0; i < expected.Count; i++)
        {
            var at = unused.IndexOf(expected[i]);
            if (at >= 0)
            {
                unused[at] = null!;
                positions.Add(at);
            }

            var shown = at >= 0 ? expected[i] : i < actual.Count ? actual[i] : None;
            results.Add(new FieldResult($"{name}[{Number(i)}]", expected[i], shown, at >= 0));
        }

        var ordered = positions.Zip(positions.Skip(1)).All(p => p.First < p.Second);
        results.Add(new FieldResult($"{name}.order", "in order", ordered ? "in order" : "out of order", ordered));
    }

    private static void Comparisons(List<FieldResult> results, IReadOnlyList<ExpectedComparison> expected, IReadOnlyList<Comparison> actual)
    {
        results.Add(new FieldResult("comparisons.count", Number(expected.Count), Number(actual.Count), expected.Count == actual.Count));
        foreach (var e in expected)
        {
            var name = $"comparison[{e.Code}-{Number(e.Year)}]";
            var a = actual.FirstOrDefault(c => c.Municipality.Code == e.Code && c.Year == e.Year);
            results.Add(new FieldResult($"{name}.present", "yes", a is null ? "no" : "yes", a is not null));
            foreach (var (area, score) in e.AreaScores.OrderBy(kv => kv.Key))
            {
                var got = a is not null && a.AreaScores.TryGetValue(Number(area), out var s) ? Number(s) : None;
                results.Add(new FieldResult($"{name}.area[{Number(area)}]", Number(score), got, got == Number(score)));
            }

            var total = a?.Total is { } t ? Number(t) : None;
            results.Add(new FieldResult($"{name}.total", Number(e.Total), total, total == Number(e.Total)));
        }
    }

    private static void Passages(List<FieldResult> results, IReadOnlyList<ExpectedPassage> expected, IReadOnlyList<Passage> actual)
    {
        var unused = actual.ToList();
        foreach (var area in expected.GroupBy(p => p.Area).OrderBy(g => g.Key))
        {
            var index = 0;
            foreach (var e in area)
            {
                var at = unused.FindIndex(a => a is not null && a.Area == e.Area && a.Question == e.Question && a.Text == e.Text);
                var want = Describe(e.Question, e.Text);
                string got;
                if (at >= 0)
                {
                    unused[at] = null!;
                    got = want;
                }
                else
                {
                    // The nearest reading: the same text in the area under another sub-question, else none.
                    var near = actual.FirstOrDefault(a => a.Area == e.Area && a.Text == e.Text);
                    got = near is null ? None : Describe(near.Question, near.Text);
                }

                results.Add(new FieldResult($"passage[{Number(area.Key)}][{Number(index++)}]", want, got, at >= 0));
            }

            var extra = unused.Count(a => a is not null && a.Area == area.Key);
            results.Add(new FieldResult($"passages[{Number(area.Key)}].unexpected", "0", Number(extra), extra == 0));
        }
    }

    private static string Describe(string? question, string text) => question is null ? text : $"{text} (under {question})";

    private static string Dates(DateRange? range) =>
        range is null ? None : $"{range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Text(string? text) => text ?? None;

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : None;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

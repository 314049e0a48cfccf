using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Parsing.Versions;

/// <summary>
/// The catalog a report implies, for versions whose sub-questions the catalog does not hold: the
/// report's own score table (ids, texts and maxima as printed) and, for a version nobody
/// catalogued, its own area titles too. Also what `kk framework draft` writes.
/// </summary>
internal static class ReportCatalog
{
    /// <summary>A catalogued version without sub-questions, given the ones the report prints.</summary>
    public static Framework WithReportQuestions(Framework framework, FrameworkEvidence evidence)
    {
        var printed = Distinct(evidence.Questions);
        return framework with
        {
            Areas = framework.Areas
                .Select(a => a with { Questions = Questions(printed.Where(q => q.Area == a.Number)), StatedMax = a.Max })
                .ToList(),
        };
    }

    /// <summary>
    /// A version nobody catalogued, as the report prints it: the areas its score table and area
    /// headings number (titles as printed, maxima the sum of their sub-questions), with the
    /// <paramref name="nearest"/> version's areas where the report shows none.
    /// </summary>
    public static Framework FromReport(FrameworkEvidence evidence, Framework nearest)
    {
        var printed = Distinct(evidence.Questions);
        var numbers = printed.Select(q => q.Area)
            .Concat(evidence.Titles.Where(t => t.Certain && t.Number is not null).Select(t => t.Number!.Value))
            .Distinct()
            .Order()
            .ToList();
        IReadOnlyList<FrameworkArea> areas = numbers.Count == 0
            ? [.. nearest.Areas.Select(a => a with { Questions = [], StatedMax = a.Max })]
            : [.. numbers.Select(n => Area(n, evidence, printed, nearest))];
        var common = areas.GroupBy(a => a.Max).OrderByDescending(g => g.Count()).First().Key;
        return new Framework(Framework.UnknownId, "Not catalogued: read from the report", evidence.Year, evidence.Year, null, common, areas)
        {
            QuestionsKnown = false,
        };
    }

    private static FrameworkArea Area(int number, FrameworkEvidence evidence, IReadOnlyList<ScoredQuestion> printed, Framework nearest)
    {
        var questions = Questions(printed.Where(q => q.Area == number));
        var title = evidence.Titles.FirstOrDefault(t => t.Certain && t.Number == number && t.Title.Length > 0)?.Title
            ?? $"Område {number}";
        var row = evidence.AreaRows.FirstOrDefault(r => r.Area == number && r.Max is not null);
        double max = row?.Max?.Value
            ?? (questions.Count > 0 && questions.All(q => q.Max > 0) ? questions.Sum(q => q.Max) : nearest.Area(number)?.Max ?? nearest.AreaMax);
        return new FrameworkArea(number, title, [], questions) { StatedMax = max };
    }

    private static List<FrameworkQuestion> Questions(IEnumerable<ScoredQuestion> printed) =>
        [.. printed.OrderBy(q => q.Id, QuestionIdOrder.Instance).Select(q => new FrameworkQuestion(q.Id, q.Text, q.Max?.Value ?? 0))];

    private static List<ScoredQuestion> Distinct(IReadOnlyList<ScoredQuestion> questions) =>
        [.. questions.GroupBy(q => q.Id).Select(g => g.First())];
}

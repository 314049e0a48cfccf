using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// Decides which framework version a report uses: the one whose sub-question ids and maximum
/// points agree best with the report's score table; the evaluation year breaks ties and
/// decides alone when the report has no score table.
/// </summary>
internal static class FrameworkDetector
{
    public static Framework Detect(FrameworkCatalog catalog, IReadOnlyList<ScoredQuestion> questions, int year)
    {
        var byYear = catalog.ForYear(year);
        if (questions.Count == 0)
        {
            return byYear;
        }

        return catalog.Frameworks
            .Select(f => (Framework: f, Score: questions.Count(q => f.Question(q.Id) is { } fq && (q.Max is null || Math.Abs(fq.Max - q.Max.Value.Value) < 1e-9))
                - questions.Count(q => f.Question(q.Id) is null)))
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Framework == byYear)
            .First().Framework;
    }
}

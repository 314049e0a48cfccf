using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>A municipality's total as another report's comparison table gives it.</summary>
public sealed record ReportedScore(int? Year, double? Total, IReadOnlyDictionary<string, double> AreaScores, string Source);

/// <summary>Where another report cites the municipality.</summary>
public sealed record Citation(string Report, int Area, string? Question, string Sentence);

/// <summary>Two sources that disagree about one evaluation's total.</summary>
public sealed record ScoreConflict(int Year, string What);

/// <summary>Everything the archive knows about one municipality.</summary>
public sealed record MunicipalityProfile(
    MunicipalityRef Municipality,
    IReadOnlyList<ReportRecord> Evaluations,
    IReadOnlyList<ReportedScore> ScoresFromOtherReports,
    IReadOnlyList<ScoreConflict> Conflicts,
    IReadOnlyList<Citation> CitedBy)
{
    /// <summary>The municipality's area scores over its evaluations, lined up by meaning across framework versions.</summary>
    public IReadOnlyList<AreaLine> AreasOverTime => AreaTimeline.Of(Evaluations, Frameworks.AreaCrosswalk.Default);

    public static MunicipalityProfile Of(MunicipalityRef municipality, IReadOnlyList<ReportRecord> records)
    {
        var own = records.Where(r => r.Municipality.Code == municipality.Code).OrderBy(r => r.Year).ToList();
        var reported = records
            .Where(r => r.Municipality.Code != municipality.Code)
            .SelectMany(r => r.Comparisons.Where(c => c.Municipality.Code == municipality.Code)
                .Select(c => new ReportedScore(c.Year, c.Total, c.AreaScores, r.Id)))
            .ToList();
        var conflicts = new List<ScoreConflict>();
        foreach (var score in reported.Where(s => s.Total is not null))
        {
            var mine = own.FirstOrDefault(r => r.Year == score.Year);
            // A comparison may quote either scale of a report that gives both.
            var agrees = mine is not null && (mine.Total.Score == score.Total || mine.Total.OlderScale == score.Total);
            if (mine is not null && !agrees && mine.Total.Score is { } t)
            {
                conflicts.Add(new ScoreConflict(score.Year ?? mine.Year, $"its own report ({mine.Id}) gives a total of {t:0.#}; {score.Source} gives {score.Total:0.#}"));
            }
        }

        var cited = records
            .Where(r => r.Municipality.Code != municipality.Code)
            .SelectMany(r => r.Mentions.Where(m => m.Municipality.Code == municipality.Code).Select(m => new Citation(r.Id, m.Area, m.Question, m.Sentence)))
            .ToList();
        return new MunicipalityProfile(municipality, own, reported, conflicts, cited);
    }
}

using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Web;

/// <summary>One area of an evaluation as the profile page shows it.</summary>
public sealed record AreaView(int Number, string Title, double? Score, double Max, string? Key, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements);

/// <summary>One evaluation of a municipality as the profile page shows it (the whole report is at /api/reports/{id}).</summary>
public sealed record EvaluationView(string ReportId, int Year, string Framework, double? Total, double TotalMax, IReadOnlyList<AreaView> Areas);

/// <summary>
/// A municipality's profile for the page: its evaluations in brief, its areas over time lined up
/// by meaning across framework versions (the radar chart's axes), its scores in other reports,
/// conflicts between them, and where other reports cite it.
/// </summary>
public sealed record ProfileView(
    MunicipalityInfo Municipality,
    IReadOnlyList<EvaluationView> Evaluations,
    IReadOnlyList<AreaLine> AreasOverTime,
    IReadOnlyList<ReportedScore> ScoresFromOtherReports,
    IReadOnlyList<ScoreConflict> Conflicts,
    IReadOnlyList<Citation> CitedBy)
{
    public static ProfileView Of(ProfileAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var p = answer.Profile;
        return new ProfileView(
            answer.Municipality,
            p.Evaluations.Select(Evaluation).ToList(),
            p.AreasOverTime,
            p.ScoresFromOtherReports,
            p.Conflicts,
            p.CitedBy);
    }

    private static EvaluationView Evaluation(ReportRecord r) => new(
        r.Id,
        r.Year,
        r.Framework,
        r.Total.Score,
        r.Total.Max,
        r.Areas.Select(a => new AreaView(a.Number, a.Title, a.Score, a.Max, a.CrosswalkKey, a.Strengths, a.Improvements)).ToList());
}

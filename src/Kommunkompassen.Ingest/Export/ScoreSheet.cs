using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Export;

/// <summary>
/// A table of scores with one row per report, as the CSV and XLSX exports write it. A cell is a
/// string, a number or empty (null).
/// </summary>
public sealed record ScoreSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    private static readonly string[] ReportColumns = ["id", "municipality", "code", "year", "framework", "evaluated"];

    /// <summary>
    /// Area scores: the report, its total, then each area's score and maximum, its concept in the
    /// area crosswalk (areas of different versions with the same number mean different things; the
    /// key says which), and the mean of other municipalities where the report prints one.
    /// </summary>
    public static ScoreSheet Areas(IEnumerable<ReportRecord> records)
    {
        var list = records.ToList();
        var areas = list.SelectMany(r => r.Areas.Select(a => a.Number)).Distinct().Order().ToList();
        var header = ReportColumns
            .Concat(["total", "total max", "total older scale"])
            .Concat(areas.Select(a => $"area {a.ToString(CultureInfo.InvariantCulture)}"))
            .Concat(areas.Select(a => $"area {a.ToString(CultureInfo.InvariantCulture)} max"))
            .Concat(areas.Select(a => $"area {a.ToString(CultureInfo.InvariantCulture)} key"))
            .Concat(areas.Select(a => $"area {a.ToString(CultureInfo.InvariantCulture)} mean"))
            .Concat(["total mean"])
            .ToList();
        var rows = list.Select(r =>
        {
            var byArea = r.Areas.ToDictionary(a => a.Number);
            return (IReadOnlyList<object?>)ReportCells(r)
                .Concat([r.Total.Score, r.Total.Max, r.Total.OlderScale])
                .Concat(areas.Select(a => (object?)(byArea.TryGetValue(a, out var x) ? x.Score : null)))
                .Concat(areas.Select(a => (object?)(byArea.TryGetValue(a, out var x) ? x.Max : null)))
                .Concat(areas.Select(a => (object?)(byArea.TryGetValue(a, out var x) ? x.CrosswalkKey : null)))
                .Concat(areas.Select(a => (object?)(byArea.TryGetValue(a, out var x) ? x.ReferenceMean : null)))
                .Concat([r.Total.ReferenceMean])
                .ToList();
        }).ToList();
        return new ScoreSheet("Areas", header, rows);
    }

    /// <summary>
    /// Sub-question scores: the report, then one column per sub-question of each framework
    /// ("2010 2.6"); a report has values only under its own framework's columns.
    /// </summary>
    public static ScoreSheet Questions(IEnumerable<ReportRecord> records)
    {
        var list = records.ToList();
        var columns = list
            .SelectMany(r => r.Questions.Select(q => (r.Framework, q.Id)))
            .Distinct()
            .OrderBy(c => c.Framework, StringComparer.Ordinal)
            .ThenBy(c => c.Id, QuestionIdOrder.Instance)
            .ToList();
        var header = ReportColumns.Concat(columns.Select(c => $"{c.Framework} {c.Id}")).ToList();
        var rows = list.Select(r =>
        {
            var scores = r.Questions.GroupBy(q => q.Id).ToDictionary(g => g.Key, g => g.First().Score);
            return (IReadOnlyList<object?>)ReportCells(r)
                .Concat(columns.Select(c => (object?)(c.Framework == r.Framework ? scores.GetValueOrDefault(c.Id) : null)))
                .ToList();
        }).ToList();
        return new ScoreSheet("Sub-questions", header, rows);
    }

    /// <summary>
    /// Every warning of every report, one row each, for review: the report, the warning's code,
    /// its place in the report and its message; and the report's read summary beside it, so a
    /// reviewer can sort by how much of a file was not read.
    /// </summary>
    public static ScoreSheet Warnings(IEnumerable<ReportRecord> records)
    {
        var header = new[] { "report", "municipality", "year", "code", "place", "message", "characters unread" };
        var rows = records
            .SelectMany(r => r.Warnings.Select(w => (IReadOnlyList<object?>)
                [r.Id, r.Municipality.Name, r.Year, w.Code, w.Place, w.Message, r.Read?.CharactersUnread]))
            .ToList();
        return new ScoreSheet("Warnings", header, rows);
    }

    private static object?[] ReportCells(ReportRecord r) =>
        [r.Id, r.Municipality.Name, r.Municipality.Code, r.Year, r.Framework, r.EvaluationDates?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
}

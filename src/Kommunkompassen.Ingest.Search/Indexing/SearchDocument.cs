using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Search.Indexing;

/// <summary>What is searchable: one narrative passage or one finding, with the report facts a hit shows.</summary>
public sealed record SearchDocument(
    string ReportId,
    string Municipality,
    string Code,
    int Year,
    string Framework,
    int Area,
    string? Question,
    string Kind,
    double? Score,
    double? Max,
    string Text,
    int? Page)
{
    public const string Narrative = FindingKinds.Narrative;
    public const string Strength = FindingKinds.Strength;
    public const string Improvement = FindingKinds.Improvement;

    /// <summary>Every kind of searchable text, for filtering.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Narrative, Strength, Improvement];

    /// <summary>
    /// The passages and findings of a record. A passage under a sub-question carries that
    /// sub-question's score and max in this report; other documents carry their area's.
    /// </summary>
    public static IEnumerable<SearchDocument> From(ReportRecord record)
    {
        SearchDocument Make(int area, string? question, string kind, string text, int? page)
        {
            var q = question is null ? null : record.Questions.FirstOrDefault(x => x.Id == question);
            var a = record.Areas.FirstOrDefault(x => x.Number == area);
            return new SearchDocument(
                record.Id, record.Municipality.Name, record.Municipality.Code, record.Year, record.Framework,
                area, question, kind, q?.Score ?? (q is null ? a?.Score : null), q?.Max ?? a?.Max, text, page);
        }

        foreach (var p in record.Passages)
        {
            yield return Make(p.Area, p.Question, Narrative, p.Text, p.Page);
        }

        foreach (var area in record.Areas)
        {
            foreach (var s in area.Strengths)
            {
                yield return Make(area.Number, null, Strength, s, null);
            }

            foreach (var i in area.Improvements)
            {
                yield return Make(area.Number, null, Improvement, i, null);
            }
        }
    }
}

using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>An evaluation the archive's reports refer to, and which reports do.</summary>
public sealed record ReferencedEvaluation(MunicipalityRef Municipality, int Year, IReadOnlyList<string> ReferredToBy, bool InArchive);

/// <summary>
/// Which evaluations the archive's reports refer to (lists of earlier evaluations, comparison
/// tables, the previous evaluation a report compares with) and whether the archive holds them.
/// </summary>
public static class Coverage
{
    public static IReadOnlyList<ReferencedEvaluation> Of(IReadOnlyList<ReportRecord> records)
    {
        var held = records.Select(r => (r.Municipality.Code, r.Year)).ToHashSet();
        var refs = new List<(MunicipalityRef M, int Year, string By)>();
        foreach (var r in records)
        {
            refs.AddRange(r.KnownEvaluations.Select(k => (k.Municipality, k.Year, r.Id)));
            refs.AddRange(r.Comparisons.Where(c => c.Year is not null).Select(c => (c.Municipality, c.Year!.Value, r.Id)));
            if (r.Previous is { } p)
            {
                refs.Add((r.Municipality, p.Year, r.Id));
            }
        }

        return refs
            .GroupBy(x => (x.M.Code, x.Year))
            .Select(g => new ReferencedEvaluation(
                g.First().M,
                g.Key.Year,
                g.Select(x => x.By).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                held.Contains((g.Key.Code, g.Key.Year))))
            .OrderBy(e => e.Municipality.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ThenBy(e => e.Year)
            .ToList();
    }
}

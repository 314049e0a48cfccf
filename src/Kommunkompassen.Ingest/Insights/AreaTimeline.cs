using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>One evaluation's score in an area, with the version's area it came from and how sure its pairing with the concept is.</summary>
public sealed record AreaPoint(int Year, string Framework, int Area, string AreaTitle, double? Score, double Max, Certainty? Certainty, string? Note);

/// <summary>A municipality's scores in one part of its leadership over its evaluations, whatever the version's area number.</summary>
public sealed record AreaLine(string Key, string Title, IReadOnlyList<AreaPoint> Points)
{
    /// <summary>Whether some pairing on the line is uncertain, or an area is outside the crosswalk.</summary>
    public bool HasDoubt => Points.Any(p => p.Certainty is null or Frameworks.Certainty.Uncertain);
}

/// <summary>
/// Lines up the areas of a municipality's evaluations by the <see cref="AreaCrosswalk"/>: one line
/// per concept, so a 2010 report's area 2 and a 2020 report's area 5 are on the same line. An area
/// of a version the crosswalk does not hold gets a line of its own.
/// </summary>
public static class AreaTimeline
{
    public static IReadOnlyList<AreaLine> Of(IReadOnlyList<ReportRecord> evaluations, AreaCrosswalk crosswalk)
    {
        var points = new List<(string Key, string Title, int Order, AreaPoint Point)>();
        foreach (var r in evaluations.OrderBy(e => e.Year))
        {
            foreach (var a in r.Areas)
            {
                if (crosswalk.Of(r.Framework, a.Number) is { } found)
                {
                    var order = crosswalk.Concepts.ToList().IndexOf(found.Concept);
                    points.Add((found.Concept.Key, found.Concept.Title, order, new AreaPoint(r.Year, r.Framework, a.Number, a.Title, a.Score, a.Max, found.Area.Certainty, found.Area.Note)));
                }
                else
                {
                    points.Add(($"{r.Framework}-area-{a.Number}", a.Title, int.MaxValue, new AreaPoint(r.Year, r.Framework, a.Number, a.Title, a.Score, a.Max, null, "not in the area crosswalk")));
                }
            }
        }

        return points
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.First().Order)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AreaLine(g.Key, g.First().Title, [.. g.Select(p => p.Point)]))
            .ToList();
    }
}

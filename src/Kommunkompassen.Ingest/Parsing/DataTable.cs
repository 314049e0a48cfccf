using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// Tells whether a table looks like scores: enough figures, and labels a score table has (the
/// areas' numbers or titles, sub-question ids) or a comparison has (municipality names, in the
/// header row or the first column). Used to report such a table when no table reader took it.
/// </summary>
internal static class DataTable
{
    /// <summary>What the table looks like ("a comparison of 3 municipalities", "a sub-question score table", "an area score table"), or null when it does not look like scores.</summary>
    public static string? Describe(IReadOnlyList<IReadOnlyList<string>> grid, MunicipalityRegistry registry, Framework framework, int minFigures)
    {
        var cells = grid.SelectMany(r => r).ToList();
        var figures = cells.Count(c => SwedishNumber.TryParse(c, out _) && !ReportPatterns.Year().IsMatch(c.Trim()));
        if (figures < minFigures)
        {
            return null;
        }

        var header = grid.Count > 0 ? grid[0] : [];
        var firstColumn = grid.Select(r => r.Count > 0 ? r[0] : string.Empty).ToList();
        var municipalities = header.Concat(firstColumn)
            .Select(c => Municipality(c, registry))
            .Where(m => m is not null)
            .Select(m => m!.Code)
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (municipalities >= 2)
        {
            return $"a comparison of {municipalities} municipalities";
        }

        if (cells.Count(c => ReportPatterns.QuestionLabel().IsMatch(c.Trim())) >= 2)
        {
            return "a sub-question score table";
        }

        var areaLabels = header.Concat(firstColumn).Count(c => IsAreaLabel(c, framework));
        return areaLabels >= 4 ? "an area score table" : null;
    }

    private static Municipality? Municipality(string cell, MunicipalityRegistry registry)
    {
        var text = cell.Trim();
        var m = ReportPatterns.NameAndYear().Match(text);
        return text.Length is > 1 and <= 40 ? registry.Find(m.Success ? m.Groups["name"].Value : text) : null;
    }

    private static bool IsAreaLabel(string cell, Framework framework)
    {
        var text = cell.Trim();
        return text.Length > 0 && (ReportPatterns.AreaLabel().IsMatch(text) || ReportPatterns.AreaHeading().IsMatch(text) || AreaTitleMatcher.BestMatch(text, framework) is not null);
    }
}

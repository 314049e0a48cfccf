using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A comparison-table column, with the figures' precision kept for validation.</summary>
internal sealed record ComparisonColumn(Municipality Municipality, int? Year, IReadOnlyDictionary<int, Figure> Areas, Figure? Total);

/// <summary>
/// Reads tables that compare municipalities: a header row of "Name Year" columns that resolve to
/// municipalities, rows for areas 1-8 and a total row; or the same turned on its side, a row per
/// municipality ("Name Year", or the name and a year column "År") with a column per area and a
/// total column.
/// </summary>
internal static partial class ComparisonReader
{
    /// <summary>The table's comparison columns; the header may sit below a row or two of title ("Tabell 2. …").</summary>
    public static IReadOnlyList<ComparisonColumn>? TryRead(IReadOnlyList<IReadOnlyList<string>> grid, MunicipalityRegistry registry, Framework framework)
    {
        for (var skip = 0; skip <= 2 && grid.Count - skip >= 3; skip++)
        {
            var rest = skip == 0 ? grid : grid.Skip(skip).ToList();
            if ((ReadColumns(rest, registry, framework) ?? ReadColumns(Transpose(WithYearsJoined(rest)), registry, framework)) is { } columns)
            {
                return columns;
            }
        }

        return null;
    }

    /// <summary>The name column and a year column ("År", or a column of years) made one: "Ale 2009".</summary>
    private static IReadOnlyList<IReadOnlyList<string>> WithYearsJoined(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var width = grid.Max(r => r.Count);
        for (var c = 1; c < width; c++)
        {
            var header = c < grid[0].Count ? grid[0][c].Trim() : string.Empty;
            var values = grid.Skip(1).Select(r => c < r.Count ? r[c].Trim() : string.Empty).Where(v => v.Length > 0).ToList();
            if ((YearHeader().IsMatch(header) || header.Length == 0) && values.Count >= 2 && values.All(v => ReportPatterns.Year().IsMatch(v)))
            {
                return grid.Select((r, i) => (IReadOnlyList<string>)[
                    i == 0 || c >= r.Count || r[c].Trim().Length == 0 ? r[0] : $"{r[0].Trim()} {r[c].Trim()}",
                    .. r.Where((_, k) => k != 0 && k != c)]).ToList();
            }
        }

        return grid;
    }

    /// <summary>A municipality's name in a header cell; also one a narrow cell broke inside the word ("Ljusnarsbe rg").</summary>
    private static Municipality? FindName(string name, MunicipalityRegistry registry)
    {
        if (registry.Find(name) is { } hit)
        {
            return hit;
        }

        for (var at = name.IndexOf(' ', StringComparison.Ordinal); at > 0; at = name.IndexOf(' ', at + 1))
        {
            if (registry.Find(name.Remove(at, 1)) is { } joined)
            {
                return joined;
            }
        }

        return null;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Transpose(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var width = grid.Max(r => r.Count);
        return Enumerable.Range(0, width)
            .Select(c => (IReadOnlyList<string>)grid.Select(r => c < r.Count ? r[c] : string.Empty).ToList())
            .ToList();
    }

    [GeneratedRegex(@"^(?:år|årtal|utvärderingsår|år\s+för\s+utvärdering(?:en)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearHeader();

    private static IReadOnlyList<ComparisonColumn>? ReadColumns(IReadOnlyList<IReadOnlyList<string>> grid, MunicipalityRegistry registry, Framework framework)
    {
        if (grid.Count < 3)
        {
            return null;
        }

        var header = grid[0];
        var columns = new Dictionary<int, (Municipality M, int? Year)>();
        for (var c = 1; c < header.Count; c++)
        {
            var m = ReportPatterns.NameAndYear().Match(header[c].Trim());
            var name = m.Success ? m.Groups["name"].Value : header[c].Trim();
            if (name.Length > 0 && FindName(name, registry) is { } hit)
            {
                columns[c] = (hit, m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null);
            }
        }

        if (columns.Count < 2)
        {
            return null;
        }

        // A header of two lines: the names, then their years below them.
        var dataFrom = 1;
        if (grid.Count > 2 && grid[1].Count > 0 && (grid[1][0].Trim().Length == 0 || YearHeader().IsMatch(grid[1][0].Trim()))
            && columns.Keys.All(c => c >= grid[1].Count || grid[1][c].Trim().Length == 0 || ReportPatterns.Year().IsMatch(grid[1][c].Trim()))
            && columns.Keys.Any(c => c < grid[1].Count && ReportPatterns.Year().IsMatch(grid[1][c].Trim())))
        {
            foreach (var c in columns.Keys.Where(c => c < grid[1].Count && ReportPatterns.Year().IsMatch(grid[1][c].Trim())).ToList())
            {
                columns[c] = (columns[c].M, columns[c].Year ?? int.Parse(grid[1][c].Trim(), CultureInfo.InvariantCulture));
            }

            dataFrom = 2;
        }

        var areas = columns.Keys.ToDictionary(c => c, _ => new Dictionary<int, Figure>());
        var totals = new Dictionary<int, Figure?>();
        foreach (var row in grid.Skip(dataFrom))
        {
            if (row.Count == 0)
            {
                continue;
            }

            var label = row[0].Trim();
            var isTotal = ReportPatterns.IsTotalLabel(label);
            int? number = isTotal || label.Length == 0 ? null : AreaSummaryReader.AreaNumberOf(label, framework);
            foreach (var c in columns.Keys.Where(c => c < row.Count))
            {
                var figure = Figure.From(row[c]);
                if (isTotal)
                {
                    totals[c] = figure;
                }
                else if (number is { } n && figure is { } f)
                {
                    areas[c][n] = f;
                }
            }
        }

        // Figures are printed to the table's precision ("60" beside "57,5" means half points).
        var all = areas.Values.SelectMany(a => a.Values).Concat(totals.Values.Where(t => t is not null).Select(t => t!.Value)).ToList();
        var half = all.Count > 0 ? all.Min(f => f.HalfUnit) : 0.5;
        Figure Fine(Figure f) => f with { HalfUnit = half };
        return columns
            .Select(kv => new ComparisonColumn(
                kv.Value.M,
                kv.Value.Year,
                areas[kv.Key].ToDictionary(a => a.Key, a => Fine(a.Value)),
                totals.GetValueOrDefault(kv.Key) is { } t ? Fine(t) : null))
            .ToList();
    }

    public static Comparison ToRecord(ComparisonColumn column) =>
        new(
            new MunicipalityRef(column.Municipality.Name, column.Municipality.Code),
            column.Year,
            column.Areas.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(CultureInfo.InvariantCulture), kv => kv.Value.Value),
            column.Total?.Value);
}

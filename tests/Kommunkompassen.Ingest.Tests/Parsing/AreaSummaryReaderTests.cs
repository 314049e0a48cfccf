using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class AreaSummaryReaderTests
{
    private static Framework Revised => FrameworkCatalog.Default.Find("2010")!;

    [Fact]
    public void Read_MaxColumnBeforeTheScores_TakesTheScoreColumn()
    {
        var grid = Summary(["Område", "Maxpoäng", "Poäng"], area => ["100", (40 + area).ToString(System.Globalization.CultureInfo.InvariantCulture)], ["Totalt", "800", "356"]);

        var summary = AreaSummaryReader.Read(grid, 2012, Revised)!;

        Assert.True(AreaSummaryReader.IsAreaSummary(grid, Revised));
        Assert.Equal(Enumerable.Range(1, 8).Select(a => 40.0 + a), Enumerable.Range(1, 8).Select(a => summary.Areas[a].Score!.Value.Value));
        Assert.Equal(356, summary.Total!.Score!.Value.Value);
    }

    [Fact]
    public void IsAreaSummary_AreaTitlesWithoutATotalRow_IsOne()
    {
        var grid = Summary(["Område", "2012"], area => [(50 + area).ToString(System.Globalization.CultureInfo.InvariantCulture)], null);

        Assert.True(AreaSummaryReader.IsAreaSummary(grid, Revised));
        Assert.Equal(58, AreaSummaryReader.Read(grid, 2012, Revised)!.Areas[8].Score!.Value.Value);
    }

    private static List<IReadOnlyList<string>> Summary(string[] header, Func<int, string[]> figures, string[]? total)
    {
        var rows = new List<IReadOnlyList<string>> { header };
        rows.AddRange(Revised.Areas.Select(a => (IReadOnlyList<string>)[a.Title, .. figures(a.Number)]));
        if (total is not null)
        {
            rows.Add(total);
        }

        return rows;
    }
}

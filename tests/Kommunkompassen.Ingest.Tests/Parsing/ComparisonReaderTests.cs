using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class ComparisonReaderTests
{
    private static Framework Revised => FrameworkCatalog.Default.Find("2010")!;

    [Fact]
    public void TryRead_MunicipalitiesAsColumns_ReadsEachColumn()
    {
        string[][] grid =
        [
            ["Område", "Ale 2009", "Lerum 2011"],
            ["1", "60", "55"],
            ["Tillgänglighet och brukarorientering", "61", "52"],
            ["Totalt", "121", "107"],
        ];

        var columns = ComparisonReader.TryRead(grid, MunicipalityRegistry.Default, Revised)!;

        Assert.Equal(["Ale 2009 1=60 total 121", "Lerum 2011 1=55 total 107"], columns.Select(Describe));
        Assert.Equal(61, columns[0].Areas[2].Value);
    }

    [Fact]
    public void TryRead_MunicipalitiesAsRowsWithAYearColumn_ReadsEachRow()
    {
        string[][] grid =
        [
            ["Kommun", "År", "1", "2", "3", "Totalt"],
            ["Ale", "2009", "60", "61", "62", "183"],
            ["Lerum", "2011", "55", "52", "50", "157"],
            ["Mölndal", "2012", "70", "71", "72", "213"],
        ];

        var columns = ComparisonReader.TryRead(grid, MunicipalityRegistry.Default, Revised)!;

        Assert.Equal(["Ale 2009 1=60 total 183", "Lerum 2011 1=55 total 157", "Mölndal 2012 1=70 total 213"], columns.Select(Describe));
        Assert.Equal(62, columns[0].Areas[3].Value);
    }

    [Fact]
    public void TryRead_NamesAboveTheirYears_ReadsTheYears()
    {
        string[][] grid =
        [
            ["Område", "Ale", "Lerum"],
            ["", "2009", "2011"],
            ["1", "60", "55"],
            ["Totalt", "121", "107"],
        ];

        var columns = ComparisonReader.TryRead(grid, MunicipalityRegistry.Default, Revised)!;

        Assert.Equal(["Ale 2009 1=60 total 121", "Lerum 2011 1=55 total 107"], columns.Select(Describe));
    }

    [Fact]
    public void TryRead_NameBrokenInANarrowCell_IsStillTheMunicipality()
    {
        string[][] grid =
        [
            ["Område", "Ljusnarsbe rg 2006", "Ale 2009"],
            ["1", "65,5", "60"],
            ["Total t", "500", "121"],
        ];

        var columns = ComparisonReader.TryRead(grid, MunicipalityRegistry.Default, Revised)!;

        Assert.Equal(["Ljusnarsberg 2006 1=65.5 total 500", "Ale 2009 1=60 total 121"], columns.Select(Describe));
    }

    private static string Describe(ComparisonColumn c) =>
        $"{c.Municipality.Name} {c.Year} 1={c.Areas[1].Value} total {c.Total?.Value}";
}

using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class FigureGridTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Grid(params string[][] rows) => rows;

    [Fact]
    public void SplitRunTogether_TwoHeadersOverPairsOfFigures_SplitsTheColumn()
    {
        var grid = Grid(
            ["Delfråga", "Poäng Maxpoäng"],
            ["1 Offentlighet och demokrati", "44 100"],
            ["1.1 Hur informeras medborgarna?", "21 40"],
            ["1.2 Hur främjas engagemanget?", "13,5 40"]);

        var split = FigureGrid.SplitRunTogether(grid);

        Assert.Equal(["Delfråga", "Poäng", "Maxpoäng"], split[0]);
        Assert.Equal(["1.2 Hur främjas engagemanget?", "13,5", "40"], split[3]);
    }

    [Fact]
    public void SplitRunTogether_WrappedHeaderOfThreeWordsOverPairsOfFigures_SplitsIntoTwo()
    {
        // "Uppnådd poäng" wrapped beside "Maxpoäng": three header words over two figures.
        var split = FigureGrid.SplitRunTogether(Grid(
            ["Delfråga", "Uppnådd Maxpoäng poäng", "%"],
            ["1.1 Hur informerar kommunen medborgarna?", "13 20", "65%"],
            ["1.2 Hur arbetar kommunen med medborgardialog?", "15,5 25", "62%"]));

        Assert.Equal(["1.2 Hur arbetar kommunen med medborgardialog?", "15,5", "25", "62%"], split[2]);
    }

    [Theory]
    [InlineData("Uppn ådd nivå", "Uppnåddnivå")]
    [InlineData("Mede l", "Medel")]
    [InlineData("Nuva rande poän gskal a", "Nuvarandepoängskala")]
    [InlineData("Max", "Max")]
    [InlineData("Uppnådd nivå", "Uppnådd nivå")]
    [InlineData("Resultat och effektivitet", "Resultat och effektivitet")]
    [InlineData("Mål och vision", "Mål och vision")]
    public void WithHeadersJoined_HeaderBrokenInsideItsWords_MadeWholeOthersLeftAlone(string header, string expected)
    {
        var grid = FigureGrid.WithHeadersJoined(Grid(["", header], ["1.1 Hur informeras medborgarna?", "21"]));

        Assert.Equal(expected, grid[0][1]);
        Assert.Equal("1.1 Hur informeras medborgarna?", grid[1][0]);
    }

    [Fact]
    public void SplitRunTogether_YearsOverPairsOfFigures_SplitsTheColumn()
    {
        var split = FigureGrid.SplitRunTogether(Grid(["Område", "2004 2008"], ["Personalpolitik", "66 67"], ["Summa", "460 506,5"]));

        Assert.Equal(["Summa", "460", "506,5"], split[2]);
    }

    public static TheoryData<string[][]> LeftAlone => new()
    {
        // One header of two words over single figures.
        new[] { new[] { "Delfråga", "Uppnådd poäng" }, ["1.1 Hur informeras medborgarna?", "21"], ["1.2 Hur främjas engagemanget?", "13"] },

        // Two headers, but a cell with one figure: not a column run together.
        new[] { new[] { "Delfråga", "Poäng Max" }, ["1.1 Hur informeras medborgarna?", "21 40"], ["1.2 Hur främjas engagemanget?", "13"] },

        // Words that are no column headers.
        new[] { new[] { "Delfråga", "Antal svar" }, ["1.1 Hur informeras medborgarna?", "21 40"], ["1.2 Hur främjas engagemanget?", "13 40"] },
    };

    [Theory]
    [MemberData(nameof(LeftAlone))]
    public void SplitRunTogether_NotTwoColumnsRunTogether_LeavesTheGrid(string[][] rows)
    {
        var grid = Grid(rows);

        Assert.Equal(grid.Select(r => string.Join("|", r)), FigureGrid.SplitRunTogether(grid).Select(r => string.Join("|", r)));
    }
}

using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class ScoreWithReferenceTests
{
    private static readonly Framework Revision2020 = FrameworkCatalog.Default.Find("2020")!;

    [Theory]
    [InlineData("83 (64)", 83, 64)]
    [InlineData("83 (medel 64)", 83, 64)]
    [InlineData("47,5 p (52 p)", 47.5, 52)]
    public void Read_ScoreWithBracketedMean_BothFigures(string cell, double score, double mean)
    {
        var read = ScoreWithReference.Read(cell);

        Assert.Equal((score, mean), (read!.Score.Value, read.Reference.Value));
    }

    [Theory]
    [InlineData("83")]
    [InlineData("83 (2019)")]
    [InlineData("(64)")]
    public void Read_NoPairOfScoreAndMean_Null(string cell)
    {
        Assert.Null(ScoreWithReference.Read(cell));
    }

    [Fact]
    public void FromComparison_MeanColumnBesideMunicipalities_MeanPerAreaAndTotal()
    {
        IReadOnlyList<IReadOnlyList<string>> grid =
        [
            ["Område", "Mora 2021", "Leksand 2019", "Medel"],
            ["1 Samspel mellan förtroendevalda och medborgare", "55", "61", "58"],
            ["Effektivitet", "70", "64", "66,5"],
            ["Totalt", "480", "512", "497"],
        ];

        var means = ScoreWithReference.FromComparison(grid, Revision2020, block: 3).ToList();

        Assert.Equal([(1, 58.0), (4, 66.5), ((int?)null, 497.0)], means.Select(m => (m.Area, m.Reference.Value)));
    }

    [Fact]
    public void FromComparison_MeanRowBelowMunicipalities_MeanPerArea()
    {
        IReadOnlyList<IReadOnlyList<string>> grid =
        [
            ["Kommun", "Samhällsutveckling", "Styrning och kontroll", "Totalt"],
            ["Mora 2021", "60", "71", "480"],
            ["Genomsnitt", "57", "62", "500"],
        ];

        var means = ScoreWithReference.FromComparison(grid, Revision2020, block: 3).ToList();

        Assert.Equal([(2, 57.0), (3, 62.0), ((int?)null, 500.0)], means.Select(m => (m.Area, m.Reference.Value)));
    }

    [Fact]
    public void FromComparison_NoMeanColumnOrRow_Nothing()
    {
        IReadOnlyList<IReadOnlyList<string>> grid = [["Område", "Mora 2021", "Leksand 2019"], ["Effektivitet", "70", "64"]];

        Assert.Empty(ScoreWithReference.FromComparison(grid, Revision2020, block: 3));
    }
}

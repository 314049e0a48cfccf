using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing.FrontPage;

namespace Kommunkompassen.Ingest.Tests.Parsing.FrontPage;

public sealed class EvaluatorListTests
{
    /// <summary>The evaluator lines of the issue, each as "name|organisation" per person (organisation empty when none).</summary>
    public static TheoryData<string[], string[]> Lines => new()
    {
        { ["Utvärderare: Anna Lind, senior konsult (SKL), Bo Ek, SKL och Carl Ström, SKL"], ["Anna Lind|SKL", "Bo Ek|SKL", "Carl Ström|SKL"] },
        { ["Anna Lind, SKL och Bo Ek"], ["Anna Lind|SKL", "Bo Ek|"] },
        { ["Anna Lind, Bo Ek, Carl Ström, SKL"], ["Anna Lind|SKL", "Bo Ek|SKL", "Carl Ström|SKL"] },
        { ["Anna Lind", "Sveriges Kommuner och Landsting", "Bo Ek-Holm", "Orust kommun"], ["Anna Lind|Sveriges Kommuner och Landsting", "Bo Ek-Holm|Orust kommun"] },
        { ["Anna-Karin af Berg, Göteborgs stad", "Per Olsson, Sveriges Kommuner och Landsting"], ["Anna-Karin af Berg|Göteborgs stad", "Per Olsson|Sveriges Kommuner och Landsting"] },
        { ["Utvärderare:", "Anna Lind, SKL", "Bo Ek, Lerums kommun"], ["Anna Lind|SKL", "Bo Ek|Lerums kommun"] },
        { ["Utvärderare: Anna Lind och Bo Ek, SKL"], ["Anna Lind|SKL", "Bo Ek|SKL"] },
        { ["Utvärderingen genomfördes av Anna Lind (SKL) och Bo Ek (Lerums kommun)."], ["Anna Lind|SKL", "Bo Ek|Lerums kommun"] },
        { ["Anna Lind", "Senior konsult, SKL"], ["Anna Lind|SKL"] },
        { ["Utvärderare: Hans Berg, Kommunförbundet och Karin Ek, Landstingsförbundet"], ["Hans Berg|Kommunförbundet", "Karin Ek|Landstingsförbundet"] },
        { ["Mikael Ståhl, Svenska Kommunförbundet"], ["Mikael Ståhl|Svenska Kommunförbundet"] },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Read_EvaluatorLines_SplitsPeopleAndOrganisations(string[] lines, string[] expected)
    {
        var (evaluators, _, unsplit) = EvaluatorList.Read(lines, MunicipalityRegistry.Default);

        Assert.Equal(expected, evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
        Assert.Empty(unsplit);
    }

    [Theory]
    [InlineData("118 82 STOCKHOLM Besök: Hornsgatan 20 Tfn 08-452 70 00")]
    [InlineData("Sveriges Kommuner och Landsting")]
    [InlineData("Analys av Borås kommun september 2007")]
    [InlineData("Sektionen för Demokrati och styrning")]
    [InlineData("1. Vad är Kommunkompassen?")]
    public void Read_TitlePageLinesThatAreNoPeople_GiveNoEvaluator(string line)
    {
        var (evaluators, lines, _) = EvaluatorList.Read([line], MunicipalityRegistry.Default);

        Assert.Empty(evaluators);
        Assert.Empty(lines);
    }

    [Fact]
    public void Read_AnnouncedButUnreadable_IsReportedNotDropped()
    {
        var (evaluators, _, unsplit) = EvaluatorList.Read(["Utvärderare: se bilaga 3 för namn och roller"], MunicipalityRegistry.Default);

        Assert.Empty(evaluators);
        Assert.Equal(["Utvärderare: se bilaga 3 för namn och roller"], unsplit);
    }
}

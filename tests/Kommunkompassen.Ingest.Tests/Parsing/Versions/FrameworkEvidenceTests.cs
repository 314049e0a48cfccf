using Kommunkompassen.Ingest.Parsing.Versions;

namespace Kommunkompassen.Ingest.Tests.Parsing.Versions;

public sealed class FrameworkEvidenceTests
{
    public static TheoryData<string, int?> Statements => new()
    {
        { "Kommunkompassen reviderades år 2010 för att kunna fånga upp nya viktiga utvecklingstrender.", 2010 },
        { "Kommunkompassen togs fram 2002 och reviderades åren 2010 och 2016.", 2016 },
        { "Modellen har reviderats 2010, 2016 och 2020.", 2020 },
        { "Utvärderingen följer den reviderade versionen från 2020.", 2020 },
        { "Kommunkompassen reviderades senast 2031.", 2031 },
        { "Översiktsplanen reviderades 2014 och gäller till 2030.", null },
        { "Kommunkompassen användes första gången 2002.", null },
    };

    [Theory]
    [MemberData(nameof(Statements))]
    public void RevisionYear_SentenceAboutTheFrameworkOrNot_LatestRevisionOnlyWhenAboutTheFramework(string text, int? expected)
    {
        Assert.Equal(expected, FrameworkEvidence.RevisionYear(text));
    }
}

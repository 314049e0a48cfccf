using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class AreaHeadingsTests
{
    private static Framework Revised => FrameworkCatalog.Default.Find("2010")!;

    private static Framework Original => FrameworkCatalog.Default.Find("2002")!;

    [Theory]
    [InlineData("Område 3 Politisk styrning och kontroll", 3)]
    [InlineData("OMRÅDE 3 POLITISK STYRNING", 3)]
    [InlineData("Huvudområde 6: Kommunen som arbetsgivare", 6)]
    [InlineData("3. Politisk styrning och kontroll", 3)]
    [InlineData("3 Politisk styrning och kontroll", 3)]
    [InlineData("4.3 Ledarskap, ansvar och delegation", 4)]
    [InlineData("Ledarskap, ansvar och delegation", 4)]
    [InlineData("8. Kommun som samhällsbyggare", 8)]
    public void Match_AreaHeadingForms_GiveTheArea(string text, int area)
    {
        Assert.Equal(area, AreaHeadings.Match(text, Revised)?.Number);
    }

    [Theory]
    [InlineData("1 Vad är Kommunkompassen?")]
    [InlineData("3 Borås kommun i förhållande till Kommunkompassen: En sammanfattande genomgång")]
    [InlineData("4.1 Finns kommunövergripande strategi för ledarskap, ansvar och delegation?")]
    [InlineData("5 Poängsammanställning")]
    [InlineData("Kommunens resultat per område")]
    [InlineData("Område 9 Bilagor")]
    public void Match_OtherHeadings_ReturnNull(string text)
    {
        Assert.Null(AreaHeadings.Match(text, Revised));
    }

    [Fact]
    public void Match_TitleOfTheOtherFramework_UsesTheReportsFramework()
    {
        Assert.Equal(6, AreaHeadings.Match("6 Personalpolitik", Original)?.Number);
        Assert.Null(AreaHeadings.Match("6 Personalpolitik", Revised));
    }
}

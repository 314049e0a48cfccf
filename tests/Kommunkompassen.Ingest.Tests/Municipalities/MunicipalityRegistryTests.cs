using Kommunkompassen.Ingest.Municipalities;

namespace Kommunkompassen.Ingest.Tests.Municipalities;

public sealed class MunicipalityRegistryTests
{
    [Fact]
    public void Default_EmbeddedList_Has290MunicipalitiesWithFourDigitCodes()
    {
        Assert.Equal(290, MunicipalityRegistry.Default.All.Count);
        NonEmpty.All(MunicipalityRegistry.Default.All, m => Assert.Matches("^[0-9]{4}$", m.Code));
    }

    [Theory]
    [InlineData("Falun", "2080")]
    [InlineData("Falu kommun", "2080")]
    [InlineData("Marks kommun", "1463")]
    [InlineData("Mark", "1463")]
    [InlineData("Markaryd", "0767")]
    [InlineData("Göteborgs stad", "1480")]
    [InlineData("Stockholms stad", "0180")]
    [InlineData("Upplands Väsby", "0114")]
    [InlineData("Malung-Sälen", "2023")]
    [InlineData("ÅRE KOMMUN", "2321")]
    public void Find_NameAsReportsWriteIt_ResolvesCode(string text, string code)
    {
        Assert.Equal(code, MunicipalityRegistry.Default.Find(text)?.Code);
    }

    [Theory]
    [InlineData("Kommunkompassen")]
    [InlineData("Sveriges Kommuner och Landsting")]
    [InlineData("")]
    public void Find_NotAMunicipality_ReturnsNull(string text)
    {
        Assert.Null(MunicipalityRegistry.Default.Find(text));
    }
}

using Kommunkompassen.Ingest.Insights;

namespace Kommunkompassen.Ingest.Tests.Insights;

public sealed class CitingSentenceTests
{
    [Theory]
    [InlineData("Sådana kanaler finns även i Ljusdal.", true)]
    [InlineData("Likaså har Mjölby kortat väntetiderna.", true)]
    [InlineData("Ett gott exempel på detta är Torsby.", true)]
    [InlineData("Även Ljusdal har en medborgarpanel.", false)]
    [InlineData("Mjölby har en medborgarpanel med tusen deltagare.", false)]
    [InlineData("Skolan samarbetar med biblioteket kring läsning, och Torsby har ett liknande samarbete med föreningarna.", false)]
    [InlineData("Biblioteket läser för äldre; Mjölby gör detsamma.", false)]
    public void RefersBack_Sentence_OnlyWhenItsFirstClausePointsBack(string sentence, bool expected)
    {
        Assert.Equal(expected, CitingSentence.RefersBack(sentence));
    }
}

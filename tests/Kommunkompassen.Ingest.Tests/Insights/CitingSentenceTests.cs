using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;

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
    [InlineData("Torsby har lyckats bättre genom ett traineeprogram.", true)]
    [InlineData("Ljusdal har kommit betydligt längre.", true)]
    [InlineData("Torsby har lyckats bättre än grannkommunerna med rekryteringen.", false)]
    public void RefersBack_Sentence_OnlyWhenItsFirstClausePointsBack(string sentence, bool expected)
    {
        Assert.Equal(expected, CitingSentence.RefersBack(sentence));
    }

    [Theory]
    [InlineData("I Varberg finns ett förbättringsråd, och Enköping har inrättat en innovationssluss.", "Enköping", "och Enköping har inrättat en innovationssluss.")]
    [InlineData("I Varberg finns ett förbättringsråd, och Enköping har inrättat en innovationssluss.", "Varberg", "I Varberg finns ett förbättringsråd")]
    [InlineData("Kommunen har e-förslag, och Umeå har en liknande ordning.", "Umeå", "Kommunen har e-förslag, och Umeå har en liknande ordning.")]
    public void Of_CoordinatedStatements_EachMunicipalityByItsOwnUnlessItRefersBack(string sentence, string municipality, string expected)
    {
        var passages = new List<Passage> { new(7, "7.3", "Kommunen arbetar med utveckling. " + sentence, null) };
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 7, "7.3", sentence, null);

        Assert.Equal(expected, CitingSentence.Of(mention, passages));
    }

    [Fact]
    public void Of_ChainOfReferringSentences_FollowedBackToTheTopic()
    {
        const string text = "Telefontillgängligheten är låg. Kommunen kan här ta intryck av Örebro, som mäter svarstider. Likaså har Uppsala kortat dem.";
        var passages = new List<Passage> { new(2, "2.2", text, null) };
        var mention = new Mention(new MunicipalityRef("Uppsala", "0380"), 2, "2.2", "Likaså har Uppsala kortat dem.", null);

        Assert.Equal(text, CitingSentence.Of(mention, passages));
    }
}

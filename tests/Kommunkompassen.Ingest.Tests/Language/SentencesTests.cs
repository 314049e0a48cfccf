using Kommunkompassen.Ingest.Language;

namespace Kommunkompassen.Ingest.Tests.Language;

public sealed class SentencesTests
{
    [Fact]
    public void Of_Abbreviations_DoNotEndASentence()
    {
        Assert.Equal(
            ["Stödet ges bl.a. genom råd och t.ex. bidrag.", "Nästa mening."],
            Sentences.Of("Stödet ges bl.a. genom råd och t.ex. bidrag. Nästa mening."));
    }

    [Fact]
    public void Of_QuestionAndQuote_StartNewSentences()
    {
        Assert.Equal(
            ["Vem ansvarar?", "\"Alla\" svarade de.", "Slut"],
            Sentences.Of("Vem ansvarar? \"Alla\" svarade de. Slut"));
    }

    public static TheoryData<string, string[]> Texts => new()
    {
        { "", [] },
        { "  En mening utan punkt  ", ["En mening utan punkt"] },
        { "Slut.", ["Slut."] },
        { "Första.\n\nAndra!  Tredje?\t”Fjärde” sa hon.", ["Första.", "Andra!", "Tredje?", "”Fjärde” sa hon."] },
        { "Kl. 9 och nr. 4 finns. År 2010.", ["Kl. 9 och nr. 4 finns.", "År 2010."] },
        { "Detta gäller s. Ö sidan. Över.", ["Detta gäller s.", "Ö sidan.", "Över."] },
        { "Punkt. . Inget mer.", ["Punkt. .", "Inget mer."] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Of_Text_SplitsAtSentenceEndsBeforeCapitals(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences.Of(text));
    }
}

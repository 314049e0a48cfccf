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
}

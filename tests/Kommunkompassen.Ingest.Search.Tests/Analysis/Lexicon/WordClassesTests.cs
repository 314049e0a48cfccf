using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

public sealed class WordClassesTests
{
    private static readonly WordClasses Classes = new(SwedishLexicon.Default);

    [Theory]
    [InlineData("budget")]
    [InlineData("skola")]
    [InlineData("möte")]
    [InlineData("nämnd")]
    [InlineData("projekt")]
    [InlineData("idé")] // idén
    [InlineData("parti")] // partiet: a stressed final vowel takes -et
    [InlineData("bageri")] // bageriet
    [InlineData("trivsel")] // trivseln: an unstressed -el, -er or -en takes -n
    [InlineData("exempel")] // exemplet
    [InlineData("dator")] // datorn: a Latin noun in unstressed -or takes -n
    [InlineData("revisor")] // revisorn
    [InlineData("rektor")] // rektorn
    public void IsNoun_NounOfTheDictionary_True(string lemma)
    {
        Assert.True(Classes.IsNoun(lemma));
    }

    [Theory]
    [InlineData("planera")]
    [InlineData("välja")]
    [InlineData("fram")]
    [InlineData("trygg")]
    public void IsNoun_OtherWord_False(string lemma)
    {
        Assert.False(Classes.IsNoun(lemma));
    }

    [Theory]
    [InlineData("trygg")]
    [InlineData("ekonomisk")]
    [InlineData("individuell")]
    public void IsAdjective_AdjectiveOfTheDictionary_True(string lemma)
    {
        Assert.True(Classes.IsAdjective(lemma));
    }

    [Theory]
    [InlineData("planera")]
    [InlineData("möta")]
    [InlineData("styra")]
    public void IsVerb_VerbOfTheDictionary_True(string lemma)
    {
        Assert.True(Classes.IsVerb(lemma));
    }

    [Theory]
    [InlineData("kommun")]
    [InlineData("budget")]
    public void IsVerb_Noun_False(string lemma)
    {
        Assert.False(Classes.IsVerb(lemma));
    }

    [Theory]
    [InlineData("budgeten")]
    [InlineData("skolor")]
    [InlineData("ekonomiska")]
    [InlineData("äldreboende")]
    [InlineData("tvärsektoriella")] // a word the dictionary does not know names a thing as far as the search can tell
    [InlineData("möten")]
    [InlineData("idéer")]
    public void NamesThing_NounAdjectiveOrUnknown_True(string word)
    {
        Assert.True(Classes.NamesThing(word));
    }

    [Theory]
    [InlineData("planeras")]
    [InlineData("följs")]
    [InlineData("fram")]
    [InlineData("välja")] // a strong verb, its forms listed apart: no noun or adjective
    [InlineData("andra")] // "annan", and "andra" the ordinal, are no noun or adjective by their inflection
    [InlineData("tas")] // read as a form of "tum" (the -um/-a rule of "museum"), which has no definite form
    public void NamesThing_VerbFormOrParticle_False(string word)
    {
        Assert.False(Classes.NamesThing(word));
    }

    [Theory]
    [InlineData("jämför", true)]
    [InlineData("välja", true)] // a strong verb whose present and passive the dictionary lists apart ("väljer", "väljs")
    [InlineData("starta", true)]
    [InlineData("planeras", false)] // the passive
    [InlineData("följs", false)]
    [InlineData("budget", false)]
    [InlineData("kartlägger", true)] // a strong verb's present the dictionary lists as a word of its own
    [InlineData("säger", false)] // a light verb says too little to be what is asked
    [InlineData("gör", false)]
    [InlineData("hittar", false)] // "var hittar jag protokollen"
    public void IsActiveVerb_Word_TellsAnActiveVerbForm(string word, bool expected)
    {
        Assert.Equal(expected, Classes.IsActiveVerb(word));
    }
}

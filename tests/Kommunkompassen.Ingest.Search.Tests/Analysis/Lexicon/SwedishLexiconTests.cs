using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

public sealed class SwedishLexiconTests
{
    private static string Split(string word) => string.Join("|", SwedishLexicon.Default.Analyse(word).Parts.Select(p => p.Surface));

    [Theory]
    [InlineData("klagomålshantering", "klagomåls|hantering")] // not klago|måls|hantering
    [InlineData("kompetensförsörjningsplanen", "kompetens|försörjnings|planen")]
    [InlineData("nämndsordförande", "nämnds|ord|förande")]
    [InlineData("förskoleverksamheten", "förskole|verksamheten")]
    [InlineData("fallucka", "")] // a dictionary word that no split improves on
    [InlineData("beslutsfattande", "besluts|fattande")] // listed whole, and its last part not flagged to end a compound
    [InlineData("kommunerna", "")] // listed whole, no linking -s-: an inflection, not kommun|erna
    [InlineData("genomföra", "")] // nor genom|föra
    [InlineData("personalen", "")] // nor person|alen
    [InlineData("landstinget", "")] // a last part whose word has four letters is too short to trust (lands|tinget)
    [InlineData("lättillgänglig", "lätt|illgänglig")] // three t at the seam written as two: lätt|tillgänglig
    [InlineData("processtyrning", "process|tyrning")]
    [InlineData("handikappolitisk", "handikapp|olitisk")]
    public void Analyse_Compound_SplitsWhereTheDictionaryAllows(string word, string parts)
    {
        Assert.Equal(parts, Split(word));
    }

    [Theory]
    [InlineData("allmän", "allmän")] // listed as a word ("allmän/k") and as a compound's first part only ("allmän/XZ")
    [InlineData("synliga", "synlig")]
    [InlineData("sveriges", "sverige")]
    public void Analyse_WordListedAlsoAsACompoundOnlyForm_IsAWord(string word, string lemma)
    {
        Assert.Contains(lemma, SwedishLexicon.Default.Analyse(word).Lemmas);
    }

    [Theory]
    [InlineData("årshjul", "års|hjul")] // four letters after "år" and its linking -s-
    [InlineData("ortsråden", "orts|råden")] // three after a word of four, though sv_SE lets no compound end in "råd"
    [InlineData("medborgar", "")] // but not after a stop word ("med|borgar")
    public void Analyse_UnknownWordWithAShortHead_GuessedOnlyAfterAWord(string word, string parts)
    {
        Assert.Equal(parts, Split(word));
    }

    [Theory]
    [InlineData("medborgardialogen", "medborgare")]
    [InlineData("skolnämnden", "skola")]
    [InlineData("arbetsmiljön", "arbete")]
    [InlineData("lönepolitiken", "lön")] // the dictionary makes "löne" from the verb löna
    [InlineData("beslutsprocessen", "beslut")] // and "besluts" from besluta
    [InlineData("beslutsfattande", "beslut")]
    [InlineData("idrottsanläggningar", "idrott")] // "idrotts" an entry of its own: "idrott" cannot begin a compound
    public void Analyse_CompoundOnlyStem_GetsTheWordItStandsFor(string word, string firstLemma)
    {
        Assert.Contains(firstLemma, SwedishLexicon.Default.Analyse(word).Parts[0].Lemmas);
    }

    [Theory]
    [InlineData("kursplanen", "kur")] // "kurs" is a word with forms of its own, not a link of "kur"
    public void Analyse_CompoundWhosePartEndsInS_NotReadAsALinkWhereThePartIsAWord(string word, string notLemma)
    {
        Assert.DoesNotContain(notLemma, SwedishLexicon.Default.Analyse(word).Parts[0].Lemmas);
    }

    [Theory]
    [InlineData("fritidsnämnden", "fritids")] // its parts go on to fri|tids|nämnden
    [InlineData("klagomålshanteringssystemet", "klagomåls")]
    [InlineData("skolnämnden", "skol")]
    [InlineData("kommunen", "")]
    public void Analyse_Compound_ModifierIsTheFirstPartBeforePartsSplitAgain(string word, string modifier)
    {
        Assert.Equal(modifier, word[..SwedishLexicon.Default.Analyse(word).ModifierLength]);
    }

    [Fact]
    public void Analyse_WordWithDigitsOrTooLong_IsUnknown()
    {
        Assert.Same(WordAnalysis.Unknown, SwedishLexicon.Default.Analyse("2010-talet"));
        Assert.Same(WordAnalysis.Unknown, SwedishLexicon.Default.Analyse(new string('a', 60)));
    }

    [Theory]
    [InlineData("kartläggs", "kartlägga")] // sv_SE lists a strong verb's present and passive as words of their own
    [InlineData("kartlägger", "kartlägga")]
    [InlineData("handläggs", "handlägga")]
    [InlineData("order", "order")] // a noun: "ordern"
    [InlineData("inläggs", "inlägg")] // the genitive of a noun
    [InlineData("mans", "man")]
    public void Analyse_StrongVerbFormListedApart_HasTheVerbAsLemma(string word, string lemma)
    {
        Assert.Contains(lemma, SwedishLexicon.Default.Analyse(word).Lemmas);
    }

    [Theory]
    [InlineData("bostäder", "bostad")] // listed as a word of its own ("bostäder/AJY")
    [InlineData("bostäderna", "bostad")]
    [InlineData("ledamöterna", "ledamot")]
    [InlineData("fullmäktigeledamöter", "fullmäktigeledamot")]
    [InlineData("trygghetsbostäderna", "trygghetsbostad")] // a compound's head
    [InlineData("framtidsverkstäder", "framtidsverkstad")]
    [InlineData("tjänstemännen", "tjänsteman")]
    [InlineData("söner", "son")]
    [InlineData("bönder", "bonde")]
    public void Analyse_PluralListedApart_HasTheSingularAsLemma(string word, string lemma)
    {
        Assert.Equal([lemma], SwedishLexicon.Default.Analyse(word).Lemmas);
    }

    [Theory]
    [InlineData("lägger", "lag")] // a verb, no plural: no definite plural "läggerna"
    [InlineData("böcker", "bök")] // the plural of bok or of bök: neither is taken
    [InlineData("böcker", "bok")]
    [InlineData("gränder", "grand")]
    public void Analyse_NotAPluralOfOneNoun_NoSingularGuessed(string word, string notLemma)
    {
        Assert.DoesNotContain(notLemma, SwedishLexicon.Default.Analyse(word).Lemmas);
    }

    [Theory]
    [InlineData("inläggs", "inlägga")]
    [InlineData("mans", "mana")]
    [InlineData("order", "orda")]
    public void Analyse_NounFormEndingLikeAVerb_NotReadAsTheVerb(string word, string notLemma)
    {
        Assert.DoesNotContain(notLemma, SwedishLexicon.Default.Analyse(word).Lemmas);
    }

    [Theory]
    [InlineData("användarna", "användare", "använda")] // sv_SE derives the agent noun from the verb by a suffix rule
    [InlineData("forskaren", "forskare", "forska")]
    [InlineData("lärarna", "lärare", "lära")]
    [InlineData("politikerna", "politiker", null)] // the definite plural sv_SE leaves out of "politiker"
    public void Analyse_AgentNoun_HasItsOwnLemma(string word, string lemma, string? notLemma)
    {
        var lemmas = SwedishLexicon.Default.Analyse(word).Lemmas;

        Assert.Contains(lemma, lemmas);
        if (notLemma is not null)
        {
            Assert.DoesNotContain(notLemma, lemmas);
        }
    }

    [Theory]
    [InlineData("delårsrapport", "delårs|rapport")] // not del|årsrapport, though its last part is longer
    [InlineData("friidrottsstjärna", "friidrotts|stjärna")]
    [InlineData("äldreomsorgsnämnd", "äldreomsorgs|nämnd")] // the parts go on to äldre|omsorgs|nämnd
    [InlineData("kommunstyrelsen", "kommun|styrelsen")]
    public void Analyse_Compound_FirstSplitAvoidsAThreeLetterPart(string word, string top)
    {
        Assert.Equal(top, string.Join("|", SwedishLexicon.Default.Analyse(word).TopParts.Select(p => p.Surface)));
    }

    [Theory]
    [InlineData("arbetsmiljöarbetet", "arbetsmiljö|arbetet", "arbetsmiljö")] // not arbets|miljöarbetet: arbetsmiljö is a word
    [InlineData("kvalitetsutvecklingsarbete", "kvalitetsutvecklings|arbete", "kvalitetsutveckling")] // the head's first part ends in a linking -s-
    [InlineData("kommunstyrelseordförande", "kommunstyrelse|ordförande", "kommunstyrelse")]
    [InlineData("kompetensförsörjningsplan", "kompetensförsörjnings|plan", "kompetensförsörjning")] // three parts: the first two as one
    [InlineData("delårsrapport", "delårs|rapport", "delårs")] // two parts: as it was
    public void Analyse_CompoundOfACompound_ModifierAndHeadBranchToTheLeft(string word, string top, string modifierLemma)
    {
        var analysis = SwedishLexicon.Default.Analyse(word);

        Assert.Equal(top, string.Join("|", analysis.TopParts.Select(p => p.Surface)));
        Assert.Contains(modifierLemma, analysis.TopParts[0].Lemmas);
    }
}

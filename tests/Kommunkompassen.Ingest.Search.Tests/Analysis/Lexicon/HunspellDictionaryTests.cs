using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

/// <summary>A small dictionary of our own in the sv_SE format: suffix rules with conditions, continuation and compounding flags.</summary>
public sealed class HunspellDictionaryTests
{
    private const string Aff = """
        SET UTF-8
        COMPOUNDBEGIN X
        COMPOUNDMIDDLE U
        COMPOUNDEND Y
        ONLYINCOMPOUND Z
        COMPOUNDPERMITFLAG W
        FORBIDDENWORD %

        SFX D Y 2
        SFX D 0 en [^a]
        SFX D 0 ens [^a]

        SFX E Y 2
        SFX E a or a
        SFX E a orna a

        SFX v N 2
        SFX v a s/WXZ a
        SFX v 0 s/WXZ [^a]
        """;

    private const string Dic = """
        5
        båt/DvXY
        flicka/EvY
        hamn/DXY
        hamnfoo/%
        Tranås/X
        """;

    private static HunspellDictionary Read() => HunspellDictionary.Read(new StringReader(Aff), new StringReader(Dic));

    [Theory]
    [InlineData("båten", "båt")]
    [InlineData("båtens", "båt")]
    [InlineData("flickorna", "flicka")]
    [InlineData("tranås", "tranås")]
    public void Analyse_Form_GivesItsEntry(string form, string lemma)
    {
        Assert.Contains(Read().Analyse(form), f => f.Lemma == lemma && f.IsStandalone);
    }

    [Fact]
    public void Analyse_ConditionNotMet_GivesNothing()
    {
        // "en" is added only after a stem not ending in a: "flickaen" is no form.
        Assert.Empty(Read().Analyse("flickaen"));
    }

    [Fact]
    public void Analyse_LinkingForm_MayBeginACompoundButNotStandAlone()
    {
        var linking = Assert.Single(Read().Analyse("flicks"));

        Assert.Equal("flicka", linking.Lemma);
        Assert.True(linking.CanBegin);
        Assert.False(linking.IsStandalone);
    }

    [Fact]
    public void Analyse_SuffixedFormWithoutPermit_DoesNotBeginACompoundButEndsOne()
    {
        var definite = Assert.Single(Read().Analyse("hamnen"));

        Assert.False(definite.CanBegin);
        Assert.True(definite.CanEnd);
    }

    [Fact]
    public void Read_ForbiddenEntry_IsLeftOut()
    {
        Assert.False(Read().HasStem("hamnfoo"));
        Assert.True(Read().HasStem("hamn"));
    }

    private const string DerivingAff = """
        SET UTF-8

        SFX K Y 1
        SFX K 0 r a

        SFX T Y 9
        SFX T 0 re a
        SFX T 0 ren a
        SFX T 0 rens a
        SFX T 0 res a
        SFX T 0 rna a
        SFX T 0 rnas a
        SFX T 0 isk [^a]
        SFX T 0 iskt [^a]
        SFX T 0 iska [^a]

        SFX E Y 2
        SFX E 0 n [^m]
        SFX E 0 ns [^m]

        SFX H Y 3
        SFX H 0 er .
        SFX H 0 erna .
        SFX H 0 ernas .
        """;

    private const string DerivingDic = """
        4
        forska/KT
        turist/T
        politik/H
        politiker/E
        """;

    private static HunspellDictionary ReadDeriving() => HunspellDictionary.Read(new StringReader(DerivingAff), new StringReader(DerivingDic));

    [Theory]
    [InlineData("forskare", "forskare")]
    [InlineData("forskarna", "forskare")]
    [InlineData("forskarens", "forskare")]
    [InlineData("forskar", "forska")] // the verb's own form stays the verb's
    [InlineData("turistiskt", "turistisk")]
    public void Analyse_RulesMakingEveryFormOfANewWord_GiveThatWordAsLemma(string form, string lemma)
    {
        var found = Assert.Single(ReadDeriving().Analyse(form));

        Assert.Equal(lemma, found.Lemma);
    }

    [Theory]
    [InlineData("politikerna")]
    [InlineData("politikernas")]
    public void Analyse_DefinitePluralTheDictionaryLeftOut_IsAlsoAFormOfTheNounInEr(string form)
    {
        var lemmas = ReadDeriving().Analyse(form).Select(f => f.Lemma).ToList();

        Assert.Contains("politiker", lemmas);
        Assert.Contains("politik", lemmas); // the dictionary's own reading stays
    }

    [Fact]
    public void Analyse_DefinitePluralOfAWordWithoutDefiniteSingular_IsNotAdded()
    {
        // "turist" takes no -n, so "turisterna" is not read as a form of a noun "turister".
        Assert.Empty(ReadDeriving().Analyse("turisterna"));
    }
}

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
}

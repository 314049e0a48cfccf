using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

public sealed class DerivationsTests
{
    private static readonly Derivations Family = new(SwedishLexicon.Default);

    public static TheoryData<string, string> Kin => new()
    {
        { "trygghet", "trygg" },
        { "trygg", "trygghet" },
        { "delaktighet", "delaktig" },
        { "långsiktig", "långsiktighet" },
        { "effektivitet", "effektiv" },
        { "kommunikation", "kommunicera" },
        { "kommunicera", "kommunikation" },
        { "information", "informera" },
        { "integrera", "integration" },
        { "styrning", "styra" },
        { "styra", "styrning" },
        { "utveckling", "utveckla" },
        { "utveckla", "utveckling" },
        { "bedömning", "bedöma" },
        { "möte", "möta" },
        { "möta", "möte" },
        { "jämföra", "jämförelse" }, // -else, from the verb only
        { "uppleva", "upplevelse" },
        { "bemöta", "bemötande" }, // -ande, from the verb only
        { "webbsändning", "webbsända" }, // a compound whose verb the dictionary lists whole
        { "kompetensutveckling", "kompetensutveckla" },
        { "konkurrensprövning", "konkurrenspröva" }, // a compound verb the dictionary does not know, of a known word and a verb
        { "fack", "facklig" }, // a noun and its adjective in -lig, -isk or -ell, both ways
        { "facklig", "fack" },
        { "politik", "politisk" },
        { "politisk", "politik" },
        { "ekonomi", "ekonomisk" },
        { "ekonomisk", "ekonomi" },
        { "kultur", "kulturell" },
        { "kulturell", "kultur" },
        { "revision", "revisor" }, // a noun in -ion and its agent noun in -or, both ways
        { "revisor", "revision" },
        { "brukarrevision", "brukarrevisor" },
        { "regional", "region" }, // an adjective in -al and its noun
        { "kommunal", "kommun" }, // one way only: "kommun" stays alone
        { "belöning", "belöna" }, // -ing on a verb's stem ending in n, not -ning
        { "öppning", "öppna" },
        { "kartläggning", "kartlägga" },
        { "samordning", "samordnare" }, // a noun in -ning and its agent noun in -are
        { "handledning", "handledare" }, // also where the splitter reads both as compounds (hand|ledning, hand|ledare)
        { "arvode", "arvodera" }, // a noun and the verb in -era made of it, from the noun only
        { "rapport", "rapportera" },
        { "analys", "analysera" },
        { "kvinnlig", "kvinna" }, // an adjective in -lig of a noun in -a, both ways
        { "kvinna", "kvinnlig" },
    };

    [Theory]
    [MemberData(nameof(Kin))]
    public void Of_WordOfAFamily_GivesItsKin(string word, string kin)
    {
        Assert.Contains(kin, Family.Of(word));
    }

    [Theory]
    [InlineData("myndighet")] // an authority, not "myndig" (of age)
    [InlineData("verksamhet")]
    [InlineData("nyhet")] // stem too short
    [InlineData("kommun")] // a noun: "kommunitet" is no kin
    [InlineData("planera")] // "planation" is no word
    [InlineData("kvalitet")]
    [InlineData("sektor")] // "sektion" is another thing
    [InlineData("motion")]
    [InlineData("tidning")] // "tida" is no word
    [InlineData("lokal")] // local: not of the locomotive ("lok")
    [InlineData("jämförelse")] // the -else noun does not bring in its verb
    [InlineData("bemötande")] // nor the -ande noun
    [InlineData("rapportera")] // nor the -era verb its noun ("rapporterar" would bring in every "rapport"), save the -ation noun
    [InlineData("verksamhetsutveckling")] // a compound whose verb the dictionary does not list ("verksamhetsutveckla")
    public void Of_WordWithoutKinOrApart_GivesNothing(string word)
    {
        Assert.Empty(Family.Of(word));
    }

    [Fact]
    public void Of_AdjectiveInLigOfAVerbInA_NotThatVerb()
    {
        // "tydlig" (clear) is no kin of "tyda" (to interpret): only a noun in -a takes the -lig.
        Assert.DoesNotContain("tyda", Family.Of("tydlig"));
    }
}

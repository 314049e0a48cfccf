using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis;

public sealed class SwedishSearchAnalyzerTests
{
    internal static List<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToList();

    internal static List<(string Term, string Kind, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, string, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), type.Type, increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    private static string WordTerm(string text) => Assert.Single(Tokens(SwedishSearchAnalyzer.Default, text), t => t.Kind == TokenKinds.Word).Term;

    /// <summary>Forms a Swedish reader counts as one word: base, definite, plural, genitive.</summary>
    public static TheoryData<string, string> SameWord => new()
    {
        { "kommunstyrelsen", "kommunstyrelse" },
        { "kommunstyrelsens", "kommunstyrelse" },
        { "handlingsplanerna", "handlingsplan" },
        { "handlingsplaner", "handlingsplan" },
        { "museer", "museum" },
        { "nämnderna", "nämnd" },
        { "förvaltningarnas", "förvaltning" },
        { "medarbetarna", "medarbetare" },
        { "Värdegrunden", "värdegrund" },
        { "bostäderna", "bostad" },
        { "ledamöter", "ledamot" },
        { "tjänstemännen", "tjänsteman" },
        { "trygghetsbostäder", "trygghetsbostad" },
    };

    [Theory]
    [MemberData(nameof(SameWord))]
    public void Analyse_InflectedForm_GivesTheTermOfItsBaseForm(string form, string baseForm)
    {
        Assert.Equal(WordTerm(baseForm), WordTerm(form));
    }

    /// <summary>Compounds the lexicon has never seen whole, with the parts a reader sees in them.</summary>
    public static TheoryData<string, string[]> CompoundParts => new()
    {
        { "medborgardialogen", ["medborgare", "dialog"] },
        { "ledarskapsutbildningar", ["ledarskap", "utbildning"] },
        { "synpunktshanteringssystem", ["synpunkt", "hantering", "system"] },
        { "äldreomsorgsnämnden", ["äldre", "omsorg", "nämnd"] },
        { "kompetensförsörjningsplanen", ["kompetens", "försörjning", "plan"] },
    };

    [Theory]
    [MemberData(nameof(CompoundParts))]
    public void Analyse_Compound_GivesItsPartsAtItsOwnPosition(string compound, string[] parts)
    {
        var tokens = Tokens(SwedishSearchAnalyzer.Default, compound);

        Assert.Equal(TokenKinds.Word, tokens[0].Kind);
        NonEmpty.All(tokens.Skip(1), t => Assert.Equal(0, t.Increment));
        var partTerms = tokens.Where(t => t.Kind == TokenKinds.Part).Select(t => t.Term).ToList();
        NonEmpty.All(parts, p => Assert.Contains(WordTerm(p), partTerms));
    }

    [Fact]
    public void Analyse_ThreePartCompound_AlsoGivesTheInnerCompounds()
    {
        var inner = Tokens(SwedishSearchAnalyzer.Default, "synpunktshanteringssystemet").Where(t => t.Kind == TokenKinds.Inner).Select(t => t.Term);

        Assert.Contains(WordTerm("synpunktshantering"), inner);
        Assert.Contains(WordTerm("hanteringssystem"), inner);
    }

    public static TheoryData<string, string> IndexedAlsoAs => new()
    {
        { "synpunkts- och klagomålshantering", "synpunktshantering" },
        { "synpunkts- och klagomålshanteringssystem", "synpunktshanteringssystem" },
        { "kvalitets-/verksamhetsutveckling", "kvalitetsutveckling" },
        { "barn- och skolnämnden", "barnnämnd" },
        { "medborgar- och brukarundersökningar", "medborgarundersökning" },
        { "synpunktshanteringssystem", "synpunktshantering" },
        { "Falun-Borlänge", "borlänge" },
        { "E-postadresser", "e-post" },
        { "IT-stödsystemen", "it-stöd" },
        { "beställar-utförarmodellen", "beställare" }, // a piece that is no word alone: the first part of the compound it makes with the next
    };

    [Theory]
    [MemberData(nameof(IndexedAlsoAs))]
    public void Analyse_CoordinatedOrHyphenated_AlsoGivesTheWordSearchedFor(string text, string searched)
    {
        Assert.Contains(WordTerm(searched), Terms(SwedishSearchAnalyzer.Default, text));
    }

    [Theory]
    [InlineData("handling")]
    [InlineData("förslag")]
    [InlineData("medarbetare")]
    [InlineData("kommun")]
    public void Analyse_WordThatOnlyLooksLikeACompound_IsNotSplit(string word)
    {
        Assert.DoesNotContain(Tokens(SwedishSearchAnalyzer.Default, word), t => t.Kind == TokenKinds.Part);
    }

    [Theory]
    [InlineData("leanmetodiken", "lean", "metodik")]
    [InlineData("coachingsamtalen", "coaching", "samtal")]
    public void Analyse_UnknownWordBeforeAKnownHead_GivesGuessedPartsBesideTheWordItself(string word, string modifier, string head)
    {
        var tokens = Tokens(SwedishSearchAnalyzer.Default, word);

        Assert.Contains(tokens, t => t.Kind == TokenKinds.Word);
        Assert.Contains((modifier, TokenKinds.Guessed), tokens.Select(t => (t.Term, t.Kind)));
        Assert.Contains(tokens, t => t.Kind == TokenKinds.Guessed && t.Term.StartsWith(head[..^1], StringComparison.Ordinal));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKinds.Part);
    }

    [Theory]
    [InlineData("meröppet", "meröppna")] // unknown, before a known head: modifier and the head's lemma, "meröppen"
    [InlineData("meröppen", "meröppet")] // which the stemmer alone reads apart ("meröpp", "meröppet")
    [InlineData("leanmetodiken", "leanmetodik")]
    [InlineData("årshjulet", "årshjul")] // a head of four letters after a word of the dictionary and its linking -s-
    public void Analyse_FormsOfAnUnknownWordBeforeAKnownHead_Meet(string one, string other)
    {
        Assert.NotEmpty(Terms(SwedishSearchAnalyzer.Default, one).Where(t => !IsPart(one, t)).Intersect(Terms(SwedishSearchAnalyzer.Default, other)));

        static bool IsPart(string word, string term) => Tokens(SwedishSearchAnalyzer.Default, word).Any(x => x.Term == term && x.Kind != TokenKinds.Word);
    }

    [Theory]
    [InlineData("lokaler", "lokala")] // "lokal" is a noun (premises) and an adjective (local)
    [InlineData("lokalen", "lokalt")]
    public void Analyse_NounAndAdjectiveOfOneLemma_TheirFormsDoNotMeet(string noun, string adjective)
    {
        Assert.Empty(Terms(SwedishSearchAnalyzer.Default, noun).Intersect(Terms(SwedishSearchAnalyzer.Default, adjective)));
    }

    [Theory]
    [InlineData("lokal", "lokaler", "lokala")] // the base form may be either, and meets both
    [InlineData("lokalförsörjning", "lokaler", "lokala")] // so may a compound's part
    public void Analyse_BaseFormOfANounAndAdjective_MeetsTheFormsOfBoth(string either, string noun, string adjective)
    {
        var terms = Terms(SwedishSearchAnalyzer.Default, either);

        Assert.NotEmpty(terms.Intersect(Terms(SwedishSearchAnalyzer.Default, noun)));
        Assert.NotEmpty(terms.Intersect(Terms(SwedishSearchAnalyzer.Default, adjective)));
    }

    [Theory]
    [InlineData("synpunktshantrering")] // a misspelling: no known head ends it
    [InlineData("subtopia")]
    public void Analyse_UnknownWordWithoutAKnownHead_IsTheWordAlone(string word)
    {
        Assert.Single(Tokens(SwedishSearchAnalyzer.Default, word));
    }

    [Theory]
    [InlineData("företagsklimatet", "företag", "klimat")]
    [InlineData("samarbetsklimat", "samarbet", "klimat")]
    [InlineData("organisationskulturen", "organisation", "kultur")]
    public void Analyse_FigurativeCompound_KeepsItsHeadOutOfTheParts(string compound, string modifier, string head)
    {
        var parts = Tokens(SwedishSearchAnalyzer.Default, compound).Where(t => t.Kind == TokenKinds.Part).Select(t => t.Term).ToList();

        Assert.Contains(modifier, parts);
        Assert.DoesNotContain(head, parts);
    }

    [Fact]
    public void Analyse_LiteralCompoundOfAFigurativeHead_KeepsTheHead()
    {
        Assert.Contains(Tokens(SwedishSearchAnalyzer.Default, "barnkultur"), t => t.Kind == TokenKinds.Part && t.Term == "kultur");
        Assert.Contains(Tokens(SwedishSearchAnalyzer.Default, "klimatstrategi"), t => t.Kind == TokenKinds.Part && t.Term == "klimat");
    }

    [Theory]
    [InlineData("rekrytering", "rekrytera")]
    [InlineData("planeringen", "planerar")]
    [InlineData("beslut", "besluta")]
    public void Analyse_NounAndItsVerb_Meet(string noun, string verb)
    {
        Assert.Equal(WordTerm(noun), WordTerm(verb));
    }

    [Theory]
    [InlineData("tillgänglighet", "tillgänglig")]
    [InlineData("effektivitet", "effektiv")]
    public void Analyse_DerivedWord_StaysApartFromItsBase(string derived, string baseWord)
    {
        Assert.NotEqual(WordTerm(derived), WordTerm(baseWord));
    }

    [Fact]
    public void Analyse_SwedishLetters_StayDistinct()
    {
        var terms = Terms(SwedishSearchAnalyzer.Default, "för fór öra ära");

        Assert.DoesNotContain("for", terms);
        Assert.Contains("öra", terms);
        Assert.Contains("ära", terms);
    }

    [Fact]
    public void Analyse_StopWords_AreDropped()
    {
        var terms = Terms(SwedishSearchAnalyzer.Default, "kommunen och synpunktshantering");

        Assert.DoesNotContain("och", terms);
        Assert.Equal(WordTerm("kommun"), terms[0]);
    }

    [Fact]
    public void Analyse_UnknownWord_IsStemmedAsItIs()
    {
        Assert.Equal(WordTerm("blorptrixarna"), WordTerm("blorptrixar"));
    }
}

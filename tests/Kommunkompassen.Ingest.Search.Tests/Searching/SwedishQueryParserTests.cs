using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

public sealed class SwedishQueryParserTests
{
    private static readonly SynonymList NoThesaurus = new([], SwedishSearchAnalyzer.Default);

    private static SwedishQueryParser Parser(Func<Term, int>? documentFrequency = null, int documentCount = 0, PartMatching parts = PartMatching.NearAndAlone, SynonymList? synonyms = null) =>
        new(SwedishSearchAnalyzer.Default, synonyms ?? SynonymList.Default, QueryWeights.Default, parts, documentFrequency, documentCount);

    private static HashSet<string> Terms(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        return terms.Select(t => t.Text).ToHashSet();
    }

    [Fact]
    public void Parse_SeveralWords_AnyOfThem()
    {
        var query = Assert.IsType<BooleanQuery>(Parser().Parse("medborgardialog ungdomar"));

        NonEmpty.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
    }

    [Fact]
    public void Parse_PlusSigns_AllOfThem()
    {
        var query = Assert.IsType<BooleanQuery>(Parser().Parse("+medborgardialog +ungdomar"));

        NonEmpty.All(query.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    public static TheoryData<string, string> WordsWrittenAsACompound => new()
    {
        { "frivilliga organisationer", "frivilligorganisation" }, // an adjective and its noun
        { "skolans resultat", "skolresultat" },                   // a genitive, in the form that begins compounds
        { "information på webben", "webbinformation" },           // a stop word between: the other way round
        { "intern kommunikation", "internkommunikation" },
    };

    [Theory]
    [MemberData(nameof(WordsWrittenAsACompound))]
    public void Parse_TwoWordsSwedishWritesAsOne_AlsoFindTheCompound(string typed, string compound)
    {
        // Every term is "in the index": the lexicon alone decides which compound the words make.
        var query = Parser(_ => 1, 100, synonyms: NoThesaurus).Parse(typed);

        Assert.Contains(compound, Terms(query));
    }

    [Fact]
    public void Parse_TwoWordsWithoutAStopWordBetween_TheCompoundInTheOrderTyped()
    {
        var terms = Terms(Parser(_ => 1, 100, synonyms: NoThesaurus).Parse("miljö arbete"));
        string Term(string word) => Tests.Analysis.SwedishSearchAnalyzerTests.Terms(SwedishSearchAnalyzer.Default, word)[0];

        Assert.Contains(Term("miljöarbete"), terms);
        Assert.DoesNotContain(Term("arbetsmiljö"), terms);
    }

    [Fact]
    public void Parse_TwoWordsWhoseHeadHasAnEquivalent_AlsoFindTheCompoundOfTheEquivalent()
    {
        // "nya medarbetare": no "nymedarbetare", but medarbetare = anställd, and "nyanställd" is a word.
        var thesaurus = new SynonymList(["medarbetare, anställd"], SwedishSearchAnalyzer.Default);
        var terms = Terms(Parser(_ => 1, 100, synonyms: thesaurus).Parse("nya medarbetare"));
        var without = Terms(Parser(_ => 1, 100, synonyms: NoThesaurus).Parse("nya medarbetare"));
        var compound = Tests.Analysis.SwedishSearchAnalyzerTests.Terms(SwedishSearchAnalyzer.Default, "nyanställda")[0];

        Assert.Contains(compound, terms);
        Assert.DoesNotContain(compound, without);
    }

    [Theory]
    [InlineData("kultur och fritidsnämnd", "kulturnämnd", true)] // a coordination typed without its hyphen
    [InlineData("mål och resultatstyrning", "målstyrning", true)]
    [InlineData("kultur för fritidsnämnd", "kulturnämnd", false)] // no coordination
    [InlineData("hur följs nämndernas arbete upp", "uppföljning", true)] // a verb with its particle
    [InlineData("hur ställs budgeten in", "inställning", true)]
    [InlineData("följa nämndernas arbete med målen upp", "uppföljning", false)] // the particle too far on
    public void Parse_WordsThatSwedishAlsoWritesAsOneNoun_FindTheNounWhereTheyMakeIt(string typed, string noun, bool found)
    {
        var terms = Terms(Parser(_ => 1, 100).Parse(typed));

        Assert.Equal(found, terms.Contains(noun));
    }

    [Fact]
    public void Parse_TwoWordsWhoseCompoundNoTextHolds_NoCompoundClause()
    {
        var query = Parser(t => t.Text == "frivilligorganisation" ? 0 : 1, 100, synonyms: NoThesaurus).Parse("frivilliga organisationer");

        Assert.DoesNotContain("frivilligorganisation", Terms(query));
    }

    [Fact]
    public void Parse_Compound_WholeThenPartsNearThenPartsAloneWeakly()
    {
        // Without the thesaurus, which gives "ledarskapsutbildning" its equivalents beside the whole word.
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Parse("ledarskapsutbildning"));

        Assert.IsType<TermQuery>(query.Clauses[0].Query);
        NonEmpty.All(Assert.IsType<BooleanQuery>(query.Clauses[1].Query).Clauses, c => Assert.True(Assert.IsType<SpanNearQuery>(c.Query).IsInOrder));
        NonEmpty.All(query.Clauses.Skip(2), c => Assert.True(c.Query.Boost < 0.1f));
    }

    [Fact]
    public void Parse_CompoundOfACompound_PartsAloneAreItsFirstSplit()
    {
        // "äldreomsorgsnämnd" splits first as äldreomsorgs|nämnd, then äldre|omsorgs|nämnd: alone, "äldre" would find nearly anything.
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Parse("äldreomsorgsnämnd"));

        var alone = query.Clauses.Skip(2).Select(c => c.Query).OfType<TermQuery>().Select(q => q.Term.Text).ToList();
        Assert.Equal(["äldreomsorg", "nämnd"], alone);
    }

    [Fact]
    public void Parse_CompoundOfACompound_TwoOfItsFinestPartsFindATextWeakly()
    {
        // "beslutsstödssystem" splits first as beslutsstöds|system: a text with "beslutsystem" holds two of beslut, stöd, system.
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Parse("beslutsstödssystem"));

        var some = Assert.Single(query.Clauses.Skip(2).Select(c => c.Query).OfType<BooleanQuery>());
        Assert.Equal(2, some.MinimumNumberShouldMatch);
        Assert.Equal(["beslut", "stöd", "system"], some.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query).Term.Text));
        Assert.True(some.Boost < 0.2f);
    }

    [Fact]
    public void Parse_CompoundOfTwoParts_NoClauseForSomeOfItsParts()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Parse("ledarskapsutbildning"));

        Assert.DoesNotContain(query.Clauses.Skip(2), c => c.Query is BooleanQuery);
    }

    [Fact]
    public void Parse_CompoundOfACompound_FirstSplitsPartsNearInEitherOrder()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Parse("äldreomsorgsnämnd"));

        var near = Assert.IsType<BooleanQuery>(query.Clauses[1].Query).Clauses.Select(c => Assert.IsType<SpanNearQuery>(c.Query)).ToList();
        Assert.Contains(near, q => q.GetClauses().Length == 2 && q.ToString().Contains("äldreomsorg", StringComparison.Ordinal));
        Assert.Contains(near, q => q.GetClauses().Length == 3);
    }

    [Fact]
    public void Parse_CompoundWithoutSingleParts_HasNoSinglePartClauses()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(parts: PartMatching.Near).Parse("ledarskapsutbildning"));

        // The whole word, then its parts near each other (and with a part's equivalents near): no term of one part alone.
        Assert.All(query.Clauses.Skip(1), c => Assert.IsType<BooleanQuery>(c.Query));
        Assert.DoesNotContain(query.Clauses, c => c.Query is TermQuery { Term.Text: "ledarskap" or "utbildning" });
    }

    [Fact]
    public void Parse_CompoundWhosePartHasAnEquivalent_PartsNearWithTheEquivalentWeighedAsFamily()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(parts: PartMatching.Near).Parse("personalutbildning"));

        var kin = Assert.Single(query.Clauses, c => c.Query.ToString().Contains("medarbetar", StringComparison.Ordinal)).Query;
        Assert.Equal(QueryWeights.Default.Derived, kin.Boost);
        Assert.Contains("utbildning", kin.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CompoundWholeOnly_IsTheWholeCompound()
    {
        Assert.IsType<TermQuery>(Parser(parts: PartMatching.Whole, synonyms: NoThesaurus).Parse("ledarskapsutbildning"));
    }

    [Theory]
    [InlineData("närdemokrati", "demokrati")]
    [InlineData("ålborgåtagandena", "ålborg")]
    [InlineData("ålborgåtagandena", "åtagand")]
    [InlineData("mobilapp", "app")] // a noun of three letters ends it
    [InlineData("självfinansieringsgrad", "självfinansiering")] // a guessed piece with a linking -s, read as the word it is
    public void Parse_WordTheLexiconDoesNotSplit_PiecesOnlyAtThePiecesLevelAndWeakly(string typed, string piece)
    {
        var pieces = Assert.IsType<BooleanQuery>(Parser(parts: PartMatching.Pieces, synonyms: NoThesaurus).Parse(typed));

        Assert.DoesNotContain(piece, Terms(Parser(synonyms: NoThesaurus).Parse(typed)));
        var clause = Assert.Single(pieces.Clauses, c => c.Query is TermQuery { Term.Text: var t } && t == piece);
        Assert.Equal(QueryWeights.Default.Part, clause.Query.Boost);
    }

    [Theory]
    [InlineData("decentralisering")] // a derivation: "decentralis" is no word
    [InlineData("synpunktshantrering")] // a typo: the lexicon reads neither it nor a split of it
    [InlineData("demokrati")]
    public void Parse_WordWithoutDictionaryPieces_PiecesLevelAddsNothing(string typed)
    {
        Assert.Equal(
            Terms(Parser(parts: PartMatching.NearAndAlone, synonyms: NoThesaurus).Parse(typed)),
            Terms(Parser(parts: PartMatching.Pieces, synonyms: NoThesaurus).Parse(typed)));
    }

    [Fact]
    public void Parse_QuotedCompound_MatchesTheWordNotItsParts()
    {
        var terms = Terms(Parser().Parse("\"ledarskapsutbildningen\""));

        Assert.Single(terms);
    }

    [Fact]
    public void Parse_Synonym_AddedBelowTheWordTyped()
    {
        var query = Assert.IsType<DisjunctionMaxQuery>(Parser().Parse("anställda"));

        Assert.Contains(query.Disjuncts, d => d.Boost < 1f);
        Assert.Contains(query.Disjuncts, d => d.Boost == 1f);
    }

    [Fact]
    public void Parse_CommonWordBesideARareOne_OnlyAddsToTheRareOne()
    {
        // "kommunen" in every text, "bolag" in few: a text must hold "bolag".
        var common = Terms(Parser().Parse("kommunen")).Single();
        var query = Assert.IsType<BooleanQuery>(Parser(t => t.Text == common ? 900 : 10, 1000).Parse("kommunen bolag"));

        Assert.Equal(Occur.MUST, query.Clauses[0].Occur);
        Assert.DoesNotContain(common, Terms(query.Clauses[0].Query));
        Assert.Equal(Occur.SHOULD, query.Clauses[1].Occur);
    }

    [Fact]
    public void Parse_CommonNounBesideVerbsAndParticles_IsNotHeldBackAndTheyWeighLess()
    {
        // "lönen" in a tenth of the texts, "planeras" and "fram" in few: the noun is what the query is
        // about, so no text must hold the verb or the particle, and they weigh less than the noun.
        var common = Terms(Parser().Parse("lönen")).Single();
        var rare = Terms(Parser().Parse("planeras fram"));
        var parser = Parser(t => t.Text == common ? 100 : rare.Contains(t.Text) ? 10 : 0, 1000);
        var query = Assert.IsType<BooleanQuery>(parser.Parse("lönen planeras fram"));

        Assert.False(parser.HeldBackCommonWords);
        Assert.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        var noun = query.Clauses.Single(c => Terms(c.Query).Contains(common));
        Assert.All(query.Clauses.Where(c => c != noun), c => Assert.Equal(QueryWeights.Default.Doing, c.Query.Boost));
        Assert.Equal(1f, noun.Query.Boost);
    }

    [Fact]
    public void Parse_VerbBesideANounFoundNearlyEverywhere_WeighsAsTyped()
    {
        // "kommunen" in most texts: "jämför" says what the query is about.
        var generic = Terms(Parser().Parse("kommunen")).Single();
        var query = Assert.IsType<BooleanQuery>(Parser(t => t.Text == generic ? 600 : 10, 1000).Parse("jämför kommunen"));

        Assert.All(query.Clauses, c => Assert.Equal(1f, c.Query.Boost));
    }

    [Fact]
    public void Parse_VerbsAlone_WeighAsTyped()
    {
        var query = Assert.IsType<BooleanQuery>(Parser().Parse("planera styra"));

        Assert.All(query.Clauses, c => Assert.Equal(1f, c.Query.Boost));
    }

    [Fact]
    public void Parse_WordWithKin_KinSearchedBelowTheWord()
    {
        var query = Parser(synonyms: new SynonymList([], SwedishSearchAnalyzer.Default)).Parse("trygghet");

        var typed = Flatten(query).OfType<TermQuery>().Single(q => q.Term.Text == "trygghet");
        var kin = Flatten(query).OfType<TermQuery>().Single(q => q.Term.Text == "trygg");
        Assert.True(kin.Boost < typed.Boost, $"{kin.Boost} < {typed.Boost}");
        Assert.Equal(QueryWeights.Default.Derived, kin.Boost);
    }

    [Theory]
    [InlineData("e-förslag", "elektroniska förslag")]
    [InlineData("e-tjänster", "digitala tjänster")]
    public void Parse_EWord_AlsoFindsItSaidInFull(string typed, string inFull)
    {
        var phrase = Terms(Parser(synonyms: NoThesaurus).Parse($"\"{inFull}\""));

        Assert.Superset(phrase, Terms(Parser(synonyms: NoThesaurus).Parse(typed)));
    }

    [Theory]
    [InlineData("kulturutbudet", "kultur")] // "utbud": the offering of it
    [InlineData("klagomålshantering", "klagomål")]
    [InlineData("föreningslivet", "förening")]
    public void Parse_CompoundWithALightHead_ItsFirstPartAloneCountsAsItsPartsNear(string typed, string modifier)
    {
        // The modifier's own term (full weight), not its family's ("kulturell" for "kultur").
        var first = Flatten(Parser(synonyms: NoThesaurus).Parse(modifier)).OfType<TermQuery>().Where(q => q.Boost == 1f).Select(q => q.Term.Text).Where(t => t.StartsWith(modifier[..^1], StringComparison.Ordinal)).MaxBy(t => t.Length)!;
        var query = Parser(synonyms: NoThesaurus).Parse(typed);

        // Beside the weak single-part clause (0.05), the first part also stands as a clause of its own at full weight inside the parts-near group.
        Assert.Contains(Flatten(query).OfType<TermQuery>(), q => q.Term.Text == first && q.Boost == 1f);
    }

    [Fact]
    public void Parse_CompoundOfACompoundWithALightHead_ItsModifierCountsAndNotTheInnerParts()
    {
        var arbetsmiljo = Terms(Parser(synonyms: NoThesaurus).Parse("arbetsmiljö")).Single(t => t.StartsWith("arbetsmiljö", StringComparison.Ordinal));
        var miljo = Terms(Parser(synonyms: NoThesaurus).Parse("miljö")).Single();
        var query = Parser(synonyms: NoThesaurus).Parse("arbetsmiljöarbetet");

        // "arbetsmiljö" alone is one of the parts-near clauses (the head "arbete" says little); "miljö" is found only beside "arbete".
        Assert.Contains(Flatten(query).OfType<TermQuery>(), q => q.Term.Text == arbetsmiljo && q.Boost == 1f);
        Assert.DoesNotContain(Flatten(query).OfType<TermQuery>(), q => q.Term.Text == miljo);
    }

    [Fact]
    public void Parse_VerbTypedAsSpoken_ItsNounWeighsAsTheVerbAndStandsWithTheOtherWords()
    {
        var noun = Terms(Parser(synonyms: NoThesaurus).Parse("jämförelse")).Single();
        var parser = Parser(synonyms: NoThesaurus);
        var query = parser.Parse("jämför andra");

        var kin = Flatten(query).OfType<TermQuery>().Single(q => q.Term.Text == noun);
        Assert.Equal(QueryWeights.Default.Spoken, kin.Boost);
        Assert.Contains(noun, Terms(parser.Proximity()!));
    }

    [Fact]
    public void Parse_NounOfAVerb_DoesNotBringInTheVerb()
    {
        // The verb typed finds its noun too; its own term is the one the noun's query lacks.
        var verb = Terms(Parser(synonyms: NoThesaurus).Parse("jämföra")).Except(Terms(Parser(synonyms: NoThesaurus).Parse("jämförelse"))).Single();

        Assert.DoesNotContain(verb, Terms(Parser(synonyms: NoThesaurus).Parse("jämförelser")));
    }

    [Fact]
    public void Proximity_TwoWords_PhraseAndNearBonus_OneWord_None()
    {
        var two = Parser();
        two.Parse("gemensam värdegrund");
        var one = Parser();
        one.Parse("värdegrund");

        Assert.IsType<BooleanQuery>(two.Proximity());
        Assert.Null(one.Proximity());
    }

    [Fact]
    public void Proximity_ThreeWords_EachPairTypedTogetherAlsoCountsWeakly()
    {
        var three = Parser();
        three.Parse("kostnad per elev");
        var two = Parser();
        two.Parse("gemensam värdegrund");

        var phrases = Assert.IsType<BooleanQuery>(three.Proximity()).Clauses.Select(c => Assert.IsType<MultiPhraseQuery>(c.Query)).ToList();
        Assert.Equal([3, 3, 2, 2], phrases.Select(p => p.GetTermArrays().Count));
        Assert.All(phrases.Skip(2), p => Assert.True(p.Boost < 0.5f && p.Slop == 0));
        Assert.Equal(2, Assert.IsType<BooleanQuery>(two.Proximity()).Clauses.Count); // a pair is the whole phrase already
    }

    private static SynonymPhrase Read(string text) => SynonymList.Analyse(SwedishSearchAnalyzer.Default, text)!;

    private static IEnumerable<Query> Flatten(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.SelectMany(c => Flatten(c.Query)).Prepend(b),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(Flatten).Prepend(d),
        _ => [query],
    };

    [Fact]
    public void Parse_WordWithAPhraseSynonym_GivesThePhraseWithItsStopWordGap()
    {
        var phrase = Assert.Single(Flatten(Parser().Parse("socialtjänsten")).OfType<MultiPhraseQuery>(), q => Terms(q).Contains(Read("familjeomsorg").Term!));

        Assert.Equal([0, 2], phrase.GetPositions());
        Assert.Equal(QueryWeights.Default.Narrower, phrase.Boost);
    }

    public static TheoryData<string, string> TypedPhrases => new()
    {
        { "goda exempel", "förebild" },
        { "gott exempel", "best practice" },
        { "vatten och avlopp", "va" },
        { "kommunala bolag", "kommunägda bolag" },
        { "individ- och familjeomsorg", "ifo" },
        { "budget i balans", "ekonomi i balans" },
    };

    [Theory]
    [MemberData(nameof(TypedPhrases))]
    public void Parse_ThesaurusPhraseTypedAsWords_BringsInItsSynonyms(string typed, string synonym)
    {
        var terms = Terms(Parser().Parse(typed));

        NonEmpty.All(Read(synonym).Terms, alternatives => Assert.Contains(alternatives, terms.Contains));
    }

    [Theory]
    [InlineData("exempel goda")] // not in the phrase's order
    [InlineData("\"goda exempel\"")] // quoted: the words themselves
    [InlineData("+goda -exempel")] // different operators
    public void Parse_ThesaurusPhraseWordsNotAsThePhrase_NoSynonyms(string typed)
    {
        Assert.DoesNotContain(Read("förebild").Term!, Terms(Parser().Parse(typed)));
    }

    [Fact]
    public void Parse_ThesaurusPhraseAllOf_StaysOneRequiredClause()
    {
        var parser = Parser();
        parser.DefaultOperator = Lucene.Net.QueryParsers.Classic.Operator.AND;

        var query = Assert.IsType<BooleanQuery>(parser.Parse("goda exempel"));

        Assert.Equal(Occur.MUST, Assert.Single(query.Clauses).Occur);
    }

    [Fact]
    public void Parse_BroaderTerm_NarrowerTermsBelowEquivalents()
    {
        var query = Assert.IsType<DisjunctionMaxQuery>(Parser(parts: PartMatching.Whole).Parse("digitalisering"));
        float BoostOf(string word) => query.Disjuncts.OfType<TermQuery>().Single(q => q.Term.Text == Read(word).Term).Boost;

        Assert.Equal(QueryWeights.Default.Synonym, BoostOf("datorisering"));
        Assert.Equal(QueryWeights.Default.Narrower, BoostOf("e-tjänst"));
        Assert.True(QueryWeights.Default.Narrower < QueryWeights.Default.Synonym);
    }

    [Theory]
    [MemberData(nameof(Analysis.SynonymListTests.OneWayPairs), MemberType = typeof(Analysis.SynonymListTests))]
    public void Parse_NarrowerTerm_DoesNotBringInTheBroaderOne(string broader, string narrower)
    {
        Assert.Contains(Read(narrower).Terms[0][0], Terms(Parser().Parse(broader)));
        Assert.DoesNotContain(Read(broader).Term!, Terms(Parser(parts: PartMatching.Whole).Parse(narrower)));
    }

    [Fact]
    public void Parse_SynonymRarerThanTheWordTyped_WeighedDownToTheWordsIdf()
    {
        var typed = Read("årsredovisning").Term!;
        var rare = Read("bokslut").Term!;
        float Boost(int typedCount, int synonymCount) =>
            Assert.IsType<DisjunctionMaxQuery>(Parser(t => t.Text == typed ? typedCount : t.Text == rare ? synonymCount : 1, 1000, PartMatching.Whole).Parse("årsredovisning"))
                .Disjuncts.OfType<TermQuery>().Single(q => q.Term.Text == rare).Boost;

        Assert.True(Boost(100, 2) < QueryWeights.Default.Synonym);
        Assert.Equal(QueryWeights.Default.Synonym, Boost(2, 100));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("*:*")]
    public void Read_StarAlone_EveryText(string query)
    {
        Assert.IsType<MatchAllDocsQuery>(Parser().Read(query));
    }

    [Fact]
    public void Read_OnlyExcludedWords_EveryTextWithoutThem()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(synonyms: NoThesaurus).Read("NOT kommun -lön"));

        Assert.Equal([Occur.MUST, Occur.MUST_NOT, Occur.MUST_NOT], query.Clauses.Select(c => c.Occur));
        Assert.IsType<MatchAllDocsQuery>(query.Clauses[0].Query);
        Assert.Equal(["kommun", "lön"], query.Clauses.Skip(1).Select(c => Assert.IsType<TermQuery>(c.Query).Term.Text));
    }

    [Fact]
    public void Read_LeadingWildcard_ABoundedWildcard()
    {
        var query = Assert.IsType<WildcardQuery>(Parser().Read("*tion"));

        Assert.Equal("*tion", query.Term.Text);
        Assert.IsType<FrequentTermsRewrite>(query.MultiTermRewriteMethod);
    }

    [Fact]
    public void Read_SlashBetweenWords_EachWordMatches()
    {
        var query = Parser(synonyms: NoThesaurus).Read("kvalitets-/verksamhetsutveckling");

        Assert.Contains("kvalitetsutveckling", Terms(query));
        Assert.Contains("verksamhetsutveckling", Terms(query));
    }

    [Fact]
    public void Read_HundredWords_AllowedAndTheNextRefused()
    {
        var hundred = string.Join(' ', Enumerable.Repeat("styrning", 100));

        Assert.NotNull(Parser().Read(hundred));
        Assert.Equal(
            "the query has more than 100 words, the most a query may have: keep the words that say what to look for",
            Assert.Throws<QueryException>(() => Parser().Read(hundred + " ledning")).Message);
    }
}

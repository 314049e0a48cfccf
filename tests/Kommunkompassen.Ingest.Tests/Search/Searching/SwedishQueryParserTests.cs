using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Kommunkompassen.Ingest.Tests.Search.Searching;

public sealed class SwedishQueryParserTests
{
    private static SwedishQueryParser Parser(Func<Term, int>? documentFrequency = null, int documentCount = 0, PartMatching parts = PartMatching.NearAndAlone) =>
        new(SwedishSearchAnalyzer.Default, SynonymList.Default, QueryWeights.Default, parts, documentFrequency, documentCount);

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

        Assert.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
    }

    [Fact]
    public void Parse_PlusSigns_AllOfThem()
    {
        var query = Assert.IsType<BooleanQuery>(Parser().Parse("+medborgardialog +ungdomar"));

        Assert.All(query.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    [Fact]
    public void Parse_Compound_WholeThenPartsNearThenPartsAloneWeakly()
    {
        var query = Assert.IsType<BooleanQuery>(Parser().Parse("ledarskapsutbildning"));

        Assert.IsType<TermQuery>(query.Clauses[0].Query);
        Assert.All(Assert.IsType<BooleanQuery>(query.Clauses[1].Query).Clauses, c => Assert.True(Assert.IsType<SpanNearQuery>(c.Query).IsInOrder));
        Assert.All(query.Clauses.Skip(2), c => Assert.True(c.Query.Boost < 0.1f));
    }

    [Fact]
    public void Parse_CompoundWithoutSingleParts_HasNoSinglePartClauses()
    {
        var query = Assert.IsType<BooleanQuery>(Parser(parts: PartMatching.Near).Parse("ledarskapsutbildning"));

        Assert.Equal(2, query.Clauses.Count);
    }

    [Fact]
    public void Parse_CompoundWholeOnly_IsTheWholeCompound()
    {
        Assert.IsType<TermQuery>(Parser(parts: PartMatching.Whole).Parse("ledarskapsutbildning"));
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
    public void Proximity_TwoWords_PhraseAndNearBonus_OneWord_None()
    {
        var two = Parser();
        two.Parse("gemensam värdegrund");
        var one = Parser();
        one.Parse("värdegrund");

        Assert.IsType<BooleanQuery>(two.Proximity());
        Assert.Null(one.Proximity());
    }
}

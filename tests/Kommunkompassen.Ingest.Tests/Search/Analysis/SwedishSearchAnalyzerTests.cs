using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Tests.Search.Analysis;

public sealed class SwedishSearchAnalyzerTests
{
    internal static List<string> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public static TheoryData<string, string> IndexedAlsoAs => new()
    {
        { "synpunkts- och klagomålshantering", "synpunktshantering" },
        { "synpunkts- och klagomålshanteringssystem", "synpunktshanteringssystem" },
        { "kvalitets-/verksamhetsutveckling", "kvalitetsutveckling" },
        { "barn- och skolnämnden", "barnnämnd" },
        { "medborgar- och brukarundersökningar", "medborgarundersökning" },
        { "synpunktshanteringssystem", "synpunktshantering" },
        { "synpunktshanteringen", "synpunktshantering" },
        { "ledarutvecklingsprogram", "ledarutveckling" },
        { "Falun-Borlänge", "borläng" },
    };

    [Theory]
    [MemberData(nameof(IndexedAlsoAs))]
    public void Index_CompoundForms_AlsoIndexTheSearchedWord(string text, string expected)
    {
        Assert.Contains(expected, Terms(SwedishSearchAnalyzer.Index, text));
    }

    [Theory]
    [InlineData("synpunktshantering", "synpunktshantering")]
    [InlineData("medarbetarsamtalen", "medarbetarsamtal")]
    [InlineData("Värdegrunden", "värdegrund")]
    public void Query_Word_StemsWithoutSplitting(string query, string expected)
    {
        Assert.Equal([expected], Terms(SwedishSearchAnalyzer.Query, query));
    }

    [Fact]
    public void Index_SwedishLetters_StayDistinct()
    {
        var terms = Terms(SwedishSearchAnalyzer.Index, "för fór öra ära");

        Assert.DoesNotContain("for", terms);
        Assert.Contains("öra", terms);
        Assert.Contains("ära", terms);
    }

    [Fact]
    public void Index_StopWords_AreDropped()
    {
        var terms = Terms(SwedishSearchAnalyzer.Query, "kommunen och synpunktshantering");

        Assert.Equal(["kommun", "synpunktshantering"], terms);
    }

    [Fact]
    public void Index_ShortListedModifier_IsNotASubword()
    {
        // "barn" is in the word list as a modifier but shorter than the minimum subword size.
        Assert.DoesNotContain("barn", Terms(SwedishSearchAnalyzer.Index, "barnomsorgen"));
    }

    [Fact]
    public void Query_ListedSynonym_AddsItAtTheSamePosition()
    {
        Assert.Equal(["e-tjänst", "e-servic"], Terms(SwedishSearchAnalyzer.Query, "e-tjänster"));
    }
}

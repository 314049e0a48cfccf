using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis;

public sealed class CoordinatedCompoundFilterTests
{
    /// <summary>The tokenizer, lower-casing and the filter alone.</summary>
    private sealed class FilterOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new SwedishWordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new CoordinatedCompoundFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer), CoordinatedCompoundFilter.HeadFromLexicon(SwedishLexicon.Default), CoordinatedCompoundFilter.WordFromLexicon(SwedishLexicon.Default)));
        }
    }

    private static List<(string Term, int Increment, int Start, int End)> Tokens(string text)
    {
        using var analyzer = new FilterOnly();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<(string, int, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    [Fact]
    public void IncrementToken_WordsAroundTwoCoordinations_PassUntouchedAndBothExpand()
    {
        var text = "Ett system för synpunkts- och klagomålshantering finns i barn- och skolnämnden.";

        Assert.Equal(
            [
                ("ett", 1, 0, 3), ("system", 1, 4, 10), ("för", 1, 11, 14),
                ("synpunkts", 1, 15, 25), ("synpunktshantering", 0, 15, 48), ("och", 1, 26, 29), ("klagomålshantering", 1, 30, 48),
                ("finns", 1, 49, 54), ("i", 1, 55, 56),
                ("barn", 1, 57, 62), ("barnnämnden", 0, 57, 78), ("och", 1, 63, 66), ("skolnämnden", 1, 67, 78),
            ],
            Tokens(text));
    }

    [Fact]
    public void IncrementToken_ChainOfConjuncts_EachGetsTheHead()
    {
        var terms = Tokens("barn-, ungdoms- och utbildningsnämnden").Select(t => t.Term);

        Assert.Equal(["barn", "barnnämnden", "ungdoms", "ungdomsnämnden", "och", "utbildningsnämnden"], terms);
    }

    [Theory]
    [InlineData("kultur- och fritidsnämnden", "kulturnämnden")] // first; "fritid" splits again, so "kulturtidsnämnden" follows
    [InlineData("barn- och ungdomsförvaltningen", "barnförvaltningen")] // first, before "barndomsförvaltningen"
    [InlineData("vård- och omsorgsförvaltningen", "vårdförvaltningen")]
    public void IncrementToken_LastConjunctWithAPartThatSplitsAgain_FirstHeadIsAfterTheWholeFirstPart(string text, string completed)
    {
        Assert.Equal(completed, Tokens(text)[1].Term);
    }

    [Theory]
    [InlineData("över- och underskott", "överskott")] // "underskott" is a word of the dictionary, its first part a particle
    [InlineData("in- och utflyttning", "inflyttning")]
    [InlineData("upp- och nedgångar", "uppgångar")]
    [InlineData("verksamhets- och it-utveckling", "verksamhetsutveckling")] // a hyphenated last conjunct the lexicon does not read
    public void IncrementToken_LastConjunctTheLexiconDoesNotSplit_HeadIsItsLongestEndingThatMakesAWord(string text, string completed)
    {
        Assert.Equal(completed, Tokens(text)[1].Term);
    }

    [Fact]
    public void IncrementToken_NoEndingMakesAWordWithTheFirstConjunct_FirstConjunctStandsAlone()
    {
        var terms = Tokens("xq- och underskott").Select(t => t.Term);

        Assert.Equal(["xq", "och", "underskott"], terms);
    }

    [Fact]
    public void IncrementToken_FirstPartOfTheLastConjunctSplitsAgain_ItsInnerHeadToo()
    {
        var terms = Tokens("hälso- och sjukvårdsnämnden").Select(t => t.Term);

        Assert.Equal(["hälso", "hälsonämnden", "hälsovårdsnämnden", "och", "sjukvårdsnämnden"], terms);
    }

    [Fact]
    public void IncrementToken_LastConjunctOfThreeParts_BothHeadsAtTheFirstConjunctsPosition()
    {
        var tokens = Tokens("miljö- och samhällsbyggnadsförvaltningen");

        Assert.Equal(
            [("miljö", 1, 0, 6), ("miljöbyggnadsförvaltningen", 0, 0, 40), ("miljöförvaltningen", 0, 0, 40), ("och", 1, 7, 10), ("samhällsbyggnadsförvaltningen", 1, 11, 40)],
            tokens);
    }

    [Fact]
    public void IncrementToken_LoneHyphen_IsDropped()
    {
        Assert.Equal(["planen", "mål"], Tokens("planen - mål").Select(t => t.Term));
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Swedish analysis for the archive: words with hyphens kept, lower-casing (å, ä, ö stay
/// themselves), coordinated compounds expanded, Swedish stop words removed, compounds split
/// into the listed words they contain (index side only), light Swedish stemming.
/// <see cref="Index"/> analyses documents, <see cref="Query"/> analyses queries: the query side
/// does not decompound, so "synpunktshantering" matches the word itself and every compound that
/// contains it, not every text about "hantering". The query side also adds the curated
/// synonyms of Analysis/swedish-synonyms.txt ("delegering" finds "delegation").
/// </summary>
public sealed class SwedishSearchAnalyzer : Analyzer
{
    /// <summary>Shortest subword taken out of a compound; keeps over-splitting in check.</summary>
    public const int MinSubwordSize = 5;

    private readonly bool decompound;
    private readonly CharArraySet words;

    public SwedishSearchAnalyzer(bool decompound, CharArraySet words)
    {
        this.decompound = decompound;
        this.words = words;
    }

    public static SwedishSearchAnalyzer Index { get; } = new(decompound: true, WordList.Default);

    public static SwedishSearchAnalyzer Query { get; } = new(decompound: false, WordList.Default);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SwedishWordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new CoordinatedCompoundFilter(stream, words);
        if (decompound)
        {
            stream = new HyphenPartsFilter(stream);
        }
        else
        {
            stream = new SynonymFilter(stream, SynonymList.Default, ignoreCase: true);
        }

        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SwedishAnalyzer.DefaultStopSet);
        if (decompound)
        {
            stream = new DictionaryCompoundWordTokenFilter(LuceneVersion.LUCENE_48, stream, words, minWordSize: 8, minSubwordSize: MinSubwordSize, maxSubwordSize: 30, onlyLongestMatch: false);
        }

        stream = new SwedishLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

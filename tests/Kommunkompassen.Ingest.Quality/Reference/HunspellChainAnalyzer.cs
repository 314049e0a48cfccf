using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Hunspell;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Quality.Reference;

/// <summary>
/// A plain Lucene chain over the same Hunspell sv_SE lexicon, to measure the application's
/// analysis against what Lucene gives out of the box (the issue compares with "the best Lucene
/// chain we could make with the Hunspell lexicon"): standard tokenizer, lower case, Swedish stop
/// words, Lucene's <see cref="DictionaryCompoundWordTokenFilter"/> over the dictionary's words of
/// four letters or more, Lucene's <see cref="HunspellStemFilter"/> (longest stem), then Snowball, the
/// same on the index and the query side. Of the variants measured (query side split or not,
/// Snowball after Hunspell or not, all stems or the longest) this scored best on the held-out
/// queries. Not used by the application.
/// </summary>
internal sealed class HunspellChainAnalyzer : Analyzer
{
    private readonly Dictionary dictionary;
    private readonly CharArraySet? words;

    private HunspellChainAnalyzer(Dictionary dictionary, CharArraySet? words)
    {
        this.dictionary = dictionary;
        this.words = words;
    }

    /// <summary>The index and the query side (the same chain), sharing one dictionary.</summary>
    public static (HunspellChainAnalyzer Index, HunspellChainAnalyzer Query) Create(string affPath, string dicPath)
    {
        Dictionary dictionary;
        using (var aff = File.OpenRead(affPath))
        using (var dic = File.OpenRead(dicPath))
        {
            dictionary = new Dictionary(aff, dic);
        }

        // The dictionary's own words of four letters or more: the parts a compound may be split into.
        var words = new CharArraySet(LuceneVersion.LUCENE_48, 200_000, ignoreCase: true);
        foreach (var line in File.ReadLines(dicPath).Skip(1))
        {
            var word = line.Split('/', 2)[0].Trim();
            if (word.Length >= 4 && word.All(char.IsLetter))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return (new HunspellChainAnalyzer(dictionary, words), new HunspellChainAnalyzer(dictionary, words));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SwedishAnalyzer.DefaultStopSet);
        if (words is not null)
        {
            stream = new DictionaryCompoundWordTokenFilter(LuceneVersion.LUCENE_48, stream, words, minWordSize: 6, minSubwordSize: 4, maxSubwordSize: 20, onlyLongestMatch: true);
        }

        stream = new SetKeywordMarkerFilter(stream, CharArraySet.Empty);
        stream = new HunspellStemFilter(stream, dictionary, dedup: true, longestOnly: true);
        stream = new SnowballFilter(stream, new SwedishStemmer());

        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

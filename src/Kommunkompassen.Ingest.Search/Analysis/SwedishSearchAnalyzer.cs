using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Swedish analysis for the archive, the same on the index and the query side:
/// words with hyphens kept; lower-casing (å, ä, ö stay themselves); coordinated compounds
/// completed ("synpunkts- och klagomålshantering" also gives "synpunktshantering"); Swedish stop
/// words out; each word replaced by its lemmas and, for a compound, its parts and inner
/// compounds from the Hunspell sv_SE lexicon (<see cref="LexiconFilter"/>, token types in
/// <see cref="TokenKinds"/>); then Snowball's Swedish stemmer for the words the lexicon does not
/// know (they still meet their inflected forms, "-arna" included), while lemmas only lose a
/// final vowel (<see cref="LemmaStemFilter"/>): Snowball's or the light stemmer's stripping of
/// -het and -lig would join words a reader keeps apart ("tillgänglighet", "tillgänglig").
/// Measured in the README, "Search quality". Immutable and thread-safe; the
/// lexicon is read on first use.
/// </summary>
public sealed class SwedishSearchAnalyzer : Analyzer
{
    /// <summary>Names this analysis in the index it writes; change it when the terms it makes change, and indexes are rebuilt.</summary>
    public const string Version = "sv-hunspell-20";

    private readonly Func<SwedishLexicon> lexicon;

    public SwedishSearchAnalyzer(Func<SwedishLexicon> lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>The lexicon the analysis reads words with (read on first use).</summary>
    public SwedishLexicon Lexicon => lexicon();

    /// <summary>The analysis with the embedded lexicon.</summary>
    public static SwedishSearchAnalyzer Default { get; } = new(() => SwedishLexicon.Default);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var words = lexicon();
        var tokenizer = new SwedishWordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new CoordinatedCompoundFilter(stream, CoordinatedCompoundFilter.HeadFromLexicon(words), CoordinatedCompoundFilter.WordFromLexicon(words));
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, SwedishAnalyzer.DefaultStopSet);
        stream = new LexiconFilter(stream, words);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        stream = new LemmaStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}

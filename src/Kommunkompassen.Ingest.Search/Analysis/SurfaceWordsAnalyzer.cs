using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>Words as written, lower-cased and nothing more: the vocabulary suggestions are drawn from.</summary>
public sealed class SurfaceWordsAnalyzer : Analyzer
{
    public static SurfaceWordsAnalyzer Default { get; } = new();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SwedishWordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }
}

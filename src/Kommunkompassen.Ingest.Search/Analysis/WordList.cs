using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>The embedded Swedish word list (Analysis/swedish-words.txt) as a Lucene set, loaded once.</summary>
public static class WordList
{
    private static readonly Lazy<CharArraySet> Words = new(() =>
        new CharArraySet(LuceneVersion.LUCENE_48, EmbeddedLines.Read("swedish-words.txt").ToList(), ignoreCase: true).AsReadOnly());

    public static CharArraySet Default => Words.Value;
}

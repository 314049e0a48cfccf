using System.Reflection;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>The embedded Swedish word list (Analysis/swedish-words.txt) as a Lucene set, loaded once.</summary>
public static class WordList
{
    private static readonly Lazy<CharArraySet> Words = new(Load);

    public static CharArraySet Default => Words.Value;

    private static CharArraySet Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("swedish-words.txt")
            ?? throw new InvalidOperationException("embedded swedish-words.txt missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word);
            }
        }

        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: true).AsReadOnly();
    }
}

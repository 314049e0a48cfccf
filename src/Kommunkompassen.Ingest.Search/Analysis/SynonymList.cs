using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>The embedded query-side synonym groups (Analysis/swedish-synonyms.txt) as a Lucene synonym map.</summary>
public static class SynonymList
{
    private static readonly Lazy<SynonymMap> Map = new(Load);

    public static SynonymMap Default => Map.Value;

    private static SynonymMap Load()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in EmbeddedLines.Read("swedish-synonyms.txt"))
        {
            var words = group.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var a in words)
            {
                foreach (var b in words.Where(b => b != a))
                {
                    builder.Add(new CharsRef(a), new CharsRef(b), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }
}

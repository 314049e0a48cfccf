using System.Reflection;
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
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("swedish-synonyms.txt")
            ?? throw new InvalidOperationException("embedded swedish-synonyms.txt missing");
        using var reader = new StreamReader(stream);
        var builder = new SynonymMap.Builder(dedup: true);
        while (reader.ReadLine() is { } line)
        {
            var group = line.Trim();
            if (group.Length == 0 || group.StartsWith('#'))
            {
                continue;
            }

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

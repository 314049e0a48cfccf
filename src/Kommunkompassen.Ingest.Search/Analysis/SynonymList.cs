using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// The embedded query-side synonym groups (Analysis/swedish-synonyms.txt) as analysed terms:
/// for a term of the analysis, the terms of the other words of its groups. Built once per
/// analyzer, on first use; thread-safe.
/// </summary>
public sealed class SynonymList
{
    private static readonly Lazy<SynonymList> Embedded = new(() => new SynonymList(EmbeddedLines.Read("swedish-synonyms.txt"), SwedishSearchAnalyzer.Default));

    private readonly Dictionary<string, string[]> others = new(StringComparer.Ordinal);

    /// <param name="groups">One group a line, comma-separated words.</param>
    /// <param name="analyzer">The analysis the terms are looked up in.</param>
    public SynonymList(IEnumerable<string> groups, Analyzer analyzer)
    {
        foreach (var group in groups)
        {
            var terms = group.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(w => WholeTerm(analyzer, w))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            foreach (var t in terms)
            {
                var more = terms.Where(o => o != t);
                others[t] = others.TryGetValue(t, out var known) ? [.. known.Union(more)] : [.. more];
            }
        }
    }

    public static SynonymList Default => Embedded.Value;

    /// <summary>The synonyms of an analysed term (empty when it has none).</summary>
    public IReadOnlyList<string> Of(string term) => others.TryGetValue(term, out var found) ? found : [];

    /// <summary>The first whole-word term the analysis gives a word.</summary>
    private static string? WholeTerm(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream("text", word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        string? found = null;
        while (found is null && stream.IncrementToken())
        {
            if (type.Type == TokenKinds.Word)
            {
                found = term.ToString();
            }
        }

        while (stream.IncrementToken())
        {
        }

        stream.End();
        return found;
    }
}

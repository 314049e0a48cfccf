using System.Reflection;
using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Quality.Legacy;

// The search analysis before the Hunspell lexicon (until issue 12), kept unchanged apart from
// names so the quality benchmark can measure the new analysis against it in the same run:
// a word list curated from the sample reports, Lucene's DictionaryCompoundWordTokenFilter on the
// index side, SwedishLightStemFilter. Not used by the application.

/// <summary>
/// Swedish analysis for the archive: words with hyphens kept, lower-casing (å, ä, ö stay
/// themselves), coordinated compounds expanded, Swedish stop words removed, compounds split
/// into the listed words they contain (index side only), light Swedish stemming.
/// <see cref="Index"/> analyses documents, <see cref="Query"/> analyses queries: the query side
/// does not decompound, so "synpunktshantering" matches the word itself and every compound that
/// contains it, not every text about "hantering". The query side also adds the curated
/// synonyms of Analysis/swedish-synonyms.txt ("delegering" finds "delegation").
/// </summary>
public sealed class LegacySearchAnalyzer : Analyzer
{
    /// <summary>Shortest subword taken out of a compound; keeps over-splitting in check.</summary>
    public const int MinSubwordSize = 5;

    private readonly bool decompound;
    private readonly CharArraySet words;

    public LegacySearchAnalyzer(bool decompound, CharArraySet words)
    {
        this.decompound = decompound;
        this.words = words;
    }

    public static LegacySearchAnalyzer Index { get; } = new(decompound: true, LegacyWords.Default);

    public static LegacySearchAnalyzer Query { get; } = new(decompound: false, LegacyWords.Default);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SwedishWordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
        stream = new CoordinatedCompoundFilter(stream, w => LegacyHeads.SplitHead(w, words));
        if (decompound)
        {
            stream = new LegacyHyphenPartsFilter(stream);
        }
        else
        {
            stream = new SynonymFilter(stream, LegacyWords.Synonyms, ignoreCase: true);
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

/// <summary>
/// How the legacy analysis found the head of a coordination's last conjunct, with the word
/// list: after its shortest listed prefix (and a linking s), else before its longest listed
/// suffix. Used with the application's CoordinatedCompoundFilter.
/// </summary>
public static class LegacyHeads
{
    /// <summary>"klagomålshantering" → "hantering"; "skolnämnden" → "nämnden"; null when no split is known.</summary>
    internal static string? SplitHead(string compound, CharArraySet words)
    {
        var chars = compound.ToCharArray();
        for (var i = 3; i <= compound.Length - 3; i++)
        {
            if (!words.Contains(chars, 0, i))
            {
                continue;
            }

            var rest = compound[i..];
            if (rest.Length > 3 && rest[0] == 's' && StartsWithWord(rest[1..], words))
            {
                return rest[1..];
            }

            return rest;
        }

        for (var i = 1; i <= compound.Length - 4; i++)
        {
            if (words.Contains(chars, i, chars.Length - i))
            {
                return compound[i..];
            }
        }

        return null;
    }

    private static bool StartsWithWord(string text, CharArraySet words)
    {
        var chars = text.ToCharArray();
        for (var len = 3; len <= text.Length; len++)
        {
            if (words.Contains(chars, 0, len))
            {
                return true;
            }
        }

        return false;
    }
}


/// <summary>
/// For a hyphenated word ("sundsvall-timrå", "it-stöd") also emits its parts at the same
/// position, so a search for either part finds it. Index side only: the query keeps the
/// hyphenated word whole.
/// </summary>
public sealed class LegacyHyphenPartsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly Queue<string> parts = new();
    private State? current;

    public LegacyHyphenPartsFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (parts.Count > 0 && current is not null)
        {
            RestoreState(current);
            term.SetEmpty().Append(parts.Dequeue());
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = term.ToString();
        if (text.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in text.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2))
            {
                parts.Enqueue(part);
            }

            current = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        parts.Clear();
        current = null;
    }
}

/// <summary>The legacy word list and synonym groups (embedded), loaded once.</summary>
public static class LegacyWords
{
    private static readonly Lazy<CharArraySet> Words = new(() =>
        new CharArraySet(LuceneVersion.LUCENE_48, Lines("legacy-swedish-words.txt"), ignoreCase: true).AsReadOnly());

    private static readonly Lazy<SynonymMap> Map = new(() =>
    {
        var builder = new SynonymMap.Builder(dedup: true);
        string[][] groups = [["delegering", "delegation"], ["e-tjänster", "e-service"], ["e-tjänst", "e-service"]];
        foreach (var words in groups)
        {
            foreach (var a in words)
            {
                foreach (var b in words.Where(b => b != a))
                {
                    builder.Add(new CharsRef(a), new CharsRef(b), includeOrig: true);
                }
            }
        }

        return builder.Build();
    });

    public static CharArraySet Default => Words.Value;

    public static SynonymMap Synonyms => Map.Value;

    private static List<string> Lines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded {name} missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                lines.Add(text);
            }
        }

        return lines;
    }
}

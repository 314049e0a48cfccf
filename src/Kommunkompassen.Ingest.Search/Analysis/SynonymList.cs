using System.Security.Cryptography;
using System.Text;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// One line of the thesaurus as written: equivalents ("a, b, c": <see cref="To"/> empty, each
/// finds the others) or a one-way entry ("a, b => c, d": <see cref="From"/> finds <see cref="To"/>).
/// Each item is a word or several words (a phrase).
/// </summary>
/// <param name="Line">The line's number in its file (1-based), for messages.</param>
public sealed record SynonymEntry(int Line, IReadOnlyList<string> From, IReadOnlyList<string> To)
{
    /// <summary>"a, b => c": the left side finds the right, not the reverse.</summary>
    public bool OneWay => To.Count > 0;

    /// <summary>Every word or phrase of the line.</summary>
    public IEnumerable<string> Items => From.Concat(To);
}

/// <summary>
/// A word or phrase of the thesaurus as the analysis reads it: the whole-word terms at each of
/// its positions (a compound's parts left out, stop words leaving gaps as in the index).
/// </summary>
/// <param name="Text">As written in the thesaurus.</param>
/// <param name="Positions">Each position's offset from the first (stop words leave gaps: "individ- och familjeomsorg" is 0 and 2).</param>
/// <param name="Terms">Each position's alternative terms; a single word has one position and one term, its first lemma.</param>
public sealed record SynonymPhrase(string Text, IReadOnlyList<int> Positions, IReadOnlyList<IReadOnlyList<string>> Terms)
{
    /// <summary>Several words, searched as a phrase.</summary>
    public bool IsPhrase => Terms.Count > 1;

    /// <summary>The term of a single word (null for a phrase).</summary>
    public string? Term => IsPhrase ? null : Terms[0][0];

    /// <summary>Identity of what is searched: the same terms at the same positions.</summary>
    internal string Key => string.Join(' ', Positions.Zip(Terms, (p, t) => $"{p}:{string.Join('|', t)}"));
}

/// <summary>A word or phrase another one also finds, and how: as an equivalent, or one way as a narrower term.</summary>
public sealed record Synonym(SynonymPhrase Phrase, bool Narrower);

/// <summary>
/// The embedded municipal thesaurus (Analysis/swedish-synonyms.txt, its format described at
/// its top) as analysed terms: for a word typed, the words and phrases it also finds; for a
/// phrase typed as words, the same. Lookups are by the analysis's terms (lemmas), so any form of
/// a word finds its entries. An entry's single word stands for its first whole-word term (the
/// lexicon's first lemma: "politiker", not also "politik"); a phrase keeps every alternative at
/// each position, its neighbours tell them apart. Built once per analyzer, on first use;
/// immutable and thread-safe. Reading its ~800 words and phrases through the lexicon takes about
/// half a second, so the embedded thesaurus keeps what the analysis made of them in a cache file
/// beside the lexicon's (<see cref="SwedishLexicon.CacheFolder"/>), named by a hash of the
/// thesaurus, the analysis version and this assembly's build; later processes read it in tens
/// of milliseconds.
/// </summary>
public sealed class SynonymList
{
    /// <summary>Separates a one-way entry's sides.</summary>
    public const string OneWayMark = "=>";

    /// <summary>Version of the cache file's format.</summary>
    private const int CacheFormat = 1;

    private static readonly Lazy<SynonymList> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, SynonymPhrase?> analysed;

    private readonly Lazy<SynonymList> equivalents;
    private readonly Dictionary<string, Synonym[]> ofWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SynonymPhrase Phrase, Synonym[] Synonyms)[]> ofPhrase = new(StringComparer.Ordinal);

    /// <param name="lines">Thesaurus lines (format at the top of swedish-synonyms.txt); blank and '#' lines are skipped.</param>
    /// <param name="analyzer">The analysis the words are read with (the index's).</param>
    /// <exception cref="FormatException">A line is not an entry (an empty side, two "=>").</exception>
    public SynonymList(IEnumerable<string> lines, Analyzer analyzer)
        : this(Parse(lines), analyzer, null)
    {
    }

    /// <param name="entries">The thesaurus's lines.</param>
    /// <param name="analyzer">The analysis the words are read with.</param>
    /// <param name="before">What the analysis made of the words and phrases before (from the cache), if anything.</param>
    private SynonymList(IReadOnlyList<SynonymEntry> entries, Analyzer analyzer, Dictionary<string, SynonymPhrase?>? before)
    {
        Entries = entries;
        analysed = before is null ? new(StringComparer.Ordinal) : new(before, StringComparer.Ordinal);
        equivalents = new(() => Entries.Any(e => e.OneWay) ? new SynonymList([.. Entries.Where(e => !e.OneWay)], analyzer, analysed) : this);
        var found = new Dictionary<string, (SynonymPhrase Phrase, Dictionary<string, Synonym> Synonyms)>(StringComparer.Ordinal);
        SynonymPhrase? Read(string item)
        {
            if (!analysed.TryGetValue(item, out var phrase))
            {
                phrase = Analyse(analyzer, item);
                analysed[item] = phrase;
            }

            return phrase;
        }

        foreach (var entry in Entries)
        {
            var from = entry.From.Select(Read).OfType<SynonymPhrase>().ToList();
            var to = entry.OneWay ? entry.To.Select(Read).OfType<SynonymPhrase>().ToList() : from;
            foreach (var source in from)
            {
                if (!found.TryGetValue(source.Key, out var known))
                {
                    known = (source, new Dictionary<string, Synonym>(StringComparer.Ordinal));
                    found[source.Key] = known;
                }

                foreach (var target in to.Where(t => t.Key != source.Key))
                {
                    // An equivalent outweighs the same words as a narrower term.
                    if (!known.Synonyms.TryGetValue(target.Key, out var was) || (was.Narrower && !entry.OneWay))
                    {
                        known.Synonyms[target.Key] = new Synonym(target, entry.OneWay);
                    }
                }
            }
        }

        var multi = new Dictionary<string, List<(SynonymPhrase, Synonym[])>>(StringComparer.Ordinal);
        foreach (var (source, synonyms) in found.Values.Where(f => f.Synonyms.Count > 0))
        {
            var list = synonyms.Values.ToArray();
            if (source.Term is { } term)
            {
                ofWord[term] = list;
                continue;
            }

            foreach (var first in source.Terms[0])
            {
                if (!multi.TryGetValue(first, out var starting))
                {
                    starting = [];
                    multi[first] = starting;
                }

                starting.Add((source, list));
            }
        }

        foreach (var (first, starting) in multi)
        {
            // Longest first: "kommunens kvalitet i korthet" before any shorter phrase it starts with.
            ofPhrase[first] = [.. starting.OrderByDescending(s => s.Item1.Terms.Count)];
        }
    }

    /// <summary>The name of the embedded thesaurus.</summary>
    public const string ResourceName = "swedish-synonyms.txt";

    /// <summary>The embedded thesaurus with the index's analysis.</summary>
    public static SynonymList Default => Embedded.Value;

    /// <summary>Whether <see cref="Default"/> has been read already.</summary>
    internal static bool DefaultIsRead => Embedded.IsValueCreated;

    /// <summary>
    /// The equivalents only, without the one-way entries: what a word means, not what falls
    /// under it. For yes/no judgements such as <see cref="Searching.TopicMatcher"/>, where a
    /// narrower term cannot be weighed below the word.
    /// </summary>
    public SynonymList Equivalents => equivalents.Value;

    /// <summary>What the analysis made of each word and phrase (null: nothing left).</summary>
    internal IReadOnlyDictionary<string, SynonymPhrase?> Analysed => analysed;

    /// <summary>The thesaurus's lines as written.</summary>
    public IReadOnlyList<SynonymEntry> Entries { get; }

    /// <summary>What a word typed also finds, by its analysed term (empty when nothing).</summary>
    public IReadOnlyList<Synonym> Of(string term) => ofWord.TryGetValue(term, out var found) ? found : [];

    /// <summary>
    /// The phrases of the thesaurus whose first word has <paramref name="term"/> among its terms,
    /// longest first, each with what it also finds.
    /// </summary>
    public IReadOnlyList<(SynonymPhrase Phrase, Synonym[] Synonyms)> PhrasesStartingWith(string term) =>
        ofPhrase.TryGetValue(term, out var found) ? found : [];

    /// <summary>The embedded thesaurus with the index's analysis, its analysed words from the cache file when there is one.</summary>
    private static SynonymList LoadEmbedded()
    {
        var lines = EmbeddedLines.Read(ResourceName).ToList();
        var entries = Parse(lines);
        var build = typeof(SynonymList).Assembly.ManifestModule.ModuleVersionId;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{string.Join('\n', lines)}\n{SwedishSearchAnalyzer.Version}\n{build}")))[..16];
        var file = Path.Combine(SwedishLexicon.CacheFolder, $"thesaurus-{hash}-v{CacheFormat}.txt");
        var cached = TryReadCache(file);
        var list = new SynonymList(entries, SwedishSearchAnalyzer.Default, cached);
        if (cached is null)
        {
            TryWriteCache(list.analysed, file);
        }

        return list;
    }

    /// <summary>
    /// The cache file: a line per word or phrase, "text", a tab, then its positions as
    /// "offset:term|term" separated by spaces (nothing for one the analysis leaves empty).
    /// </summary>
    internal static Dictionary<string, SynonymPhrase?>? TryReadCache(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var known = new Dictionary<string, SynonymPhrase?>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file, Encoding.UTF8))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    return null;
                }

                var positions = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':', 2)).ToList();
                if (positions.Any(p => p.Length != 2 || !int.TryParse(p[0], out _)))
                {
                    return null;
                }

                known[line[..tab]] = positions.Count == 0
                    ? null
                    : new SynonymPhrase(line[..tab], [.. positions.Select(p => int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture))], [.. positions.Select(p => (IReadOnlyList<string>)p[1].Split('|'))]);
            }

            return known;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static void TryWriteCache(IReadOnlyDictionary<string, SynonymPhrase?> analysed, string file)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temp = file + "." + Environment.ProcessId + ".tmp";
            File.WriteAllLines(temp, analysed.Select(a => $"{a.Key}\t{a.Value?.Key}"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No cache: the next process reads the thesaurus through the analysis again.
        }
    }

    /// <summary>Reads thesaurus lines into entries; blank lines and comments ('#' at the start, or after a blank) are skipped.</summary>
    /// <exception cref="FormatException">A line is not an entry.</exception>
    public static IReadOnlyList<SynonymEntry> Parse(IEnumerable<string> lines)
    {
        var entries = new List<SynonymEntry>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            var comment = line.StartsWith('#') ? 0 : line.IndexOf(" #", StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment].Trim();
            }

            if (line.Length == 0)
            {
                continue;
            }

            var sides = line.Split(OneWayMark);
            if (sides.Length > 2)
            {
                throw new FormatException($"synonym line {number}: more than one '{OneWayMark}': {raw}");
            }

            var from = Items(sides[0]);
            var to = sides.Length == 2 ? Items(sides[1]) : [];
            if (from.Count == 0 || (sides.Length == 2 && to.Count == 0))
            {
                throw new FormatException($"synonym line {number}: a side without words: {raw}");
            }

            if (sides.Length == 1 && from.Count < 2)
            {
                throw new FormatException($"synonym line {number}: a single word has no synonym: {raw}");
            }

            entries.Add(new SynonymEntry(number, from, to));
        }

        return entries;

        static List<string> Items(string side) =>
            [.. side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(i => string.Join(' ', i.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }

    /// <summary>
    /// A word or phrase as the analysis reads it: each position's whole-word terms (a single
    /// word keeps its first); null when nothing is left (stop words only).
    /// </summary>
    public static SynonymPhrase? Analyse(Analyzer analyzer, string text)
    {
        var positions = new List<int>();
        var terms = new List<List<string>>();
        using (var stream = analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (type.Type != TokenKinds.Word)
                {
                    continue;
                }

                if (positions.Count == 0 || positions[^1] != position)
                {
                    positions.Add(position);
                    terms.Add([]);
                }

                var t = term.ToString();
                if (!terms[^1].Contains(t))
                {
                    terms[^1].Add(t);
                }
            }

            stream.End();
        }

        if (terms.Count == 0)
        {
            return null;
        }

        var first = positions[0];
        return terms.Count == 1
            ? new SynonymPhrase(text, [0], [[terms[0][0]]])
            : new SynonymPhrase(text, [.. positions.Select(p => p - first)], [.. terms]);
    }
}

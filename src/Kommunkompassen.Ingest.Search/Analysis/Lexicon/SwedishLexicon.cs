using System.Collections.Concurrent;
using System.Reflection;
using Lucene.Net.Analysis.Sv;

namespace Kommunkompassen.Ingest.Search.Analysis.Lexicon;

/// <summary>Limits of the compound splitter.</summary>
/// <param name="MinPartLength">Shortest part taken out of a compound ("ek", "ö" are left alone).</param>
/// <param name="MaxParts">Most parts one compound splits into.</param>
/// <param name="MinCompoundLength">Shortest word tried as a compound.</param>
/// <param name="MaxWordLength">Longest word analysed at all; longer tokens (codes, run-together text) pass as they are.</param>
/// <param name="CacheSize">Most words whose analysis is kept; an archive's vocabulary is far smaller.</param>
/// <param name="MinLexicalisedLength">Shortest word the dictionary lists whole that is still tried as a compound ("beslutsfattande").</param>
/// <param name="MinLexicalisedPart">Such a word splits only where its first part has more letters than this before its linking -s-, and its last part's word more.</param>
public sealed record LexiconOptions(
    int MinPartLength = 3,
    int MaxParts = 4,
    int MinCompoundLength = 6,
    int MaxWordLength = 48,
    int CacheSize = 400_000,
    int MinLexicalisedLength = 9,
    int MinLexicalisedPart = 4,
    int MinGuessedModifier = 3,
    int MinGuessedHead = 5)
{
    public static LexiconOptions Default { get; } = new();
}

/// <summary>
/// A part of a compound: the letters as written (with any linking -s-), the lemmas it can have,
/// and whether it is a stem found only in compounds ("klago-", "skol-") rather than a form of a word.
/// A part may also be guessed: the letters before a known head of a word the dictionary does not
/// know ("lean" of "leanmetodik"), its lemma the letters themselves.
public sealed record CompoundPart(string Surface, IReadOnlyList<string> Lemmas, bool Bound = false, bool Guessed = false);

/// <summary>
/// What the lexicon knows of a word: its lemmas (empty when the word is unknown), and where it
/// is a compound, its parts and the inner compounds of neighbouring parts
/// ("synpunktshanteringssystem": parts synpunkt, hantering, system; inner synpunktshantering,
/// hanteringssystem).
/// </summary>
public sealed record WordAnalysis(IReadOnlyList<string> Lemmas, IReadOnlyList<CompoundPart> Parts, IReadOnlyList<string> Inner)
{
    public static WordAnalysis Unknown { get; } = new([], [], []);

    public bool IsCompound => Parts.Count >= 2;

    /// <summary>Whether the word is unknown to the dictionary and only read as a compound of letters before a known head.</summary>
    public bool IsGuessed => Parts.Any(p => p.Guessed);

    /// <summary>
    /// The letters of the compound's first part as the word splits before its parts are split in
    /// turn ("fritids" of "fritidsnämnden", "ungdoms" of "ungdomsförvaltningen", where
    /// <see cref="Parts"/> may go on to "fri|tids", "ung|doms"): what a coordinated first conjunct
    /// stands in for ("kultur- och fritidsnämnden" is kulturnämnden). 0 when it is no compound.
    /// </summary>
    public int ModifierLength { get; init; }

    /// <summary>
    /// Where the last part of that first split starts, when it has three parts or more
    /// ("förvaltningen" of "samhälls|byggnads|förvaltningen"); else the same as <see cref="ModifierLength"/>.
    /// </summary>
    public int LastPartStart { get; init; }

    /// <summary>
    /// The compound's first split, before its parts are split in turn ("delårs|rapport", where
    /// <see cref="Parts"/> goes on to "del|års|rapport"), read as a modifier and a head where the
    /// parts allow it ("kvalitetsutveckling|arbete"); empty when it is no compound.
    /// </summary>
    public IReadOnlyList<CompoundPart> TopParts { get; init; } = [];
}

/// <summary>
/// Swedish words read with the Hunspell sv_SE dictionary (Analysis/Lexicon/hunspell-sv,
/// LGPL-3): lemmas of inflected forms ("nämnderna" → nämnd, "museer" → museum), and compounds
/// split into dictionary parts with the dictionary's own compounding flags: a first part must
/// be allowed to begin a compound (including linking forms such as "synpunkts", "medborgar") or
/// to stand inside one (a compound of compounds may open with such a form: "nämnds|ordförande"),
/// the last to end one (with any inflection), parts in between to stand inside one. Among the
/// splits the one with the fewest parts wins, then the one with the longest last part, and a
/// part that is a compound itself is split in turn; parts that are function words ("för|slag", "med|arbetare") are not taken. Loaded once, lazily;
/// thread-safe; analyses are cached.
/// </summary>
public sealed class SwedishLexicon
{
    private static readonly Lazy<SwedishLexicon> Embedded = new(() => new SwedishLexicon(ReadEmbedded(), LexiconOptions.Default));

    private readonly HunspellDictionary dictionary;
    private readonly LexiconOptions options;
    private readonly ConcurrentDictionary<string, WordAnalysis> cache = new(StringComparer.Ordinal);

    public SwedishLexicon(HunspellDictionary dictionary, LexiconOptions options)
    {
        this.dictionary = dictionary;
        this.options = options;
    }

    /// <summary>Where the compact form of the dictionary's entries is kept between processes (the system's temporary folder).</summary>
    public static string CacheFolder { get; } = Path.Combine(Path.GetTempPath(), "kommunkompassen-lexicon");

    /// <summary>The lexicon of the embedded sv_SE dictionary, read on first use.</summary>
    public static SwedishLexicon Default => Embedded.Value;

    public HunspellDictionary Dictionary => dictionary;

    /// <summary>What the lexicon knows of a lower-case word.</summary>
    public WordAnalysis Analyse(string word)
    {
        if (word.Length < 2 || word.Length > options.MaxWordLength || !word.All(char.IsLetter))
        {
            return WordAnalysis.Unknown;
        }

        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var analysis = Compute(word);
        if (cache.Count < options.CacheSize)
        {
            cache.TryAdd(word, analysis);
        }

        return analysis;
    }

    /// <summary>
    /// The verb a present or passive form is of where sv_SE lists the forms of a strong verb as
    /// words of their own ("kartlägger", "kartläggs" beside "kartlägga"; "handläggs", "antags"):
    /// a stem X+er or X+s is read as X+a when all three are stems of the dictionary, neither X nor the
    /// form is a noun or an adjective (a definite or -t form of its own: "inläggs" may be the
    /// genitive of "inlägg", "mans" of "man"; "order" stays). Null otherwise.
    /// </summary>
    private string? StrongVerbOf(string lemma)
    {
        var x = lemma.EndsWith("er", StringComparison.Ordinal) ? lemma[..^2] : lemma.EndsWith('s') ? lemma[..^1] : null;
        if (x is null || x.Length < 3 || !dictionary.HasStem(lemma) || !dictionary.HasStem(x + "a") || !dictionary.HasStem(x + "er") || !dictionary.HasStem(x + "s")
            || Declines(x) || Declines(lemma))
        {
            return null;
        }

        return x + "a";

        // A noun's definite or an adjective's -t form of the word itself.
        bool Declines(string word) => new[] { word + "en", word + "et", word + "n", word + "t" }.Any(d => dictionary.Analyse(d).Any(f => f.Lemma == word));
    }

    /// <summary>
    /// The singular a plural is of where sv_SE lists a plural with a vowel change as a word of its
    /// own ("bostäder" beside "bostad", "ledamöter" beside "ledamot", "böcker" beside "bok",
    /// "söner", "tjänstemän"): X+er read as X (or X+e, "bönder") with its last ä or ö turned back to
    /// a or o (a doubled last consonant single, "ck" as "k"), or as X itself ("gränder": gränd),
    /// X+män as X+man, when that is a stem of the dictionary and a noun (with a definite form of
    /// its own) and the plural is a plural (a definite plural in -na, no definite singular of its
    /// own). Null otherwise, and where two nouns qualify ("böcker": bok or bök).
    /// </summary>
    private string? SingularOf(string lemma)
    {
        if (lemma.EndsWith("män", StringComparison.Ordinal))
        {
            return dictionary.HasStem(lemma[..^3] + "man") && FormOf(lemma + "nen", lemma) ? lemma[..^3] + "man" : null;
        }

        // A plural has its definite plural in -na ("bostäderna"), not a verb ("lägger") nor a singular.
        if (!lemma.EndsWith("er", StringComparison.Ordinal) || lemma.Length < 5 || !FormOf(lemma + "na", lemma) || Declines(lemma))
        {
            return null;
        }

        var x = lemma[..^2];
        var stems = new List<string>();
        if (x.EndsWith("ck", StringComparison.Ordinal))
        {
            stems.Add(x[..^2] + "k");
        }

        if (x.Length > 2 && x[^1] == x[^2])
        {
            stems.Add(x[..^1]);
        }

        stems.Add(x);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            // Listed as a word of its own without a vowel change ("gränder", "vänner").
            found.UnionWith(new[] { stem }.Where(Noun));

            var vowel = stem.LastIndexOfAny(['ä', 'ö']);
            if (vowel < 0 || stem.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö'], vowel + 1) >= 0)
            {
                continue; // the vowel changed is the last syllable's
            }

            // "bönder": bonde.
            var singular = string.Concat(stem.AsSpan(0, vowel), stem[vowel] == 'ä' ? "a" : "o", stem.AsSpan(vowel + 1));
            found.UnionWith(new[] { singular, singular + "e" }.Where(Noun));
        }

        // Two nouns it may be the plural of ("böcker": bok or bök; "gränder": gränd or grand): neither.
        return found.Count == 1 ? found.Single() : null;

        bool Noun(string word) => dictionary.HasStem(word) && Declines(word);

        // A noun's definite singular of the word itself.
        bool Declines(string word) => new[] { word + "en", word + "et", word + "n", word + word[^1] + "en", word + word[^1] + "et" }.Any(d => FormOf(d, word));

        bool FormOf(string form, string word) => dictionary.Analyse(form).Any(f => f.Lemma == word);
    }

    private WordAnalysis Compute(string word)
    {
        var lemmas = dictionary.Analyse(word).Where(f => f.IsStandalone).Select(f => StrongVerbOf(f.Lemma) ?? SingularOf(f.Lemma) ?? f.Lemma).Distinct(StringComparer.Ordinal).ToList();
        var top = word.Length >= options.MinCompoundLength ? TopSplit(word, Role.End) ?? Tripled(word) : null;
        if (top is null && lemmas.Count > 0 && word.Length >= options.MinLexicalisedLength)
        {
            top = Lexicalised(TopSplit(word, Role.AnyEnd));
            if (top is not null && Refined(top).Count != 2)
            {
                top = null; // two parts in all, as the mark asks, not parts that split again
            }
        }

        if (top is null && lemmas.Count == 0 && Guessed(word) is { } guessed)
        {
            // Still no word of the dictionary: no lemma, only the parts to be found by.
            return new WordAnalysis([], guessed, []) { ModifierLength = guessed[0].Surface.Length, LastPartStart = guessed[0].Surface.Length, TopParts = guessed };
        }

        if (top is null)
        {
            return lemmas.Count == 0 ? WordAnalysis.Unknown : new WordAnalysis(lemmas, [], []);
        }

        var parts = Refined(top);

        var head = string.Concat(parts.Take(parts.Count - 1).Select(p => p.Surface));
        foreach (var last in parts[^1].Lemmas.Select(l => Seam(head, l)))
        {
            if (!lemmas.Contains(head + last))
            {
                lemmas.Add(head + last);
            }
        }

        var inner = new List<string>();
        for (var from = 0; from < parts.Count; from++)
        {
            for (var to = from + 1; to < parts.Count; to++)
            {
                if (from == 0 && to == parts.Count - 1)
                {
                    continue; // the whole word
                }

                var prefix = string.Concat(parts.Skip(from).Take(to - from).Select(p => p.Surface));
                inner.AddRange(parts[to].Lemmas.Select(l => prefix + Seam(prefix, l)).Where(w => !inner.Contains(w)));
            }
        }

        return new WordAnalysis(lemmas, parts, inner) { ModifierLength = top[0].Surface.Length, LastPartStart = word.Length - top[^1].Surface.Length, TopParts = Branched(top) };
    }

    /// <summary>
    /// The compound as a modifier and a head where its first split leaves the head a compound of
    /// its own that a reader would not take apart from the rest: the head's first part joins the
    /// modifier where it ends in a linking -s- ("kvalitets|utvecklingsarbete" is
    /// kvalitetsutveckling|arbete) or makes a dictionary word with it ("arbets|miljöarbete" is
    /// arbetsmiljö|arbete, "kommun|styrelseordförande" kommunstyrelse|ordförande); a split of three
    /// parts becomes its first two as one and the last ("medborgar|dialog|arbetet" is
    /// medborgardialog|arbete). Swedish builds long compounds by putting a head after a compound,
    /// so they branch to the left far more often than to the right.
    /// </summary>
    private List<CompoundPart> Branched(List<CompoundPart> top)
    {
        if (top.Count > 2)
        {
            return [Joined(top.Take(top.Count - 1).ToList()), top[^1]];
        }

        if (top.Count != 2 || top[1].Surface.Length < options.MinCompoundLength || TopSplit(top[1].Surface, Role.End) is not [var first, var last])
        {
            return top;
        }

        var joined = Joined([top[0], first]);
        return first.Surface[^1] == 's' || joined.Lemmas.Any(l => dictionary.Analyse(l).Any(f => f.IsStandalone && f.Lemma == l))
            ? [joined, last]
            : top;
    }

    /// <summary>Parts read as one: their letters, and the last part's lemmas after the letters of the others.</summary>
    private static CompoundPart Joined(List<CompoundPart> parts)
    {
        var prefix = string.Concat(parts.Take(parts.Count - 1).Select(p => p.Surface));
        return new CompoundPart(string.Concat(parts.Select(p => p.Surface)), [.. parts[^1].Lemmas.Select(l => prefix + Seam(prefix, l)).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A part's lemma as written after what comes before it: without its first letter where that
    /// letter would stand a third time at the seam ("lätt" + "tillgänglig" is "lättillgänglig").
    /// </summary>
    private static string Seam(string before, string lemma) =>
        before.Length >= 2 && lemma.Length > 1 && before[^1] == before[^2] && lemma[0] == before[^1] && !IsVowel(lemma[0]) ? lemma[1..] : lemma;

    private static bool IsVowel(char c) => "aeiouyåäöé".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The split of a word Swedish writes with one consonant less at a compound's seam, where three
    /// of a kind meet: "lättillgänglig" is "lätt|tillgänglig", "busstation" "buss|station",
    /// "kontrollista" "kontroll|lista". The word is read with the third letter back, and the part
    /// after the seam keeps its lemma but not that letter, so the parts still spell the word.
    /// Null where no such seam splits it.
    /// </summary>
    private List<CompoundPart>? Tripled(string word)
    {
        for (var i = 2; i + options.MinPartLength - 1 <= word.Length; i++) // the part after the seam has one letter less than its word
        {
            // Not where the rest is a word as it is written ("buss|värd", not "buss|svärd").
            if (word[i - 1] != word[i - 2] || IsVowel(word[i - 1]) || word[i] == word[i - 1] || dictionary.Analyse(word[i..]).Any(f => f.IsStandalone))
            {
                continue;
            }

            var full = word[..i] + word[i - 1] + word[i..];
            if (TopSplit(full, Role.End) is not { } parts)
            {
                continue;
            }

            // The seam must fall right after the two letters: "lätt|tillgänglig", not elsewhere.
            var at = 0;
            var result = new List<CompoundPart>(parts.Count);
            var seam = false;
            foreach (var part in parts)
            {
                if (at == i && !seam)
                {
                    result.Add(part with { Surface = part.Surface[1..] });
                    seam = true;
                }
                else
                {
                    result.Add(part);
                }

                at += part.Surface.Length;
            }

            if (seam)
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>
    /// A word the dictionary does not know, read as a compound of unknown letters and the longest
    /// head the dictionary allows at a compound's end: loan words and names before a Swedish head
    /// ("lean|metodik", "lean|principerna", "coaching|samtal", "benchmarking|nätverket"), so the
    /// loan word is found inside it. A shorter head is taken only after a word of the dictionary
    /// ("års|hjulet", and a head of three letters after a word of four or more: "orts|råden",
    /// "kommun|app"), where the split is no guess at all but a compound the dictionary does not
    /// list; there the head may be any word the dictionary lists. Null where no such head leaves
    /// enough letters before it.
    /// </summary>
    private List<CompoundPart>? Guessed(string word)
    {
        for (var at = options.MinGuessedModifier; at <= word.Length - options.MinPartLength; at++)
        {
            var modifier = word[..at];
            if (Part(word[at..], Role.End) is { } head && head.Lemmas.All(l => l.Length >= options.MinGuessedHead || (Short(l, at) && IsWord(modifier))))
            {
                return [new CompoundPart(modifier, [modifier], Guessed: true), head];
            }

            // After a word, any word the dictionary lists may end it: sv_SE lists "elevråd" and
            // "pensionärsråd" whole, and does not let "råd" end a compound of its own.
            if (IsWord(modifier) && Part(word[at..], Role.AnyEnd) is { } listed && listed.Lemmas.All(l => l.Length >= options.MinGuessedHead || Short(l, at)))
            {
                return [new CompoundPart(modifier, [modifier], Guessed: true), listed];
            }
        }

        return null;

        // A head of four letters, or of three after a modifier of four or more.
        bool Short(string lemma, int at) => lemma.Length >= options.MinPartLength && (lemma.Length > options.MinPartLength || at > options.MinPartLength);
    }

    /// <summary>Whether the letters are a word of the dictionary other than a stop word ("med"), or one with a linking -s- ("års").</summary>
    private bool IsWord(string letters) =>
        !SwedishAnalyzer.DefaultStopSet.Contains(letters)
        && (dictionary.Analyse(letters).Any(f => f.IsStandalone) || (letters.Length > 2 && letters[^1] == 's' && dictionary.Analyse(letters[..^1]).Any(f => f.IsStandalone)));

    /// <summary>The best split of the word into two or more parts, each split in turn where it is a compound, or null when there is none.</summary>
    private List<CompoundPart>? Split(string word) => TopSplit(word, Role.End) is { } top ? Refined(top) : null;

    /// <summary>The best split of the word into two or more parts, or null when there is none.</summary>
    private List<CompoundPart>? TopSplit(string word, Role end)
    {
        var memo = new Dictionary<int, List<CompoundPart>?>();
        List<CompoundPart>? best = null;
        foreach (var (first, next) in Prefixes(word, 0, Role.Begin))
        {
            if (Rest(word, next, memo, end) is { } rest && rest.Count + 1 <= options.MaxParts && !SameAs(first, rest[0]))
            {
                var candidate = new List<CompoundPart>(rest.Count + 1) { first };
                candidate.AddRange(rest);
                if (best is null || Better(candidate, best))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// A split of a word the dictionary lists whole, kept only where it has the mark of a compound:
    /// two parts joined by the linking -s- ("besluts|fattande", "uppföljnings|bar"), the first a
    /// word of at least <see cref="LexiconOptions.MinLexicalisedPart"/> letters before its -s-, the
    /// last a word at least one letter longer ("lands|tinget" stays whole: "ting" is too short to trust). Without that mark a whole word's "parts" are as often an
    /// inflection or a prefix ("kommun|erna", "genom|föra", "person|alen") as a compound.
    /// </summary>
    private List<CompoundPart>? Lexicalised(List<CompoundPart>? parts)
    {
        if (parts is not [var first, var last] || first.Surface.Length <= options.MinLexicalisedPart || first.Surface[^1] != 's'
            || last.Lemmas.Any(l => l.Length <= options.MinLexicalisedPart))
        {
            return null;
        }

        var stem = first.Surface[..^1];
        return dictionary.Analyse(stem).Any(f => f.IsStandalone && !f.Suffixed) ? parts : null;
    }

    /// <summary>
    /// Parts that are compounds themselves split further: "kompetens|försörjningsplan" becomes
    /// "kompetens|försörjnings|plan", "äldreomsorgs|nämnden" "äldre|omsorgs|nämnden"; but a part
    /// the dictionary has as a word stays whole where splitting it needs a stem found only in
    /// compounds ("klagomåls|hantering", not "klago|måls|hantering").
    /// </summary>
    private List<CompoundPart> Refined(List<CompoundPart> parts)
    {
        var refined = new List<CompoundPart>(parts.Count + 2);
        foreach (var part in parts)
        {
            if (part.Surface.Length >= options.MinCompoundLength && refined.Count + parts.Count < options.MaxParts * 2
                && Split(part.Surface) is { } inner && (!part.Lemmas.Any(dictionary.HasStem) || !inner.Any(p => p.Bound)))
            {
                refined.AddRange(inner);
            }
            else
            {
                refined.Add(part);
            }
        }

        return refined;
    }

    /// <summary>The best way to finish a compound from <paramref name="start"/>: a last part, or a middle part and more.</summary>
    private List<CompoundPart>? Rest(string word, int start, Dictionary<int, List<CompoundPart>?> memo, Role end)
    {
        if (memo.TryGetValue(start, out var known))
        {
            return known;
        }

        List<CompoundPart>? best = null;
        if (word.Length - start >= (end == Role.AnyEnd ? options.MinLexicalisedPart : options.MinPartLength) && Part(word[start..], end) is { } last)
        {
            best = [last];
        }

        foreach (var (middle, next) in Prefixes(word, start, Role.Middle))
        {
            if (Rest(word, next, memo, end) is { } rest && rest.Count + 1 < options.MaxParts && !SameAs(middle, rest[0]))
            {
                var candidate = new List<CompoundPart>(rest.Count + 1) { middle };
                candidate.AddRange(rest);
                if (best is null || Better(candidate, best))
                {
                    best = candidate;
                }
            }
        }

        memo[start] = best;
        return best;
    }

    /// <summary>Parts starting at <paramref name="start"/> that may take the role, each with where the next part starts.</summary>
    private IEnumerable<(CompoundPart Part, int Next)> Prefixes(string word, int start, Role role)
    {
        for (var end = start + options.MinPartLength; end <= word.Length - options.MinPartLength; end++)
        {
            if (Part(word[start..end], role) is { } part)
            {
                yield return (part, end);
            }
        }
    }

    private CompoundPart? Part(string surface, Role role)
    {
        if (SwedishAnalyzer.DefaultStopSet.Contains(surface))
        {
            return null;
        }

        var forms = dictionary.Analyse(surface)
            .Where(f => role switch
            {
                Role.Begin => f.CanBegin || f.CanMiddle,
                Role.Middle => f.CanMiddle || f.CanBegin,
                Role.End => f.CanEnd,
                _ => f.IsStandalone,
            })
            .ToList();
        if (forms.Count == 0)
        {
            return null;
        }

        var lemmas = forms.Select(f => f.IsStandalone ? (role == Role.End ? SingularOf(f.Lemma) : null) ?? f.Lemma : WordOf(f.Lemma)).ToList();
        if (role != Role.End && surface[^1] is 's' or 'e')
        {
            // The dictionary makes many linking forms from a verb ("besluts" from besluta, "löne"
            // from löna); the noun they stand for in a compound is the form without the link.
            lemmas.Add(WordOf(surface));
            if (surface[^1] == 's' && !Inflected(surface) && Linked(surface[..^1]) is { } linked)
            {
                lemmas.Add(linked);
            }
        }

        lemmas = lemmas.Distinct(StringComparer.Ordinal).ToList();
        var bound = forms.All(f => !f.Suffixed && !f.IsStandalone);
        return new CompoundPart(surface, lemmas, bound);
    }

    /// <summary>
    /// The word a linking form in -s stands for where the dictionary lists that form as an entry
    /// of its own because the word cannot begin a compound itself ("idrotts/X" for "idrott", which
    /// has no compounding flag: "idrotts|anläggning" is idrott's); null for a word that begins
    /// compounds as it is. A form in -s with inflections of its own is a word, not a link ("kurs", not "kur").
    /// </summary>
    private string? Linked(string word)
    {
        if (word.Length < options.MinPartLength)
        {
            return null;
        }

        var forms = dictionary.Analyse(word);
        return forms.Any(f => f.IsStandalone && !f.Suffixed && f.Lemma == word) && !forms.Any(f => f.CanBegin || f.CanMiddle) ? word : null;
    }

    /// <summary>Whether the word has forms of its own as a noun ("kurs": kursen, kurser), unlike a linking form ("idrotts").</summary>
    private bool Inflected(string word) =>
        new[] { word + "en", word + "et", word + "er", word + "ar" }.Any(f => dictionary.Analyse(f).Any(x => x.Lemma == word));

    /// <summary>
    /// The word a compound-only entry stands for: "medborgar" → medborgare, "skol" → skola,
    /// "förskole" → förskola, "arbets" → arbete, "löne" → lön, "forskar" → forskare (a derived word); the entry itself when it is a word or no such
    /// word is in the dictionary.
    /// </summary>
    private string WordOf(string stem)
    {
        var cut = stem.Length > 3 ? stem[..^1] : stem;
        string[] candidates = stem[^1] switch
        {
            's' => [stem, cut, cut + "e", cut + "a"],
            'e' => [stem, cut, cut + "a", stem + "n"],
            'o' or 'u' => [stem, cut + "a", stem + "n"],
            _ => [stem, stem + "e", stem + "a"],
        };
        foreach (var candidate in candidates)
        {
            if (dictionary.Analyse(candidate).Any(f => f.IsStandalone && (!f.Suffixed || f.Lemma == candidate)))
            {
                return candidate;
            }
        }

        return stem;
    }

    /// <summary>
    /// Fewer parts first; then no part of three letters where the other split has one (a short
    /// part is the likeliest misreading: "delårs|rapport", not "del|årsrapport"); then the longer
    /// last part (the head carries the meaning).
    /// </summary>
    private bool Better(List<CompoundPart> a, List<CompoundPart> b)
    {
        if (a.Count != b.Count)
        {
            return a.Count < b.Count;
        }

        bool Short(List<CompoundPart> split) => split.Exists(p => p.Surface.Length <= options.MinPartLength);
        if (Short(a) != Short(b))
        {
            return !Short(a);
        }

        return a[^1].Surface.Length > b[^1].Surface.Length;
    }

    /// <summary>"bil|bil": the dictionary forbids a part repeated (CHECKCOMPOUNDDUP).</summary>
    private static bool SameAs(CompoundPart a, CompoundPart b) => a.Lemmas.Intersect(b.Lemmas, StringComparer.Ordinal).Any();

    private static HunspellDictionary ReadEmbedded()
    {
        using var aff = new StreamReader(Resource("sv_SE.aff"));
        using var dic = new StreamReader(Resource("sv_SE.dic"));
        return HunspellDictionary.Read(aff, dic, CacheFolder);
    }

    private static Stream Resource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded {name} missing");

    private enum Role
    {
        Begin,
        Middle,
        End,

        /// <summary>The last part of a word the dictionary knows whole: any word, flagged to end a compound or not ("besluts|fattande").</summary>
        AnyEnd,
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Replaces each lower-case word by what the lexicon knows of it, all at the word's position
/// and offsets: its lemmas (<see cref="TokenKinds.Word"/>; the word itself when unknown), the
/// lemmas of its compound parts (<see cref="TokenKinds.Part"/>) and the compounds of
/// neighbouring parts (<see cref="TokenKinds.Inner"/>); a word the dictionary does not know, its
/// guessed parts (<see cref="TokenKinds.Guessed"/>: "lean", "metodik" of "leanmetodik"). "kommunstyrelsens" gives kommunstyrelse,
/// kommun, styrelse. A hyphenated word gives the word with its last piece lemmatised
/// ("e-tjänster" → e-tjänst) and each piece as a part ("it-stödet" → it, stöd; a piece that is no
/// word alone as the first part of the compound it makes with the next: "beställar-utförarmodellen"
/// → beställare), and where the
/// last piece is a compound, the word before the hyphen with its first part ("e-postadresser" → e-post).
/// Parts that are stop words are left out, and so is the head of a compound listed in
/// <see cref="FigurativeCompounds"/> ("företagsklimat" gives företag, not klimat). Lemmas are marked as keywords (Lucene's
/// KeywordAttribute) so the stemmers that follow can treat them apart from unknown words.
/// </summary>
public sealed class LexiconFilter : TokenFilter
{
    /// <summary>Most words whose terms are kept per lexicon.</summary>
    public const int MaxCached = 400_000;

    private static readonly ConditionalWeakTable<SwedishLexicon, ConcurrentDictionary<string, IReadOnlyList<(string, string, bool)>>> Caches = new();

    private readonly SwedishLexicon lexicon;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly ITypeAttribute type;
    private readonly IKeywordAttribute known;
    private readonly Queue<(string Term, string Kind, bool Known)> pending = new();
    private State? current;

    public LexiconFilter(TokenStream input, SwedishLexicon lexicon)
        : base(input)
    {
        this.lexicon = lexicon;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        type = AddAttribute<ITypeAttribute>();
        known = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0 && current is not null)
        {
            RestoreState(current);
            var (text, kind, isKnown) = pending.Dequeue();
            term.SetEmpty().Append(text);
            type.Type = kind;
            known.IsKeyword = isKnown;
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = term.ToString();
        var terms = Expansions(word);
        if (terms.Count == 1 && terms[0].Term == word)
        {
            type.Type = TokenKinds.Word;
            known.IsKeyword = terms[0].Known;
            return true;
        }

        term.SetEmpty().Append(terms[0].Term);
        type.Type = terms[0].Kind;
        known.IsKeyword = terms[0].Known;
        current = CaptureState();
        for (var i = 1; i < terms.Count; i++)
        {
            pending.Enqueue(terms[i]);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        current = null;
    }

    /// <summary>
    /// The terms of a word, from a cache per lexicon (bounded; a vocabulary is far smaller): the
    /// analysis runs on every text indexed and every hit highlighted, mostly over words seen before.
    /// </summary>
    private IReadOnlyList<(string Term, string Kind, bool Known)> Expansions(string word)
    {
        var cache = Caches.GetValue(lexicon, _ => new ConcurrentDictionary<string, IReadOnlyList<(string, string, bool)>>(StringComparer.Ordinal));
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var terms = Expand(word);
        if (cache.Count < MaxCached)
        {
            cache.TryAdd(word, terms);
        }

        return terms;
    }

    /// <summary>The terms of one word, the word's own first, without repeats (a text may stand twice, as a lemma and as a word the stemmer reads).</summary>
    internal IReadOnlyList<(string Term, string Kind, bool Known)> Expand(string word)
    {
        var terms = new List<(string Term, string Kind, bool Known)>(4);
        void Add(string t, string kind, bool isKnown)
        {
            if (t.Length > 0 && !terms.Exists(x => x.Term == t && x.Known == isKnown))
            {
                terms.Add((t, kind, isKnown));
            }
        }

        if (word.Contains('-', StringComparison.Ordinal))
        {
            var pieces = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            var last = pieces.Length > 0 ? lexicon.Analyse(pieces[^1]) : WordAnalysis.Unknown;
            var head = word[..(word.LastIndexOf('-') + 1)];
            if (last.Lemmas.Count == 0 || pieces.Length < 2)
            {
                Add(word, TokenKinds.Word, false);
            }

            foreach (var lemma in pieces.Length < 2 ? [] : last.Lemmas)
            {
                Add(head + lemma, TokenKinds.Word, true);
            }

            for (var i = 0; i < pieces.Length; i++)
            {
                if (pieces[i].Length < 2)
                {
                    continue;
                }

                // A piece the dictionary does not know as a word, before another, is read as the first
                // part of the compound the two make ("beställar-utförarmodellen": beställare, as in
                // "beställarutförarmodellen").
                if (i + 1 < pieces.Length && lexicon.Analyse(pieces[i]).Lemmas.Count == 0
                    && lexicon.Analyse(pieces[i] + pieces[i + 1]) is { IsCompound: true, IsGuessed: false } joined && joined.Parts[0].Surface == pieces[i])
                {
                    foreach (var lemma in joined.Parts[0].Lemmas)
                    {
                        Add(lemma, TokenKinds.Part, true);
                    }

                    continue;
                }

                AddWord(pieces[i], TokenKinds.Part, Add);
            }

            // The hyphen's word with the first part of a compound after it: "e-postadresser" holds e-post.
            foreach (var lemma in pieces.Length < 2 || !last.IsCompound ? [] : last.Parts[0].Lemmas)
            {
                Add(head + lemma, TokenKinds.Part, true);
            }

            return terms;
        }

        AddWord(word, TokenKinds.Word, Add);
        return terms;
    }

    /// <summary>
    /// The terms of a lemma that is both a noun and an adjective ("lokal": lokalen, lokaler; lokalt,
    /// lokala): the noun's forms keep the lemma, the adjective's get it marked
    /// (<see cref="AdjectiveTerm"/>), so "lokaler" does not find "lokala företag"; the base form
    /// and a compound's part, which may be either, get both. Any other lemma is its own term.
    /// </summary>
    private IEnumerable<string> ClassTerms(string word, string lemma, string kind)
    {
        var classes = Classes.GetValue(lexicon, l => new WordClasses(l));
        if (!classes.IsNoun(lemma) || !classes.IsAdjective(lemma))
        {
            return [lemma];
        }

        if (kind != TokenKinds.Word || word == lemma)
        {
            return [lemma, AdjectiveTerm(lemma)];
        }

        return word.StartsWith(lemma, StringComparison.Ordinal) && AdjectiveEndings.Contains(word[lemma.Length..]) ? [AdjectiveTerm(lemma)] : [lemma];
    }

    /// <summary>The term of the adjective of a lemma that is a noun as well ("adj:lokal").</summary>
    public static string AdjectiveTerm(string lemma) => "adj:" + lemma;

    /// <summary>What an adjective adds to its lemma and a noun of the same lemma never does: -t, -a, -e, -are, -ast, -aste.</summary>
    private static readonly HashSet<string> AdjectiveEndings = new(StringComparer.Ordinal) { "t", "a", "e", "are", "ast", "aste", "ares" };

    private static readonly ConditionalWeakTable<SwedishLexicon, WordClasses> Classes = new();

    /// <summary>A word's lemmas as <paramref name="kind"/>, then its parts and inner compounds.</summary>
    private void AddWord(string word, string kind, Action<string, string, bool> add)
    {
        var analysis = lexicon.Analyse(word);
        if (analysis.Lemmas.Count == 0)
        {
            add(word, kind, false);
        }

        // A word the dictionary does not know, split before a known head, also stands for its
        // modifier with the head's lemma ("meröppet", "meröppna": meröppen), so its forms meet
        // where the stemmer would read them apart.
        if (analysis.IsGuessed && analysis.Parts is [{ Guessed: true } modifier, { Guessed: false } head])
        {
            foreach (var lemma in head.Lemmas)
            {
                add(modifier.Surface + lemma, kind, true);
            }
        }

        foreach (var lemma in analysis.Lemmas)
        {
            foreach (var t in ClassTerms(word, lemma, kind))
            {
                add(t, kind, true);
            }
        }

        // A compound whose head stands in another sense ("företagsklimat") keeps its head out of the parts.
        var parts = FigurativeCompounds.Contains(analysis) ? analysis.Parts.Take(analysis.Parts.Count - 1) : analysis.Parts;
        foreach (var part in parts)
        {
            foreach (var lemma in part.Lemmas)
            {
                // A guessed part is no lemma: the stemmer reads it as it reads unknown words.
                if (analysis.IsGuessed)
                {
                    add(lemma, TokenKinds.Guessed, !part.Guessed);
                    continue;
                }

                foreach (var t in ClassTerms(lemma, lemma, TokenKinds.Part))
                {
                    add(t, TokenKinds.Part, true);
                }
            }
        }

        foreach (var inner in analysis.Inner)
        {
            add(inner, TokenKinds.Inner, true);
        }
    }
}

/// <summary>
/// Compounds whose head stands in another sense than the word alone ("företagsklimat",
/// "organisationskultur"): the embedded figurative-compounds.txt, a lemma per line or "*head"
/// for every compound with that head.
/// </summary>
public static class FigurativeCompounds
{
    private static readonly Lazy<(HashSet<string> Compounds, HashSet<string> Heads)> Lists = new(Load);

    /// <summary>Whether the analysed word is such a compound.</summary>
    public static bool Contains(WordAnalysis word)
    {
        if (!word.IsCompound)
        {
            return false;
        }

        var (compounds, heads) = Lists.Value;
        return word.Lemmas.Any(compounds.Contains) || word.Parts[^1].Lemmas.Any(heads.Contains);
    }

    private static (HashSet<string>, HashSet<string>) Load()
    {
        var lines = EmbeddedLines.Read("figurative-compounds.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        return (lines.Where(l => l[0] != '*').ToHashSet(StringComparer.Ordinal), lines.Where(l => l[0] == '*').Select(l => l[1..]).ToHashSet(StringComparer.Ordinal));
    }
}

using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>How a query's words are weighed against each other.</summary>
/// <param name="Synonym">An equivalent of the word typed in the thesaurus ("medarbetare" for "anställda", "bokslut" for "årsredovisning"), relative to the word itself (1).</param>
/// <param name="Narrower">A narrower term the word typed finds one way ("e-tjänst" for "digitalisering"), relative to the word itself.</param>
/// <param name="PartsNear">All parts of a compound near each other ("utbildning i ledarskap" for "ledarskapsutbildning").</param>
/// <param name="PartsSlop">How many words may stand between a compound's parts.</param>
/// <param name="Derived">A word of the same family that inflection does not join ("trygg" for "trygghet", "kommunicera" for "kommunikation"; <see cref="Derivations"/>), relative to the word itself; 0 leaves them out.</param>
/// <param name="Part">One part of a compound alone, or one word alone of a thesaurus phrase typed: found, but only weakly.</param>
/// <param name="Phrase">The query's words next to each other, in order.</param>
/// <param name="Near">The query's words within <paramref name="NearSlop"/> words of each other, in any order.</param>
/// <param name="NearSlop">How far apart the words may be for <paramref name="Near"/>.</param>
/// <param name="CommonShare">
/// A word found in more than this share of all texts ("kommun" in a municipal archive) does not
/// match on its own in a query of several words: it only adds to texts that hold one of the other
/// words (as Lucene's CommonTermsQuery does with terms).
/// </param>
public sealed record QueryWeights(
    float Synonym = 0.5f,
    float Narrower = 0.4f,
    float Derived = 0.15f,
    float PartsNear = 0.5f,
    int PartsSlop = 4,
    float Part = 0.05f,
    float Phrase = 1.0f,
    float Near = 0.5f,
    int NearSlop = 8,
    double CommonShare = 0.05)
{
    public static QueryWeights Default { get; } = new();
}

/// <summary>How far a compound typed is looked for beyond the whole compound.</summary>
public enum PartMatching
{
    /// <summary>The whole compound only (as a word, or inside a longer compound).</summary>
    Whole,

    /// <summary>Also its parts as words near each other ("utbildning i ledarskap").</summary>
    Near,

    /// <summary>Also, weakly, a single part.</summary>
    NearAndAlone,
}

/// <summary>
/// Lucene's classic query syntax over the Swedish analysis, with any-word default (OR) and
/// compound-aware words. A word typed alone finds its lemma (and what the thesaurus gives it,
/// <see cref="SynonymList"/>, weighed less; words typed next to each other that make one of
/// its phrases find what the phrase finds too); a
/// compound also finds its parts near each other and, weakly, each part alone; several words
/// get a bonus where they stand together (<see cref="Proximity"/>). Quoted phrases match the
/// words themselves (their lemmas), not their parts. A new parser per query (it records the
/// words it saw); the analyzer and synonyms are shared.
/// </summary>
public sealed class SwedishQueryParser : QueryParser
{
    private readonly Analyzer analyzer;
    private readonly SynonymList synonyms;
    private readonly QueryWeights weights;
    private readonly PartMatching parts;
    private readonly Func<Term, int>? documentFrequency;
    private readonly int documentCount;
    private readonly List<IReadOnlyList<string>> words = [];
    private readonly Dictionary<Query, IReadOnlyList<string>> wordTerms = new(ReferenceEqualityComparer.Instance);
    private readonly Derivations? derivations;

    /// <param name="analyzer">The analysis of the index.</param>
    /// <param name="synonyms">Synonyms added to each word typed.</param>
    /// <param name="weights">How the kinds of match are weighed.</param>
    /// <param name="parts">How far a compound typed is looked for beyond the whole compound.</param>
    /// <param name="documentFrequency">How many texts hold a term; with it, common words of a several-word query do not match alone.</param>
    /// <param name="documentCount">How many texts there are.</param>
    public SwedishQueryParser(Analyzer analyzer, SynonymList synonyms, QueryWeights weights, PartMatching parts = PartMatching.NearAndAlone, Func<Term, int>? documentFrequency = null, int documentCount = 0)
        : base(LuceneVersion.LUCENE_48, IndexFields.Text, analyzer)
    {
        this.documentFrequency = documentFrequency;
        this.documentCount = documentCount;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.weights = weights;
        this.parts = parts;
        derivations = analyzer is SwedishSearchAnalyzer swedish && weights.Derived > 0 ? new Derivations(swedish.Lexicon) : null;
        DefaultOperator = Operator.OR;
        MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE;
    }

    /// <summary>
    /// Whether, in a query of several words, a common word matches only in texts that hold one of
    /// the others (<see cref="QueryWeights.CommonShare"/>); true unless set. The search turns it off
    /// to fill a page the rarer words cannot fill.
    /// </summary>
    public bool CommonWordsNeedOthers { get; init; } = true;

    /// <summary>After <see cref="QueryParserBase.Parse"/>: whether a common word was held back so (a search without it could find more).</summary>
    public bool HeldBackCommonWords { get; private set; }

    /// <summary>
    /// After <see cref="QueryParserBase.Parse"/>: a bonus for texts where the query's plain words
    /// stand together (next to each other in order, or within a few moves of it); null for fewer than two words.
    /// </summary>
    public Query? Proximity()
    {
        if (words.Count < 2)
        {
            return null;
        }

        // Phrase queries, not spans: they read positions only in texts that hold every word.
        return new BooleanQuery
        {
            { Phrase(0, weights.Phrase), Occur.SHOULD },
            { Phrase(weights.NearSlop, weights.Near), Occur.SHOULD },
        };

        MultiPhraseQuery Phrase(int slop, float boost)
        {
            var phrase = new MultiPhraseQuery { Slop = slop, Boost = boost };
            foreach (var alternatives in words)
            {
                phrase.Add(alternatives.Select(t => new Term(IndexFields.Text, t)).ToArray());
            }

            return phrase;
        }
    }

    /// <summary>
    /// The clauses of one level of the query (the whole query, or a bracket), with the thesaurus's
    /// phrases found among the words typed (<see cref="WithPhraseSynonyms"/>) and common words
    /// made optional (<see cref="Combine"/>).
    /// </summary>
    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord) =>
        Combine(WithPhraseSynonyms(clauses), disableCoord);

    /// <summary>
    /// Any-of clauses where some words are common (<see cref="QueryWeights.CommonShare"/>) and
    /// some are not: a text must hold one of the others, the common words only add to its score.
    /// </summary>
    private Query Combine(IList<BooleanClause> clauses, bool disableCoord)
    {
        if (!CommonWordsNeedOthers || documentFrequency is null || documentCount == 0 || clauses.Count < 2 || clauses.Any(c => c.Occur != Occur.SHOULD))
        {
            return base.GetBooleanQuery(clauses, disableCoord);
        }

        var common = clauses.Where(c => IsCommon(c.Query)).ToList();
        if (common.Count == 0 || common.Count == clauses.Count)
        {
            return base.GetBooleanQuery(clauses, disableCoord);
        }

        HeldBackCommonWords = true;
        var others = new BooleanQuery();
        foreach (var c in clauses.Except(common))
        {
            others.Add(c.Query, Occur.SHOULD);
        }

        var query = new BooleanQuery { { others, Occur.MUST } };
        foreach (var c in common)
        {
            query.Add(c.Query, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Words typed one after the other that make a phrase of the thesaurus ("goda exempel"), as
    /// one clause: the words as a unit (<see cref="Unit"/>), or what the phrase also finds
    /// ("förebild", "best practice"), whichever scores best. Longest phrase first, from the left
    /// (as Lucene's SynonymGraphFilter reads a query). Words with different operators ("+goda
    /// -exempel") are no phrase; stop words between them are not seen ("vatten och avlopp").
    /// </summary>
    private IList<BooleanClause> WithPhraseSynonyms(IList<BooleanClause> clauses)
    {
        List<BooleanClause>? result = null;
        for (var i = 0; i < clauses.Count; i++)
        {
            if (PhraseAt(clauses, i) is not { } found)
            {
                result?.Add(clauses[i]);
                continue;
            }

            result ??= [.. clauses.Take(i)];
            var run = clauses.Skip(i).Take(found.Length).ToList();
            var alternatives = new List<Query> { Unit(run) };
            var typedIdf = run.Sum(c => Idf(wordTerms[c.Query]));
            alternatives.AddRange(found.Synonyms.Select(s => SynonymQuery(s, typedIdf)));
            result.Add(new BooleanClause(new DisjunctionMaxQuery(alternatives, 0.1f), clauses[i].Occur));
            i += found.Length - 1;
        }

        return result ?? clauses;
    }

    /// <summary>
    /// The words typed that make a phrase of the thesaurus, as a unit: all of them (anywhere in
    /// the text; next to each other the proximity bonus adds), and, as weakly as a single part of
    /// a compound (<see cref="QueryWeights.Part"/>), any one of them: "kommunala bolag" also finds
    /// "bolagen", below the texts with both words or a synonym; "goda exempel" no longer ranks
    /// "god vilja" with them.
    /// </summary>
    private BooleanQuery Unit(List<BooleanClause> run)
    {
        var all = new BooleanQuery();
        foreach (var c in run)
        {
            all.Add(c.Query, Occur.MUST);
        }

        var any = Combine(run, disableCoord: false);
        any.Boost = weights.Part;
        return new BooleanQuery { { all, Occur.SHOULD }, { any, Occur.SHOULD } };
    }

    /// <summary>The longest phrase of the thesaurus the words typed from clause <paramref name="at"/> on make, and what it finds.</summary>
    private (int Length, IReadOnlyList<Synonym> Synonyms)? PhraseAt(IList<BooleanClause> clauses, int at)
    {
        if (!wordTerms.TryGetValue(clauses[at].Query, out var first))
        {
            return null;
        }

        (int Length, IReadOnlyList<Synonym> Synonyms)? best = null;
        foreach (var (phrase, found) in first.SelectMany(synonyms.PhrasesStartingWith))
        {
            var length = phrase.Terms.Count;
            if (length > (best?.Length ?? 1) && at + length <= clauses.Count && Enumerable.Range(1, length - 1).All(k => Typed(clauses[at + k], phrase.Terms[k])))
            {
                best = (length, found);
            }
        }

        return best;

        bool Typed(BooleanClause clause, IReadOnlyList<string> terms) =>
            clause.Occur == clauses[at].Occur && wordTerms.TryGetValue(clause.Query, out var typed) && typed.Any(terms.Contains);
    }

    /// <summary>
    /// A word or phrase of the thesaurus, weighed as an equivalent or a narrower term; and, where
    /// it is rarer in the index than the words typed (<paramref name="typedIdf"/>, BM25's idf), by
    /// as much less, so that a rare synonym does not outscore the word typed by its rarity alone
    /// (as Lucene's SynonymQuery scores synonyms with the statistics of the word typed).
    /// </summary>
    private Query SynonymQuery(Synonym synonym, double typedIdf)
    {
        var boost = synonym.Narrower ? weights.Narrower : weights.Synonym;
        var idf = synonym.Phrase.Terms.Sum(Idf);
        if (typedIdf > 0 && idf > typedIdf)
        {
            boost *= (float)(typedIdf / idf);
        }

        var phrase = synonym.Phrase;
        if (phrase.Term is { } term)
        {
            return new TermQuery(new Term(IndexFields.Text, term)) { Boost = boost };
        }

        var query = new MultiPhraseQuery { Boost = boost };
        for (var i = 0; i < phrase.Terms.Count; i++)
        {
            query.Add(phrase.Terms[i].Select(t => new Term(IndexFields.Text, t)).ToArray(), phrase.Positions[i]);
        }

        return query;
    }

    /// <summary>BM25's idf of a word given by its alternative terms (the commonest counts); 0 without document frequencies.</summary>
    private double Idf(IReadOnlyList<string> terms)
    {
        if (documentFrequency is null || documentCount == 0 || terms.Count == 0)
        {
            return 0;
        }

        var df = terms.Max(t => documentFrequency(new Term(IndexFields.Text, t)));
        return Math.Log(1 + ((documentCount - df + 0.5) / (df + 0.5)));
    }

    private bool IsCommon(Query query) =>
        wordTerms.TryGetValue(query, out var terms)
        && terms.Max(t => documentFrequency!(new Term(IndexFields.Text, t))) > weights.CommonShare * documentCount;

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field != IndexFields.Text)
        {
            return base.GetFieldQuery(field, queryText, quoted);
        }

        var positions = Analyse(queryText);
        if (positions.Count == 0)
        {
            return null;
        }

        if (quoted)
        {
            return Phrase(positions);
        }

        var perWord = positions.Select(p => Word(p, positions.Count == 1 ? queryText : null)).ToList();
        if (perWord.Count == 1)
        {
            wordTerms[perWord[0]] = positions[0].Words;
            return perWord[0];
        }

        // "kvalitets-/verksamhetsutveckling" typed as one: each word may match.
        var any = new BooleanQuery();
        foreach (var q in perWord)
        {
            any.Add(q, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>One typed word: its whole-word terms, synonyms and family; for a compound, as asked, its parts near, and alone weakly.</summary>
    private Query Word(Position p, string? typed)
    {
        var wholes = new List<Query>();
        foreach (var t in p.Words)
        {
            wholes.Add(new TermQuery(new Term(IndexFields.Text, t)));
        }

        var typedIdf = Idf(p.Words);
        wholes.AddRange(SynonymsOf(p.Words).Select(s => SynonymQuery(s, typedIdf)));
        wholes.AddRange(Family(typed, p.Words).Select(terms => WeighedBelowTyped(terms, weights.Derived, typedIdf)));

        Query whole = wholes.Count == 1 ? wholes[0] : new DisjunctionMaxQuery(wholes, 0.1f);

        if (p.Words.Count > 0)
        {
            words.Add(p.Words);
        }

        if (p.Parts.Count < 2 || parts == PartMatching.Whole)
        {
            return whole;
        }

        var query = new BooleanQuery { { whole, Occur.SHOULD } };
        var spans = p.Parts.Select(alternatives => Spans(alternatives)).ToArray();
        // In the compound's order or the reverse ("utbildning i ledarskap"), each part its own
        // word: an ordered span never matches parts stacked on one position, so another compound
        // of the same parts ("miljöarbete" for "arbetsmiljö") does not count.
        var near = new BooleanQuery
        {
            { new SpanNearQuery(spans, weights.PartsSlop, inOrder: true), Occur.SHOULD },
            { new SpanNearQuery([.. spans.Reverse()], weights.PartsSlop, inOrder: true), Occur.SHOULD },
        };
        near.Boost = weights.PartsNear;
        query.Add(near, Occur.SHOULD);
        foreach (var alternatives in parts == PartMatching.NearAndAlone ? p.Parts : [])
        {
            foreach (var t in alternatives)
            {
                query.Add(new TermQuery(new Term(IndexFields.Text, t)) { Boost = weights.Part }, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// The whole-word terms of the words of the typed word's family (<see cref="Derivations"/>),
    /// each word once, none the word's own terms; nothing for a word the analysis split (a hyphen)
    /// or without a Swedish lexicon.
    /// </summary>
    private IEnumerable<IReadOnlyList<string>> Family(string? typed, IReadOnlyList<string> own)
    {
        if (derivations is null || typed is null || own.Count == 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(own, StringComparer.Ordinal);
        var lemmas = ((SwedishSearchAnalyzer)analyzer).Lexicon.Analyse(typed.Trim().ToLowerInvariant()).Lemmas;
        foreach (var related in lemmas.SelectMany(derivations.Of).Distinct(StringComparer.Ordinal))
        {
            var terms = Analyse(related) is [{ Words: { Count: > 0 } w }] ? w : null;
            if (terms is not null && terms.All(seen.Add))
            {
                yield return terms;
            }
        }
    }

    /// <summary>A term query over alternatives, weighed <paramref name="boost"/> and, where rarer than the word typed, less by as much (as <see cref="SynonymQuery"/>).</summary>
    private Query WeighedBelowTyped(IReadOnlyList<string> terms, float boost, double typedIdf)
    {
        var idf = Idf(terms);
        if (typedIdf > 0 && idf > typedIdf)
        {
            boost *= (float)(typedIdf / idf);
        }

        if (terms.Count == 1)
        {
            return new TermQuery(new Term(IndexFields.Text, terms[0])) { Boost = boost };
        }

        var any = new BooleanQuery { Boost = boost };
        foreach (var t in terms)
        {
            any.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>What the thesaurus gives a word's terms, each word or phrase once (as an equivalent where it is one for any of them), the terms themselves left out.</summary>
    private IEnumerable<Synonym> SynonymsOf(IReadOnlyList<string> terms) =>
        terms.SelectMany(synonyms.Of)
            .Where(s => s.Phrase.Term is not { } t || !terms.Contains(t))
            .GroupBy(s => s.Phrase.Key, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(s => !s.Narrower) ?? g.First());

    /// <summary>A quoted phrase: the words' own terms at their positions (a compound's parts left out).</summary>
    private static Query Phrase(List<Position> positions)
    {
        if (positions.Count == 1 && positions[0].Words.Count == 1)
        {
            return new TermQuery(new Term(IndexFields.Text, positions[0].Words[0]));
        }

        var phrase = new MultiPhraseQuery();
        foreach (var p in positions)
        {
            phrase.Add(p.Words.Select(t => new Term(IndexFields.Text, t)).ToArray(), p.Index);
        }

        return phrase;
    }

    private static SpanQuery Spans(IReadOnlyList<string> alternatives) =>
        alternatives.Count == 1
            ? new SpanTermQuery(new Term(IndexFields.Text, alternatives[0]))
            : new SpanOrQuery(alternatives.Select(t => (SpanQuery)new SpanTermQuery(new Term(IndexFields.Text, t))).ToArray());

    /// <summary>The analysed terms of the text, by position: whole-word terms, and compound parts in order.</summary>
    private List<Position> Analyse(string text)
    {
        var positions = new List<Position>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var index = -1;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions.Count == 0)
            {
                index += Math.Max(1, increment.PositionIncrement);
                positions.Add(new Position(index, [], []));
            }

            var t = term.ToString();
            var p = positions[^1];
            switch (type.Type)
            {
                case TokenKinds.Part:
                    p.Parts.Add([t]);
                    break;
                case TokenKinds.Inner:
                    break;
                default:
                    p.Words.Add(t);
                    break;
            }
        }

        stream.End();
        return positions;
    }

    /// <summary>One position of the analysed query: its whole-word terms and its parts (each part's alternatives).</summary>
    private sealed record Position(int Index, List<string> Words, List<List<string>> Parts);
}

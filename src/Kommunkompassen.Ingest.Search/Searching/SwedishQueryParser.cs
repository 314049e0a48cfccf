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
/// <param name="Spoken">
/// The family of a verb typed as spoken, active ("hur jämför sig kommunen"), relative to the verb
/// itself: reports say it in the noun ("jämförelser med andra"), so the noun counts as much
/// (still less where it is rarer than the verb).
/// </param>
/// <param name="Part">One part of a compound alone, or one word alone of a thesaurus phrase typed: found, but only weakly.</param>
/// <param name="Phrase">The query's words next to each other, in order.</param>
/// <param name="Near">The query's words within <paramref name="NearSlop"/> words of each other, in any order.</param>
/// <param name="NearSlop">How far apart the words may be for <paramref name="Near"/>.</param>
/// <param name="Doing">
/// A word of a query of several words that names no thing (a verb form, an adverb, a particle:
/// "tas fram", "planeras", <see cref="WordClasses.NamesThing"/>), relative to the words that do;
/// like a common word, it never is the word a text must hold.
/// </param>
/// <param name="CommonShare">
/// A word found in more than this share of all texts ("kommun" in a municipal archive) does not
/// match on its own in a query of several words: it only adds to texts that hold one of the other
/// words (as Lucene's CommonTermsQuery does with terms).
/// </param>
public sealed record QueryWeights(
    float Synonym = 0.5f,
    float Narrower = 0.4f,
    float Derived = 0.15f,
    float Spoken = 1.0f,
    float PartsNear = 0.5f,
    int PartsSlop = 4,
    float Part = 0.05f,
    float Phrase = 1.0f,
    float Near = 0.5f,
    int NearSlop = 8,
    float Doing = 0.3f,
    double GenericShare = 0.2,
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

    /// <summary>
    /// Also, weakly, the pieces of a word the lexicon reads but does not split into parts: the
    /// parts it guessed ("ålborg", "åtagande" of "ålborgåtagandena") or, for a compound the
    /// dictionary lists whole ("närdemokrati"), the longest dictionary word that ends it
    /// (<see cref="SwedishQueryParser.PiecesOf"/>). A word the lexicon does not read at all (a typo)
    /// has none.
    /// </summary>
    Pieces,
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
    /// <summary>The kind of the token at the end of the input (JavaCC's EOF).</summary>
    private const int EndOfInput = 0;

    /// <summary>Particles that make a verb of two words and a noun of one, in the noun's spelling ("följa upp", uppföljning; "lägga ner", nedläggning).</summary>
    private static readonly Dictionary<string, string> Particles = new(StringComparer.Ordinal)
    {
        ["upp"] = "upp", ["fram"] = "fram", ["ut"] = "ut", ["in"] = "in", ["av"] = "av", ["över"] = "över", ["till"] = "till",
        ["om"] = "om", ["bort"] = "bort", ["ner"] = "ned", ["ned"] = "ned", ["på"] = "på", ["emot"] = "mot", ["mot"] = "mot", ["igenom"] = "genom",
    };

    /// <summary>
    /// Heads of compounds that add little to their first part (the handling, the work, the life,
    /// the questions, the field of it), as the index writes them (lemma, then Snowball's stem).
    /// </summary>
    private static readonly HashSet<string> LightHeads = new(StringComparer.Ordinal) { "hanter", "arbet", "liv", "fråg", "områd", "utbud" };

    /// <summary>Whether an index term is that of a head that says little more than "the matter of" its modifier (<see cref="LightHeads"/>).</summary>
    internal static bool IsLightHead(string term) => LightHeads.Contains(term);

    /// <summary>What the "e-" of "e-förslag", "e-tjänst" stands for.</summary>
    private static readonly string[] ElectronicAdjectives = ["elektronisk", "digital"];

    /// <summary>How many words may stand between an "e-" word's noun and the adjective said in full.</summary>
    private const int SaidInFullSlop = 3;

    /// <summary>How many words may stand between a verb and its particle ("hur följs nämndernas arbete upp").</summary>
    private const int ParticleReach = 3;

    /// <summary>The bonus for two of three or more words standing together, as a share of the whole phrase's.</summary>
    private const float PairShare = 0.15f;

    private readonly Analyzer analyzer;
    private readonly SynonymList synonyms;
    private readonly QueryWeights weights;
    private readonly PartMatching parts;
    private readonly Func<Term, int>? documentFrequency;
    private readonly int documentCount;
    private readonly List<IReadOnlyList<string>> words = [];
    private readonly Dictionary<Query, IReadOnlyList<string>> wordTerms = new(ReferenceEqualityComparer.Instance);
    private readonly Derivations? derivations;
    private readonly WordClasses? classes;
    private readonly QueryLimits limits;
    private readonly List<string> dropped = [];
    private readonly List<string> notes = [];
    private int typedWords;
    private readonly Dictionary<Query, (string Typed, string? StopWordBefore)> typedText = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Typed, Query? Query)> sequence = [];
    private string? stopWordBefore;

    /// <param name="analyzer">The analysis of the index.</param>
    /// <param name="synonyms">Synonyms added to each word typed.</param>
    /// <param name="weights">How the kinds of match are weighed.</param>
    /// <param name="parts">How far a compound typed is looked for beyond the whole compound.</param>
    /// <param name="documentFrequency">How many texts hold a term; with it, common words of a several-word query do not match alone.</param>
    /// <param name="documentCount">How many texts there are.</param>
    /// <param name="limits">How far a query may go (<see cref="QueryLimits.Default"/> when not given).</param>
    public SwedishQueryParser(Analyzer analyzer, SynonymList synonyms, QueryWeights weights, PartMatching parts = PartMatching.NearAndAlone, Func<Term, int>? documentFrequency = null, int documentCount = 0, QueryLimits? limits = null)
        : base(LuceneVersion.LUCENE_48, IndexFields.Text, analyzer)
    {
        this.limits = limits ?? QueryLimits.Default;
        this.documentFrequency = documentFrequency;
        this.documentCount = documentCount;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.weights = weights;
        this.parts = parts;
        derivations = analyzer is SwedishSearchAnalyzer swedish && weights.Derived > 0 ? new Derivations(swedish.Lexicon) : null;
        classes = analyzer is SwedishSearchAnalyzer withLexicon ? new WordClasses(withLexicon.Lexicon) : null;
        DefaultOperator = Operator.OR;
        // A wildcard anywhere in a word ("*tion" too), bounded: the words found in most texts.
        AllowLeadingWildcard = true;
        MultiTermRewriteMethod = new FrequentTermsRewrite(
            Math.Min(this.limits.MaxExpansions, BooleanQuery.MaxClauseCount),
            (wildcard, matched) => Note(FrequentTermsRewrite.Note(wildcard, matched, Math.Min(this.limits.MaxExpansions, BooleanQuery.MaxClauseCount))));
    }

    /// <summary>
    /// What the search did beyond the query as typed, one line each (a wildcard cut to the words
    /// found in most texts); filled as the query is rewritten against an index.
    /// </summary>
    public IReadOnlyList<string> Notes => notes;

    private void Note(string note)
    {
        lock (notes)
        {
            if (!notes.Contains(note))
            {
                notes.Add(note);
            }
        }
    }

    /// <summary>
    /// The query, read as the search reads it, or why not: within <see cref="QueryLimits"/>;
    /// balanced quotes and brackets; a slash an ordinary character ("kvalitets-/verksamhetsutveckling"),
    /// a regular expression (/…/), field syntax (area:3) and ranges ([a TO b]) refused; a lone
    /// <c>*</c> every text; excluded words alone (<c>NOT x</c>, <c>-x</c>) every text without them;
    /// something left to search for once stop words are gone.
    /// </summary>
    /// <exception cref="QueryException">The query cannot be run as typed; the message says why in one line.</exception>
    public Query Read(string query)
    {
        limits.CheckText(query);
        var text = query.Trim();
        CheckQuotesAndBrackets(text);
        Query? parsed;
        try
        {
            parsed = Parse(WithSlashesEscaped(text));
        }
        catch (ParseException ex)
        {
            throw new QueryException(Describe(ex), ex);
        }

        if (parsed is null or BooleanQuery { Clauses.Count: 0 })
        {
            var common = dropped.Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            throw new QueryException(common.Count == 0
                ? "the query has no words to search for"
                : $"the query has only common words ({string.Join(", ", common.Take(5).Select(QueryException.Quote))}{(common.Count > 5 ? ", …" : string.Empty)}), which the search leaves out: add a word that says what to look for");
        }

        return parsed;
    }

    /// <summary>An unclosed quote or bracket, or a closing bracket with no opening one, said plainly (Lucene says "Encountered &lt;EOF&gt;").</summary>
    private static void CheckQuotesAndBrackets(string text)
    {
        var quoted = false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case '(' when !quoted:
                    depth++;
                    break;
                case ')' when !quoted:
                    if (--depth < 0)
                    {
                        throw new QueryException($"a closing bracket ')' at character {i + 1} has no opening one: remove it, or put a \\ before it to search for it");
                    }

                    break;
            }
        }

        if (quoted)
        {
            throw new QueryException("a quote (\") is not closed: close the phrase, or leave the quotes out");
        }

        if (depth > 0)
        {
            throw new QueryException("a bracket '(' is not closed: close it, or leave the brackets out");
        }
    }

    /// <summary>
    /// Slashes as ordinary characters (escaped), as the analysis reads them between words; a word
    /// that starts and ends with one is a regular expression, which is refused.
    /// </summary>
    private static string WithSlashesEscaped(string text)
    {
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 8);
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                result.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '/' && !quoted)
            {
                if (StartsWord(text, i) && ClosingSlash(text, i) is { } end && EndsWord(text, end))
                {
                    throw new QueryException($"regular expressions ({QueryException.Quote(text[i..(end + 1)])}) are not supported: use * or ? in a word (styr*), or put a \\ before a slash to search for it");
                }

                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();

        static bool StartsWord(string t, int at) =>
            at == 0 || char.IsWhiteSpace(t[at - 1]) || t[at - 1] == '(' || ("+-!".Contains(t[at - 1], StringComparison.Ordinal) && (at == 1 || char.IsWhiteSpace(t[at - 2]) || t[at - 2] == '('));

        static bool EndsWord(string t, int at) =>
            at + 1 == t.Length || char.IsWhiteSpace(t[at + 1]) || ")^~".Contains(t[at + 1], StringComparison.Ordinal);

        static int? ClosingSlash(string t, int from)
        {
            for (var j = from + 1; j < t.Length; j++)
            {
                if (t[j] == '\\')
                {
                    j++;
                }
                else if (t[j] == '/')
                {
                    return j > from + 1 ? j : null;
                }
            }

            return null;
        }
    }

    /// <summary>Lucene's parse error as one line that names the place and what to do, never the whole query.</summary>
    private static string Describe(ParseException ex)
    {
        if (ex.InnerException is BooleanQuery.TooManyClausesException)
        {
            return "the query stands for too many words at once: make it narrower";
        }

        if (ex.InnerException is TokenMgrError)
        {
            return "the query has a character the search syntax reserves where it cannot stand (such as a \\ at its end): put a \\ before it to search for it";
        }

        var inner = ex.InnerException as ParseException ?? ex;
        if (inner.CurrentToken is not { } current)
        {
            // Lucene's own message quotes the whole query: never passed on.
            return "the query cannot be read as search syntax: put a \\ before a character such as ^ : ~ ! to search for it";
        }

        var next = current.Next is { Kind: not EndOfInput } n ? n : null;
        var place = next is null
            ? "at the end of the query"
            : $"at {QueryException.Quote(next.Image.Trim())}, character {(next.BeginColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if ((Operator(next?.Image) ?? Operator(current.Image)) is { } op)
        {
            var needs = op is "AND" or "OR" or "&&" or "||" ? "a word on each side" : "a word right after it";
            return $"{QueryException.Quote(op)} needs {needs} ({place}): in capitals, AND, OR and NOT join or exclude words; write them in lower case to search for them";
        }

        return next is null
            ? $"the query ends too early, after {QueryException.Quote(current.Image)}: ^ needs a number after it, ~ a number or nothing, : a word"
            : $"the query cannot be read {place}: put a \\ before a character such as ^ : ~ ! to search for it";

        static string? Operator(string? image) => image?.Trim() is "AND" or "OR" or "NOT" or "&&" or "||" or "!" or "+" or "-" ? image.Trim() : null;
    }

    /// <summary>One more word typed; past <see cref="QueryLimits.MaxWords"/> the query is refused.</summary>
    private void Typed(int count = 1)
    {
        typedWords += count;
        if (typedWords > limits.MaxWords)
        {
            throw new QueryException($"the query has more than {limits.MaxWords.ToString(System.Globalization.CultureInfo.InvariantCulture)} words, the most a query may have: keep the words that say what to look for");
        }
    }

    /// <summary>Field syntax (name:word) is not taken: the query searches the text; the filters are the request's own.</summary>
    private static void TextOnly(string field, string word)
    {
        if (field == IndexFields.Text)
        {
            return;
        }

        var filter = field switch
        {
            IndexFields.Area or IndexFields.Question or IndexFields.Municipality or IndexFields.Year or IndexFields.Framework or IndexFields.Kind => $"filter by {field} with the search's own {field} filter (kk search --{field}) instead",
            _ => "the query searches the text; to search for a colon, put the words in quotes or a \\ before the colon",
        };
        throw new QueryException($"field syntax ({QueryException.Quote($"{field}:{word}")}) is not supported: {filter}");
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        // "*" alone (or "*:*"): every text, ranked alike; with the request's filters, all of those.
        if (termStr.All(c => c == '*') && (field == IndexFields.Text || field == "*"))
        {
            Typed();
            return new MatchAllDocsQuery();
        }

        TextOnly(field, termStr);
        Typed();
        return base.GetWildcardQuery(field, termStr);
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        TextOnly(field, termStr + "*");
        Typed();
        return base.GetPrefixQuery(field, termStr);
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        TextOnly(field, termStr + "~");
        Typed();
        return base.GetFuzzyQuery(field, termStr, minSimilarity);
    }

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new QueryException($"regular expressions ({QueryException.Quote($"/{termStr}/")}) are not supported: use * or ? in a word (styr*)");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        throw new QueryException($"ranges ({QueryException.Quote($"[{part1} TO {part2}]")}) are not supported in the query: for years, use the search's year filter (kk search --year FROM..TO)");

    /// <summary>
    /// Whether, in a query of several words, a common word matches only in texts that hold one of
    /// the others (<see cref="QueryWeights.CommonShare"/>); true unless set. The search turns it off
    /// to fill a page the rarer words cannot fill.
    /// </summary>
    public bool CommonWordsNeedOthers { get; init; } = true;

    /// <summary>
    /// Whether a compound typed is also found with its head said as the verb it is made of, near
    /// its other parts ("Tibros styrmodell med sju övergripande mål" for "målstyrning"): for
    /// judging whether a sentence speaks of a topic (<see cref="TopicMatcher"/>). Off in search,
    /// where such texts ranked above the thesaurus's narrower terms made the forms set's ranking
    /// worse for a query the thesaurus was written for ("näringslivsutveckling").
    /// </summary>
    public bool HeadAsVerb { get; init; }

    /// <summary>
    /// Whether a noun in -ning also finds the agent noun of its verb ("handledning": handledare,
    /// <see cref="Derivations"/>). On in search, where it only ranks; off where a sentence is judged to
    /// speak of a topic (<see cref="TopicMatcher"/>): "en fast handledare på avdelningen" names a person
    /// of another practice, not handledning for the staff (the eighteenth judged set lost 21/22 → 23/28).
    /// </summary>
    public bool AgentNouns { get; init; } = true;

    /// <summary>
    /// Whether a compound typed is also found with its parts near each other, a part said with a
    /// one-word equivalent from the thesaurus ("utbildning för alla anställda" for
    /// personalutbildning). On in search, where it only ranks (weighed as family); off where a
    /// sentence is judged to speak of a topic (<see cref="TopicMatcher"/>), where the judged sets
    /// listed wrong citations with it.
    /// </summary>
    public bool PartKin { get; init; } = true;

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
        var bonus = new BooleanQuery
        {
            { Phrase(words, 0, weights.Phrase), Occur.SHOULD },
            { Phrase(words, weights.NearSlop, weights.Near), Occur.SHOULD },
        };

        // With three words or more, each pair typed next to each other also counts where it stands
        // together ("kostnad per elev": "kostnad per brukare"), as the sequential dependence model
        // of retrieval weighs a query's bigrams.
        for (var i = 0; words.Count > 2 && i + 1 < words.Count; i++)
        {
            bonus.Add(Phrase(words.GetRange(i, 2), 0, weights.Phrase * PairShare), Occur.SHOULD);
        }

        return bonus;

        static MultiPhraseQuery Phrase(IEnumerable<IReadOnlyList<string>> words, int slop, float boost)
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
    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        // Only excluded words ("NOT x", "-x"): every text without them, not nothing (as Solr reads it).
        if (clauses.Count > 0 && clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            clauses = [new BooleanClause(new MatchAllDocsQuery(), Occur.MUST), .. clauses];
        }

        var words = WithPhraseSynonyms(clauses);
        return Combine(words, disableCoord, Compounds(words));
    }

    /// <summary>
    /// Two words typed one after the other that Swedish also writes as one compound ("frivilliga
    /// organisationer": frivilligorganisation; "skolans resultat": skolresultat; with a stop word
    /// between, the other way round: "information på webben": webbinformation), each pair with
    /// one more clause: the compound, weighed as an equivalent (<see cref="QueryWeights.Synonym"/>),
    /// and what the thesaurus gives it; the head may be one of its equivalents in the thesaurus
    /// ("nya medarbetare": nyanställd, through anställd). Only compounds the lexicon splits into just those two
    /// words (or lists whole), and only where the index or the thesaurus holds them. Likewise a
    /// coordination typed without its hyphen ("mål och resultatstyrning": målstyrning) and a verb
    /// with its particle (<see cref="ParticleVerbQuery"/>). The clauses go with the rarer words in
    /// <see cref="Combine"/>.
    /// </summary>
    private List<Query> Compounds(IList<BooleanClause> clauses)
    {
        var result = new List<Query>();
        if (analyzer is not SwedishSearchAnalyzer swedish || clauses.Count < 2)
        {
            return result;
        }

        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            var (a, b) = (clauses[i], clauses[i + 1]);
            if (a.Occur != Occur.SHOULD || b.Occur != Occur.SHOULD
                || !typedText.TryGetValue(a.Query, out var first) || !typedText.TryGetValue(b.Query, out var second))
            {
                continue;
            }

            var afterStopWord = second.StopWordBefore is not null;
            var (modifier, head) = afterStopWord ? (second.Typed, first.Typed) : (first.Typed, second.Typed);
            // The head's equivalents in the thesaurus may make the compound too: "nya medarbetare", nyanställd.
            var headEquivalents = wordTerms[afterStopWord ? a.Query : b.Query].SelectMany(synonyms.Of)
                .Where(s => !s.Narrower && !s.Phrase.IsPhrase).Select(s => s.Phrase.Text);
            var typedTerms = wordTerms[a.Query].Concat(wordTerms[b.Query]).ToList();
            if (CompoundQuery(swedish.Lexicon, modifier, [head, .. headEquivalents], typedTerms) is { } compound)
            {
                result.Add(compound);
            }

            // "mål och resultatstyrning" typed for "mål- och resultatstyrning": the first word with the second's head, målstyrning.
            if (second.StopWordBefore is "och" or "eller"
                && swedish.Lexicon.Analyse(second.Typed.ToLowerInvariant()).TopParts is [.., { } last] top && top.Count >= 2
                && CompoundQuery(swedish.Lexicon, first.Typed, [last.Surface], typedTerms) is { } coordinated)
            {
                result.Add(coordinated);
            }
        }

        foreach (var c in clauses)
        {
            if (c.Occur == Occur.SHOULD && ParticleVerbQuery(swedish.Lexicon, c.Query) is { } nominal)
            {
                result.Add(nominal);
            }
        }

        return result;
    }

    /// <summary>
    /// A verb typed with its particle a few words on ("hur följs nämndernas arbete upp") as the
    /// noun Swedish makes of the two (uppföljning: particle, verb stem, -ning or -ing), weighed as
    /// an equivalent (<see cref="QueryWeights.Synonym"/>); null where the lexicon knows no such
    /// noun or no text holds it.
    /// </summary>
    private Query? ParticleVerbQuery(SwedishLexicon lexicon, Query word)
    {
        var at = sequence.FindIndex(w => ReferenceEquals(w.Query, word));
        if (at < 0 || classes is null)
        {
            return null;
        }

        var verbs = lexicon.Analyse(sequence[at].Typed).Lemmas.Where(classes.IsVerb).ToList();
        var particles = sequence.Skip(at + 1).Take(ParticleReach).Select(w => Particles.GetValueOrDefault(w.Typed)).OfType<string>().ToList();
        foreach (var noun in verbs.SelectMany(v => particles.SelectMany(p => new[] { p + v[..^1] + "ning", p + v[..^1] + "ing" })))
        {
            if (lexicon.Analyse(noun).Lemmas.Contains(noun) && Analyse(noun) is [{ Words: { Count: > 0 } terms }]
                && documentFrequency is not null && terms.Any(t => documentFrequency(new Term(IndexFields.Text, t)) > 0))
            {
                var alternatives = terms.Select(t => (Query)new TermQuery(new Term(IndexFields.Text, t)) { Boost = weights.Synonym }).ToList();
                return alternatives.Count == 1 ? alternatives[0] : new DisjunctionMaxQuery(alternatives, 0.1f);
            }
        }

        return null;
    }

    /// <summary>The compound of the two words, with its thesaurus entries; null where there is none the lexicon and the index or thesaurus agree on.</summary>
    private Query? CompoundQuery(SwedishLexicon lexicon, string modifier, IReadOnlyList<string> heads, IReadOnlyList<string> typedTerms)
    {
        var modifierLemmas = lexicon.Analyse(modifier.ToLowerInvariant()).Lemmas;
        var headLemmas = heads.SelectMany(h => lexicon.Analyse(h.ToLowerInvariant()).Lemmas).Distinct(StringComparer.Ordinal).ToList();
        foreach (var candidate in modifierLemmas.SelectMany(CompoundingForms).Distinct(StringComparer.Ordinal)
                     .SelectMany(m => headLemmas.Select(h => m + h)))
        {
            var analysis = lexicon.Analyse(candidate);
            var joins = !analysis.IsGuessed && analysis.Parts.Count == 2
                ? analysis.Parts[0].Lemmas.Intersect(modifierLemmas, StringComparer.Ordinal).Any() && analysis.Parts[1].Lemmas.Intersect(headLemmas, StringComparer.Ordinal).Any()
                : analysis.Parts.Count == 0 && analysis.Lemmas.Count > 0;
            if (!joins || Analyse(candidate) is not [{ Words: { Count: > 0 } terms }])
            {
                continue;
            }

            var inIndex = documentFrequency is not null && terms.Any(t => documentFrequency(new Term(IndexFields.Text, t)) > 0);
            var related = SynonymsOf(terms).ToList();
            if (!inIndex && related.Count == 0)
            {
                continue;
            }

            var typedIdf = Idf(typedTerms);
            var alternatives = new List<Query>();
            alternatives.AddRange(terms.Select(t => new TermQuery(new Term(IndexFields.Text, t)) { Boost = weights.Synonym }));
            alternatives.AddRange(related.Select(r => SynonymQuery(r, typedIdf)));
            return alternatives.Count == 1 ? alternatives[0] : new DisjunctionMaxQuery(alternatives, 0.1f);
        }

        return null;
    }

    /// <summary>How a word may begin a compound: as it is, with a linking -s-, and a word ending in a vowel without it or with another ("skola": skol, skole; "kyrka": kyrko; "lön": löne).</summary>
    private static IEnumerable<string> CompoundingForms(string lemma)
    {
        yield return lemma;
        yield return lemma + "s";
        if (lemma.Length > 3 && "aeiouyåäö".Contains(lemma[^1], StringComparison.Ordinal))
        {
            var stem = lemma[..^1];
            yield return stem;
            yield return stem + "e";
            yield return stem + "o";
            yield return stem + "u";
        }
        else
        {
            yield return lemma + "e";
        }
    }

    /// <summary>
    /// Any-of clauses where some words are common (<see cref="QueryWeights.CommonShare"/>) and
    /// some are not: a text must hold one of the others, the common words only add to its score.
    /// Words that name no thing (<see cref="QueryWeights.Doing"/>) weigh less and count as common
    /// where other words name one.
    /// </summary>
    private Query Combine(IList<BooleanClause> clauses, bool disableCoord, IReadOnlyList<Query>? compounds = null)
    {
        compounds ??= [];
        var doing = Doing(clauses);
        var weighed = new Dictionary<BooleanClause, Query>(ReferenceEqualityComparer.Instance);
        foreach (var c in clauses)
        {
            weighed[c] = doing.Contains(c) ? Weighed(c.Query, weights.Doing) : c.Query;
        }

        var extra = compounds.Select(q => new BooleanClause(q, Occur.SHOULD));
        if (!CommonWordsNeedOthers || documentFrequency is null || documentCount == 0 || clauses.Count < 2 || clauses.Any(c => c.Occur != Occur.SHOULD))
        {
            return base.GetBooleanQuery([.. clauses.Select(c => new BooleanClause(weighed[c], c.Occur)), .. extra], disableCoord);
        }

        var common = clauses.Where(c => doing.Contains(c) || IsCommon(c.Query)).ToList();
        if (common.Count == 0 || common.Count == clauses.Count)
        {
            return base.GetBooleanQuery([.. clauses.Select(c => new BooleanClause(weighed[c], c.Occur)), .. extra], disableCoord);
        }

        HeldBackCommonWords = true;
        var others = new BooleanQuery();
        foreach (var c in clauses.Except(common))
        {
            others.Add(weighed[c], Occur.SHOULD);
        }

        foreach (var q in compounds)
        {
            others.Add(q, Occur.SHOULD);
        }

        var query = new BooleanQuery { { others, Occur.MUST } };
        foreach (var c in common)
        {
            query.Add(weighed[c], Occur.SHOULD);
        }

        return query;
    }

    /// <summary>The query with its score times <paramref name="boost"/> (wrapped: the query itself may stand elsewhere too).</summary>
    private static BooleanQuery Weighed(Query query, float boost)
    {
        var weighed = new BooleanQuery { { query, Occur.SHOULD } };
        weighed.Boost = boost;
        return weighed;
    }

    /// <summary>
    /// The words typed among <paramref name="clauses"/> that name no thing (<see cref="WordClasses.NamesThing"/>),
    /// where some other word names one; none where the query is one word, or names nothing at all.
    /// </summary>
    private HashSet<BooleanClause> Doing(IList<BooleanClause> clauses)
    {
        var doing = new HashSet<BooleanClause>(ReferenceEqualityComparer.Instance);
        if (classes is null || clauses.Count < 2)
        {
            return doing;
        }

        foreach (var c in clauses)
        {
            if (c.Occur == Occur.SHOULD && typedText.TryGetValue(c.Query, out var typed)
                && typed.Typed.ToLowerInvariant() is var word && !classes.NamesThing(word) && !classes.IsActiveVerb(word))
            {
                doing.Add(c);
            }
        }

        // The verbs carry the query where no other word names a thing, or only one found nearly
        // everywhere ("hur jämför sig kommunen med andra").
        if (!clauses.Any(c => !doing.Contains(c) && !IsCommon(c.Query, weights.GenericShare)))
        {
            doing.Clear();
        }

        return doing;
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

    private bool IsCommon(Query query) => IsCommon(query, weights.CommonShare);

    /// <summary>Whether the word typed is in more than <paramref name="share"/> of all texts (never without document frequencies).</summary>
    private bool IsCommon(Query query, double share) =>
        documentFrequency is not null && documentCount > 0
        && wordTerms.TryGetValue(query, out var terms)
        && terms.Max(t => documentFrequency(new Term(IndexFields.Text, t))) > share * documentCount;

    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        TextOnly(field, quoted ? $"\"{queryText}\"" : queryText);
        Typed(quoted ? Math.Max(1, queryText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length) : 1);
        var positions = Analyse(queryText);
        if (positions.Count == 0)
        {
            dropped.Add(queryText.Trim());
            stopWordBefore = queryText.Trim().ToLowerInvariant();
            sequence.Add((stopWordBefore, null));
            return null;
        }

        var before = stopWordBefore;
        stopWordBefore = null;
        if (quoted)
        {
            sequence.Add((string.Empty, null));
            return Phrase(positions);
        }

        var perWord = positions.Select(p => Word(p, positions.Count == 1 ? queryText : null)).ToList();
        if (perWord.Count == 1)
        {
            wordTerms[perWord[0]] = positions[0].Words;
            typedText[perWord[0]] = (queryText.Trim(), before);
            sequence.Add((queryText.Trim().ToLowerInvariant(), perWord[0]));
            return perWord[0];
        }

        sequence.Add((string.Empty, null));

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
        wholes.AddRange(SaidInFull(typed).Select(s => SaidInFullQuery(s, typedIdf)));
        var family = Family(typed, p.Words).ToList();
        var spoken = Spoken(typed);
        wholes.AddRange(family.Select(terms => WeighedBelowTyped(terms, spoken ? weights.Spoken : weights.Derived, typedIdf)));

        Query whole = wholes.Count == 1 ? wholes[0] : new DisjunctionMaxQuery(wholes, 0.1f);

        if (p.Words.Count > 0)
        {
            // A verb typed as spoken stands with the other words in its noun too ("jämförelser med andra").
            words.Add(spoken ? [.. p.Words, .. family.SelectMany(f => f)] : p.Words);
        }

        if (parts == PartMatching.Pieces && p.Parts.Count < 2 && PiecesOf(p) is { Count: > 0 } pieces)
        {
            var withPieces = new BooleanQuery { { whole, Occur.SHOULD } };
            foreach (var t in pieces)
            {
                withPieces.Add(new TermQuery(new Term(IndexFields.Text, t)) { Boost = weights.Part }, Occur.SHOULD);
            }

            return withPieces;
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
        if (p.TopParts.Count >= 2)
        {
            var topSpans = p.TopParts.Select(alternatives => Spans(alternatives)).ToArray();
            near.Add(new SpanNearQuery(topSpans, weights.PartsSlop, inOrder: true), Occur.SHOULD);
            near.Add(new SpanNearQuery([.. topSpans.Reverse()], weights.PartsSlop, inOrder: true), Occur.SHOULD);
        }

        // A compound whose head says little more than "the matter of" its first part
        // ("klagomålshantering", "föreningsliv") is also spoken of by its first part alone.
        var split = p.TopParts.Count >= 2 ? p.TopParts : p.Parts;
        if (split.Count == 2 && split[1].Any(LightHeads.Contains))
        {
            foreach (var t in split[0])
            {
                near.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
            }
        }

        near.Boost = weights.PartsNear;
        query.Add(near, Occur.SHOULD);

        // The head said as the verb it is made of, near the other parts ("styr med mål" for
        // målstyrning, "utveckla kompetensen" for kompetensutveckling), weighed as family.
        if (HeadAsVerb && HeadFamily(typed) is { Count: > 0 } kin)
        {
            var kinSpans = split.Take(split.Count - 1).Select(alternatives => Spans(alternatives)).Append(Spans(kin)).ToArray();
            var said = new BooleanQuery
            {
                { new SpanNearQuery(kinSpans, weights.PartsSlop, inOrder: true), Occur.SHOULD },
                { new SpanNearQuery([.. kinSpans.Reverse()], weights.PartsSlop, inOrder: true), Occur.SHOULD },
            };
            said.Boost = weights.Derived;
            query.Add(said, Occur.SHOULD);
        }

        // The first part said as the verb of its family, near the head ("kombinera sin tjänst" for
        // kombinationstjänst, "informera på mötet" for informationsmöte), weighed as family.
        if (HeadAsVerb && split.Count == 2 && PartFamily(typed, 0) is { Count: > 0 } modifierKin)
        {
            SpanQuery[] kinSpans = [Spans(modifierKin), Spans(split[1])];
            var said = new BooleanQuery
            {
                { new SpanNearQuery(kinSpans, weights.PartsSlop, inOrder: true), Occur.SHOULD },
                { new SpanNearQuery([.. kinSpans.Reverse()], weights.PartsSlop, inOrder: true), Occur.SHOULD },
            };
            said.Boost = weights.Derived;
            query.Add(said, Occur.SHOULD);
        }
        // Its parts near each other, a part said with a one-word equivalent from the thesaurus
        // ("utbildning för alla anställda" for personalutbildning), weighed as family.
        if (PartKin && split.Count >= 2)
        {
            var kinParts = split.Select(alternatives => (IReadOnlyList<string>)[.. alternatives, .. PartKinOf(alternatives)]).ToList();
            if (kinParts.Zip(split).Any(x => x.First.Count > x.Second.Count))
            {
                var kinSpans = kinParts.Select(Spans).ToArray();
                var kinNear = new BooleanQuery
                {
                    { new SpanNearQuery(kinSpans, weights.PartsSlop, inOrder: true), Occur.SHOULD },
                    { new SpanNearQuery([.. kinSpans.Reverse()], weights.PartsSlop, inOrder: true), Occur.SHOULD },
                };
                kinNear.Boost = weights.Derived;
                query.Add(kinNear, Occur.SHOULD);
            }
        }

        if (parts == PartMatching.NearAndAlone)
        {
            foreach (var t in split.SelectMany(a => a).Distinct(StringComparer.Ordinal))
            {
                query.Add(new TermQuery(new Term(IndexFields.Text, t)) { Boost = weights.Part }, Occur.SHOULD);
            }

            if (SomeLeafParts(p) is { } some)
            {
                query.Add(some, Occur.SHOULD);
            }
        }

        return query;
    }

    /// <summary>
    /// Shortest dictionary word taken as the piece that ends a word listed whole, and the shortest rest
    /// before it; a noun may be shorter ("app" of "mobilapp").
    /// </summary>
    private const int MinPiece = 4, MinShortPiece = 3, MinPieceRest = 3;

    /// <summary>
    /// The index terms of a word's pieces for <see cref="PartMatching.Pieces"/>: the parts the lexicon
    /// guessed, or for a word the dictionary lists whole and the lexicon does not split (its first
    /// piece a function word, as "när" of "närdemokrati"), the longest dictionary word that ends it
    /// after another dictionary word, as Lucene's DictionaryCompoundWordTokenFilter reads compounds
    /// (not the tail of a derivation: "decentralis|ering"). None for a word the lexicon does
    /// not read at all: a typo gets suggestions, not texts on some piece of it.
    /// </summary>
    private List<string> PiecesOf(Position p)
    {
        if (p.Guessed.Count > 0)
        {
            // A guessed piece that is a dictionary word with a linking -s or -e ("självfinansierings" of
            // "självfinansieringsgrad", a word sv_SE lets no compound begin with): that word too.
            var linked = analyzer is SwedishSearchAnalyzer lexical
                ? lexical.Lexicon.Analyse(p.Surface.ToLowerInvariant()).Parts
                    .Where(part => part.Guessed && part.Surface.Length > MinPieceRest + 1 && (part.Surface.EndsWith('s') || part.Surface.EndsWith('e')))
                    .SelectMany(part => lexical.Lexicon.Analyse(part.Surface[..^1]) is { Lemmas.Count: > 0 } && Analyse(part.Surface[..^1]) is [{ Words.Count: > 0 } piece] ? piece.Words : [])
                : [];
            return [.. p.Guessed.Concat(linked).Where(t => !p.Words.Contains(t)).Distinct(StringComparer.Ordinal)];
        }

        if (analyzer is not SwedishSearchAnalyzer swedish || p.Surface.Contains('-', StringComparison.Ordinal))
        {
            return [];
        }

        var classes = new WordClasses(swedish.Lexicon);

        var word = p.Surface.ToLowerInvariant();
        if (swedish.Lexicon.Analyse(word) is not { Lemmas.Count: > 0, IsCompound: false })
        {
            return [];
        }

        for (var start = MinPieceRest; start <= word.Length - MinShortPiece; start++)
        {
            var tail = word[start..];
            if (swedish.Lexicon.Analyse(word[..start]) is { Lemmas.Count: > 0 } && swedish.Lexicon.Analyse(tail) is { Lemmas.Count: > 0 } lemmas
                && (tail.Length >= MinPiece || lemmas.Lemmas.All(classes.IsNoun)) && Analyse(tail) is [{ Words.Count: > 0 } piece])
            {
                return [.. piece.Words.Where(t => !p.Words.Contains(t))];
            }
        }

        return [];
    }

    /// <summary>
    /// For a compound whose first split has a compound part ("beslutsstödssystem": beslutsstöd |
    /// system, then beslut | stöd | system), texts that hold two of its finest parts anywhere
    /// ("beslutsystem", "ledningsstödssystemet"), weighed as two single parts: they speak of
    /// more of it than a text with the head alone ("system"). One fine part alone ("äldre" of
    /// "äldreomsorgsnämnd") finds nearly anything and is not looked for. Null for a compound of
    /// two parts.
    /// </summary>
    private BooleanQuery? SomeLeafParts(Position p)
    {
        if (p.TopParts.Count < 2 || p.Parts.Count <= p.TopParts.Count)
        {
            return null;
        }

        var some = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 2, Boost = 2 * weights.Part };
        foreach (var alternatives in p.Parts)
        {
            some.Add(Either(alternatives), Occur.SHOULD);
        }

        return some;

        static Query Either(IReadOnlyList<string> alternatives)
        {
            if (alternatives.Count == 1)
            {
                return new TermQuery(new Term(IndexFields.Text, alternatives[0]));
            }

            var any = new BooleanQuery(disableCoord: true);
            foreach (var t in alternatives)
            {
                any.Add(new TermQuery(new Term(IndexFields.Text, t)), Occur.SHOULD);
            }

            return any;
        }
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
        foreach (var related in lemmas.SelectMany(l => derivations.Of(l, AgentNouns)).Distinct(StringComparer.Ordinal))
        {
            var terms = Analyse(related) is [{ Words: { Count: > 0 } w }] ? w : null;
            if (terms is not null && terms.All(seen.Add))
            {
                yield return terms;
            }
        }
    }

    /// <summary>
    /// An "e-" word said in full, as an equivalent: "elektroniska förslag", "digitala förslag" for
    /// "e-förslag" (as the thesaurus lists some: e-handel, elektronisk handel).
    /// </summary>
    private IEnumerable<Synonym> SaidInFull(string? typed)
    {
        var word = typed?.Trim().ToLowerInvariant();
        if (word is null || word.Length < 5 || !word.StartsWith("e-", StringComparison.Ordinal) || !word[2..].All(char.IsLetter))
        {
            yield break;
        }

        foreach (var adjective in ElectronicAdjectives)
        {
            if (SynonymList.Analyse(analyzer, adjective + " " + word[2..]) is { IsPhrase: true } phrase)
            {
                yield return new Synonym(phrase, Narrower: false);
            }
        }
    }

    /// <summary>
    /// An "e-" word said in full, found in either order within <see cref="SaidInFullSlop"/> words,
    /// as the adjective or its adverb: "digitala förslag", "lämna förslag digitalt"; weighed as an
    /// equivalent of the thesaurus.
    /// </summary>
    private Query SaidInFullQuery(Synonym synonym, double typedIdf)
    {
        var phrase = synonym.Phrase;
        if (phrase.Term is not null || phrase.Terms.Count != 2)
        {
            return SynonymQuery(synonym, typedIdf);
        }

        var boost = weights.Synonym;
        var idf = phrase.Terms.Sum(Idf);
        if (typedIdf > 0 && idf > typedIdf)
        {
            boost *= (float)(typedIdf / idf);
        }

        return new SpanNearQuery([.. phrase.Terms.Select(Spans)], SaidInFullSlop, inOrder: false) { Boost = boost };
    }

    /// <summary>A verb typed as it is spoken ("hur jämför sig kommunen"), which the reports say in its noun ("jämförelser").</summary>
    private bool Spoken(string? typed) =>
        classes is not null && typed is not null && typed.Trim().ToLowerInvariant() is var w && classes.IsActiveVerb(w) && !classes.NamesThing(w);

    /// <summary>The whole-word terms of the family of a typed compound's head (<see cref="Derivations"/>): "styra" for "målstyrning".</summary>
    private IReadOnlyList<string> HeadFamily(string? typed) => PartFamily(typed, -1);

    /// <summary>The family (<see cref="Derivations"/>) of one part of a compound typed, as terms: <paramref name="part"/> 0 the first, -1 the head; none for a word that is no compound.</summary>
    private IReadOnlyList<string> PartFamily(string? typed, int part)
    {
        if (derivations is null || typed is null)
        {
            return [];
        }

        var analysis = ((SwedishSearchAnalyzer)analyzer).Lexicon.Analyse(typed.Trim().ToLowerInvariant());
        var parts = analysis.TopParts.Count >= 2 ? analysis.TopParts : analysis.Parts.Count >= 2 ? analysis.Parts : null;
        var head = parts is null ? null : part < 0 ? parts[^1] : parts[part];
        return head is null
            ? []
            : [.. head.Lemmas.SelectMany(l => derivations.Of(l, AgentNouns)).Distinct(StringComparer.Ordinal).SelectMany(w => Analyse(w) is [{ Words: { Count: > 0 } terms }] ? terms : []).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The one-word equivalents of a compound's part in the thesaurus, as terms, none of the part's
    /// own ("anställd", "medarbetare" for "personal"). Not its family: with "utveckla" for
    /// "utveckling", "näringslivsutveckling" ranked the thesaurus's narrower terms lower than
    /// without the thesaurus, which the thesaurus test forbids.
    /// </summary>
    private IEnumerable<string> PartKinOf(IReadOnlyList<string> part) =>
        part.SelectMany(synonyms.Of)
            .Where(s => !s.Narrower && s.Phrase.Term is not null)
            .Select(s => s.Phrase.Term!)
            .Distinct(StringComparer.Ordinal)
            .Where(k => !part.Contains(k));

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
        using (var stream = analyzer.GetTokenStream(IndexFields.Text, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var index = -1;
            while (stream.IncrementToken())
            {
                if (increment.PositionIncrement > 0 || positions.Count == 0)
                {
                    index += Math.Max(1, increment.PositionIncrement);
                    positions.Add(new Position(index, [], []) { Surface = text[Math.Min(offset.StartOffset, text.Length)..Math.Min(Math.Max(offset.StartOffset, offset.EndOffset), text.Length)] });
                }

                var t = term.ToString();
                var p = positions[^1];
                switch (type.Type)
                {
                    case TokenKinds.Part when p.Parts.Count > 0 && t == LexiconFilter.AdjectiveTerm(p.Parts[^1][0]):
                        p.Parts[^1].Add(t); // the same part read as the adjective it may be ("lokal" of "lokalbokning"), not a part of its own
                        break;
                    case TokenKinds.Part:
                        p.Parts.Add([t]);
                        break;
                    case TokenKinds.Guessed:
                        p.Guessed.Add(t);
                        break;
                    case TokenKinds.Inner:
                        break;
                    default:
                        p.Words.Add(t);
                        break;
                }
            }

            stream.End();
        }

        foreach (var p in positions)
        {
            p.TopParts = TopParts(p);
        }

        return positions;
    }

    /// <summary>
    /// The terms of a compound's first split where its parts split again ("delår", "rapport" for
    /// "delårsrapport", whose parts are del, år, rapport): each such part as a word of its own, for
    /// finding the parts alone or apart ("rapporten för delåret"), where the finer parts ("del")
    /// would find nearly anything. Empty where the first split is all there is.
    /// </summary>
    private List<List<string>> TopParts(Position p)
    {
        if (p.Parts.Count < 2 || analyzer is not SwedishSearchAnalyzer swedish)
        {
            return [];
        }

        if (p.Surface.Contains('-', StringComparison.Ordinal))
        {
            return HyphenatedTopParts(p);
        }

        // Nothing new where the first split is the parts themselves ("ledarskaps|utbildning").
        var analysis = swedish.Lexicon.Analyse(p.Surface.ToLowerInvariant());
        var top = analysis.TopParts;
        if (top.Count < 2 || top.Count >= analysis.Parts.Count)
        {
            return [];
        }

        var terms = top.Select(part => part.Lemmas.SelectMany(l => Analyse(l) is [{ Words: { Count: > 0 } w }] ? w : []).Distinct(StringComparer.Ordinal).ToList()).ToList();
        return terms.All(t => t.Count > 0) ? terms : [];
    }

    /// <summary>
    /// The first split of a hyphenated compound whose first piece joins the next one's first part
    /// ("e-post|svar" of "e-postsvar", whose parts are also "postsvar" and "post"): the joined part
    /// and the word after it (its linking -s- aside), so "svar på e-post" finds it; only where the
    /// first piece is a short prefix ("e-", "it-"), not a word of a coordination ("beställar-utförar|modellen",
    /// whose head alone would find every "modell"). Empty otherwise.
    /// </summary>
    private const int MaxPrefixPiece = 3;

    private List<List<string>> HyphenatedTopParts(Position p)
    {
        var surface = p.Surface.ToLowerInvariant();
        foreach (var joined in p.Parts.SelectMany(a => a).Where(t => t.IndexOf('-', StringComparison.Ordinal) is > 0 and <= MaxPrefixPiece && t.Length < surface.Length && surface.StartsWith(t, StringComparison.Ordinal)))
        {
            var rest = surface[joined.Length..];
            foreach (var head in rest.StartsWith('s') ? new[] { rest, rest[1..] } : [rest])
            {
                if (head.Length >= 3 && !head.Contains('-', StringComparison.Ordinal) && Analyse(head) is [{ Words: { Count: > 0 } w }])
                {
                    return [[joined], w];
                }
            }
        }

        return [];
    }

    /// <summary>
    /// One position of the analysed query: its whole-word terms, its parts (each part's
    /// alternatives), the letters it was read from, and its first split's parts where finer (<see cref="TopParts(Position)"/>).
    /// </summary>
    private sealed record Position(int Index, List<string> Words, List<List<string>> Parts)
    {
        public string Surface { get; init; } = string.Empty;

        /// <summary>The parts the lexicon guessed for a word it does not know ("ålborg", "åtagand"), indexed but not parts of their own.</summary>
        public List<string> Guessed { get; } = [];

        public List<List<string>> TopParts { get; set; } = [];
    }
}

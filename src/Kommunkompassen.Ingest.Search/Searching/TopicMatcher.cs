using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Municipalities;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Index.Memory;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// Whether a text speaks of a topic typed in words, judged as the archive search would judge it:
/// the text is analysed as the index analyses documents (into a single-document
/// <see cref="MemoryIndex"/>) and the topic's query (<see cref="SwedishQueryParser"/>) must
/// match it. Every content word of the topic must be in the text ("digitala kanaler" needs both
/// words, in any form the Swedish analysis joins: "digital kanal", "kanalerna", compounds that
/// contain them, or an equivalent in the thesaurus, <see cref="SynonymList.Equivalents"/>: a narrower
/// term of its one-way entries is no answer here, where nothing weighs it below the word); a compound typed is there whole or with all its parts near
/// each other ("utbildning i ledarskap"), never by one part alone, save the first part of a
/// compound whose head adds little to it ("klagomål" for "klagomålshantering", "föreningar" for
/// "föreningsliv"); its head may be said as the verb it is made of ("styr … mål" for "målstyrning").
/// Parts near each other do not count where each is only the head of another compound: "en enkel
/// spendanalys … trots en liten inköpsenhet" speaks of an analys and an enhet of other kinds, not
/// of an analysenhet ("simundervisning på skoltid" still speaks of simskola). A topic of stop words
/// only matches nothing. The query is built once; each call indexes
/// its text in its own memory index, so a matcher is safe to share between threads.
/// </summary>
public sealed partial class TopicMatcher : ITopicMatcher
{
    /// <summary>
    /// How many words may stand between a topic's parts in one sentence ("varje ny chef en mentor
    /// och ett halvårslångt introduktionsprogram" for chefsintroduktion): wider than search's
    /// (<see cref="QueryWeights.PartsSlop"/>), since the unit judged is one sentence, not a passage.
    /// 8, 12 and 20 measured on the judged sets: 12 and 20 gave the same, above 8.
    /// </summary>
    public const int PartsSlop = 12;

    private readonly Query? query;
    private readonly Query? wholeQuery;
    private readonly IReadOnlyList<string> partLemmas;
    private readonly IReadOnlyList<string> modifierLemmas;
    private readonly Analyzer indexAnalyzer;
    private readonly SwedishLexicon? lexicon;
    private readonly WordClasses? classes;
    private readonly string? head;

    /// <summary>A matcher for <paramref name="topic"/>, with the Swedish analysis of the archive unless other analyzers are given.</summary>
    public TopicMatcher(string topic, Analyzer? analyzer = null, SynonymList? synonyms = null)
    {
        Topic = topic;
        indexAnalyzer = analyzer ?? SwedishSearchAnalyzer.Default;
        query = TopicQuery(topic, indexAnalyzer, synonyms ?? (analyzer is null ? SynonymList.Default.Equivalents : new SynonymList([], indexAnalyzer)));
        lexicon = (indexAnalyzer as SwedishSearchAnalyzer)?.Lexicon;
        classes = lexicon is null ? null : new WordClasses(lexicon);
        head = lexicon is null ? null : HeadOf(topic, lexicon, indexAnalyzer);
        partLemmas = lexicon is null ? [] : PartLemmas(topic, lexicon);
        modifierLemmas = lexicon is null ? [] : PartLemmas(topic, lexicon, modifiersOnly: true);
        wholeQuery = partLemmas.Count == 0 ? null : TopicQuery(topic, indexAnalyzer, synonyms ?? (analyzer is null ? SynonymList.Default.Equivalents : new SynonymList([], indexAnalyzer)), PartMatching.Whole);
        attribute = lexicon is null ? null : Attribute(topic, query, lexicon);
    }

    /// <summary>
    /// How many words apart a topic's modifier and its noun may stand and still be one phrase:
    /// "öppna och digitala sammanträden", "lättlästa versioner av sin viktigaste samhällsinformation".
    /// 3, 5 and 6 measured on the judged sets: 3 lost three more citations than 5, 6 the same as 5.
    /// </summary>
    public const int AttributeSlop = 5;

    private readonly (HashSet<string> Modifier, HashSet<string> Noun)? attribute;

    /// <summary>
    /// For a topic of a modifier and a noun ("äldre medarbetare", "egen tid", "öppna data"): the
    /// index terms each of the two words is found by. Null for any other topic: one word, a first
    /// word that is a noun ("bostad först", "oppositionens insyn"), or a phrase of the thesaurus,
    /// which the query reads as one.
    /// </summary>
    private static (HashSet<string>, HashSet<string>)? Attribute(string topic, Query? query, SwedishLexicon lexicon)
    {
        var words = topic.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words.All(w => w.All(char.IsLetter)) || query is not BooleanQuery { Clauses.Count: 2 } pair
            || pair.Clauses.Any(c => c.Occur != Occur.MUST))
        {
            return null;
        }

        var classes = new WordClasses(lexicon);
        var first = lexicon.Analyse(words[0]);
        if (first.Lemmas.Count == 0 || first.IsCompound || first.Lemmas.Any(classes.IsNoun))
        {
            return null;
        }

        return (TermsOf(pair.Clauses[0].Query), TermsOf(pair.Clauses[1].Query));

        static HashSet<string> TermsOf(Query q)
        {
            var terms = new HashSet<Term>();
            q.ExtractTerms(terms);
            return [.. terms.Select(t => t.Text)];
        }
    }

    /// <summary>
    /// Whether the topic's modifier stands within <see cref="AttributeSlop"/> words before its noun
    /// in the text, or after it with a copula between ("kanalerna är digitala"): "de äldres önskemål
    /// … personalen" does not speak of older employees, "efter skoltid, med egen entré" not of egen tid.
    /// </summary>
    private bool ModifierNearNoun(string text)
    {
        if (attribute is not { } pair)
        {
            return true;
        }

        var modifiers = new List<(int Position, int Start)>();
        var nouns = new List<(int Position, int End)>();
        using var stream = indexAnalyzer.GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var t = term.ToString();
            if (pair.Modifier.Contains(t))
            {
                modifiers.Add((position, offset.StartOffset));
            }

            if (pair.Noun.Contains(t))
            {
                nouns.Add((position, offset.EndOffset));
            }
        }

        stream.End();

        // Before its noun ("äldre medarbetare"), or after it as what the noun is ("kanalerna är digitala").
        return modifiers.Any(m => nouns.Any(n =>
            (n.Position >= m.Position && n.Position - m.Position <= AttributeSlop)
            || (n.Position < m.Position && m.Position - n.Position <= AttributeSlop && n.End <= m.Start && Copula().IsMatch(text[n.End..m.Start]))));
    }

    /// <summary>The topic as typed.</summary>
    public string Topic { get; }

    /// <inheritdoc/>
    public bool Speaks(string text)
    {
        if (query is null || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var index = new MemoryIndex();
        index.AddField(IndexFields.Text, text, indexAnalyzer);
        if (index.Search(query) <= 0)
        {
            return false;
        }

        return (wholeQuery is null || index.Search(wholeQuery) > 0 || !OnlyOtherHeads(text)) && ModifierNearNoun(text);
    }

    /// <inheritdoc/>
    public bool SpeaksWhole(string text)
    {
        if (!Speaks(text))
        {
            return false;
        }

        if (wholeQuery is null)
        {
            return true;
        }

        var index = new MemoryIndex();
        index.AddField(IndexFields.Text, text, indexAnalyzer);
        return index.Search(wholeQuery) > 0;
    }

    /// <inheritdoc/>
    public int SharedWords(string text, string other)
    {
        if (lexicon is null)
        {
            return 0;
        }

        var mine = ContentLemmas(text);
        mine.IntersectWith(ContentLemmas(other));
        return mine.Count;
    }

    /// <summary>
    /// Lemmas every report uses of its own municipality, which tell nothing of what two texts speak
    /// of ("… där kommunen sedan 2005 har ett diskussionsforum …" and "… att kommunen slutför arbetet
    /// med ett landsbygdsråd" share only "kommun").
    /// </summary>
    private static readonly HashSet<string> Everywhere = new(StringComparer.Ordinal) { "kommun", "kommunal" };

    /// <inheritdoc/>
    /// <remarks>A word of the text counts by its lemma or, for a compound, by its head ("fjärrvärme" for spillvärme).</remarks>
    public bool SharesPart(string text)
    {
        if (lexicon is null || partLemmas.Count == 0)
        {
            return false;
        }

        foreach (var match in Word().EnumerateMatches(text))
        {
            var analysis = lexicon.Analyse(text.Substring(match.Index, match.Length).ToLowerInvariant());
            var lemmas = analysis.IsCompound && !analysis.IsGuessed ? analysis.Lemmas.Concat(analysis.Parts[^1].Lemmas) : analysis.Lemmas;
            if (lemmas.Any(l => partLemmas.Contains(l) && (l.Length > MinContentWord || (l.Length == MinContentWord && classes!.IsNoun(l))) && !Everywhere.Contains(l)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shortest word whose lemma counts as content in <see cref="SharedWords"/>: a noun ("mål", "lön"); other words need one letter more ("bra", "ny" do not count).</summary>
    private const int MinContentWord = 3;

    private HashSet<string> ContentLemmas(string text)
    {
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (word.Length < MinContentWord || SwedishAnalyzer.DefaultStopSet.Contains(word))
            {
                continue;
            }

            // Whole words only: a shared part ("fritids|budget", "medborgar|budget") is often another practice.
            lemmas.UnionWith(lexicon!.Analyse(word).Lemmas.Where(l => (l.Length > MinContentWord || (l.Length == MinContentWord && classes!.IsNoun(l))) && !Everywhere.Contains(l)));
        }

        return lemmas;
    }

    /// <summary>
    /// Whether the topic's parts stand in the text only as heads of other compounds ("analys" of
    /// "spendanalys", "enhet" of "inköpsenhet" for analysenhet): at least one does, and none stands
    /// as a word of its own or as a first part; or its first part does so alone, in the genitive of
    /// another compound that owns the head ("tjänst" of "hemtjänstens bil" for tjänstebil: the car
    /// of the home care, not a company car), whatever its head does.
    /// </summary>
    private bool OnlyOtherHeads(string text)
    {
        bool asHead = false, anyElse = false, modifierAsHead = false, modifierElse = false, ownerOnly = true;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var analysis = lexicon!.Analyse(text.Substring(match.Index, match.Length).ToLowerInvariant());
            if (!analysis.IsCompound)
            {
                anyElse |= analysis.Lemmas.Any(partLemmas.Contains);
                modifierElse |= analysis.Lemmas.Any(modifierLemmas.Contains);
                continue;
            }

            var first = analysis.Parts.Take(analysis.Parts.Count - 1).ToList();
            anyElse |= first.Any(p => p.Lemmas.Any(partLemmas.Contains));
            modifierElse |= analysis.Parts[0].Lemmas.Any(modifierLemmas.Contains); // not a middle part: "hem|tjänst|personalen" is hemtjänst's
            asHead |= analysis.Parts[^1].Lemmas.Any(partLemmas.Contains);
            if (analysis.Parts[^1].Lemmas.Any(modifierLemmas.Contains))
            {
                modifierAsHead = true;
                ownerOnly &= match.Length > 1 && text[match.Index + match.Length - 1] == 's' && Word().Match(text, match.Index + match.Length) is { Success: true } next
                    && lexicon.Analyse(next.Value.ToLowerInvariant()).Lemmas.Any(l => partLemmas.Contains(l) && !modifierLemmas.Contains(l));
            }
        }

        return (asHead && !anyElse) || (modifierAsHead && ownerOnly && !modifierElse);
    }

    /// <summary>The lemmas of the parts of a topic that is one compound word (or of all its parts but the head); none for any other topic.</summary>
    private static IReadOnlyList<string> PartLemmas(string topic, SwedishLexicon lexicon, bool modifiersOnly = false)
    {
        var word = topic.Trim().ToLowerInvariant();
        if (word.Length == 0 || !word.All(char.IsLetter))
        {
            return [];
        }

        var analysis = lexicon.Analyse(word);
        var parts = modifiersOnly ? analysis.Parts.Take(analysis.Parts.Count - 1) : analysis.Parts;
        return analysis.IsCompound && !analysis.IsGuessed ? [.. parts.SelectMany(p => p.Lemmas).Distinct(StringComparer.Ordinal)] : [];
    }

    /// <inheritdoc/>
    public bool SpeaksByHead(string text, bool anyForm = false)
    {
        if (head is null || lexicon is null || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var previous = string.Empty;
        foreach (var match in Word().EnumerateMatches(text))
        {
            var written = text.Substring(match.Index, match.Length);
            var word = written.ToLowerInvariant();

            // A municipality's genitive makes the noun after it definite too ("Eslövs kö").
            var determined = Determiners.Contains(previous.ToLowerInvariant())
                || (previous.Length > 2 && char.IsUpper(previous[0]) && previous[^1] == 's' && (MunicipalityRegistry.Default.Find(previous[..^1]) ?? MunicipalityRegistry.Default.Find(previous)) is not null); // "Hofors utbildning"
            previous = written;
            if ((anyForm || determined ? word.Length >= head.Length : word.Length > head.Length && Definite(word)) && lexicon.Analyse(word) is { IsGuessed: false } analysis && analysis.Lemmas.Contains(head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that make the noun after them definite without its ending ("de vandringar som …", "den plan som …"); so does a municipality's genitive.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "den", "det", "de", "denna", "detta", "dessa" };

    /// <summary>A noun's definite ending: -en, -et (singular), -na (plural: -arna, -erna, -orna, -ena), or their genitive ("collegets").</summary>
    private static bool Definite(string word)
    {
        var w = word.EndsWith('s') ? word[..^1] : word;
        return w.EndsWith("en", StringComparison.Ordinal) || w.EndsWith("et", StringComparison.Ordinal) || w.EndsWith("na", StringComparison.Ordinal);
    }

    /// <summary>
    /// The lemma of the head of a topic that is one compound word ("dialog" for "medborgardialog",
    /// "fond" for "innovationsfond"; "college" for the coordination "vård- och omsorgscollege"); null for a topic of other words, a head the splitter guessed, or
    /// a head that says little alone ("-hantering", "-arbete": <see cref="SwedishQueryParser.IsLightHead"/>).
    /// </summary>
    private static string? HeadOf(string topic, SwedishLexicon lexicon, Analyzer analyzer)
    {
        var word = topic.Trim().ToLowerInvariant();

        // A coordination's compound carries the head ("vård- och omsorgscollege": omsorgscollege).
        if (Coordination().Match(word) is { Success: true } coordination)
        {
            word = coordination.Groups["last"].Value;
        }

        if (word.Length == 0 || !word.All(char.IsLetter))
        {
            return null;
        }

        var analysis = lexicon.Analyse(word);
        var parts = analysis.TopParts.Count >= 2 ? analysis.TopParts : analysis.Parts;
        if (parts.Count < 2 || parts[^1] is not { Guessed: false, Lemmas: [var lemma, ..] })
        {
            return null;
        }

        return Terms(analyzer, lemma).Any(SwedishQueryParser.IsLightHead) ? null : lemma;
    }

    /// <summary>The index terms the analysis makes of a word.</summary>
    private static List<string> Terms(Analyzer analyzer, string word)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexFields.Text, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<!\p{L})(?:är|var|blir|blev|vara|varit|bli|blivit)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Copula();

    [GeneratedRegex(@"^\p{L}+-\s+(?:och|eller)\s+(?<last>\p{L}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    /// <summary>
    /// The query a text must match to speak of the topic: the topic in Lucene's classic query
    /// syntax over the Swedish analysis, every word required (a topic the syntax cannot read or does
    /// not take, such as an unbalanced quote or bracket or field syntax, is taken as plain words). Null when the topic leaves no words (stop words only). The one
    /// place that turns a topic into a query.
    /// </summary>
    private static Query? TopicQuery(string topic, Analyzer analyzer, SynonymList synonyms, PartMatching parts = PartMatching.Near)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        var parser = new SwedishQueryParser(analyzer, synonyms, QueryWeights.Default with { PartsSlop = PartsSlop }, parts)
        {
            DefaultOperator = Operator.AND,
            HeadAsVerb = true,
            AgentNouns = false,
            PartKin = false,
        };
        Query? parsed;
        try
        {
            parsed = parser.Parse(topic);
        }
        catch (Exception ex) when (ex is ParseException or QueryException)
        {
            // Lower case: "AND", "OR", "NOT" are operators only in capitals, and the analysis lower-cases anyway.
            parsed = parser.Parse(QueryParserBase.Escape(topic.ToLowerInvariant()));
        }

        return parsed is null || (parsed is BooleanQuery { Clauses.Count: 0 }) ? null : parsed;
    }
}

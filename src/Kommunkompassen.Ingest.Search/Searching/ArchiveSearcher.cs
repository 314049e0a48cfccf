using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// Searches the archive index: Lucene query syntax (phrases, AND/OR, wildcards) over the text
/// with the Swedish analysis (<see cref="SwedishQueryParser"/>), exact filters, facet counts
/// over all matches, marked snippets, and suggestions when nothing is found. Opens the index once; thread-safe for searching. Dispose to close it.
/// </summary>
public sealed class ArchiveSearcher : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly SynonymList synonyms;
    private readonly QueryWeights weights;
    private readonly RelatedTexts related = RelatedTexts.Default;
    private readonly QueryLimits limits = QueryLimits.Default;
    private readonly Counter clock = TimeLimitingCollector.GlobalCounter;
    private readonly Lazy<FacetTable> facetTable;

    public ArchiveSearcher(string archiveRoot)
        : this(archiveRoot, SwedishSearchAnalyzer.Default, SynonymList.Default, QueryWeights.Default)
    {
    }

    /// <summary>With other limits than <see cref="QueryLimits.Default"/>.</summary>
    public ArchiveSearcher(string archiveRoot, QueryLimits limits)
        : this(archiveRoot)
    {
        this.limits = limits ?? throw new ArgumentNullException(nameof(limits));
    }

    /// <summary>With a clock of its own in milliseconds (a test's, which it moves itself) for the time limit.</summary>
    internal ArchiveSearcher(string archiveRoot, QueryLimits limits, Counter clock)
        : this(archiveRoot, limits)
    {
        this.clock = clock;
    }

    /// <summary>
    /// With another analysis (the index must have been written with <paramref name="analyzer"/>),
    /// e.g. Lucene's stock SwedishAnalyzer for comparison; <paramref name="queryAnalyzer"/> where
    /// queries were analysed differently (by default the same).
    /// </summary>
    public ArchiveSearcher(string archiveRoot, Analyzer analyzer, SynonymList? synonyms = null, QueryWeights? weights = null, Analyzer? queryAnalyzer = null)
    {
        var index = new ArchiveIndex(archiveRoot, analyzer);
        if (!index.Exists)
        {
            throw new InvalidOperationException($"no search index in {archiveRoot}; run 'kk ingest' first");
        }

        directory = index.Open();
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Corrupt or missing files: a reader never repairs the index, the archive's writer does.
            directory.Dispose();
            throw new InvalidOperationException($"the search index in {archiveRoot} cannot be read ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); the next 'kk ingest' rebuilds it", ex);
        }

        searcher = new IndexSearcher(reader) { Similarity = ArchiveIndex.Similarity };
        facetTable = new Lazy<FacetTable>(() => FacetTable.Read(reader));
        this.analyzer = analyzer;
        this.queryAnalyzer = queryAnalyzer ?? analyzer;
        this.synonyms = synonyms ?? new SynonymList([], analyzer);
        this.weights = weights ?? QueryWeights.Default;
    }

    public int DocumentCount => reader.NumDocs;

    /// <summary>
    /// Whether facets are counted from every document's values read into memory once (about 16
    /// bytes a document, read at the first search) rather than from the index for each match: for
    /// a searcher kept open across many searches, where it makes searches that match thousands of
    /// texts cheaper; a searcher opened for one search reads less without it.
    /// </summary>
    public bool FacetsInMemory { get; init; }

    /// <summary>Whether the index has no commit newer than the one this searcher opened (a cheap look at the index's files).</summary>
    public bool IsCurrent => reader.IsCurrent();

    /// <summary>
    /// Starts reading the lexicon and the synonyms on another thread, so a front end can do that
    /// while it opens the archive and the index (a few hundred milliseconds otherwise paid by the
    /// first query). Safe to call more than once; once they are read, it costs nothing.
    /// </summary>
    public static Task Prepare() => SynonymList.DefaultIsRead ? Task.CompletedTask : Task.Run(() => _ = SynonymList.Default);

    /// <summary>
    /// Runs the search: any of the query's words (Lucene syntax for more: "+a +b" or "a AND b"
    /// for all, quotes for a phrase), ranked by BM25 with bonuses for whole words over compound
    /// parts and for words that stand together. With no hit, suggests the indexed words nearest
    /// to those typed. Within the <see cref="QueryLimits"/>: a wildcard cut to the words in most
    /// texts, or a search stopped at the time limit, answers with what it found and says so in
    /// <see cref="SearchResult.Notes"/>.
    /// </summary>
    /// <exception cref="QueryException">
    /// The request cannot be run as asked: a query the syntax cannot read or over a limit, one
    /// with nothing to search for, a number of hits or years out of bounds, a kind, framework,
    /// area or sub-question that no catalogued version has and no indexed text carries.
    /// </exception>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        limits.Check(request);
        CheckFilters(request);
        var search = new Run(clock.Value);
        try
        {
            return Search(request, search);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new QueryException("the query stands for too many words at once: make it narrower", ex);
        }
    }

    /// <summary>One search's notes and the clock reading its time limit counts from.</summary>
    private sealed class Run(long started)
    {
        public long Started { get; } = started;

        public List<string> Notes { get; } = [];

        /// <summary>The parsers of the search's queries, which hear of a wildcard cut as their query is rewritten.</summary>
        public List<SwedishQueryParser> Parsers { get; } = [];

        public bool TimedOut { get; set; }

        public void Note(IEnumerable<string> notes)
        {
            foreach (var n in notes.Where(n => !Notes.Contains(n)))
            {
                Notes.Add(n);
            }
        }
    }

    /// <summary>
    /// A framework, area or sub-question filter must be one a catalogued framework version has,
    /// or one an indexed text carries (a catalog added from a draft, a version read as unknown):
    /// anything else can match nothing and is a mistake, said as such.
    /// </summary>
    private void CheckFilters(SearchRequest request)
    {
        var catalog = FrameworkCatalog.Default.Frameworks;
        if (request.Framework is { } framework && framework != Framework.UnknownId && catalog.All(f => f.Id != framework) && !Holds(IndexFields.Framework, framework))
        {
            throw new QueryException($"{QueryException.Quote(framework)} is not a framework version ({string.Join(", ", catalog.Select(f => f.Id).Append(Framework.UnknownId))})");
        }

        var areas = catalog.Max(f => f.Areas.Count);
        if (request.Area is { } area && (area < 1 || area > areas) && !Holds(IndexFields.Area, area.ToString(CultureInfo.InvariantCulture)))
        {
            throw new QueryException($"there is no area {area.ToString(CultureInfo.InvariantCulture)}: areas are numbered 1 to {areas.ToString(CultureInfo.InvariantCulture)}");
        }

        if (request.Question is { } question && catalog.All(f => f.Question(question) is null) && !Holds(IndexFields.Question, question))
        {
            throw new QueryException($"no framework version has a sub-question {QueryException.Quote(question)}, and no indexed text is under one (sub-questions are numbered as 3.2)");
        }
    }

    private bool Holds(string field, string value) => reader.DocFreq(new Term(field, value)) > 0;

    private SearchResult Search(SearchRequest request, Run run)
    {
        // Texts with the parts of a compound typed (near each other, or one alone) come in only
        // when the whole compound finds fewer texts than asked for, and then after those: their
        // positions are costly to read over a large archive.
        // Likewise texts that hold only the common words of a query of several words ("medborgarnas
        // åsikter": "medborgare" is in many texts) come in only when the rarer words fill no page,
        // and then after the texts that hold them.
        var top = request.Top;
        var (text, query, heldBack) = Build(request, PartMatching.Whole, run);
        var (facets, first) = Collect(query, top, run);
        if (facets.Total < top && !run.TimedOut)
        {
            (text, query, heldBack) = Build(request, PartMatching.NearAndAlone, run);
            (facets, first) = Collect(query, top, run);
        }

        var ranked = first;
        if (facets.Total < top && heldBack && !run.TimedOut)
        {
            var (anyText, anyQuery, _) = Build(request, PartMatching.NearAndAlone, run, commonWordsNeedOthers: false);
            var (anyFacets, any) = Collect(anyQuery, top, run);
            if (anyFacets.Total > facets.Total)
            {
                var seen = first.ScoreDocs.Select(d => d.Doc).ToHashSet();
                ranked = new TopDocs(anyFacets.Total, [.. first.ScoreDocs, .. any.ScoreDocs.Where(d => !seen.Contains(d.Doc))], Math.Max(first.MaxScore, any.MaxScore));
                (text, facets) = (anyText, anyFacets);
            }
        }

        // Last, where no text holds the query's words, texts with the pieces of a word the lexicon
        // reads but does not split ("demokrati" of "närdemokrati"), said so; a word it cannot read
        // (a typo) has no pieces and gets suggestions instead.
        var ownTotal = facets.Total;
        if (ownTotal == 0 && PlainWords(request.Query) && !run.TimedOut)
        {
            var (piecesText, piecesQuery, _) = Build(request, PartMatching.Pieces, run, commonWordsNeedOthers: false);
            var (piecesFacets, pieces) = Collect(piecesQuery, top, run);
            if (piecesFacets.Total > 0)
            {
                (text, facets, ranked) = (piecesText, piecesFacets, pieces);
                run.Note([$"no text holds {QueryException.Quote(request.Query.Trim())} as typed; the texts shown hold a part of it"]);
            }
        }

        var matched = ranked.ScoreDocs.Length;
        var page = Math.Min(top, related.Page);
        if (request.Related && matched > 0 && matched < page && !run.TimedOut && PlainWords(request.Query))
        {
            var relatedDocs = Related(request, ranked, page - matched, run);
            if (relatedDocs.Length > 0)
            {
                ranked = new TopDocs(ranked.TotalHits, [.. ranked.ScoreDocs, .. relatedDocs], ranked.MaxScore);
                run.Note([$"{Count(matched, "text matches", "texts match")} the query; the {Count(relatedDocs.Length, "text", "texts")} after {(matched == 1 ? "it" : "them")} {(relatedDocs.Length == 1 ? "is" : "are")} related (worded like the first, without the query's words)"]);
            }
        }

        var terms = new HashSet<Term>();
        searcher.Rewrite(text).ExtractTerms(terms);
        var textTerms = terms.Where(t => t.Field == IndexFields.Text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

        var hits = ranked.ScoreDocs.Take(top).Select((sd, i) => ToHit(sd, textTerms) with { Related = i >= matched }).ToList();
        var suggestions = ownTotal == 0 && !run.TimedOut ? Suggestions.For(reader, request.Query) : [];
        run.Note(run.Parsers.SelectMany(p => p.Notes));
        if (run.TimedOut)
        {
            var limit = limits.Timeout >= TimeSpan.FromSeconds(1)
                ? $"{limits.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
                : $"{limits.Timeout.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
            run.Note([$"the search stopped after {limit}, its time limit: the hits and counts are of the texts it read until then"]);
        }

        return new SearchResult(facets.Total, hits, facets.Result(), suggestions) { Notes = run.Notes };
    }

    /// <summary>
    /// One pass over the matches: the facet counts and the best <paramref name="depth"/> texts
    /// (no deeper than there are texts), until the search's time limit, counted from its start.
    /// </summary>
    private (FacetCollector Facets, TopDocs Top) Collect(Query query, int depth, Run run)
    {
        var facets = new FacetCollector(FacetsInMemory ? facetTable.Value : null);
        var best = TopScoreDocCollector.Create(Math.Max(1, Math.Min(depth, reader.MaxDoc)), docsScoredInOrder: false);
        var limited = new TimeLimitingCollector(MultiCollector.Wrap(facets, best), clock, (long)limits.Timeout.TotalMilliseconds);
        limited.SetBaseline(run.Started);
        try
        {
            searcher.Search(query, limited);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            run.TimedOut = true;
        }

        return (facets, best.GetTopDocs());
    }

    /// <summary>The query on the text alone, and with the proximity bonus and the request's filters.</summary>
    private (Query Text, BooleanQuery Query, bool HeldBackCommonWords) Build(SearchRequest request, PartMatching parts, Run run, bool commonWordsNeedOthers = true)
    {
        var parser = new SwedishQueryParser(queryAnalyzer, synonyms, weights, parts, reader.DocFreq, reader.NumDocs, limits) { CommonWordsNeedOthers = commonWordsNeedOthers };
        var text = parser.Read(request.Query);
        run.Parsers.Add(parser);

        var query = new BooleanQuery { { text, Occur.MUST } };
        if (parser.Proximity() is { } near)
        {
            query.Add(near, Occur.SHOULD);
        }

        AddFilters(query, request);
        return (text, query, parser.HeldBackCommonWords);
    }

    /// <summary>The request's filters (area, sub-question, municipality, framework, kind, years), each a clause that must hold and does not score.</summary>
    private static void AddFilters(BooleanQuery query, SearchRequest request)
    {
        AddFilter(query, IndexFields.Area, request.Area?.ToString(CultureInfo.InvariantCulture));
        AddFilter(query, IndexFields.Question, request.Question);
        AddFilter(query, IndexFields.Code, request.MunicipalityCode);
        AddFilter(query, IndexFields.Framework, request.Framework);
        AddFilter(query, IndexFields.Kind, request.Kind);
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            query.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexFields.Year, request.YearFrom, request.YearTo, true, true)) { Boost = 0 }, Occur.MUST);
        }
    }

    /// <summary>
    /// Texts worded like the first hits, for a page the query's own words cannot fill (pseudo-relevance
    /// feedback, as Lucene's MoreLikeThis reads it): the distinctive terms of the best
    /// <see cref="RelatedTexts.Feedback"/> hits, under the request's filters, the texts already found left out.
    /// </summary>
    private ScoreDoc[] Related(SearchRequest request, TopDocs found, int wanted, Run run)
    {
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexFields.Text],
            MinTermFreq = 1,
            MinDocFreq = related.MinTexts,
            MaxDocFreq = Math.Max(related.MinTexts, (int)(related.MaxShare * reader.NumDocs)),
            MaxQueryTerms = related.Terms,
        };
        var like = new BooleanQuery();
        foreach (var sd in found.ScoreDocs.Take(related.Feedback))
        {
            like.Add(mlt.Like(sd.Doc), Occur.SHOULD);
        }

        var query = new BooleanQuery { { like, Occur.MUST } };
        AddFilters(query, request);
        var seen = found.ScoreDocs.Select(d => d.Doc).ToHashSet();
        var (_, best) = Collect(query, wanted + seen.Count, run);
        return best.ScoreDocs.Where(d => !seen.Contains(d.Doc)).Take(wanted).ToArray();
    }

    /// <summary>
    /// Whether the query is words alone, without search syntax: a phrase in quotes, a wildcard,
    /// a required or excluded word, an operator, brackets or a boost ask for exactly what they
    /// say, and get no related texts.
    /// </summary>
    internal static bool PlainWords(string query) =>
        query.IndexOfAny(['"', '*', '?', '+', '~', '^', '(', ')', '!', ':', '\\']) < 0
        && query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => w[0] != '-' && w is not ("AND" or "OR" or "NOT" or "&&" or "||"));

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(field, value))) { Boost = 0 }, Occur.MUST);
        }
    }

    private SearchHit ToHit(ScoreDoc sd, IReadOnlySet<string> terms)
    {
        var doc = searcher.Doc(sd.Doc);
        var text = doc.Get(IndexFields.Text);
        var marks = Highlighter.Marks(analyzer, IndexFields.Text, text, terms);
        return new SearchHit(
            sd.Score,
            doc.Get(IndexFields.ReportId),
            doc.Get(IndexFields.Municipality),
            doc.Get(IndexFields.Code),
            doc.GetField(IndexFields.Year).GetInt32Value() ?? 0,
            doc.Get(IndexFields.Framework),
            int.Parse(doc.Get(IndexFields.Area), CultureInfo.InvariantCulture),
            doc.Get(IndexFields.Question),
            doc.GetField(IndexFields.Score)?.GetDoubleValue(),
            doc.GetField(IndexFields.Max)?.GetDoubleValue(),
            doc.Get(IndexFields.Kind),
            doc.GetField(IndexFields.Page)?.GetInt32Value(),
            text,
            Highlighter.Snippet(text, marks),
            marks);
    }
}

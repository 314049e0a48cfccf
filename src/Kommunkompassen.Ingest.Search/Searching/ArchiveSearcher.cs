using System.Globalization;
using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
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

    public ArchiveSearcher(string archiveRoot)
        : this(archiveRoot, SwedishSearchAnalyzer.Default, SynonymList.Default, QueryWeights.Default)
    {
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
        this.analyzer = analyzer;
        this.queryAnalyzer = queryAnalyzer ?? analyzer;
        this.synonyms = synonyms ?? new SynonymList([], analyzer);
        this.weights = weights ?? QueryWeights.Default;
    }

    public int DocumentCount => reader.NumDocs;

    /// <summary>
    /// Starts reading the lexicon and the synonyms on another thread, so a front end can do that
    /// while it opens the archive and the index (a few hundred milliseconds otherwise paid by the
    /// first query). Safe to call more than once.
    /// </summary>
    public static Task Prepare() => Task.Run(() => _ = SynonymList.Default);

    /// <summary>
    /// Runs the search: any of the query's words (Lucene syntax for more: "+a +b" or "a AND b"
    /// for all, quotes for a phrase), ranked by BM25 with bonuses for whole words over compound
    /// parts and for words that stand together. With no hit, suggests the indexed words nearest
    /// to those typed.
    /// </summary>
    public SearchResult Search(SearchRequest request)
    {
        // Texts with the parts of a compound typed (near each other, or one alone) come in only
        // when the whole compound finds fewer texts than asked for, and then after those: their
        // positions are costly to read over a large archive.
        // Likewise texts that hold only the common words of a query of several words ("medborgarnas
        // åsikter": "medborgare" is in many texts) come in only when the rarer words fill no page,
        // and then after the texts that hold them.
        var top = Math.Max(1, request.Top);
        var (text, query, heldBack) = Build(request, PartMatching.Whole);
        var (facets, first) = Collect(query, top);
        if (facets.Total < top)
        {
            (text, query, heldBack) = Build(request, PartMatching.NearAndAlone);
            (facets, first) = Collect(query, top);
        }

        var ranked = first;
        if (facets.Total < top && heldBack)
        {
            var (anyText, anyQuery, _) = Build(request, PartMatching.NearAndAlone, commonWordsNeedOthers: false);
            var (anyFacets, any) = Collect(anyQuery, top);
            if (anyFacets.Total > facets.Total)
            {
                var seen = first.ScoreDocs.Select(d => d.Doc).ToHashSet();
                ranked = new TopDocs(anyFacets.Total, [.. first.ScoreDocs, .. any.ScoreDocs.Where(d => !seen.Contains(d.Doc))], Math.Max(first.MaxScore, any.MaxScore));
                (text, facets) = (anyText, anyFacets);
            }
        }

        var terms = new HashSet<Term>();
        searcher.Rewrite(text).ExtractTerms(terms);
        var textTerms = terms.Where(t => t.Field == IndexFields.Text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

        var hits = ranked.ScoreDocs.Take(top).Select(sd => ToHit(sd, textTerms)).ToList();
        var suggestions = facets.Total == 0 ? Suggestions.For(reader, request.Query) : [];
        return new SearchResult(facets.Total, hits, facets.Result(), suggestions);
    }


    /// <summary>One pass over the matches: the facet counts and the best <paramref name="depth"/> texts.</summary>
    private (FacetCollector Facets, TopDocs Top) Collect(Query query, int depth)
    {
        var facets = new FacetCollector();
        var best = TopScoreDocCollector.Create(depth, docsScoredInOrder: false);
        searcher.Search(query, MultiCollector.Wrap(facets, best));
        return (facets, best.GetTopDocs());
    }

    /// <summary>The query on the text alone, and with the proximity bonus and the request's filters.</summary>
    private (Query Text, BooleanQuery Query, bool HeldBackCommonWords) Build(SearchRequest request, PartMatching parts, bool commonWordsNeedOthers = true)
    {
        var parser = new SwedishQueryParser(queryAnalyzer, synonyms, weights, parts, reader.DocFreq, reader.NumDocs) { CommonWordsNeedOthers = commonWordsNeedOthers };
        Query text;
        try
        {
            text = parser.Parse(request.Query);
        }
        catch (ParseException ex)
        {
            throw new ArgumentException($"cannot read the query '{request.Query}': {ex.Message.Split('\n')[0]}", nameof(request), ex);
        }

        var query = new BooleanQuery { { text, Occur.MUST } };
        if (parser.Proximity() is { } near)
        {
            query.Add(near, Occur.SHOULD);
        }

        AddFilter(query, IndexFields.Area, request.Area?.ToString(CultureInfo.InvariantCulture));
        AddFilter(query, IndexFields.Question, request.Question);
        AddFilter(query, IndexFields.Code, request.MunicipalityCode);
        AddFilter(query, IndexFields.Framework, request.Framework);
        AddFilter(query, IndexFields.Kind, request.Kind);
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            query.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexFields.Year, request.YearFrom, request.YearTo, true, true)) { Boost = 0 }, Occur.MUST);
        }

        return (text, query, parser.HeldBackCommonWords);
    }

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

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
/// Searches the archive index: Lucene query syntax (phrases, OR, wildcards) over the text with
/// the Swedish query analysis, exact filters, facet counts over all matches, and marked
/// snippets. Opens the index once; thread-safe for searching. Dispose to close it.
/// </summary>
public sealed class ArchiveSearcher : IDisposable
{
    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer queryAnalyzer;
    private readonly Analyzer indexAnalyzer;

    public ArchiveSearcher(string archiveRoot)
        : this(archiveRoot, SwedishSearchAnalyzer.Query, SwedishSearchAnalyzer.Index)
    {
    }

    /// <summary>With other analyzers, e.g. Lucene's stock SwedishAnalyzer for comparison.</summary>
    public ArchiveSearcher(string archiveRoot, Analyzer queryAnalyzer, Analyzer indexAnalyzer)
    {
        var index = new ArchiveIndex(archiveRoot);
        if (!index.Exists)
        {
            throw new InvalidOperationException($"no search index in {archiveRoot}; run 'kk ingest' first");
        }

        directory = index.Open();
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
    }

    public int DocumentCount => reader.NumDocs;

    public SearchResult Search(SearchRequest request)
    {
        var parser = new QueryParser(LuceneVersion.LUCENE_48, IndexFields.Text, queryAnalyzer)
        {
            DefaultOperator = Operator.AND,
            MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
        };
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
        AddFilter(query, IndexFields.Area, request.Area?.ToString(CultureInfo.InvariantCulture));
        AddFilter(query, IndexFields.Question, request.Question);
        AddFilter(query, IndexFields.Code, request.MunicipalityCode);
        AddFilter(query, IndexFields.Framework, request.Framework);
        AddFilter(query, IndexFields.Kind, request.Kind);
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            query.Add(new ConstantScoreQuery(NumericRangeQuery.NewInt32Range(IndexFields.Year, request.YearFrom, request.YearTo, true, true)) { Boost = 0 }, Occur.MUST);
        }

        var facets = new FacetCollector();
        searcher.Search(query, facets);
        var top = searcher.Search(query, Math.Max(1, request.Top));

        var terms = new HashSet<Term>();
        searcher.Rewrite(text).ExtractTerms(terms);
        var textTerms = terms.Where(t => t.Field == IndexFields.Text).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

        var hits = top.ScoreDocs.Select(sd => ToHit(sd, textTerms)).ToList();
        return new SearchResult(facets.Total, hits, facets.Result());
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
        var marks = Highlighter.Marks(indexAnalyzer, IndexFields.Text, text, terms);
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

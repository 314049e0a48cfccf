using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// A search: Lucene query syntax over the text (any of the words unless told otherwise), plus
/// exact filters. <see cref="Municipality"/> is a name or a code, resolved by the registry;
/// <see cref="YearFrom"/> or <see cref="YearTo"/> alone leaves the range open on the other side.
/// With <see cref="Related"/>, a page the query's words cannot fill is filled with related texts
/// after the matches (<see cref="SearchAnswerHit.Related"/>).
/// <see cref="Skip"/> hits are passed over before the <see cref="Top"/> returned (a page further
/// on); together they may reach no further than the search's limit of hits.
/// </summary>
public sealed record SearchQuery(
    string Text,
    int? Area = null,
    string? Question = null,
    string? Municipality = null,
    int? YearFrom = null,
    int? YearTo = null,
    string? Framework = null,
    string? Kind = null,
    int Top = KompassDefaults.SearchTop,
    bool Related = true,
    int Skip = 0);

/// <summary>A marked stretch of a hit's text: [Start, End) in characters.</summary>
public readonly record struct MarkedSpan(int Start, int End);

/// <summary>
/// One hit, with the marked snippet. <see cref="Score"/> and <see cref="Max"/> are the report's
/// points for the hit's sub-question where it has one, otherwise for its area.
/// </summary>
public sealed record SearchAnswerHit(
    float Relevance,
    string ReportId,
    string Municipality,
    string Code,
    int Year,
    string Framework,
    int Area,
    string? Question,
    double? Score,
    double? Max,
    string Kind,
    int? Page,
    string Text,
    string Snippet,
    IReadOnlyList<MarkedSpan> Marks)
{
    /// <summary>A related text, not a match: worded like the first hits, shown after the matches when they are fewer than asked for.</summary>
    public bool Related { get; init; }
}

/// <summary>How many matching documents have a value, for one facet.</summary>
public sealed record FacetValue(string Value, int Count);

/// <summary>
/// The hits, the total, and facet counts over the whole result set; with no hit, the indexed
/// words nearest to those typed (empty otherwise).
/// </summary>
public sealed record SearchAnswer(
    int TotalHits,
    IReadOnlyList<SearchAnswerHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>What the search did within its limits beyond the query as typed (a wildcard cut, the time limit reached), one line each; usually empty.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

public sealed partial class KompassApp
{
    /// <summary>
    /// Searches the archive's passages and findings; <paramref name="notice"/> hears how the index
    /// stands when it is behind the archive (the search then answers from its last committed
    /// state). Bounded by <see cref="QueryLimits.Default"/>: what the search did within them (a
    /// wildcard cut to its most frequent words, a search stopped at its time limit) is in
    /// <see cref="SearchAnswer.Notes"/>.
    /// </summary>
    /// <exception cref="KompassRequestException">
    /// The request cannot be run as asked, said in one line: an empty query, only common words, one
    /// the syntax cannot read (an unclosed quote or bracket, an operator with nothing to work on),
    /// one over a limit, a regular expression, field syntax or a range; a number of hits out of
    /// bounds, years that run backwards, an unknown kind, framework version, area or sub-question,
    /// a municipality that is not a Swedish one.
    /// </exception>
    /// <exception cref="KompassOperationException">The archive has no index or a damaged one.</exception>
    public SearchAnswer Search(SearchQuery query, Action<string>? notice = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = ToRequest(query);
        var prepared = ArchiveSearcher.Prepare();
        if (searchers is not null)
        {
            using var lease = searchers.Acquire(notice);
            prepared.Wait();
            return ToAnswer(Searched(lease.Searcher, request), query.Skip);
        }

        try
        {
            IndexSync.BeforeSearch(Options.ArchiveFolder, notice);
        }
        catch (ArchiveException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }

        using var searcher = OpenSearcher();
        prepared.Wait();
        return ToAnswer(Searched(searcher, request), query.Skip);
    }

    /// <summary>The archive's index, opened for searching; one kept open for many searches holds its facet values in memory.</summary>
    /// <exception cref="KompassOperationException">There is no index, or it cannot be read.</exception>
    private ArchiveSearcher OpenSearcher(bool keptOpen = false)
    {
        try
        {
            return new ArchiveSearcher(Options.ArchiveFolder) { FacetsInMemory = keptOpen };
        }
        catch (InvalidOperationException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
    }

    /// <summary>The search, a request it cannot run as asked said as a bad request.</summary>
    private static SearchResult Searched(ArchiveSearcher searcher, SearchRequest request)
    {
        try
        {
            return searcher.Search(request);
        }
        catch (QueryException ex)
        {
            throw new KompassRequestException(ex.Message, ex);
        }
    }

    /// <summary>The request in the search library's terms, checked against the limits before any index is opened.</summary>
    private static SearchRequest ToRequest(SearchQuery query)
    {
        string? code = null;
        if (query.Municipality is { } name)
        {
            code = MunicipalityRegistry.Default.Find(name)?.Code ?? throw new KompassRequestException($"'{name}' is not a Swedish municipality");
        }

        var limits = QueryLimits.Default;
        if (query.Skip < 0 || (query.Skip > 0 && (long)query.Skip + query.Top > limits.MaxTop))
        {
            throw new KompassRequestException($"hits {Count(query.Skip + 1L)} to {Count((long)query.Skip + query.Top)} asked for: a search shows its first {Count(limits.MaxTop)} at most");
        }

        var request = new SearchRequest(query.Text, query.Area, query.Question, code, query.YearFrom, query.YearTo, query.Framework, query.Kind, query.Top < 1 ? query.Top : query.Top + query.Skip, query.Related);
        try
        {
            QueryLimits.Default.Check(request);
        }
        catch (QueryException ex)
        {
            throw new KompassRequestException(ex.Message, ex);
        }

        return request;
    }

    private static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static SearchAnswer ToAnswer(SearchResult result, int skip) => new(
        result.TotalHits,
        result.Hits.Skip(skip).Select(h => new SearchAnswerHit(h.Relevance, h.ReportId, h.Municipality, h.Code, h.Year, h.Framework, h.Area, h.Question, h.Score, h.Max, h.Kind, h.Page, h.Text, h.Snippet, h.Marks.Select(m => new MarkedSpan(m.Start, m.End)).ToList()) { Related = h.Related }).ToList(),
        result.Facets.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<FacetValue>)kv.Value.Select(c => new FacetValue(c.Value, c.Count)).ToList(), StringComparer.Ordinal),
        result.Suggestions)
    {
        Notes = result.Notes,
    };
}

/// <summary>The kinds of text a search finds, for filtering.</summary>
public static class SearchKinds
{
    public const string Narrative = Kommunkompassen.Ingest.Search.Indexing.SearchDocument.Narrative;
    public const string Strength = Kommunkompassen.Ingest.Search.Indexing.SearchDocument.Strength;
    public const string Improvement = Kommunkompassen.Ingest.Search.Indexing.SearchDocument.Improvement;

    public static IReadOnlyList<string> All => Kommunkompassen.Ingest.Search.Indexing.SearchDocument.Kinds;
}

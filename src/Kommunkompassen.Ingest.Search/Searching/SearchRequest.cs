namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// A search: Lucene query syntax over the text (any of the words unless told otherwise), plus
/// exact filters; <see cref="YearFrom"/> or <see cref="YearTo"/> alone leaves the range open on
/// the other side. Checked against <see cref="QueryLimits"/> by the search. With
/// <see cref="Related"/>, a page the query's words cannot fill is filled with related texts after
/// the matches (<see cref="RelatedTexts"/>).
/// </summary>
public sealed record SearchRequest(
    string Query,
    int? Area = null,
    string? Question = null,
    string? MunicipalityCode = null,
    int? YearFrom = null,
    int? YearTo = null,
    string? Framework = null,
    string? Kind = null,
    int Top = 10,
    bool Related = true);

/// <summary>
/// How a page the query's own words cannot fill is filled with related texts
/// (<see cref="SearchRequest.Related"/>; <see cref="SearchHit.Related"/>).
/// </summary>
/// <param name="Feedback">How many of the first hits the related texts are to be worded like.</param>
/// <param name="Terms">How many of those hits' most distinctive terms are looked for.</param>
/// <param name="MinTexts">A term must be in at least this many texts to count (a misspelling is not a topic).</param>
/// <param name="MaxShare">A term in more than this share of all texts is too common to tell texts apart.</param>
/// <param name="Page">Related texts fill a first page of at most this many hits (or the number asked for, if fewer): a request for a thousand hits is not filled with hundreds of related texts.</param>
public sealed record RelatedTexts(int Feedback = 3, int Terms = 12, int MinTexts = 2, double MaxShare = 0.2, int Page = 10)
{
    public static RelatedTexts Default { get; } = new();
}

/// <summary>
/// One hit, with the marked snippet. <see cref="Score"/> and <see cref="Max"/> are the report's
/// points for the hit's sub-question where it has one, otherwise for its area.
/// </summary>
public sealed record SearchHit(
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
    IReadOnlyList<TextSpan> Marks)
{
    /// <summary>
    /// A related text rather than a match: the query's words found fewer texts than asked for, and
    /// this one, after them, is worded like the first of them (<see cref="RelatedTexts"/>).
    /// </summary>
    public bool Related { get; init; }
}

/// <summary>A marked stretch of a hit's text: [Start, End) in characters.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>How many matching documents have a value, for one facet field.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>
/// The hits, the total, and facet counts over the whole result set; with no hit, the indexed
/// words nearest to those typed (empty otherwise).
/// </summary>
public sealed record SearchResult(
    int TotalHits,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>
    /// What the search did within its <see cref="QueryLimits"/> beyond the query as typed, one
    /// line each: a wildcard that stood for more words than it searched, a search stopped at its
    /// time limit (then the hits and counts are partial). Empty for nearly every search.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

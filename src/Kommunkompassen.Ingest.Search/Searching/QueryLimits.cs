using System.Globalization;
using Kommunkompassen.Ingest.Search.Indexing;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// How far one search may go, so that no query, however typed, costs more than a bounded amount:
/// a query longer than <see cref="MaxCharacters"/> or with more than <see cref="MaxWords"/> words
/// is refused; a wildcard stands for at most <see cref="MaxExpansions"/> indexed words (those in
/// most texts); a search shows at most <see cref="MaxTop"/> hits; and collecting matches stops
/// after <see cref="Timeout"/> with what was found until then. No real query comes near them.
/// </summary>
public sealed record QueryLimits
{
    /// <summary>Characters of query text (a pasted paragraph of about 150 words).</summary>
    public int MaxCharacters { get; init; } = 1000;

    /// <summary>Words typed (each word, wildcard, fuzzy word or word of a phrase; stop words too).</summary>
    public int MaxWords { get; init; } = 100;

    /// <summary>
    /// Indexed words a wildcard (<c>styr*</c>, <c>*tion</c>) stands for: those found in most texts;
    /// a fuzzy word (<c>styrning~</c>) stands for its 50 nearest, as Lucene's FuzzyQuery does.
    /// At most 1,024 (Lucene's clause limit).
    /// </summary>
    public int MaxExpansions { get; init; } = 128;

    /// <summary>Hits one search returns (a page is 10).</summary>
    public int MaxTop { get; init; } = 1000;

    /// <summary>How long a search may collect matches; then it answers with those found so far, and says so.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The years a year filter may name.</summary>
    public int FirstYear { get; init; } = 1900;

    public int LastYear { get; init; } = 2100;

    public static QueryLimits Default { get; } = new();

    /// <summary>The query text alone: not empty, not too long.</summary>
    /// <exception cref="QueryException">The text is empty or longer than <see cref="MaxCharacters"/>.</exception>
    public void CheckText(string? query)
    {
        var text = query?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new QueryException("the query is empty: give a word to search for (or * for every text)");
        }

        if (text.Length > MaxCharacters)
        {
            throw new QueryException($"the query is {Count(text.Length)} characters long, more than the {Count(MaxCharacters)} a query may have (it begins {QueryException.Quote(text)})");
        }
    }

    /// <summary>Everything of a request that needs no index: the text (<see cref="CheckText"/>), the number of hits, the years, the kind.</summary>
    /// <exception cref="QueryException">Something of the request is out of bounds or unknown; the message says what.</exception>
    public void Check(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckText(request.Query);
        if (request.Top < 1 || request.Top > MaxTop)
        {
            throw new QueryException($"{Count(request.Top)} hits asked for: a search shows 1 to {Count(MaxTop)}");
        }

        foreach (var year in new[] { request.YearFrom, request.YearTo })
        {
            if (year is { } y && (y < FirstYear || y > LastYear))
            {
                throw new QueryException($"{y.ToString(CultureInfo.InvariantCulture)} is not a year of an evaluation ({FirstYear.ToString(CultureInfo.InvariantCulture)} to {LastYear.ToString(CultureInfo.InvariantCulture)})");
            }
        }

        if (request is { YearFrom: { } from, YearTo: { } to } && from > to)
        {
            throw new QueryException($"the years {from.ToString(CultureInfo.InvariantCulture)}..{to.ToString(CultureInfo.InvariantCulture)} run backwards: did you mean {to.ToString(CultureInfo.InvariantCulture)}..{from.ToString(CultureInfo.InvariantCulture)}?");
        }

        if (request.Kind is { } kind && !SearchDocument.Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new QueryException($"{QueryException.Quote(kind)} is not a kind of text ({string.Join(", ", SearchDocument.Kinds)})");
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

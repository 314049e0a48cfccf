namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// How much two short texts (titles, sub-questions) share in words: the share of words they have in
/// common (Jaccard). Words are compared by their first six letters, so inflected forms meet
/// ("kommun"/"kommunen"), and the small words ("och", "som", "för", "samt") do not count.
/// </summary>
internal static class WordOverlap
{
    private const int StemLength = 6;

    public static double Similarity(string a, string b) => Similarity(Words(a), Words(b));

    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>
    /// Whether two sub-question texts ask the same thing, tolerating a shortened wording: the share
    /// of the shorter text's content words (question words and "kommunen" do not count) the longer
    /// one has, with at least two in common where both have two.
    /// </summary>
    public static double QuestionSimilarity(string a, string b)
    {
        var x = ContentWords(a);
        var y = ContentWords(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var common = x.Count(y.Contains);
        var shorter = Math.Min(x.Count, y.Count);
        return shorter >= 2 && common < 2 ? (double)common / Math.Max(x.Count, y.Count) : (double)common / shorter;
    }

    private static readonly HashSet<string> QuestionFunctionWords = new(StringComparer.Ordinal)
    {
        "hur", "vad", "vilka", "vilken", "vilket", "finns", "det", "den", "kommun", "med", "att", "arbeta", "sker",
        "görs", "har", "ett", "till", "inom", "från", "mellan", "där", "när", "alla", "olika", "vid", "man",
    };

    private static HashSet<string> ContentWords(string text)
    {
        var words = Words(text);
        words.ExceptWith(QuestionFunctionWords);
        return words;
    }

    public static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '/', '-', '–', '.', ':', '(', ')', '?', '!', '"', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w is not "och" and not "som" and not "för" and not "samt")
            .Select(w => w.Length > StemLength ? w[..StemLength] : w)
            .ToHashSet(StringComparer.Ordinal);
}

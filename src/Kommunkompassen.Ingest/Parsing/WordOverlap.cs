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

    public static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '/', '-', '–', '.', ':', '(', ')', '?', '!', '"', '”'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w is not "och" and not "som" and not "för" and not "samt")
            .Select(w => w.Length > StemLength ? w[..StemLength] : w)
            .ToHashSet(StringComparer.Ordinal);
}

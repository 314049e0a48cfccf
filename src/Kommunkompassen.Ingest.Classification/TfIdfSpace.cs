namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// TF-IDF vectors over the words of a fixed set of documents (smoothed IDF: ln((1 + N) / (1 + df)) + 1;
/// a word no document has gets the IDF of df = 0), scaled to unit length, and the cosine between
/// two of them.
/// </summary>
internal sealed class TfIdfSpace
{
    private readonly Dictionary<string, double> idf;
    private readonly double unseen;

    public TfIdfSpace(IReadOnlyCollection<IEnumerable<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }

        idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + documents.Count) / (1.0 + kv.Value)) + 1, StringComparer.Ordinal);
        unseen = Math.Log(1.0 + documents.Count) + 1;
    }

    public Dictionary<string, double> Vector(IEnumerable<string> words)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        var weights = tf.Select(kv => (Word: kv.Key, Weight: kv.Value * idf.GetValueOrDefault(kv.Key, unseen))).ToList();
        var norm = Math.Sqrt(weights.Sum(w => w.Weight * w.Weight));
        return weights.ToDictionary(w => w.Word, w => w.Weight / norm, StringComparer.Ordinal);
    }

    /// <summary>The cosine of two vectors of this space (unit length: their dot product); 0 when either is empty.</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (word, x) in small)
        {
            if (large.TryGetValue(word, out var y))
            {
                dot += x * y;
            }
        }

        return dot;
    }
}

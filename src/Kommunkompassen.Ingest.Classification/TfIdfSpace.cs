namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// TF-IDF vectors over the words of a fixed set of documents (smoothed IDF: ln((1 + N) / (1 + df)) + 1;
/// a word no document has gets the IDF of df = 0), and the cosine between two of them.
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

        return tf.ToDictionary(kv => kv.Key, kv => kv.Value * idf.GetValueOrDefault(kv.Key, unseen), StringComparer.Ordinal);
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var dot = a.Sum(kv => b.TryGetValue(kv.Key, out var y) ? kv.Value * y : 0);
        var na = Math.Sqrt(a.Values.Sum(x => x * x));
        var nb = Math.Sqrt(b.Values.Sum(x => x * x));
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }
}

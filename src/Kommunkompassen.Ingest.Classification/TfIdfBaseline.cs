using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// The baseline the model must beat: the sub-question whose catalog text is nearest to the
/// finding by TF-IDF cosine (lower-cased words, IDF over the framework's question texts).
/// </summary>
public sealed class TfIdfBaseline : IQuestionRanker
{
    private readonly Framework framework;
    private readonly Dictionary<string, double> idf;
    private readonly List<(FrameworkQuestion Question, Dictionary<string, double> Vector)> questions;

    public TfIdfBaseline(Framework framework)
    {
        this.framework = framework;
        var all = framework.Areas.SelectMany(a => a.Questions).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in all.SelectMany(q => Words(q.Text).Distinct()))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }

        idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((1.0 + all.Count) / (1.0 + kv.Value)) + 1, StringComparer.Ordinal);
        questions = all.Select(q => (q, Vector(q.Text))).ToList();
    }

    public IReadOnlyList<Prediction> Rank(string text, int? area)
    {
        var v = Vector(text);
        var scored = questions
            .Where(q => area is null || q.Question.AreaNumber == area)
            .Select(q => (q.Question, Cos: Cosine(v, q.Vector)))
            .ToList();
        var sum = scored.Sum(s => s.Cos);
        return scored
            .OrderByDescending(s => s.Cos)
            .ThenBy(s => s.Question.Id, StringComparer.Ordinal)
            .Select(s => new Prediction(s.Question.Id, s.Question.Text, sum > 0 ? s.Cos / sum : 1.0 / scored.Count))
            .ToList();
    }

    private Dictionary<string, double> Vector(string text)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in Words(text))
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        return tf.ToDictionary(kv => kv.Key, kv => kv.Value * idf.GetValueOrDefault(kv.Key, Math.Log(framework.Areas.Sum(a => a.Questions.Count) + 1.0) + 1), StringComparer.Ordinal);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var dot = a.Sum(kv => b.TryGetValue(kv.Key, out var y) ? kv.Value * y : 0);
        var na = Math.Sqrt(a.Values.Sum(x => x * x));
        var nb = Math.Sqrt(b.Values.Sum(x => x * x));
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split(c => !char.IsLetter(c))
            .Where(w => w.Length >= 2);
}

internal static class StringSplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                if (i > start)
                {
                    parts.Add(text[start..i]);
                }

                start = i + 1;
            }
        }

        return [.. parts];
    }
}

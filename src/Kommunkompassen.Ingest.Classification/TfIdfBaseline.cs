using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// The baseline the model must beat: the sub-question whose catalog text is nearest to the
/// finding by TF-IDF cosine (lower-cased words, IDF over the framework's question texts).
/// </summary>
public sealed class TfIdfBaseline : IQuestionRanker
{
    private readonly TfIdfSpace space;
    private readonly List<(FrameworkQuestion Question, Dictionary<string, double> Vector)> questions;

    public TfIdfBaseline(Framework framework)
    {
        var all = framework.Areas.SelectMany(a => a.Questions).ToList();
        space = new TfIdfSpace(all.Select(q => Words(q.Text)).ToList());
        questions = all.Select(q => (q, space.Vector(Words(q.Text)))).ToList();
    }

    public IReadOnlyList<Prediction> Rank(string text, int? area)
    {
        var v = space.Vector(Words(text));
        var scored = questions
            .Where(q => area is null || q.Question.AreaNumber == area)
            .Select(q => (q.Question, Cos: TfIdfSpace.Cosine(v, q.Vector)))
            .ToList();
        var sum = scored.Sum(s => s.Cos);
        return scored
            .OrderByDescending(s => s.Cos)
            .ThenBy(s => s.Question.Id, StringComparer.Ordinal)
            .Select(s => new Prediction(s.Question.Id, s.Question.Text, sum > 0 ? s.Cos / sum : 1.0 / scored.Count))
            .ToList();
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

using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// Ranks a whole list of findings at once. Evaluators list an area's strengths (and its
/// improvement areas) in the order of the area's sub-questions, with few exceptions, so a list
/// is read as a chain: each finding's model probabilities, times a weight of 1 for a step to the
/// same or a later sub-question and <see cref="BackwardWeight"/> for a step back. The result per
/// finding is its marginal over the chain (forward-backward), so a confident neighbour pulls an
/// unsure finding towards the sub-questions around it, while a clear finding keeps its own
/// answer even out of order. A single finding is ranked as the model ranks it.
/// </summary>
public sealed class FindingSequence
{
    public FindingSequence(double backwardWeight)
    {
        if (backwardWeight is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(backwardWeight), backwardWeight, "a weight in (0, 1]; 1 ignores the order");
        }

        BackwardWeight = backwardWeight;
    }

    /// <summary>A step back costs a factor of ten: exceptions happen, but seldom.</summary>
    public static FindingSequence Default { get; } = new(0.1);

    public double BackwardWeight { get; }

    /// <summary>Rankings for the findings of one list (one area, one kind), in list order.</summary>
    public IReadOnlyList<IReadOnlyList<Prediction>> Rank(IQuestionRanker ranker, IReadOnlyList<string> texts, int area)
    {
        var own = texts.Select(t => ranker.Rank(t, area)).ToList();
        if (own.Count < 2 || own[0].Count == 0)
        {
            return own;
        }

        var questions = own[0].Select(p => p.Question).Order(QuestionIdOrder.Instance).ToList();
        var text = own[0].ToDictionary(p => p.Question, p => p.Text, StringComparer.Ordinal);
        var k = questions.Count;
        var n = own.Count;
        var emit = own.Select(r =>
        {
            var byId = r.ToDictionary(p => p.Question, p => p.Confidence, StringComparer.Ordinal);
            return questions.Select(q => Math.Max(byId.GetValueOrDefault(q), 1e-9)).ToArray();
        }).ToArray();

        double Step(int from, int to) => to >= from ? 1 : BackwardWeight;

        var forward = new double[n][];
        forward[0] = Normalised(emit[0]);
        for (var i = 1; i < n; i++)
        {
            forward[i] = Normalised(Enumerable.Range(0, k).Select(to => emit[i][to] * Enumerable.Range(0, k).Sum(from => forward[i - 1][from] * Step(from, to))).ToArray());
        }

        var backward = new double[n][];
        backward[n - 1] = Enumerable.Repeat(1.0, k).ToArray();
        for (var i = n - 2; i >= 0; i--)
        {
            backward[i] = Normalised(Enumerable.Range(0, k).Select(from => Enumerable.Range(0, k).Sum(to => Step(from, to) * emit[i + 1][to] * backward[i + 1][to])).ToArray());
        }

        return Enumerable.Range(0, n)
            .Select(i =>
            {
                var marginal = Normalised(Enumerable.Range(0, k).Select(q => forward[i][q] * backward[i][q]).ToArray());
                return (IReadOnlyList<Prediction>)Enumerable.Range(0, k)
                    .OrderByDescending(q => marginal[q])
                    .ThenBy(q => questions[q], QuestionIdOrder.Instance)
                    .Select(q => new Prediction(questions[q], text[questions[q]], marginal[q]))
                    .ToList();
            })
            .ToList();
    }

    private static double[] Normalised(double[] v)
    {
        var sum = v.Sum();
        return sum > 0 ? v.Select(x => x / sum).ToArray() : v;
    }
}

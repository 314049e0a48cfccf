using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class EvaluatorTests
{
    private sealed class Fixed(params string[] order) : IQuestionRanker
    {
        public IReadOnlyList<Prediction> Rank(string text, int? area) =>
            order.Select(q => new Prediction(q, q, 1.0 / order.Length)).ToList();
    }

    [Fact]
    public void Evaluate_KnownPredictions_GivesTop1Top3AndMacroF1()
    {
        EvaluationCase[] cases =
        [
            new("T", 1, "a", "1.1"),
            new("T", 1, "b", "1.2"),
            new("T", 1, "c", "1.3"),
            new("T", 1, "d", "1.1"),
        ];

        // Always ranks 1.1, 1.2, 1.3: right for the two 1.1 cases, top-3 for all.
        var result = Evaluator.Evaluate("fixed", cases, _ => new Fixed("1.1", "1.2", "1.3"));

        Assert.Equal(0.5, result.Top1);
        Assert.Equal(1.0, result.Top3);
        var f11 = result.PerClass.Single(c => c.Question == "1.1");
        Assert.Equal((2, 0.5, 1.0), (f11.Support, f11.Precision, f11.Recall));
        Assert.Equal((2 * 0.5 * 1.0 / 1.5) / 3, result.MacroF1, 10);
    }

    [Fact]
    public void Evaluate_SameIdInTwoFrameworks_CountsTwoClasses()
    {
        EvaluationCase[] cases = [new("A", 1, "a", "1.1"), new("B", 1, "b", "1.2")];

        // Answers 1.1 to both: right for framework A; for B, a false 1.1 of B, not of A.
        var result = Evaluator.Evaluate("fixed", cases, _ => new Fixed("1.1", "1.2"));

        Assert.Equal([("A", "1.1", 1.0, 1.0), ("B", "1.2", 0.0, 0.0)], result.PerClass.Select(c => (c.Framework, c.Question, c.Precision, c.Recall)));
        Assert.Equal(0.5, result.MacroF1, 10);
    }

    [Fact]
    public void Evaluate_WrongTop1_ListsTheMissWithTheTruthsRank()
    {
        EvaluationCase[] cases = [new("T", 1, "a", "1.1"), new("T", 1, "b", "1.3")];

        var result = Evaluator.Evaluate("fixed", cases, _ => new Fixed("1.1", "1.2", "1.3"));

        var miss = Assert.Single(result.Misses);
        Assert.Equal((cases[1], "1.1", 3), (miss.Case, miss.Predicted, miss.TruthRank));
        Assert.Equal(1.0 / 3, miss.Confidence, 10);
    }
}

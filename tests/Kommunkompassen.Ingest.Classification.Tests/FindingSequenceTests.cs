using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class FindingSequenceTests
{
    /// <summary>A ranker that answers from a table of probabilities over 2.1-2.4.</summary>
    private sealed class TableRanker(Dictionary<string, double[]> table) : IQuestionRanker
    {
        private static readonly string[] Ids = ["2.1", "2.2", "2.3", "2.4"];

        public IReadOnlyList<Prediction> Rank(string text, int? area) =>
            Ids.Select((id, i) => new Prediction(id, $"question {id}", table[text][i])).OrderByDescending(p => p.Confidence).ToList();
    }

    private static readonly TableRanker Ranker = new(new Dictionary<string, double[]>
    {
        ["sure 2.2"] = [0.02, 0.94, 0.02, 0.02],
        ["unsure 2.1 or 2.3"] = [0.45, 0.05, 0.40, 0.10],
        ["sure 2.4"] = [0.02, 0.02, 0.02, 0.94],
        ["sure 2.1"] = [0.94, 0.02, 0.02, 0.02],
    });

    [Fact]
    public void Rank_UnsureFindingBetweenSureNeighbours_TakesTheQuestionThatKeepsTheOrder()
    {
        var ranked = FindingSequence.Default.Rank(Ranker, ["sure 2.2", "unsure 2.1 or 2.3", "sure 2.4"], 2);

        Assert.Equal(["2.2", "2.3", "2.4"], ranked.Select(r => r[0].Question));
        Assert.Equal("2.1", Ranker.Rank("unsure 2.1 or 2.3", 2)[0].Question);
        NonEmpty.All(ranked, r => Assert.Equal(1.0, r.Sum(p => p.Confidence), 9));
    }

    [Fact]
    public void Rank_SureFindingOutOfOrder_KeepsItsOwnAnswer()
    {
        var ranked = FindingSequence.Default.Rank(Ranker, ["sure 2.4", "sure 2.1"], 2);

        Assert.Equal(["2.4", "2.1"], ranked.Select(r => r[0].Question));
    }

    [Fact]
    public void Rank_WeightOne_IsTheModelsOwnRanking()
    {
        var texts = new[] { "sure 2.2", "unsure 2.1 or 2.3", "sure 2.4" };

        var ranked = new FindingSequence(1).Rank(Ranker, texts, 2);

        Assert.Equal(texts.Select(t => Ranker.Rank(t, 2)[0].Question), ranked.Select(r => r[0].Question));
        Assert.Equal(Ranker.Rank("unsure 2.1 or 2.3", 2)[1].Confidence, ranked[1].Single(p => p.Question == "2.3").Confidence, 9);
    }

    [Fact]
    public void Rank_SingleFinding_IsTheModelsRanking()
    {
        var ranked = FindingSequence.Default.Rank(Ranker, ["unsure 2.1 or 2.3"], 2);

        Assert.Equal(Ranker.Rank("unsure 2.1 or 2.3", 2), Assert.Single(ranked));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void Constructor_WeightOutsideZeroToOne_Throws(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FindingSequence(weight));
}

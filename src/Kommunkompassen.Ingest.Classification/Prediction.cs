namespace Kommunkompassen.Ingest.Classification;

/// <summary>A sub-question a text may address, with the model's confidence (0-1, summing to 1 over the candidates).</summary>
public sealed record Prediction(string Question, string Text, double Confidence);

/// <summary>Anything that ranks a framework's sub-questions for a text, optionally within a known area.</summary>
public interface IQuestionRanker
{
    IReadOnlyList<Prediction> Rank(string text, int? area);
}

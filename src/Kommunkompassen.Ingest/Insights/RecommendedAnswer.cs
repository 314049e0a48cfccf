namespace Kommunkompassen.Ingest.Insights;

/// <summary>
/// A recommendation to the report's own municipality that an example before it answers
/// (<see cref="CitingSentence.RecommendationAfter"/>): its statements, the text told of the example,
/// and the sentences of the report's own municipality that stand between them.
/// </summary>
public sealed record RecommendedAnswer(IReadOnlyList<string> Statements, string Told, IReadOnlyList<string> Own);

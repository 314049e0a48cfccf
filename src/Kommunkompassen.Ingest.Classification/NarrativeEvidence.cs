using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// What a report's own narrative says about its findings. Evaluators write the strengths and
/// improvement areas as summaries of points the narrative makes, and revised-framework reports
/// file the narrative under sub-question headings. For a finding, the sentence under each heading
/// of its area that is most like it (TF-IDF cosine of <see cref="SwedishTerms"/>, IDF over the
/// report's sentences) tells how strongly the report itself ties the point to that sub-question.
/// A report without headings gives no evidence, and the model's ranking stands.
/// </summary>
public sealed class NarrativeEvidence
{
    private readonly TfIdfSpace space;
    private readonly ILookup<int, (string Question, Dictionary<string, double> Vector)> sentences;

    private NarrativeEvidence(TfIdfSpace space, ILookup<int, (string Question, Dictionary<string, double> Vector)> sentences)
    {
        this.space = space;
        this.sentences = sentences;
    }

    /// <summary>The evidence of the record's passages that sit under a sub-question heading.</summary>
    public static NarrativeEvidence Of(ReportRecord record)
    {
        var split = record.Passages
            .Where(p => p.Question is not null)
            .SelectMany(p => Sentences.Of(p.Text).Select(s => (p.Area, Question: p.Question!, Terms: Terms(s))))
            .Where(s => s.Terms.Length > 0)
            .ToList();
        var space = new TfIdfSpace(split.Select(s => (IEnumerable<string>)s.Terms).ToList());
        return new NarrativeEvidence(space, split.ToLookup(s => s.Area, s => (s.Question, space.Vector(s.Terms))));
    }

    /// <summary>True when the record has no passage under a sub-question heading.</summary>
    public bool IsEmpty => sentences.Count == 0;

    /// <summary>Per sub-question of the area with a heading: the best cosine of one of its sentences with the text.</summary>
    public IReadOnlyDictionary<string, double> For(string text, int area)
    {
        var v = space.Vector(Terms(text));
        return sentences[area]
            .GroupBy(s => s.Question, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(s => TfIdfSpace.Cosine(v, s.Vector)), StringComparer.Ordinal);
    }

    private static string[] Terms(string text) => SwedishTerms.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The model's ranking weighed with a report's <see cref="NarrativeEvidence"/>: each candidate's
/// probability times exp(cosine / <see cref="Temperature"/>), renormalised. With the default
/// 0.1, a sentence 0.1 more alike counts e (2.7) times as much; a finding no sentence resembles
/// keeps the model's ranking.
/// </summary>
public sealed class NarrativeRanker(IQuestionRanker model, NarrativeEvidence evidence, double temperature = NarrativeRanker.DefaultTemperature) : IQuestionRanker
{
    public const double DefaultTemperature = 0.1;

    public double Temperature { get; } = temperature > 0 ? temperature : throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "a temperature above 0");

    public IReadOnlyList<Prediction> Rank(string text, int? area)
    {
        var ranked = model.Rank(text, area);
        if (area is not { } a || evidence.IsEmpty)
        {
            return ranked;
        }

        var similarity = evidence.For(text, a);
        var weighed = ranked.Select(p => (p, W: p.Confidence * Math.Exp(similarity.GetValueOrDefault(p.Question) / Temperature))).ToList();
        var sum = weighed.Sum(x => x.W);
        return sum <= 0
            ? ranked
            : weighed.OrderByDescending(x => x.W).ThenBy(x => x.p.Question, StringComparer.Ordinal)
                .Select(x => x.p with { Confidence = x.W / sum })
                .ToList();
    }
}

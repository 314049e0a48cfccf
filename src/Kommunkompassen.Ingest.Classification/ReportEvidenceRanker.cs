using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// Ranks a report's own sub-questions for a finding by the report's own evidence alone, for a
/// framework version without a model (one whose sub-questions are not catalogued, or a version
/// nobody catalogued): how alike the finding is (TF-IDF cosine of <see cref="SwedishTerms"/>, IDF
/// over the report's texts) to each sub-question's printed text and to the sentences under its
/// heading, the better of the two, turned into confidences by exp(similarity / <see cref="Temperature"/>).
/// Candidates are only the report's own sub-questions of the finding's area: never another
/// version's ids. With <see cref="FindingSequence"/> the list order adds its evidence.
/// </summary>
public sealed class ReportEvidenceRanker : IQuestionRanker
{
    private readonly TfIdfSpace space;
    private readonly ILookup<int, (string Id, string Text, IReadOnlyList<Dictionary<string, double>> Vectors)> questions;

    public ReportEvidenceRanker(ReportRecord record, double temperature = NarrativeRanker.DefaultTemperature)
    {
        Temperature = temperature > 0 ? temperature : throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "a temperature above 0");
        var texts = record.Questions
            .Select(q => (q.Id, q.Area, q.Text, Texts: new[] { q.Text }
                .Concat(record.Passages.Where(p => p.Question == q.Id).SelectMany(p => Sentences.Of(p.Text)))
                .Select(Terms)
                .Where(t => t.Length > 0)
                .ToList()))
            .ToList();
        space = new TfIdfSpace([.. texts.SelectMany(t => t.Texts).Concat(record.Passages.Where(p => p.Question is null).SelectMany(p => Sentences.Of(p.Text)).Select(Terms)).Select(t => (IEnumerable<string>)t)]);
        questions = texts.ToLookup(t => t.Area, t => (t.Id, t.Text, (IReadOnlyList<Dictionary<string, double>>)[.. t.Texts.Select(space.Vector)]));
    }

    public double Temperature { get; }

    /// <summary>Whether the report has any sub-question to rank.</summary>
    public static bool CanRank(ReportRecord record) => record.Questions.Count > 0;

    public IReadOnlyList<Prediction> Rank(string text, int? area)
    {
        var candidates = area is { } a ? questions[a].ToList() : [.. questions.SelectMany(g => g)];
        if (candidates.Count == 0)
        {
            return [];
        }

        var v = space.Vector(Terms(text));
        var weighed = candidates
            .Select(c => (c, W: Math.Exp(c.Vectors.Select(x => TfIdfSpace.Cosine(v, x)).DefaultIfEmpty(0).Max() / Temperature)))
            .ToList();
        var sum = weighed.Sum(x => x.W);
        return weighed
            .OrderByDescending(x => x.W)
            .ThenBy(x => x.c.Id, Frameworks.QuestionIdOrder.Instance)
            .Select(x => new Prediction(x.c.Id, x.c.Text, x.W / sum))
            .ToList();
    }

    private static string[] Terms(string text) => SwedishTerms.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

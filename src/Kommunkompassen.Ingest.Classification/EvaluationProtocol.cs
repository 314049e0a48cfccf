using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>The figures of one run of the protocol, model and baseline side by side.</summary>
public sealed record ProtocolResult(
    EvaluationResult LeaveOneReportOut,
    EvaluationResult BaselineLeaveOneReportOut,
    EvaluationResult? HeldOut,
    EvaluationResult? BaselineHeldOut,
    IReadOnlyDictionary<string, int> TrainingCounts,
    IReadOnlyList<EvaluationResult> ByFramework);

/// <summary>
/// The evaluation protocol: (a) each sample report's labelled findings, classified by models
/// trained without that report's findings; (b) a held-out set of findings written for the test,
/// classified by models trained on everything. Always within the finding's known area, and
/// always next to the TF-IDF baseline in the same run.
/// </summary>
public static class EvaluationProtocol
{
    public static ProtocolResult Run(
        FrameworkCatalog catalog,
        IReadOnlyList<ReportRecord> records,
        IReadOnlyList<LabelledFinding> labels,
        IReadOnlyList<EvaluationCase> heldOut,
        QuestionModelOptions? options = null,
        IReadOnlyList<TrainingExample>? written = null)
    {
        var baselines = catalog.Frameworks.ToDictionary(f => f.Id, f => new TfIdfBaseline(f), StringComparer.Ordinal);

        var looCases = new List<(EvaluationCase Case, ClassifierSet Models)>();
        foreach (var record in records.Where(r => labels.Any(l => l.ReportId == r.Id)))
        {
            var models = ClassifierSet.Train(catalog, TrainingSet.Build(catalog, records, labels, f => f.ReportId != record.Id, written), options);
            looCases.AddRange(labels.Where(l => l.ReportId == record.Id)
                .Select(l => (new EvaluationCase(record.Framework, l.Area, l.Text, l.Question), models)));
        }

        var cases = looCases.Select(x => x.Case).ToList();
        var byCase = new Dictionary<EvaluationCase, ClassifierSet>();
        foreach (var (c, m) in looCases)
        {
            byCase.TryAdd(c, m);
        }

        var loo = Evaluator.Evaluate("model, leave one report out", cases, c => (IQuestionRanker?)byCase[c].For(c.Framework) ?? baselines[c.Framework]);
        var looBase = Evaluator.Evaluate("TF-IDF baseline, same findings", cases, c => baselines[c.Framework]);

        var all = TrainingSet.Build(catalog, records, labels, written: written);
        EvaluationResult? held = null, heldBase = null;
        if (heldOut.Count > 0)
        {
            var full = ClassifierSet.Train(catalog, all, options);
            held = Evaluator.Evaluate("model, held-out findings", heldOut, c => (IQuestionRanker?)full.For(c.Framework) ?? baselines[c.Framework]);
            heldBase = Evaluator.Evaluate("TF-IDF baseline, held-out findings", heldOut, c => baselines[c.Framework]);
        }

        var byFramework = cases.Select(c => c.Framework).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(fw => new[]
            {
                Evaluator.Evaluate($"model, leave one out, framework {fw}", cases.Where(c => c.Framework == fw).ToList(), c => (IQuestionRanker?)byCase[c].For(c.Framework) ?? baselines[c.Framework]),
                Evaluator.Evaluate($"baseline, leave one out, framework {fw}", cases.Where(c => c.Framework == fw).ToList(), c => baselines[c.Framework]),
            })
            .ToList();
        var counts = all.GroupBy(e => $"{e.Framework} {e.Source.Split(' ')[0]}").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ProtocolResult(loo, looBase, held, heldBase, counts, byFramework);
    }

    public static IReadOnlyList<EvaluationCase> ReadHeldOut(string path) =>
        LabelFile.ReadCsv(path)
            .Select(r => new EvaluationCase(r["framework"], int.Parse(r["area"], CultureInfo.InvariantCulture), r["text"], r["question"]))
            .ToList();
}

using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>The figures of one run of the protocol, model and baseline side by side.</summary>
public sealed record ProtocolResult(
    EvaluationResult LeaveOneReportOut,
    EvaluationResult LeaveOneReportOutEachAlone,
    EvaluationResult BaselineLeaveOneReportOut,
    EvaluationResult? HeldOut,
    EvaluationResult? BaselineHeldOut,
    IReadOnlyDictionary<string, int> TrainingCounts,
    IReadOnlyList<EvaluationResult> Breakdown);

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
        IReadOnlyList<TrainingExample>? written = null,
        FindingSequence? sequence = null,
        double? narrativeTemperature = NarrativeRanker.DefaultTemperature)
    {
        sequence ??= FindingSequence.Default;
        var baselines = catalog.Frameworks.ToDictionary(f => f.Id, f => new TfIdfBaseline(f), StringComparer.Ordinal);

        var looCases = new List<(EvaluationCase Case, ClassifierSet Models)>();
        var sure = new HashSet<EvaluationCase>();
        var inList = new Dictionary<EvaluationCase, IReadOnlyList<Prediction>>();
        var wholeReportOut = new Dictionary<EvaluationCase, IReadOnlyList<Prediction>>();
        foreach (var record in records.Where(r => labels.Any(l => l.ReportId == r.Id)))
        {
            var models = ClassifierSet.Train(catalog, TrainingSet.Build(catalog, records, labels, f => f.ReportId != record.Id, written), options);
            var reportCases = labels.Where(l => l.ReportId == record.Id)
                .Select(l => (Label: l, Case: new EvaluationCase(record.Framework, l.Area, l.Text, l.Question)))
                .ToList();
            looCases.AddRange(reportCases.Select(c => (c.Case, models)));
            sure.UnionWith(reportCases.Where(c => c.Label.Confidence == "high").Select(c => c.Case));
            RankLists(record, models, reportCases, inList);

            // A report the models have not seen at all, narrative passages included: how a new
            // report is classified at ingest, before 'kk train' has learnt from it.
            var others = records.Where(r => r.Id != record.Id).ToList();
            RankLists(record, ClassifierSet.Train(catalog, TrainingSet.Build(catalog, others, labels, f => f.ReportId != record.Id, written), options), reportCases, wholeReportOut);
        }

        // The findings of a report ranked as the lists they stand in, as 'kk ingest' ranks them.
        void RankLists(ReportRecord record, ClassifierSet models, List<(LabelledFinding Label, EvaluationCase Case)> reportCases, Dictionary<EvaluationCase, IReadOnlyList<Prediction>> into)
        {
            foreach (var (area, kind, texts, ranked) in models.RankLists(record, sequence, narrativeTemperature))
            {
                for (var i = 0; ranked is not null && i < texts.Count; i++)
                {
                    var label = reportCases.FirstOrDefault(c => c.Label.Area == area && c.Label.Kind == kind && c.Label.Text == texts[i]);
                    if (label.Case is not null)
                    {
                        into.TryAdd(label.Case, ranked[i]);
                    }
                }
            }
        }

        var cases = looCases.Select(x => x.Case).ToList();
        var byCase = new Dictionary<EvaluationCase, ClassifierSet>();
        foreach (var (c, m) in looCases)
        {
            byCase.TryAdd(c, m);
        }

        IQuestionRanker InList(EvaluationCase c) => inList.TryGetValue(c, out var ranked) ? new FixedRanking(ranked) : (IQuestionRanker?)byCase[c].For(c.Framework) ?? baselines[c.Framework];
        var loo = Evaluator.Evaluate("model, findings ranked in their lists, leave one report out", cases, InList);
        var looAlone = Evaluator.Evaluate("model, each finding alone, leave one report out", cases, c => (IQuestionRanker?)byCase[c].For(c.Framework) ?? baselines[c.Framework]);
        var looBase = Evaluator.Evaluate("TF-IDF baseline, same findings", cases, c => baselines[c.Framework]);

        var all = TrainingSet.Build(catalog, records, labels, written: written);
        EvaluationResult? held = null, heldBase = null;
        if (heldOut.Count > 0)
        {
            var full = ClassifierSet.Train(catalog, all, options);
            held = Evaluator.Evaluate("model, held-out findings", heldOut, c => (IQuestionRanker?)full.For(c.Framework) ?? baselines[c.Framework]);
            heldBase = Evaluator.Evaluate("TF-IDF baseline, held-out findings", heldOut, c => baselines[c.Framework]);
        }

        var breakdown = cases.Select(c => c.Framework).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(fw => new[]
            {
                Evaluator.Evaluate($"model in lists, leave one out, framework {fw}", cases.Where(c => c.Framework == fw).ToList(), InList),
                Evaluator.Evaluate($"model alone, leave one out, framework {fw}", cases.Where(c => c.Framework == fw).ToList(), c => (IQuestionRanker?)byCase[c].For(c.Framework) ?? baselines[c.Framework]),
                Evaluator.Evaluate($"baseline, leave one out, framework {fw}", cases.Where(c => c.Framework == fw).ToList(), c => baselines[c.Framework]),
            })
            .Append(Evaluator.Evaluate("model in lists, leave one out, labels marked high", cases.Where(sure.Contains).ToList(), InList))
            .Concat(cases.Select(c => c.Framework).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(null)
                .Select(fw => Evaluator.Evaluate(
                    $"model in lists, whole report left out (passages too){(fw is null ? string.Empty : $", framework {fw}")}",
                    cases.Where(c => (fw is null || c.Framework == fw) && wholeReportOut.ContainsKey(c)).ToList(),
                    c => new FixedRanking(wholeReportOut[c]))))
            .ToList();
        var counts = all.GroupBy(e => $"{e.Framework} {e.Source.Split(' ')[0]}").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new ProtocolResult(loo, looAlone, looBase, held, heldBase, counts, breakdown);
    }

    /// <summary>A ranking worked out beforehand (a finding ranked within its list).</summary>
    private sealed class FixedRanking(IReadOnlyList<Prediction> ranking) : IQuestionRanker
    {
        public IReadOnlyList<Prediction> Rank(string text, int? area) => ranking;
    }

    public static IReadOnlyList<EvaluationCase> ReadHeldOut(string path) =>
        LabelFile.ReadCsv(path)
            .Select(r => new EvaluationCase(r["framework"], int.Parse(r["area"], CultureInfo.InvariantCulture), r["text"], r["question"]))
            .ToList();
}

using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.App;

/// <summary>The trainers of the sub-question model.</summary>
public enum ClassifierTrainer
{
    /// <summary>Maximum entropy by L-BFGS (the default).</summary>
    Lbfgs,

    /// <summary>Maximum entropy by stochastic dual coordinate ascent.</summary>
    Sdca,

    /// <summary>One-versus-all averaged perceptrons.</summary>
    AveragedPerceptron,
}

/// <summary>The classifier's defaults, each taken from the library that owns it.</summary>
public static class ClassifierDefaults
{
    /// <summary>How sharply the report's own narrative weighs in when a finding is ranked.</summary>
    public const double NarrativeTemperature = NarrativeRanker.DefaultTemperature;
}

/// <summary>
/// Labelled findings and the findings written for training. <see cref="WrittenFiles"/>: null for
/// the default file when it exists, empty for none, else those files (each must exist).
/// </summary>
public sealed record TrainingSources(string? LabelsFile = null, IReadOnlyList<string>? WrittenFiles = null, string? HeldOutFile = null);

/// <summary>Train the sub-question models on the archive and write them (with model-info.json and the crosswalks) to a folder.</summary>
public sealed record TrainRequest(TrainingSources Sources, string OutputFolder = KompassDefaults.TrainedModelsFolder);

/// <summary>One run of the evaluation protocol with these settings (null: the default).</summary>
/// <param name="NarrativeTemperature">The weight of the report's own narrative; null for none.</param>
public sealed record EvaluateRequest(
    TrainingSources Sources,
    ClassifierTrainer? Trainer = null,
    float? L2 = null,
    double? BackwardWeight = null,
    double? NarrativeTemperature = ClassifierDefaults.NarrativeTemperature);

/// <summary>Precision, recall and F1 of one sub-question of one framework.</summary>
public sealed record ClassFigures(string Framework, string Question, int Support, double Precision, double Recall, double F1);

/// <summary>A finding the model got wrong: its label (with the labeller's confidence), the answer and its confidence, the label's rank among the answers.</summary>
public sealed record MissedFinding(string Framework, int Area, string Text, string Label, string LabelConfidence, string Predicted, double Confidence, int TruthRank);

/// <summary>The figures of one evaluation: top-1, top-3, macro-F1, per class, and the misses.</summary>
public sealed record ModelEvaluation(string Name, int Count, double Top1, double Top3, double MacroF1, IReadOnlyList<ClassFigures> PerClass, IReadOnlyList<MissedFinding> Misses)
{
    /// <summary>The classes with the lowest F1 (ties by framework, then sub-question order).</summary>
    public IReadOnlyList<ClassFigures> Worst(int count) =>
        PerClass.OrderBy(c => c.F1).ThenBy(c => c.Framework, StringComparer.Ordinal).ThenBy(c => c.Question, QuestionIdOrder.Instance).Take(count).ToList();
}

/// <summary>A run of the evaluation protocol: the model and the TF-IDF baseline side by side.</summary>
public sealed record ProtocolFigures(
    ModelEvaluation LeaveOneReportOut,
    ModelEvaluation LeaveOneReportOutEachAlone,
    ModelEvaluation BaselineLeaveOneReportOut,
    ModelEvaluation? HeldOut,
    ModelEvaluation? BaselineHeldOut,
    IReadOnlyDictionary<string, int> TrainingCounts,
    IReadOnlyList<ModelEvaluation> Breakdown)
{
    /// <summary>Every evaluation, in the order they are shown.</summary>
    public IReadOnlyList<ModelEvaluation> Rows =>
        new[] { LeaveOneReportOut, LeaveOneReportOutEachAlone, BaselineLeaveOneReportOut, HeldOut, BaselineHeldOut }
            .Concat(Breakdown)
            .OfType<ModelEvaluation>()
            .ToList();
}

/// <summary>What training did: the frameworks trained, on how many examples, how long, where written, and the evaluation.</summary>
public sealed record TrainResult(IReadOnlyList<string> Frameworks, int Examples, TimeSpan Elapsed, string Folder, ProtocolFigures Evaluation, ModelInfo Info);

/// <summary>The settings an evaluation runs with (the defaults filled in).</summary>
public sealed record EvaluationSettings(ClassifierTrainer Trainer, float L2, double BackwardWeight, double? NarrativeTemperature);

/// <summary>The settings an evaluation ran with, and its figures.</summary>
public sealed record EvaluateResult(EvaluationSettings Settings, ProtocolFigures Figures);

/// <summary>Classify a text: the sub-questions of a framework (the newest with sub-questions when null) it addresses, within an area when given.</summary>
public sealed record ClassifyRequest(string Text, string? Framework = null, int? Area = null, int Top = KompassDefaults.ClassifyTop);

/// <summary>A sub-question a text addresses, with the model's confidence.</summary>
public sealed record QuestionMatch(string Question, string Text, double Confidence);

/// <summary><c>model-info.json</c>: what the models were trained on, how, and how they scored.</summary>
public sealed record ModelInfo(ModelTrainingSet TrainedOn, string Trainer, double TrainingSeconds, IReadOnlyList<ModelScore> Evaluation)
{
    /// <summary>The file's name in a models folder.</summary>
    public const string FileName = "model-info.json";
}

/// <summary>The reports, label file, written findings file(s) and the count of examples of each kind the models were trained on.</summary>
public sealed record ModelTrainingSet(IReadOnlyList<string> Reports, string Labels, string? Written, IReadOnlyDictionary<string, int> Examples);

/// <summary>One evaluation's figures, rounded to three places.</summary>
public sealed record ModelScore(string Name, int Count, double Top1, double Top3, double MacroF1);

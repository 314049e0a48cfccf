using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.App;

public sealed partial class KompassApp
{
    /// <summary>The version of ML.NET the models are trained with, read from its assembly.</summary>
    public static string MachineLearningVersion { get; } = AssemblyVersion(typeof(Microsoft.ML.MLContext).Assembly);

    /// <summary>
    /// Trains the sub-question models on the archive's reports, the labels and the written
    /// findings; writes the models, <c>model-info.json</c> and a crosswalk from each older
    /// framework to the newest to the output folder.
    /// </summary>
    /// <exception cref="KompassOperationException">The archive is empty.</exception>
    public TrainResult Train(TrainRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var records = ReadAll();
        if (records.Count == 0)
        {
            throw new KompassOperationException($"the archive {Options.ArchiveFolder} is empty; ingest reports first");
        }

        var labelsFile = request.Sources.LabelsFile ?? KompassDefaults.LabelsFile;
        var labels = Labels(labelsFile, request.Sources.LabelsFile is null);
        var (written, writtenFiles) = Written(request.Sources);
        var examples = TrainingSet.Build(FrameworkCatalog.Default, records, labels, written: written);
        var sw = Stopwatch.StartNew();
        var trained = ClassifierSet.Train(FrameworkCatalog.Default, examples);
        sw.Stop();
        var folder = request.OutputFolder;
        trained.Save(folder);

        var result = EvaluationProtocol.Run(FrameworkCatalog.Default, records, labels, HeldOut(request.Sources), written: written);
        var figures = Figures(result, labels);
        var info = new ModelInfo(
            new ModelTrainingSet(
                records.Select(r => r.Id).Order(StringComparer.Ordinal).ToList(),
                Path.GetFileName(labelsFile),
                written.Count > 0 ? string.Join(",", writtenFiles.Select(Path.GetFileName)) : null,
                result.TrainingCounts),
            TrainerDescription(QuestionModelOptions.Default),
            Math.Round(sw.Elapsed.TotalSeconds, 1),
            figures.Rows.Select(r => new ModelScore(r.Name, r.Count, Math.Round(r.Top1, 3), Math.Round(r.Top3, 3), Math.Round(r.MacroF1, 3))).ToList());
        File.WriteAllText(Path.Combine(folder, ModelInfo.FileName), JsonSerializer.Serialize(info, RecordJson.Options) + "\n");

        // Crosswalk from each older framework to the newest, for comparing across versions.
        var newest = FrameworkCatalog.Default.NewestWithQuestions;
        var frameworkOf = records.ToDictionary(r => r.Id, r => r.Framework, StringComparer.Ordinal);
        foreach (var older in FrameworkCatalog.Default.Frameworks.Where(f => f != newest && f.QuestionsKnown))
        {
            if (trained.For(newest.Id) is { } to)
            {
                var rows = Crosswalk.Build(older, to, labels, frameworkOf);
                File.WriteAllText(Path.Combine(folder, Crosswalk.FileName(older.Id, newest.Id)), Crosswalk.ToCsv(rows));
            }
        }

        return new TrainResult(trained.Frameworks.ToList(), examples.Count, sw.Elapsed, folder, figures, info);
    }

    /// <summary>Runs the evaluation protocol with the settings asked, next to the TF-IDF baseline; <paramref name="starting"/> hears the settings before the (long) run.</summary>
    public EvaluateResult Evaluate(EvaluateRequest request, Action<EvaluationSettings>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.NarrativeTemperature is <= 0)
        {
            throw new KompassRequestException($"the narrative temperature must be above 0, not {request.NarrativeTemperature.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        var records = ReadAll();
        var labels = Labels(request.Sources.LabelsFile ?? KompassDefaults.LabelsFile, request.Sources.LabelsFile is null);
        var options = QuestionModelOptions.Default;
        if (request.Trainer is { } trainer)
        {
            options = options with { Trainer = ToTrainer(trainer) };
        }

        if (request.L2 is { } l2)
        {
            options = options with { L2Regularization = l2 };
        }

        var sequence = request.BackwardWeight is { } w ? new FindingSequence(w) : FindingSequence.Default;
        var settings = new EvaluationSettings(FromTrainer(options.Trainer), options.L2Regularization, sequence.BackwardWeight, request.NarrativeTemperature);
        starting?.Invoke(settings);
        var result = EvaluationProtocol.Run(FrameworkCatalog.Default, records, labels, HeldOut(request.Sources), options, Written(request.Sources).Examples, sequence, request.NarrativeTemperature);
        return new EvaluateResult(settings, Figures(result, labels));
    }

    /// <summary>The sub-questions a text addresses, best first.</summary>
    /// <exception cref="KompassOperationException">There are no models.</exception>
    /// <exception cref="KompassRequestException">There is no model for the framework.</exception>
    public IReadOnlyList<QuestionMatch> Classify(ClassifyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trained = Models ?? throw new KompassOperationException($"no models in {Options.ModelsFolder}; train them first");
        var framework = request.Framework ?? FrameworkCatalog.Default.NewestWithQuestions.Id;
        var model = trained.For(framework) ?? throw new KompassRequestException($"no model for framework '{framework}'");
        return model.Rank(request.Text, request.Area).Take(request.Top).Select(p => new QuestionMatch(p.Question, p.Text, p.Confidence)).ToList();
    }

    /// <summary>The trainer as model-info.json describes it, with the ML.NET version read from its assembly.</summary>
    internal static string TrainerDescription(QuestionModelOptions options) =>
        $"ML.NET {MachineLearningVersion} {options.Trainer} maximum entropy, L2 {options.L2Regularization.ToString(CultureInfo.InvariantCulture)} (1 thread, seed {QuestionModel.Seed.ToString(CultureInfo.InvariantCulture)}); text featurizer over the text and its Swedish terms (light stems, stop words out, coordinated compounds completed), diacritics kept, word 1-2-grams, char 4-grams; at ingest weighed with the report's own narrative under sub-question headings (temperature {NarrativeRanker.DefaultTemperature.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>An assembly's informational version without the source revision (5.0.1, not 5.0.1+abc).</summary>
    internal static string AssemblyVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is { Length: > 0 } v ? v.Split('+')[0] : assembly.GetName().Version?.ToString(3) ?? "unknown";
    }

    /// <summary>
    /// The findings written for training: the files given (each must exist), none, or by default
    /// the default file when it is there; and the files they came from.
    /// </summary>
    private static (IReadOnlyList<TrainingExample> Examples, IReadOnlyList<string> Files) Written(TrainingSources sources)
    {
        if (sources.WrittenFiles is not { } given)
        {
            return File.Exists(KompassDefaults.WrittenFile)
                ? (LabelFile.ReadWritten(KompassDefaults.WrittenFile), [KompassDefaults.WrittenFile])
                : ([], []);
        }

        return given.FirstOrDefault(p => !File.Exists(p)) is { } missing
            ? throw new KompassRequestException($"--written: no such file '{missing}'")
            : (given.SelectMany(LabelFile.ReadWritten).ToList(), given);
    }

    /// <summary>The labelled findings, or a one-line reason when the file is not there.</summary>
    private static IReadOnlyList<LabelledFinding> Labels(string path, bool isDefault) =>
        File.Exists(path)
            ? LabelFile.ReadFindings(path)
            : throw new KompassRequestException(isDefault
                ? $"no labelled findings at {path} (the default, relative to the working folder); give the file with --labels"
                : $"--labels: no such file '{path}'");

    private static IReadOnlyList<EvaluationCase> HeldOut(TrainingSources sources)
    {
        var path = sources.HeldOutFile ?? KompassDefaults.HeldOutFile;
        return File.Exists(path) ? EvaluationProtocol.ReadHeldOut(path) : [];
    }

    private static QuestionTrainer ToTrainer(ClassifierTrainer trainer) => trainer switch
    {
        ClassifierTrainer.Lbfgs => QuestionTrainer.Lbfgs,
        ClassifierTrainer.Sdca => QuestionTrainer.Sdca,
        ClassifierTrainer.AveragedPerceptron => QuestionTrainer.AveragedPerceptron,
        _ => throw new KompassRequestException($"unknown trainer '{trainer}'"),
    };

    private static ClassifierTrainer FromTrainer(QuestionTrainer trainer) => trainer switch
    {
        QuestionTrainer.Lbfgs => ClassifierTrainer.Lbfgs,
        QuestionTrainer.Sdca => ClassifierTrainer.Sdca,
        QuestionTrainer.AveragedPerceptron => ClassifierTrainer.AveragedPerceptron,
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "a trainer the application does not know"),
    };

    private static ProtocolFigures Figures(ProtocolResult result, IReadOnlyList<LabelledFinding> labels)
    {
        ModelEvaluation? Of(EvaluationResult? r) => r is null ? null : new ModelEvaluation(
            r.Name,
            r.Count,
            r.Top1,
            r.Top3,
            r.MacroF1,
            r.PerClass.Select(c => new ClassFigures(c.Framework, c.Question, c.Support, c.Precision, c.Recall, c.F1)).ToList(),
            r.Misses.Select(m => new MissedFinding(
                m.Case.Framework,
                m.Case.Area,
                m.Case.Text,
                m.Case.Question,
                labels.FirstOrDefault(l => l.Area == m.Case.Area && l.Text == m.Case.Text)?.Confidence ?? "?",
                m.Predicted,
                m.Confidence,
                m.TruthRank)).ToList());

        return new ProtocolFigures(
            Of(result.LeaveOneReportOut)!,
            Of(result.LeaveOneReportOutEachAlone)!,
            Of(result.BaselineLeaveOneReportOut)!,
            Of(result.HeldOut),
            Of(result.BaselineHeldOut),
            result.TrainingCounts,
            result.Breakdown.Select(b => Of(b)!).ToList());
    }
}

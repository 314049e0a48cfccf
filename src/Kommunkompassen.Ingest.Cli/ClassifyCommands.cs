using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>`kk train`, `kk evaluate`, `kk classify`: the sub-question classifier.</summary>
internal static class ClassifyCommands
{
    public const string DefaultLabels = "corpus/labels/findings-labels.csv";
    public const string DefaultHeldOut = "tests/Kommunkompassen.Ingest.Tests/Classification/heldout-findings.csv";
    public const string DefaultWritten = "corpus/labels/written-training-findings.csv";

    /// <summary>
    /// The findings written for training: --written FILE[,FILE…] (each must exist), "none", or by
    /// default corpus/labels/written-training-findings.csv when it is there.
    /// </summary>
    private static IReadOnlyList<TrainingExample> Written(CommandLine line)
    {
        if (line.Options.GetValueOrDefault("--written") is not { } given)
        {
            return File.Exists(DefaultWritten) ? LabelFile.ReadWritten(DefaultWritten) : [];
        }

        if (given == "none")
        {
            return [];
        }

        var paths = given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paths.FirstOrDefault(p => !File.Exists(p)) is { } missing
            ? throw new UsageException($"--written: no such file '{missing}'")
            : paths.SelectMany(LabelFile.ReadWritten).ToList();
    }

    /// <summary>--models, else ./models when it exists, else the models copied beside the program.</summary>
    public static string ModelsFolder(CommandLine line) =>
        line.Options.GetValueOrDefault("--models")
        ?? (Directory.Exists("models") ? "models" : Path.Combine(AppContext.BaseDirectory, "models"));

    public static ClassifierSet? LoadModels(CommandLine line) => ClassifierSet.Load(ModelsFolder(line), FrameworkCatalog.Default);

    public static int Train(CommandLine line)
    {
        var records = ReportArchive.ReadAll(line.Archive);
        if (records.Count == 0)
        {
            Console.Error.WriteLine($"error: the archive {line.Archive} is empty; run 'kk ingest' first");
            return 2;
        }

        var labels = LabelFile.ReadFindings(line.Options.GetValueOrDefault("--labels") ?? DefaultLabels);
        var written = Written(line);
        var examples = TrainingSet.Build(FrameworkCatalog.Default, records, labels, written: written);
        var sw = Stopwatch.StartNew();
        var models = ClassifierSet.Train(FrameworkCatalog.Default, examples);
        sw.Stop();
        var folder = line.Options.GetValueOrDefault("--models") ?? "models";
        models.Save(folder);

        var heldOutPath = line.Options.GetValueOrDefault("--heldout") ?? DefaultHeldOut;
        var heldOut = File.Exists(heldOutPath) ? EvaluationProtocol.ReadHeldOut(heldOutPath) : [];
        var result = EvaluationProtocol.Run(FrameworkCatalog.Default, records, labels, heldOut, written: written);
        var info = new
        {
            trainedOn = new
            {
                reports = records.Select(r => r.Id).Order(StringComparer.Ordinal).ToList(),
                labels = Path.GetFileName(line.Options.GetValueOrDefault("--labels") ?? DefaultLabels),
                written = written.Count > 0 ? string.Join(",", (line.Options.GetValueOrDefault("--written") ?? DefaultWritten).Split(',').Select(p => Path.GetFileName(p.Trim()))) : null,
                examples = result.TrainingCounts,
            },
            trainer = $"ML.NET 5.0.1 {QuestionModelOptions.Default.Trainer} maximum entropy, L2 {QuestionModelOptions.Default.L2Regularization.ToString(CultureInfo.InvariantCulture)} (1 thread, seed {QuestionModel.Seed.ToString(CultureInfo.InvariantCulture)}); text featurizer over the text and its Swedish terms (light stems, stop words out, coordinated compounds completed), diacritics kept, word 1-2-grams, char 4-grams; at ingest weighed with the report's own narrative under sub-question headings (temperature {NarrativeRanker.DefaultTemperature.ToString(CultureInfo.InvariantCulture)})",
            trainingSeconds = Math.Round(sw.Elapsed.TotalSeconds, 1),
            evaluation = new[] { result.LeaveOneReportOut, result.LeaveOneReportOutEachAlone, result.BaselineLeaveOneReportOut, result.HeldOut, result.BaselineHeldOut }
                .Concat(result.Breakdown)
                .Where(r => r is not null)
                .Select(r => new { r!.Name, r.Count, top1 = Math.Round(r.Top1, 3), top3 = Math.Round(r.Top3, 3), macroF1 = Math.Round(r.MacroF1, 3) }),
        };
        File.WriteAllText(Path.Combine(folder, "model-info.json"), JsonSerializer.Serialize(info, RecordJson.Options) + "\n");

        // Crosswalk from each older framework to the newest, for comparing across versions.
        var newest = FrameworkCatalog.Default.NewestWithQuestions;
        var frameworkOf = records.ToDictionary(r => r.Id, r => r.Framework, StringComparer.Ordinal);
        foreach (var older in FrameworkCatalog.Default.Frameworks.Where(f => f != newest && f.QuestionsKnown))
        {
            if (models.For(newest.Id) is { } to)
            {
                var rows = Crosswalk.Build(older, to, labels, frameworkOf);
                File.WriteAllText(Path.Combine(folder, $"crosswalk-{older.Id}-{newest.Id}.csv"), Crosswalk.ToCsv(rows));
            }
        }
        Console.WriteLine($"trained {string.Join(", ", models.Frameworks)} on {examples.Count} examples in {sw.Elapsed.TotalSeconds:0.0} s; wrote {folder}/");
        Print(result);
        return 0;
    }

    public static int Evaluate(CommandLine line)
    {
        var records = ReportArchive.ReadAll(line.Archive);
        var labels = LabelFile.ReadFindings(line.Options.GetValueOrDefault("--labels") ?? DefaultLabels);
        var heldOutPath = line.Options.GetValueOrDefault("--heldout") ?? DefaultHeldOut;
        var heldOut = File.Exists(heldOutPath) ? EvaluationProtocol.ReadHeldOut(heldOutPath) : [];
        var options = QuestionModelOptions.Default;
        if (line.Options.GetValueOrDefault("--trainer") is { } trainer)
        {
            options = options with { Trainer = Enum.TryParse<QuestionTrainer>(trainer, ignoreCase: true, out var t) ? t : throw new UsageException($"unknown trainer '{trainer}' (sdca, lbfgs, averagedperceptron)") };
        }

        if (line.Options.GetValueOrDefault("--l2") is { } l2)
        {
            options = options with { L2Regularization = float.Parse(l2, CultureInfo.InvariantCulture) };
        }

        var sequence = line.Options.GetValueOrDefault("--backward-weight") is { } w
            ? new FindingSequence(double.Parse(w, CultureInfo.InvariantCulture))
            : FindingSequence.Default;
        double? narrative = line.Options.GetValueOrDefault("--narrative") switch
        {
            null => NarrativeRanker.DefaultTemperature,
            "off" => null,
            var t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : throw new UsageException($"--narrative: 'off' or a temperature above 0, not '{t}'"),
        };
        Console.WriteLine($"trainer {options.Trainer}, L2 {options.L2Regularization.ToString(CultureInfo.InvariantCulture)}, list order: backward weight {sequence.BackwardWeight.ToString(CultureInfo.InvariantCulture)}, narrative: {narrative?.ToString(CultureInfo.InvariantCulture) ?? "off"}");
        var result = EvaluationProtocol.Run(FrameworkCatalog.Default, records, labels, heldOut, options, Written(line), sequence, narrative);
        Print(result);
        if (line.Options.ContainsKey("--errors"))
        {
            PrintMisses(result.LeaveOneReportOut, labels);
        }

        return 0;
    }

    public static int Classify(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("classify needs a text, e.g. kk classify \"Inför ett kommungemensamt system för synpunktshantering\"");
        }

        var models = LoadModels(line);
        if (models is null)
        {
            Console.Error.WriteLine($"error: no models in {ModelsFolder(line)}; run 'kk train' first");
            return 2;
        }

        var framework = line.Options.GetValueOrDefault("--framework") ?? FrameworkCatalog.Default.NewestWithQuestions.Id;
        var model = models.For(framework) ?? throw new UsageException($"no model for framework '{framework}'");
        int? area = line.Options.GetValueOrDefault("--area") is { } a ? int.Parse(a, CultureInfo.InvariantCulture) : null;
        var top = int.Parse(line.Options.GetValueOrDefault("--top") ?? "3", CultureInfo.InvariantCulture);
        var ranked = model.Rank(string.Join(' ', line.Arguments), area).Take(top).ToList();
        if (line.Options.ContainsKey("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(ranked.Select(p => new { question = p.Question, text = p.Text, confidence = Math.Round(p.Confidence, 4) }), RecordJson.Options));
            return 0;
        }

        foreach (var p in ranked)
        {
            Console.WriteLine($"{p.Question,-5} {p.Confidence,6:0.000}  {p.Text}");
        }

        return 0;
    }

    /// <summary>
    /// Each finding the model got wrong: the label (with the labeller's confidence), the answer and
    /// the model's confidence in it, the label's rank among the answers, the text.
    /// </summary>
    private static void PrintMisses(EvaluationResult result, IReadOnlyList<LabelledFinding> labels)
    {
        Console.WriteLine();
        Console.WriteLine($"misses, {result.Name} ({result.Misses.Count}):");
        Console.WriteLine($"  {"fw",-4} {"label",-10} {"answer",-6} {"conf",5} {"rank",4}  text");
        foreach (var m in result.Misses)
        {
            var sure = labels.FirstOrDefault(l => l.Area == m.Case.Area && l.Text == m.Case.Text)?.Confidence ?? "?";
            Console.WriteLine($"  {m.Case.Framework,-4} {m.Case.Question + " " + sure,-10} {m.Predicted,-6} {m.Confidence,5:0.00} {m.TruthRank,4}  {m.Case.Text}");
        }
    }

    private static void Print(ProtocolResult result)
    {
        var rows = new[] { result.LeaveOneReportOut, result.LeaveOneReportOutEachAlone, result.BaselineLeaveOneReportOut, result.HeldOut, result.BaselineHeldOut }
            .Concat(result.Breakdown)
            .OfType<EvaluationResult>()
            .ToList();
        var width = rows.Max(r => r.Name.Length);
        Console.WriteLine();
        Console.WriteLine($"{"evaluation".PadRight(width)} {"n",4} {"top-1",6} {"top-3",6} {"macro-F1",8}");
        foreach (var r in rows)
        {
            Console.WriteLine($"{r.Name.PadRight(width)} {r.Count,4} {r.Top1,6:0.000} {r.Top3,6:0.000} {r.MacroF1,8:0.000}");
        }

        foreach (var r in new[] { result.LeaveOneReportOut, result.HeldOut })
        {
            if (r is null)
            {
                continue;
            }

            Console.WriteLine();
            Console.WriteLine($"worst classes, {r.Name}:");
            foreach (var c in r.PerClass.OrderBy(c => c.F1).ThenBy(c => c.Framework, StringComparer.Ordinal).ThenBy(c => c.Question, QuestionIdOrder.Instance).Take(5))
            {
                Console.WriteLine($"  {c.Framework} {c.Question,-5} support {c.Support,3}  precision {c.Precision:0.00}  recall {c.Recall:0.00}  F1 {c.F1:0.00}");
            }
        }
    }
}

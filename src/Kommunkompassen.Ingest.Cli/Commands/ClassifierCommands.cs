using System.CommandLine;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>The options that say what the classifier learns from and is tested on.</summary>
internal sealed class TrainingOptions
{
    public Option<string?> Labels { get; } = KkOptions.File("--labels", $"the labelled findings (default {KompassDefaults.LabelsFile})");

    public Option<string?> HeldOut { get; } = KkOptions.File("--heldout", $"the held-out findings (default {KompassDefaults.HeldOutFile})");

    public Option<string?> Written { get; } = KkOptions.File("--written", $"findings written for training, or none (default {KompassDefaults.WrittenFile} when it exists)", "FILE[,FILE]|none");

    public void AddTo(Command command)
    {
        command.Add(Labels);
        command.Add(HeldOut);
        command.Add(Written);
    }

    public TrainingSources Of(ParseResult parse)
    {
        IReadOnlyList<string>? written = parse.GetValue(Written) switch
        {
            null => null,
            "none" => [],
            var files => files.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        return new TrainingSources(parse.GetValue(Labels), written, parse.GetValue(HeldOut));
    }
}

/// <summary>`kk train`: trains the sub-question classifier and writes models/.</summary>
internal sealed class TrainCommand : KkCommand
{
    private readonly Option<string> archive = KkOptions.Archive();
    private readonly TrainingOptions sources = new();
    private readonly Option<string?> models = KkOptions.Models($"where to write the models (default ./{KompassDefaults.TrainedModelsFolder})");

    public TrainCommand()
        : base("train", "train the sub-question classifier on the archive, write models/ (the models, model-info.json, the crosswalks)")
    {
        Add(archive);
        sources.AddTo(this);
        Add(models);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build();
        var result = app.Train(new TrainRequest(sources.Of(parse), parse.GetValue(models) ?? KompassDefaults.TrainedModelsFolder));
        output.Out.WriteLine($"trained {string.Join(", ", result.Frameworks)} on {result.Examples} examples in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; wrote {result.Folder}/");
        EvaluationPrinter.Print(result.Evaluation, output.Out);
        return 0;
    }
}

/// <summary>`kk reclassify`: classifies the stored readings again with the current models, without reading a file.</summary>
internal sealed class ReclassifyCommand : KkCommand
{
    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<bool> all = new("--all") { Description = "every stored report, not only those classified by other models" };
    private readonly Option<string?> models = KkOptions.Models();

    public ReclassifyCommand()
        : base("reclassify", "classify the archive's findings again with the current models (after kk train), from the stored readings, without reading a file")
    {
        Add(archive);
        Add(all);
        Add(models);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).UseModels(parse.GetValue(models)).Build();
        var request = new ReclassifyRequest(parse.GetValue(all));
        var result = CtrlC.Run(output, "stopping after the current report", cancel => ProgressDisplay.Run(output, progress => app.Reclassify(request, progress, cancel)));
        if (result.Stopped is { } stopped)
        {
            output.Fail(stopped);
        }

        foreach (var failed in result.ReclassifyFailures)
        {
            output.Fail($"{failed.ReportId}: {failed.Reason}");
        }

        if (result.IndexNotice is { } notice)
        {
            output.Error.WriteLine(notice);
        }

        output.Out.WriteLine(SummaryTable.Reclassified(result));
        output.Out.WriteLine($"archive: {result.DatabasePath} ({result.ReportsInArchive.ToString(CultureInfo.InvariantCulture)} reports)");
        return result.Complete ? 0 : 2;
    }
}

/// <summary>`kk evaluate`: top-1/top-3/macro-F1 against the TF-IDF baseline.</summary>
internal sealed class EvaluateCommand : KkCommand
{
    private static readonly string[] Trainers = ["lbfgs", "sdca", "averagedperceptron"];

    private readonly Option<string> archive = KkOptions.Archive();
    private readonly TrainingOptions sources = new();
    private readonly Option<bool> errors = new("--errors") { Description = "list the findings the model gets wrong" };
    private readonly Option<string> trainer = KkOptions.OneOf("--trainer", "the trainer", "lbfgs", Trainers, value => $"unknown trainer '{value}' (sdca, lbfgs, averagedperceptron)");
    private readonly Option<double?> l2 = KkOptions.OptionalNumber("--l2", "the L2 regularisation", 0, orEqual: true);
    private readonly Option<double?> backwardWeight = KkOptions.OptionalNumber("--backward-weight", "how much a list of findings may step back in sub-question order (1 = ignore the order)", 0, orEqual: true, helpName: "W");
    private readonly Option<string?> narrative = new("--narrative") { Description = "the weight (temperature) of the report's own narrative, or off", HelpName = "off|T" };

    public EvaluateCommand()
        : base("evaluate", "the classifier's evaluation protocol: top-1/top-3/macro-F1 against the TF-IDF baseline")
    {
        Add(archive);
        sources.AddTo(this);
        Add(errors);
        Add(trainer);
        Add(l2);
        Add(backwardWeight);
        narrative.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } t && t != "off" && !(double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0))
            {
                result.AddError($"--narrative: 'off' or a temperature above 0, not '{t}'");
            }
        });
        Add(narrative);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build();
        double? temperature = parse.GetValue(narrative) switch
        {
            null => ClassifierDefaults.NarrativeTemperature,
            "off" => null,
            var t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        var request = new EvaluateRequest(
            sources.Of(parse),
            parse.GetResult(trainer) is { Implicit: false } ? Enum.Parse<ClassifierTrainer>(parse.GetValue(trainer)!, ignoreCase: true) : null,
            parse.GetValue(l2) is { } x ? (float)x : null,
            parse.GetValue(backwardWeight),
            temperature);
        var o = output.Out;
        var figures = app.Evaluate(request, settings =>
            o.WriteLine($"trainer {settings.Trainer}, L2 {settings.L2.ToString(CultureInfo.InvariantCulture)}, list order: backward weight {settings.BackwardWeight.ToString(CultureInfo.InvariantCulture)}, narrative: {settings.NarrativeTemperature?.ToString(CultureInfo.InvariantCulture) ?? "off"}"));
        EvaluationPrinter.Print(figures.Figures, o);
        if (parse.GetValue(errors))
        {
            var r = figures.Figures.LeaveOneReportOut;
            o.WriteLine();
            o.WriteLine($"misses, {r.Name} ({r.Misses.Count}):");
            o.WriteLine($"  {"fw",-4} {"label",-10} {"answer",-6} {"conf",5} {"rank",4}  text");
            foreach (var m in r.Misses)
            {
                o.WriteLine($"  {m.Framework,-4} {m.Label + " " + m.LabelConfidence,-10} {m.Predicted,-6} {m.Confidence,5:0.00} {m.TruthRank,4}  {m.Text}");
            }
        }

        return 0;
    }
}

/// <summary>`kk classify`: the sub-questions a finding addresses.</summary>
internal sealed class ClassifyCommand : KkCommand
{
    private readonly Argument<string[]> text = KkOptions.Words("text", "the finding, e.g. \"Inför ett kommungemensamt system för synpunktshantering\"");
    private readonly Option<string?> framework = KkOptions.File("--framework", "the framework version (default the newest with sub-questions)", "ID");
    private readonly Option<int?> area = KkOptions.OptionalInt("--area", "only sub-questions of this area");
    private readonly Option<int> top = KkOptions.Int("--top", "how many sub-questions to show", KompassDefaults.ClassifyTop, helpName: "K");
    private readonly Option<bool> json = KkOptions.Json("print [{question, text, confidence}] in rank order");
    private readonly Option<string?> models = KkOptions.Models();

    public ClassifyCommand()
        : base("classify", "the sub-questions a finding addresses")
    {
        Add(text);
        Add(framework);
        Add(area);
        Add(top);
        Add(json);
        Add(models);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseModels(parse.GetValue(models)).Build();
        var ranked = app.Classify(new ClassifyRequest(Joined(parse, text), parse.GetValue(framework), parse.GetValue(area), parse.GetValue(top)));
        if (parse.GetValue(json))
        {
            output.Out.WriteLine(KompassJson.Serialize(ranked.Select(p => new QuestionMatch(p.Question, p.Text, Math.Round(p.Confidence, 4)))));
            return 0;
        }

        foreach (var p in ranked)
        {
            output.Out.WriteLine($"{p.Question,-5} {p.Confidence,6:0.000}  {p.Text}");
        }

        return 0;
    }
}

/// <summary>The evaluation table and each evaluation's worst classes.</summary>
internal static class EvaluationPrinter
{
    public static void Print(ProtocolFigures result, TextWriter o)
    {
        var rows = result.Rows;
        var width = rows.Max(r => r.Name.Length);
        o.WriteLine();
        o.WriteLine($"{"evaluation".PadRight(width)} {"n",4} {"top-1",6} {"top-3",6} {"macro-F1",8}");
        foreach (var r in rows)
        {
            o.WriteLine($"{r.Name.PadRight(width)} {r.Count,4} {r.Top1,6:0.000} {r.Top3,6:0.000} {r.MacroF1,8:0.000}");
        }

        foreach (var r in new[] { result.LeaveOneReportOut, result.HeldOut })
        {
            if (r is null)
            {
                continue;
            }

            o.WriteLine();
            o.WriteLine($"worst classes, {r.Name}:");
            foreach (var c in r.Worst(5))
            {
                o.WriteLine($"  {c.Framework} {c.Question,-5} support {c.Support,3}  precision {c.Precision:0.00}  recall {c.Recall:0.00}  F1 {c.F1:0.00}");
            }
        }
    }
}

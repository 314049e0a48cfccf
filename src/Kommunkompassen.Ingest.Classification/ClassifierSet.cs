using System.Text.Json;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// One trained model per framework version, trained, saved and loaded together
/// (models/&lt;framework&gt;.zip). Predicts the sub-question of a finding within its area.
/// </summary>
public sealed class ClassifierSet
{
    private readonly IReadOnlyDictionary<string, QuestionModel> models;

    public ClassifierSet(IReadOnlyDictionary<string, QuestionModel> models)
    {
        this.models = models;
    }

    public IReadOnlyCollection<string> Frameworks => models.Keys.ToList();

    public QuestionModel? For(string framework) => models.GetValueOrDefault(framework);

    public static ClassifierSet Train(FrameworkCatalog catalog, IReadOnlyList<TrainingExample> examples, QuestionModelOptions? options = null) =>
        new(catalog.Frameworks
            .Where(f => examples.Any(e => e.Framework == f.Id))
            .ToDictionary(f => f.Id, f => QuestionModel.Train(f, examples, options ?? QuestionModelOptions.Default), StringComparer.Ordinal));

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (id, model) in models)
        {
            model.Save(Path.Combine(folder, $"{id}.zip"));
        }
    }

    /// <summary>Loads every models/&lt;framework&gt;.zip the catalog knows; null when there is none.</summary>
    public static ClassifierSet? Load(string folder, FrameworkCatalog catalog)
    {
        var found = catalog.Frameworks
            .Where(f => File.Exists(Path.Combine(folder, $"{f.Id}.zip")))
            .ToDictionary(f => f.Id, f => QuestionModel.Load(Path.Combine(folder, $"{f.Id}.zip"), f), StringComparer.Ordinal);
        return found.Count == 0 ? null : new ClassifierSet(found);
    }

    /// <summary>
    /// Identifies the models in a folder by the hash of their files and of this assembly (null when
    /// there are none), so an archive can tell which findings were classified otherwise.
    /// </summary>
    public static string? Fingerprint(string folder, FrameworkCatalog catalog)
    {
        var files = catalog.Frameworks.Select(f => Path.Combine(folder, $"{f.Id}.zip")).Where(File.Exists).ToList();
        if (files.Count == 0)
        {
            return null;
        }

        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        // The code that applies the models counts too (e.g. how a list of findings is ranked).
        sha.AppendData(typeof(ClassifierSet).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var file in files)
        {
            sha.AppendData(File.ReadAllBytes(file));
        }

        return "models-" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>
    /// The classify step without models: the record with no classified findings and no inferred
    /// sub-questions, as the parser made it (e.g. a reading classified before the models were removed).
    /// </summary>
    public static ReportRecord Unclassified(ReportRecord record) => record with
    {
        Findings = [],
        Mentions = record.Mentions.Select(m => m.QuestionInferred ? m with { Question = null, QuestionInferred = false } : m).ToList(),
    };

    /// <summary>
    /// An ingest step: the record with <see cref="ReportRecord.Findings"/> classified, and every
    /// mention that has no sub-question heading above it given the sub-question its sentence is
    /// most about (<see cref="Mention.QuestionInferred"/>). It can run again on its own output,
    /// e.g. with new models on a stored reading: what an earlier run inferred is inferred afresh.
    /// </summary>
    public ReportRecord WithFindings(ReportRecord record)
    {
        var (ranker, _) = RankerFor(record, narrativeTemperature: null);
        var mentions = Unclassified(record).Mentions
            .Select(m => m.Question is null && ranker?.Rank(m.Sentence, m.Area).FirstOrDefault() is { } top ? m with { Question = top.Question, QuestionInferred = true } : m)
            .ToList();
        return record with { Findings = Classify(record), Mentions = mentions };
    }

    /// <summary>
    /// Each finding of the record with its top predicted sub-question, every list (an area's
    /// strengths, its improvements) ranked as a whole (see <see cref="FindingSequence"/>), the
    /// model weighed with the report's own narrative (see <see cref="NarrativeEvidence"/>).
    /// </summary>
    public IReadOnlyList<ClassifiedFinding> Classify(ReportRecord record, FindingSequence? sequence = null)
    {
        var list = new List<ClassifiedFinding>();
        var (_, method) = RankerFor(record, NarrativeRanker.DefaultTemperature);
        foreach (var (area, kind, texts, ranked) in RankLists(record, sequence))
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var top = ranked?[i].FirstOrDefault();
                list.Add(new ClassifiedFinding(area, kind, texts[i], top?.Question, top is null ? null : Math.Round(top.Confidence, 4)) { Method = top is null ? null : method });
            }
        }

        return list;
    }

    /// <summary>
    /// The full rankings behind <see cref="Classify"/>: per list of the record, its texts and a
    /// ranking for each (null when there is no model for the record's framework).
    /// <paramref name="narrativeTemperature"/> null ranks by the model alone.
    /// </summary>
    public IEnumerable<(int Area, string Kind, IReadOnlyList<string> Texts, IReadOnlyList<IReadOnlyList<Prediction>>? Rankings)> RankLists(
        ReportRecord record,
        FindingSequence? sequence = null,
        double? narrativeTemperature = NarrativeRanker.DefaultTemperature)
    {
        var (ranker, _) = RankerFor(record, narrativeTemperature);
        foreach (var (area, kind, texts) in Lists(record))
        {
            yield return (area, kind, texts, ranker is null ? null : (sequence ?? FindingSequence.Default).Rank(ranker, texts, area));
        }
    }

    /// <summary>
    /// What ranks a record's findings: its version's model (weighed with the narrative unless the
    /// temperature is null); for a version without a model, the report's own evidence over its own
    /// sub-questions; nothing for a report without sub-questions.
    /// </summary>
    private (IQuestionRanker? Ranker, string? Method) RankerFor(ReportRecord record, double? narrativeTemperature)
    {
        if (For(record.Framework) is { } model)
        {
            return (narrativeTemperature is { } t ? new NarrativeRanker(model, NarrativeEvidence.Of(record), t) : model, FindingMethods.Model);
        }

        return ReportEvidenceRanker.CanRank(record) ? (new ReportEvidenceRanker(record), FindingMethods.ReportEvidence) : (null, null);
    }

    /// <summary>The record's finding lists in order: per area its strengths, then its improvements.</summary>
    public static IEnumerable<(int Area, string Kind, IReadOnlyList<string> Texts)> Lists(ReportRecord record) =>
        record.Areas.SelectMany(a => new[] { (a.Number, FindingKinds.Strength, a.Strengths), (a.Number, FindingKinds.Improvement, a.Improvements) });

    internal static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

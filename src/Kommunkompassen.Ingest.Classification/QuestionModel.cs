using System.IO.Compression;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.IO;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// The ML.NET model of one framework version: Swedish text featurisation of the finding's own
/// text and of its <see cref="SwedishTerms"/> (diacritics kept, word uni- and bigrams, character
/// 4-grams, L2-normalised) and a multiclass trainer (by default
/// maximum entropy by L-BFGS, single-threaded, seeded: training twice gives the same model). Ranking restricts the
/// candidates to the finding's area when it is known and renormalises the probabilities.
/// </summary>
public sealed class QuestionModel : IQuestionRanker
{
    public const int Seed = 20101;

    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly string[] classes;
    private readonly Framework framework;
    private readonly object gate = new();
    private PredictionEngine<ModelInput, ModelOutput>? engine;

    private QuestionModel(MLContext ml, ITransformer model, Framework framework)
    {
        this.ml = ml;
        this.model = model;
        this.framework = framework;
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        classes = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public Framework Framework => framework;

    /// <summary>Trains on the examples of this framework.</summary>
    public static QuestionModel Train(Framework framework, IEnumerable<TrainingExample> examples) =>
        Train(framework, examples, QuestionModelOptions.Default);

    /// <summary>Trains on the examples of this framework with the given trainer settings.</summary>
    public static QuestionModel Train(Framework framework, IEnumerable<TrainingExample> examples, QuestionModelOptions options)
    {
        var ml = new MLContext(seed: Seed);
        var rows = examples.Where(e => e.Framework == framework.Id)
            .Select(e => new ModelInput { Text = e.Text, Terms = SwedishTerms.Of(e.Text), Question = e.Question })
            .ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurize = ml.Transforms.Conversion.MapValueToKey("Label", nameof(ModelInput.Question))
            .Append(ml.Transforms.Text.FeaturizeText("Features", FeaturizerOptions(), nameof(ModelInput.Text), nameof(ModelInput.Terms)));
        ITransformer model = options.Trainer switch
        {
            QuestionTrainer.Lbfgs => featurize.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = options.L2Regularization,
                L1Regularization = 0,
            })).Fit(data),
            QuestionTrainer.AveragedPerceptron => featurize.Append(ml.MulticlassClassification.Trainers.OneVersusAll(
                ml.BinaryClassification.Trainers.AveragedPerceptron(numberOfIterations: 20))).Fit(data),
            QuestionTrainer.Sdca => featurize.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
                L2Regularization = options.L2Regularization,
            })).Fit(data),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "unknown trainer"),
        };
        return new QuestionModel(ml, model, framework);
    }

    public static QuestionModel Load(string path, Framework framework)
    {
        var ml = new MLContext(seed: Seed);
        return new QuestionModel(ml, ml.Model.Load(path, out _), framework);
    }

    /// <summary>
    /// Writes the model as ML.NET's zip with every entry's time fixed, so that training twice on
    /// the same data gives the same bytes (a committed model changes only when the model does).
    /// </summary>
    public void Save(string path)
    {
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
        using var saved = new MemoryStream();
        ml.Model.Save(model, schema, saved);
        saved.Position = 0;
        using var file = File.Create(path);
        StableZip.Rewrite(saved, file, CompressionLevel.Optimal);
    }


    public IReadOnlyList<Prediction> Rank(string text, int? area)
    {
        float[] scores;
        lock (gate)
        {
            engine ??= ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
            scores = engine.Predict(new ModelInput { Text = text, Terms = SwedishTerms.Of(text), Question = string.Empty }).Score ?? [];
        }

        var candidates = classes
            .Select((id, i) => (Id: id, P: i < scores.Length ? (double)scores[i] : 0))
            .Where(c => framework.Question(c.Id) is { } q && (area is null || q.AreaNumber == area))
            .ToList();
        var sum = candidates.Sum(c => c.P);
        return candidates
            .OrderByDescending(c => c.P)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new Prediction(c.Id, framework.Question(c.Id)!.Text, sum > 0 ? c.P / sum : 1.0 / candidates.Count))
            .ToList();
    }

    private static TextFeaturizingEstimator.Options FeaturizerOptions() => new()
    {
        KeepDiacritics = true,
        KeepPunctuations = false,
        KeepNumbers = false,
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private sealed class ModelInput
    {
        public string Text { get; set; } = string.Empty;

        public string Question { get; set; } = string.Empty;

        /// <summary>The text's <see cref="SwedishTerms"/>: stems, stop words out, compounds completed.</summary>
        public string Terms { get; set; } = string.Empty;
    }

    private sealed class ModelOutput
    {
        public float[]? Score { get; set; }
    }
}

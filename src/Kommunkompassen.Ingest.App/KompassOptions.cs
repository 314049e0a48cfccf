using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.App;

/// <summary>The defaults of the application, each in one place.</summary>
public static class KompassDefaults
{
    /// <summary>The archive folder when none is given.</summary>
    public const string ArchiveFolder = ReportArchive.DefaultFolder;

    /// <summary>Where <c>train</c> writes the models when no folder is given.</summary>
    public const string TrainedModelsFolder = "models";

    /// <summary>The labelled findings of the sample reports.</summary>
    public const string LabelsFile = "corpus/labels/findings-labels.csv";

    /// <summary>The findings written for the held-out evaluation.</summary>
    public const string HeldOutFile = "tests/Kommunkompassen.Ingest.Classification.Tests/heldout-findings.csv";

    /// <summary>The findings written for training, used when present.</summary>
    public const string WrittenFile = "corpus/labels/written-training-findings.csv";

    /// <summary>The sample reports the benchmarks read.</summary>
    public const string CorpusFolder = "corpus";

    /// <summary>How many classifications, search hits and good examples are returned when not told.</summary>
    public const int ClassifyTop = 3;

    public const int SearchTop = 10;

    public const int ExamplesTop = 10;

    /// <summary>The models to read: ./models when it exists, else the models copied beside the program.</summary>
    public static string ModelsFolder() =>
        Directory.Exists(TrainedModelsFolder) ? TrainedModelsFolder : Path.Combine(AppContext.BaseDirectory, TrainedModelsFolder);
}

/// <summary>What a <see cref="KompassApp"/> is built from; see <see cref="KompassAppBuilder"/>.</summary>
/// <param name="ArchiveFolder">The archive (database and search index).</param>
/// <param name="ModelsFolder">The trained sub-question models to classify with.</param>
/// <param name="FrameworksFolder">Catalog files (*.json) added to the embedded framework catalogs, or null.</param>
/// <param name="Parallelism">Files parsed at once by an ingest; 0 for one per core.</param>
public sealed record KompassOptions(string ArchiveFolder, string ModelsFolder, string? FrameworksFolder, int Parallelism)
{
    /// <summary>Searches share one open searcher (for a long-running front end such as the web app); see <see cref="KompassAppBuilder.KeepSearcherOpen"/>.</summary>
    public bool KeepSearcherOpen { get; init; }
}

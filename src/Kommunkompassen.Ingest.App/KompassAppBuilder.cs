namespace Kommunkompassen.Ingest.App;

/// <summary>
/// Builds a <see cref="KompassApp"/>:
/// <c>new KompassAppBuilder().UseArchive(dir).UseModels(dir).UseFrameworks(dir).Build()</c>.
/// Anything not set has its default (<see cref="KompassDefaults"/>). The builder may be reused;
/// each <see cref="Build"/> gives an app of its own that later changes to the builder do not touch.
/// </summary>
public sealed class KompassAppBuilder
{
    private string archive = KompassDefaults.ArchiveFolder;
    private string? models;
    private string? frameworks;
    private int parallelism;
    private bool keepSearcherOpen;

    /// <summary>The archive folder (default ./archive).</summary>
    public KompassAppBuilder UseArchive(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        archive = folder;
        return this;
    }

    /// <summary>The models folder (default ./models when it exists, else the models beside the program).</summary>
    public KompassAppBuilder UseModels(string? folder)
    {
        models = folder;
        return this;
    }

    /// <summary>A folder of framework catalog files (*.json) added to the embedded ones; null for none.</summary>
    public KompassAppBuilder UseFrameworks(string? folder)
    {
        frameworks = folder;
        return this;
    }

    /// <summary>How many files an ingest parses at once; 0 (the default) for one per core.</summary>
    public KompassAppBuilder UseParallelism(int files)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(files);
        parallelism = files;
        return this;
    }

    /// <summary>
    /// For a long-running front end (the web app): searches share one open searcher instead of
    /// opening the index each time; a newer index commit is taken up at the next search, and
    /// whether the index is behind the archive is looked at again at most every two seconds.
    /// </summary>
    public KompassAppBuilder KeepSearcherOpen(bool keep = true)
    {
        keepSearcherOpen = keep;
        return this;
    }

    /// <exception cref="KompassRequestException">The frameworks folder does not exist.</exception>
    public KompassApp Build()
    {
        if (frameworks is not null && !Directory.Exists(frameworks))
        {
            throw new KompassRequestException($"--frameworks {frameworks}: no such folder");
        }

        return new KompassApp(new KompassOptions(archive, models ?? KompassDefaults.ModelsFolder(), frameworks, parallelism) { KeepSearcherOpen = keepSearcherOpen });
    }
}

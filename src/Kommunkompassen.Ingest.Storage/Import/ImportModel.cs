using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Storage.Import;

/// <summary>What a batch did with one file.</summary>
public enum FileStatus
{
    /// <summary>A report new to the archive.</summary>
    Ingested,

    /// <summary>The other format of a stored report; both files are now its sources.</summary>
    Merged,

    /// <summary>A changed file replaced the earlier reading of its report.</summary>
    Replaced,

    /// <summary>The same file read again because the parser changed or --force was given.</summary>
    Updated,

    /// <summary>Unchanged content already read by this parser version; not parsed.</summary>
    Skipped,

    /// <summary>Could not be read or is not a report; the archive is untouched.</summary>
    Failed,
}

/// <summary>
/// The outcome for one file: the report it went into, a summary of that report as stored (not the
/// record itself, so a long batch holds little), and why it failed or what it replaced.
/// </summary>
public sealed record FileOutcome(string Path, FileStatus Status, string? ReportId, RecordSummary? Summary, string? Message)
{
    /// <summary>The report the file had been read into before, when a parser change moved it to another.</summary>
    public string? MovedFrom { get; init; }

    /// <summary>The file's reading doubts its own identity (municipality or year); <see cref="Message"/> says why.</summary>
    public bool IdentityUncertain { get; init; }
}

/// <summary>
/// The figures of a stored record that a batch summary shows: its scores and counts, how
/// completely it was read, its loss warnings by code (see <see cref="WarningCodes.Losses"/>), and
/// the doubts about its identity.
/// </summary>
public sealed record RecordSummary(string Id, string Municipality, int Year, string Framework, double? Total, int QuestionsScored, int Questions, int Findings, int Passages, int Warnings)
{
    public ReadSummary? Read { get; init; }

    public IReadOnlyDictionary<string, int> Losses { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> IdentityDoubts { get; init; } = [];

    public static RecordSummary Of(ReportRecord r) => new(
        r.Id,
        r.Municipality.Name,
        r.Year,
        r.Framework,
        r.Total.Score,
        r.Questions.Count(q => q.Score is not null),
        r.Questions.Count,
        r.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count),
        r.Passages.Count,
        r.Warnings.Count)
    {
        Read = r.Read,
        Losses = r.Warnings.Where(w => WarningCodes.Losses.Contains(w.Code)).GroupBy(w => w.Code).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        IdentityDoubts = r.Warnings.Where(w => w.Code == WarningCodes.IdentityUncertain).Select(w => w.Message).ToList(),
    };
}

/// <summary>
/// Where a running batch is, for a progress display: in <see cref="ImportStage.Read"/>, files (and
/// <see cref="CurrentFile"/> a path); in <see cref="ImportStage.Refresh"/>, reports (and a report id).
/// </summary>
public sealed record ImportProgress(int Done, int Total, int Parsed, TimeSpan Elapsed, string? CurrentFile)
{
    public ImportStage Stage { get; init; } = ImportStage.Read;
}

/// <summary>The stages of a batch (see <see cref="BatchImporter"/>).</summary>
public enum ImportStage
{
    /// <summary>Reading the batch's files and storing their readings.</summary>
    Read,

    /// <summary>Running stored readings through new versions of the reading steps, without their files.</summary>
    Refresh,
}

/// <summary>
/// A step a reading goes through after its file is read (e.g. classifying its findings). It must
/// be able to run again on its own output: a reading stored after another <see cref="Version"/> of
/// the step goes through it again, from the archive, without its file. Apply must be thread-safe.
/// </summary>
public sealed record ReadingStep(string Name, string Version, Func<ReportRecord, ReportRecord> Apply)
{
    /// <summary>How the archive records the steps a reading went through: "name=version", joined with '+'.</summary>
    public static string Key(IEnumerable<ReadingStep> steps) => string.Join('+', steps.Select(s => $"{s.Name}={s.Version}"));
}

/// <summary>A stored report whose readings a reading step failed on; it stays as it was.</summary>
public sealed record RefreshFailure(string ReportId, string Reason);

/// <summary>Options of a batch; <see cref="Default"/> parses on all cores and skips what is unchanged.</summary>
/// <param name="Force">Read again files already read by the same read version.</param>
/// <param name="MaxParallelism">Threads that read (and refresh); 0 for one per core.</param>
/// <param name="RefreshAll">Run the reading steps again on every stored report, not only on those whose readings went through other versions of them.</param>
public sealed record ImportOptions(bool Force = false, int MaxParallelism = 0, bool RefreshAll = false)
{
    public static ImportOptions Default { get; } = new();

    internal int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}

/// <summary>
/// Why a batch stopped before its end (the disk full, the database damaged or gone read-only):
/// the file being written was rolled back, those before it are stored, and the same batch again
/// goes on from there. <see cref="Message"/> is one line naming the archive.
/// </summary>
public sealed record ImportStop(ArchiveProblem Problem, string Message);

/// <summary>The outcome of a batch, in input order.</summary>
public sealed record ImportResult(string Batch, IReadOnlyList<FileOutcome> Files, bool Interrupted, TimeSpan Elapsed)
{
    /// <summary>Why the batch stopped before its end, when the archive failed it (then <see cref="Interrupted"/> is true and <see cref="Files"/> holds the files dealt with before).</summary>
    public ImportStop? Stop { get; init; }

    /// <summary>How many files the batch was given.</summary>
    public int Total { get; init; }

    /// <summary>How long the writer spent storing (the rest of <see cref="Elapsed"/> it waited for parsing).</summary>
    public TimeSpan WriteTime { get; init; }

    public int Count(FileStatus status) => Files.Count(f => f.Status == status);

    /// <summary>Stored reports whose readings went through new versions of the reading steps, without their files, as rewritten.</summary>
    public IReadOnlyList<RecordSummary> Refreshed { get; init; } = [];

    /// <summary>Stored reports a reading step failed on (they stay as they were).</summary>
    public IReadOnlyList<RefreshFailure> RefreshFailures { get; init; } = [];

    /// <summary>Reports a file moved out of (rewritten without it, or removed).</summary>
    public IReadOnlyList<string> MovedFrom => Files.Select(f => f.MovedFrom).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The reports this batch changed (new, rewritten or refreshed), each once, as last stored.</summary>
    public IReadOnlyList<RecordSummary> Changed =>
        Files.Where(f => f.Status is FileStatus.Ingested or FileStatus.Merged or FileStatus.Replaced or FileStatus.Updated)
            .Select(f => f.Summary!)
            .Concat(Refreshed)
            .GroupBy(r => r.Id)
            .Select(g => g.Last())
            .ToList();
}

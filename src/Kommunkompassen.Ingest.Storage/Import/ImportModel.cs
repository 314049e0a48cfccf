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

/// <summary>Where a running batch is, for a progress display.</summary>
public sealed record ImportProgress(int Done, int Total, int Parsed, TimeSpan Elapsed, string? CurrentFile);

/// <summary>Options of a batch; <see cref="Default"/> parses on all cores and skips what is unchanged.</summary>
public sealed record ImportOptions(bool Force = false, int MaxParallelism = 0)
{
    public static ImportOptions Default { get; } = new();

    internal int Parallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}

/// <summary>The outcome of a batch, in input order.</summary>
public sealed record ImportResult(string Batch, IReadOnlyList<FileOutcome> Files, bool Interrupted, TimeSpan Elapsed)
{
    /// <summary>How long the writer spent storing (the rest of <see cref="Elapsed"/> it waited for parsing).</summary>
    public TimeSpan WriteTime { get; init; }

    public int Count(FileStatus status) => Files.Count(f => f.Status == status);

    /// <summary>Reports a file moved out of (rewritten without it, or removed).</summary>
    public IReadOnlyList<string> MovedFrom => Files.Select(f => f.MovedFrom).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The reports this batch changed (new or rewritten), each once, as last stored.</summary>
    public IReadOnlyList<RecordSummary> Changed =>
        Files.Where(f => f.Status is FileStatus.Ingested or FileStatus.Merged or FileStatus.Replaced or FileStatus.Updated)
            .Select(f => f.Summary!)
            .GroupBy(r => r.Id)
            .Select(g => g.Last())
            .ToList();
}

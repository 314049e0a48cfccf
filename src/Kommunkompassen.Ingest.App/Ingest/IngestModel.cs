using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.App;

/// <summary>A batch to ingest: files and folders (folders recursively), and whether to read again what is unchanged.</summary>
public sealed record IngestRequest(IReadOnlyList<string> Inputs, bool Force = false);

/// <summary>Classify the stored readings again: those classified by other models, or with <paramref name="All"/> every one.</summary>
public sealed record ReclassifyRequest(bool All = false);

/// <summary>
/// A named step of the ingest with its version. A file read with another version of a reading
/// step (<see cref="IngestStepNames.Parse"/>, <see cref="IngestStepNames.Frameworks"/>) is read
/// again; a stored reading classified with another version of <see cref="IngestStepNames.Classify"/>
/// is classified again from the archive, without its file.
/// </summary>
public sealed record IngestStep(string Name, string Version);

/// <summary>The names of the ingest steps, each in one place.</summary>
public static class IngestStepNames
{
    /// <summary>Reading the document and parsing it into a record.</summary>
    public const string Parse = "parse";

    /// <summary>Classifying the findings with the trained models.</summary>
    public const string Classify = "classify";

    /// <summary>The catalog files added to the embedded framework catalogs.</summary>
    public const string Frameworks = "frameworks";

    /// <summary>The classify step's version when the models folder has no models.</summary>
    public const string NoModels = "none";

    /// <summary>The version a read file records: the steps' versions joined with '+'.</summary>
    public static string Version(IEnumerable<IngestStep> steps) => string.Join('+', steps.Select(s => s.Version));
}

/// <summary>What a batch did with one file.</summary>
public enum IngestStatus
{
    /// <summary>A report new to the archive.</summary>
    Ingested,

    /// <summary>The other format of a stored report; both files are now its sources.</summary>
    Merged,

    /// <summary>A changed file replaced the earlier reading of its report.</summary>
    Replaced,

    /// <summary>The same file read again because a step changed or the batch was forced.</summary>
    Updated,

    /// <summary>Unchanged content already read by these steps; not parsed.</summary>
    Skipped,

    /// <summary>Could not be read or is not a report; the archive is untouched.</summary>
    Failed,
}

/// <summary>
/// The figures of a stored report that a batch summary shows: its scores and counts, how
/// completely it was read, its loss warnings by code and the doubts about its identity.
/// </summary>
public sealed record IngestedReport(string Id, string Municipality, int Year, string Framework, double? Total, int QuestionsScored, int Questions, int Findings, int Passages, int Warnings)
{
    public ReadSummary? Read { get; init; }

    public IReadOnlyDictionary<string, int> Losses { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<string> IdentityDoubts { get; init; } = [];
}

/// <summary>The outcome for one file: the report it went into, and why it failed or what it replaced.</summary>
public sealed record IngestedFile(string Path, IngestStatus Status, string? ReportId, IngestedReport? Summary, string? Message)
{
    /// <summary>The reading doubts its own identity (municipality or year); <see cref="Message"/> says why.</summary>
    public bool IdentityUncertain { get; init; }
}

/// <summary>
/// Where a running batch is, for a progress display: while reading, files (<see cref="CurrentFile"/>
/// a path); while classifying stored readings again, reports (<see cref="CurrentFile"/> a report id).
/// </summary>
public sealed record IngestProgress(int Done, int Total, int Parsed, TimeSpan Elapsed, string? CurrentFile)
{
    public IngestStage Stage { get; init; } = IngestStage.Read;
}

/// <summary>The stages of an ingest.</summary>
public enum IngestStage
{
    /// <summary>Reading the batch's files.</summary>
    Read,

    /// <summary>Classifying stored readings again with new models, without their files.</summary>
    Reclassify,
}

/// <summary>An input, or an entry under an input folder, that was not read: missing, a link leading nowhere, a folder without reports or that cannot be listed, an empty or special file.</summary>
public sealed record UnreadInput(string Path, string Reason);

/// <summary>A stored report the classify step failed on; it stays as it was.</summary>
public sealed record ReclassifyFailure(string ReportId, string Reason);

/// <summary>The outcome of a batch, its files in input order.</summary>
/// <param name="Unread">Inputs and entries under them that were passed over, with the reason (counted as failed).</param>
/// <param name="Interrupted">Cancelled before every file was stored; the same batch again goes on.</param>
/// <param name="WriteTime">How long the writer spent storing (the rest of <paramref name="Elapsed"/> it waited for parsing).</param>
/// <param name="Steps">The steps and versions the readings were made with.</param>
/// <param name="DatabasePath">The archive's database.</param>
/// <param name="ReportsInArchive">How many reports the archive holds after the batch.</param>
public sealed record IngestResult(
    string Batch,
    IReadOnlyList<IngestedFile> Files,
    IReadOnlyList<UnreadInput> Unread,
    bool Interrupted,
    TimeSpan Elapsed,
    TimeSpan WriteTime,
    IReadOnlyList<IngestStep> Steps,
    string DatabasePath,
    int ReportsInArchive)
{
    public int Count(IngestStatus status) => Files.Count(f => f.Status == status);

    /// <summary>The files that failed and the inputs passed over: what the summary counts as failed.</summary>
    public int FailedCount => Count(IngestStatus.Failed) + Unread.Count;

    /// <summary>What was done to the search index beyond the batch's own changes (a damaged index rebuilt, or not brought up to date), in one line; null when nothing.</summary>
    public string? IndexNotice { get; init; }

    /// <summary>
    /// Why the batch stopped before its end, in one line naming the archive, when the archive
    /// failed it: "…/archive.db: the disk is full: stored 3 of 12 files; free space and run again".
    /// The file being written was rolled back; those before it are stored (see <see cref="Files"/>),
    /// and the same batch again goes on from there. Null when it was not stopped so.
    /// </summary>
    public string? Stopped { get; init; }

    /// <summary>Whether the search index was brought up to date after the batch (false: it could not be written, e.g. the disk is full; <see cref="IndexNotice"/> says why).</summary>
    public bool IndexUpToDate { get; init; } = true;

    /// <summary>Stored reports classified again from their stored readings (new models), without reading their files, as rewritten.</summary>
    public IReadOnlyList<IngestedReport> Reclassified { get; init; } = [];

    /// <summary>Stored reports the classify step failed on (they stay as they were).</summary>
    public IReadOnlyList<ReclassifyFailure> ReclassifyFailures { get; init; } = [];

    /// <summary>The reports this batch changed (new or rewritten), each once, as last stored.</summary>
    public IReadOnlyList<IngestedReport> Changed =>
        Files.Where(f => f.Status is IngestStatus.Ingested or IngestStatus.Merged or IngestStatus.Replaced or IngestStatus.Updated)
            .Select(f => f.Summary!)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.Last())
            .ToList();

    /// <summary>True when every input was found and read, every stored report classified, the batch ran to its end and the search index was brought up to date.</summary>
    public bool Complete => Unread.Count == 0 && !Interrupted && Count(IngestStatus.Failed) == 0 && ReclassifyFailures.Count == 0 && IndexUpToDate;
}

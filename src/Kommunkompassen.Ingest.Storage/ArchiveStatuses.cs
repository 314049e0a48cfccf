namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// What the archive knows of a file content (the <c>files.status</c> column, <see cref="KnownFile.Status"/>).
/// Every value the archive writes is here.
/// </summary>
public static class FileStates
{
    /// <summary>Read into a report that holds it as one of its sources.</summary>
    public const string Stored = "stored";

    /// <summary>Read before, then replaced in its report by another file of the same format.</summary>
    public const string Superseded = "superseded";

    /// <summary>Could not be read or is not a report.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Stored, Superseded, Failed];
}

/// <summary>
/// What a batch did with a file (the <c>import_log.status</c> column, <see cref="ImportLogEntry.Status"/>).
/// Every value the archive writes is here.
/// </summary>
public static class LogStatuses
{
    public const string Ingested = "ingested";
    public const string Merged = "merged";
    public const string Replaced = "replaced";
    public const string Updated = "updated";
    public const string Skipped = "skipped";
    public const string Failed = "failed";

    /// <summary>The stored reading went through new versions of its steps (e.g. new models) without the file being read.</summary>
    public const string Refreshed = "refreshed";

    public static IReadOnlyList<string> All { get; } = [Ingested, Merged, Replaced, Updated, Skipped, Failed, Refreshed];

    /// <summary>The log status of a stored reading.</summary>
    public static string Of(StoreStatus status) => status switch
    {
        StoreStatus.Ingested => Ingested,
        StoreStatus.Merged => Merged,
        StoreStatus.Replaced => Replaced,
        StoreStatus.Updated => Updated,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

using System.Globalization;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>What kind of trouble an <see cref="ArchiveException"/> is, for callers that act on it (stop a batch, offer a repair).</summary>
public enum ArchiveProblem
{
    /// <summary>Anything not below (the message says what).</summary>
    Other,

    /// <summary>There is no archive database in the folder.</summary>
    Missing,

    /// <summary>The file is not an SQLite database, or an SQLite database of another program.</summary>
    NotAnArchive,

    /// <summary>An archive of an older schema, which only a writer upgrades.</summary>
    OlderSchema,

    /// <summary>An archive made by a newer kk (schema or stored format).</summary>
    NewerSchema,

    /// <summary>The file or folder cannot be written; reading works.</summary>
    ReadOnly,

    /// <summary>The database is damaged (SQLITE_CORRUPT, a bad page, a stored record or reading that no longer parses).</summary>
    Damaged,

    /// <summary>The disk (or the database's size limit) is full; the transaction being written was rolled back.</summary>
    DiskFull,

    /// <summary>Another writer holds the archive.</summary>
    Busy,
}

/// <summary>
/// The archive cannot be opened, read or written. The message is one line naming the archive
/// (its database or folder) and the reason; <see cref="Problem"/> and the subclasses say which kind of trouble it is.
/// </summary>
public class ArchiveException : Exception
{
    public ArchiveException(string path, string reason, Exception? inner = null)
        : this(path, reason, ArchiveProblem.Other, inner)
    {
    }

    public ArchiveException(string path, string reason, ArchiveProblem problem, Exception? inner = null)
        : this($"{path}: {reason}", path, reason, problem, inner)
    {
    }

    /// <summary>With a message of its own (still one line, still naming <paramref name="path"/>).</summary>
    protected ArchiveException(string message, string path, string reason, ArchiveProblem problem, Exception? inner)
        : base(message.ReplaceLineEndings(" "), inner)
    {
        Path = path;
        Reason = reason.ReplaceLineEndings(" ");
        Problem = problem;
    }

    /// <summary>The database or folder concerned.</summary>
    public string Path { get; }

    /// <summary>The reason, without the path.</summary>
    public string Reason { get; }

    /// <summary>What kind of trouble it is.</summary>
    public ArchiveProblem Problem { get; }
}

/// <summary>There is no archive in the folder (no database), and it was opened for reading.</summary>
public sealed class ArchiveNotFoundException(string root)
    : ArchiveException($"no archive at {root} (no {ReportArchive.DatabaseFile}); run 'kk ingest' first", root, $"no {ReportArchive.DatabaseFile}", ArchiveProblem.Missing, null)
{
}

/// <summary>
/// The database has a schema other than this program's: an older one (a reader never upgrades
/// it; the next <c>kk ingest</c> does) or a newer one (a newer kk is needed).
/// </summary>
public sealed class ArchiveSchemaException(string databasePath, int found, int expected, string reason)
    : ArchiveException(databasePath, reason, found > expected ? ArchiveProblem.NewerSchema : ArchiveProblem.OlderSchema)
{
    public int Found { get; } = found;

    public int Expected { get; } = expected;

    public bool IsNewer => Found > Expected;
}

/// <summary>
/// The archive cannot be written: its database or its folder is read-only (a read-only share, a
/// file without write permission, an immutable file). Reading works; writing needs write access.
/// </summary>
public sealed class ArchiveReadOnlyException(string root, string what, Exception? inner = null)
    : ArchiveException($"the archive at {root} is read-only ({what}); it can be read but not written", root, what, ArchiveProblem.ReadOnly, inner)
{
}

/// <summary>
/// One stored report cannot be read (its record or a reading no longer parses): the rest of the
/// archive can. <see cref="ReportId"/> names it; <c>kk check --repair</c> rebuilds it from what is left.
/// </summary>
public sealed class ArchiveRecordException(string databasePath, string reportId, string reason, Exception? inner = null)
    : ArchiveException(databasePath, reason, ArchiveProblem.Damaged, inner)
{
    public string ReportId { get; } = reportId;
}

/// <summary>
/// Another writer holds the archive (a running <c>kk ingest</c>); the archive is written by one
/// writer at a time, never by two interleaved. The message is the one line a user sees, e.g.
/// "/data/archive is being written by another kk ingest (pid 4711 since 14:02); try again when it ends".
/// </summary>
public sealed class ArchiveBusyException : ArchiveException
{
    public ArchiveBusyException(string root, ArchiveWriter? holder)
        : base(Describe(root, holder), root, "being written by another writer", ArchiveProblem.Busy, null)
    {
        Holder = holder;
    }

    /// <summary>Who holds the archive, as it wrote down when it took it; null when it could not be read.</summary>
    public ArchiveWriter? Holder { get; }

    private static string Describe(string root, ArchiveWriter? holder) => holder is null
        ? $"{root} is being written by another kk ingest; try again when it ends"
        : $"{root} is being written by another {holder.Purpose} (pid {holder.ProcessId.ToString(CultureInfo.InvariantCulture)} since {holder.Since.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture)}); try again when it ends";
}

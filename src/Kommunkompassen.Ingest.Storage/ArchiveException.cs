using System.Globalization;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// The archive cannot be opened, read or written. The message is one line naming the archive
/// (its database or folder) and the reason; the subclasses say which kind of trouble it is.
/// </summary>
public class ArchiveException : Exception
{
    public ArchiveException(string path, string reason, Exception? inner = null)
        : this($"{path}: {reason}", path, reason, inner)
    {
    }

    /// <summary>With a message of its own (still one line, still naming <paramref name="path"/>).</summary>
    protected ArchiveException(string message, string path, string reason, Exception? inner)
        : base(message.ReplaceLineEndings(" "), inner)
    {
        Path = path;
        Reason = reason.ReplaceLineEndings(" ");
    }

    /// <summary>The database or folder concerned.</summary>
    public string Path { get; }

    /// <summary>The reason, without the path.</summary>
    public string Reason { get; }
}

/// <summary>There is no archive in the folder (no database), and it was opened for reading.</summary>
public sealed class ArchiveNotFoundException(string root)
    : ArchiveException(root, $"no archive here (no {ReportArchive.DatabaseFile}); run 'kk ingest' first")
{
}

/// <summary>
/// The database has a schema other than this program's: an older one (a reader never upgrades
/// it; the next <c>kk ingest</c> does) or a newer one (a newer kk is needed).
/// </summary>
public sealed class ArchiveSchemaException(string databasePath, int found, int expected, string reason)
    : ArchiveException(databasePath, reason)
{
    public int Found { get; } = found;

    public int Expected { get; } = expected;

    public bool IsNewer => Found > Expected;
}

/// <summary>
/// Another writer holds the archive (a running <c>kk ingest</c>); the archive is written by one
/// writer at a time, never by two interleaved. The message is the one line a user sees, e.g.
/// "/data/archive is being written by another kk ingest (pid 4711 since 14:02); try again when it ends".
/// </summary>
public sealed class ArchiveBusyException : ArchiveException
{
    public ArchiveBusyException(string root, ArchiveWriter? holder)
        : base(Describe(root, holder), root, "being written by another writer", null)
    {
        Holder = holder;
    }

    /// <summary>Who holds the archive, as it wrote down when it took it; null when it could not be read.</summary>
    public ArchiveWriter? Holder { get; }

    private static string Describe(string root, ArchiveWriter? holder) => holder is null
        ? $"{root} is being written by another kk ingest; try again when it ends"
        : $"{root} is being written by another {holder.Purpose} (pid {holder.ProcessId.ToString(CultureInfo.InvariantCulture)} since {holder.Since.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture)}); try again when it ends";
}

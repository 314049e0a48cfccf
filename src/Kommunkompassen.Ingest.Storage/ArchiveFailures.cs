using System.Text;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// Tells what went wrong with the archive from what SQLite or the file system said, in one line
/// naming the archive (<see cref="ArchiveException"/> with its <see cref="ArchiveProblem"/>). The
/// one place that turns those errors into messages, for every way the archive is opened, read or written.
/// </summary>
internal static class ArchiveFailures
{
    /// <summary>What a damaged archive's message tells the user to do.</summary>
    public const string RepairHint = "run 'kk check --repair'";

    /// <summary>The first 16 bytes of every SQLite 3 database file.</summary>
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;

    // SQLite's primary result codes (https://sqlite.org/rescode.html).
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>The exception for an SQLite error on the archive's database.</summary>
    public static ArchiveException FromSqlite(string databasePath, SqliteException ex) => ex.SqliteErrorCode switch
    {
        SqliteNotADatabase when !HasSqliteHeader(databasePath) => NotSqlite(databasePath, ex),
        SqliteNotADatabase or SqliteCorrupt => Damaged(databasePath, Detail(ex), ex),
        SqliteFull => new ArchiveException(databasePath, $"the disk is full ({Detail(ex)})", ArchiveProblem.DiskFull, ex),
        SqliteReadOnly => new ArchiveReadOnlyException(Path.GetDirectoryName(databasePath)!, $"{Path.GetFileName(databasePath)} cannot be written", ex),
        SqliteCantOpen when Directory.Exists(databasePath) => new ArchiveException(databasePath, "a folder, not a database file", ArchiveProblem.NotAnArchive, ex),
        SqliteCantOpen => new ArchiveException(databasePath, $"cannot open the database ({Detail(ex)})", ex),
        _ => new ArchiveException(databasePath, Detail(ex), ex),
    };

    /// <summary>The file is not an SQLite database at all.</summary>
    public static ArchiveException NotSqlite(string databasePath, Exception? inner = null) =>
        new(databasePath, "not a Kommunkompassen archive (not an SQLite database)", ArchiveProblem.NotAnArchive, inner);

    /// <summary>The database is damaged; the message says how and what to do.</summary>
    public static ArchiveException Damaged(string databasePath, string how, Exception? inner = null) =>
        new(databasePath, $"the database is damaged ({how}); {RepairHint}", ArchiveProblem.Damaged, inner);

    /// <summary>A stored record or reading of one report that no longer parses.</summary>
    public static ArchiveRecordException Unreadable(string databasePath, string reportId, string what, Exception ex) =>
        new(databasePath, reportId, $"the stored {what} of {reportId} cannot be read ({ex.GetType().Name}: {OneLine(ex.Message, 160)}); {RepairHint}", ex);

    /// <summary>Whether a file-system error says the file or folder cannot be written at all (<see cref="FileErrors.IsReadOnly"/>).</summary>
    public static bool IsReadOnly(Exception ex) => FileErrors.IsReadOnly(ex);

    /// <summary>Whether a file-system error says the disk is full (<see cref="FileErrors.IsDiskFull"/>).</summary>
    public static bool IsDiskFull(Exception ex) => FileErrors.IsDiskFull(ex);

    /// <summary>Whether the file starts as every SQLite 3 database does (an empty file counts: SQLite makes a database of it).</summary>
    public static bool HasSqliteHeader(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0)
            {
                return true;
            }

            Span<byte> head = stackalloc byte[16];
            return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(SqliteHeader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cannot be read to tell: let SQLite's own word stand.
            return true;
        }
    }

    /// <summary>The SQLite message without its "SQLite Error N:" prefix and quotes, on one line.</summary>
    public static string Detail(SqliteException ex)
    {
        var message = ex.Message;
        var colon = message.IndexOf(": '", StringComparison.Ordinal);
        if (message.StartsWith("SQLite Error ", StringComparison.Ordinal) && colon > 0 && message.EndsWith("'.", StringComparison.Ordinal))
        {
            message = message[(colon + 3)..^2];
        }

        return OneLine(message, 200);
    }

    /// <summary>A text on one line, cut at <paramref name="max"/> characters.</summary>
    public static string OneLine(string text, int max)
    {
        var line = new StringBuilder(text.ReplaceLineEndings(" ").Trim());
        return line.Length <= max ? line.ToString() : line.ToString(0, max) + "…";
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>Who holds an archive for writing, as the holder wrote it down when it took it.</summary>
public sealed record ArchiveWriter(int ProcessId, DateTimeOffset Since, string Purpose);

/// <summary>
/// The archive's writer lock: the file <see cref="ReportArchive.LockFile"/> in the archive folder,
/// held open with <see cref="FileShare.None"/> for as long as the writer lives (on Unix .NET takes
/// an exclusive <c>flock</c> on it, on Windows it is the share mode), so a second writer, in this
/// process or another, cannot take it until the first lets go. The operating system lets go when
/// the process ends, however it ends, so a killed kk leaves no stale lock. The lock file is never
/// deleted (deleting a lock file others may be waiting on would let two hold it). Who holds it is
/// written beside it, in <see cref="ReportArchive.WriterFile"/>, for the busy message.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>How long past the wait a busy lock without its holder's note is looked at again.</summary>
    private static readonly TimeSpan NoteGrace = TimeSpan.FromSeconds(1);

    private readonly FileStream stream;
    private readonly string ownerPath;

    private WriterLock(FileStream stream, string ownerPath)
    {
        this.stream = stream;
        this.ownerPath = ownerPath;
    }

    /// <summary>Takes the lock, waiting at most <paramref name="wait"/> for another holder to let go.</summary>
    /// <exception cref="ArchiveBusyException">Another writer still holds it when the wait is over.</exception>
    /// <exception cref="ArchiveException">The lock file cannot be made (e.g. the folder is read-only).</exception>
    public static WriterLock Acquire(string root, TimeSpan wait, string purpose)
    {
        var path = Path.Combine(root, ReportArchive.LockFile);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
                var held = new WriterLock(stream, Path.Combine(root, ReportArchive.WriterFile));
                if (held.WriteOwner(purpose) is { } failure && ArchiveFailures.IsReadOnly(failure))
                {
                    // The lock file could be opened (it was there), but nothing can be made in the folder.
                    held.Dispose();
                    throw new ArchiveReadOnlyException(root, "its folder cannot be written", failure);
                }

                return held;
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
            {
                if (clock.Elapsed >= wait)
                {
                    // A holder writes its note just after taking the lock and removes it just
                    // before letting go: without a note, look again for a moment, so the message
                    // names the holder, or the lock is free by then.
                    var owner = ReadOwner(root);
                    if (owner is null && clock.Elapsed < wait + NoteGrace)
                    {
                        Thread.Sleep(NoteGrace / 20);
                        continue;
                    }

                    throw new ArchiveBusyException(root, owner);
                }

                Thread.Sleep(Poll);
            }
            catch (Exception ex) when (ArchiveFailures.IsReadOnly(ex))
            {
                throw new ArchiveReadOnlyException(root, $"{ReportArchive.LockFile} cannot be made or written", ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ArchiveException(root, $"cannot take the archive for writing ({ex.Message.ReplaceLineEndings(" ")})", ArchiveFailures.IsDiskFull(ex) ? ArchiveProblem.DiskFull : ArchiveProblem.Other, ex);
            }
        }
    }

    /// <summary>The holder as written down, or null when nobody wrote it down (or it cannot be read).</summary>
    public static ArchiveWriter? ReadOwner(string root)
    {
        try
        {
            var fields = File.ReadAllLines(Path.Combine(root, ReportArchive.WriterFile))
                .Select(l => l.Split('=', 2))
                .Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            return int.TryParse(fields.GetValueOrDefault("pid"), CultureInfo.InvariantCulture, out var pid)
                && DateTimeOffset.TryParse(fields.GetValueOrDefault("since"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
                ? new ArchiveWriter(pid, since, fields.GetValueOrDefault("purpose") ?? "kk ingest")
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the open failed because another holds the file: a sharing violation on Windows
    /// (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION), EWOULDBLOCK from flock on Unix (11 on
    /// Linux, 35 on macOS), which .NET reports as the IOException's HResult.
    /// </summary>
    private static bool IsHeldByAnother(IOException ex) =>
        ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException)
        && (ex.HResult is 11 or 35 || (ex.HResult & 0xFFFF) is 32 or 33);

    /// <summary>Writes down who holds the lock; the error when it cannot be written (null when written).</summary>
    private Exception? WriteOwner(string purpose)
    {
        // Written beside the lock (the lock file itself cannot be read by others while held).
        // Best effort: the message of a busy archive is the only reader; but a folder where
        // nothing can be written is told to the caller (it cannot be written either).
        var temp = ownerPath + ".tmp";
        try
        {
            File.WriteAllLines(temp, [
                $"pid={Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}",
                $"since={DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)}",
                $"purpose={purpose}",
            ]);
            File.Move(temp, ownerPath, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock is held all the same.
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing was made, or it cannot be removed either.
            }

            return ex;
        }
    }

    public void Dispose()
    {
        // The owner note goes while the lock is still held, so it never removes a later holder's.
        try
        {
            File.Delete(ownerPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale note is overwritten by the next holder.
        }

        stream.Dispose();
    }
}

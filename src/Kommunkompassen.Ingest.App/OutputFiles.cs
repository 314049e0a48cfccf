using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// Writes an output file (an export, a framework draft) safely: into a temporary file of a name of
/// its own in the target's folder, moved over the target only when whole, so a reader never sees
/// half a file and a failure leaves neither a half file nor the temporary one behind. Whatever
/// goes wrong is one line naming the file and the reason.
/// </summary>
public static class OutputFiles
{
    /// <summary>Says in one line why a file cannot be written at <paramref name="path"/> (no such folder, a folder there), before any work is done.</summary>
    /// <exception cref="KompassOperationException">The file cannot be written there.</exception>
    public static void CheckTarget(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new KompassOperationException($"{path}: is a folder; give the name of a file to write, e.g. {Path.Combine(path, "export.json")}");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new KompassOperationException($"{path}: no such folder {folder ?? full}; make it first");
        }
    }

    /// <summary>Writes the file with <paramref name="write"/>, atomically (see the class).</summary>
    /// <exception cref="KompassOperationException">The file cannot be written: no such folder, a folder in its place, the disk full, no permission.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        CheckTarget(path);
        var full = Path.GetFullPath(path);
        // Read and write: a workbook (Open XML) reads back what it writes.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new KompassOperationException($"{path}: {Reason(ex)}", ex);
        }
        finally
        {
            Remove(temp);
        }
    }

    /// <summary>Writes a text file (UTF-8 without BOM), atomically.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(text);
        });

    private static string Reason(Exception ex) => ex switch
    {
        _ when FileErrors.IsDiskFull(ex) => "the disk is full; nothing was written (free space and run again)",
        _ when FileErrors.IsFolder(ex) => "is a folder; give the name of a file to write",
        _ when FileErrors.IsReadOnly(ex) => "cannot be written there (permission denied or a read-only file system); nothing was written",
        DirectoryNotFoundException => "no such folder; nothing was written",
        _ => $"cannot be written ({ex.Message.ReplaceLineEndings(" ")}); nothing was written",
    };

    private static void Remove(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the next run's temporary file has a name of its own.
        }
    }
}

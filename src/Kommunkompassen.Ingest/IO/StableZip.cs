using System.IO.Compression;

namespace Kommunkompassen.Ingest.IO;

/// <summary>
/// Rewrites a zip (an ML.NET model, an Office package) entry by entry with every entry's time
/// fixed, so that the same content always gives the same bytes: a committed model file or a
/// generated test document changes only when what it holds does.
/// </summary>
public static class StableZip
{
    /// <summary>The time every entry gets.</summary>
    public static DateTimeOffset EntryTime { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies the entries of <paramref name="zip"/>, in order, to a new zip in <paramref name="target"/>.</summary>
    public static void Rewrite(Stream zip, Stream target, CompressionLevel level)
    {
        using var input = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, level);
            copy.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}

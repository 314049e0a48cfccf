using System.IO.Compression;
using Kommunkompassen.Ingest.IO;

namespace Kommunkompassen.Ingest.Tests.IO;

public sealed class StableZipTests
{
    private static byte[] Zip(DateTimeOffset time)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("b/model.key", "weights"), ("a.txt", "vocabulary") })
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = time;
                using var writer = new StreamWriter(entry.Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Rewrite(byte[] zip)
    {
        using var output = new MemoryStream();
        StableZip.Rewrite(new MemoryStream(zip), output, CompressionLevel.Optimal);
        return output.ToArray();
    }

    [Fact]
    public void Rewrite_SameContentAtOtherTimes_GivesTheSameBytes()
    {
        var early = Zip(new DateTimeOffset(2021, 3, 4, 10, 0, 0, TimeSpan.Zero));
        var late = Zip(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        Assert.NotEqual(early, late);

        Assert.Equal(Rewrite(early), Rewrite(late));
    }

    [Fact]
    public void Rewrite_Zip_KeepsEntriesInOrderWithTheirContent()
    {
        using var rewritten = new ZipArchive(new MemoryStream(Rewrite(Zip(DateTimeOffset.Now))), ZipArchiveMode.Read);

        Assert.Equal(["b/model.key", "a.txt"], rewritten.Entries.Select(e => e.FullName));
        Assert.Equal("weights", new StreamReader(rewritten.Entries[0].Open()).ReadToEnd());
        NonEmpty.All(rewritten.Entries, e => Assert.Equal(StableZip.EntryTime.Year, e.LastWriteTime.Year));
    }
}

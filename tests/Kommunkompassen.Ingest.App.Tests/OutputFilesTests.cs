using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>Output files written safely: whole or not at all, never a temporary file left behind.</summary>
public sealed class OutputFilesTests : IDisposable
{
    private readonly TempArchive temp = new("kk-out-");

    public void Dispose() => temp.Dispose();

    private static void Payload(Stream s) => s.Write(new byte[300_000]);

    [Fact]
    public void Write_Whole_ReplacesTheFileAndLeavesOnlyIt()
    {
        var path = Path.Combine(temp.Dir, "a.json");
        File.WriteAllText(path, "old");

        OutputFiles.WriteText(path, "new åäö");

        Assert.Equal("new åäö", File.ReadAllText(path));
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(temp.Dir));
    }

    [Fact]
    public void Write_IntoAMissingFolder_OneLineNamingTheFolderAndNothingMade()
    {
        var path = Path.Combine(temp.Dir, "missing", "a.json");

        var ex = Assert.Throws<KompassOperationException>(() => OutputFiles.Write(path, Payload));

        Assert.Equal($"{path}: no such folder {Path.Combine(temp.Dir, "missing")}; make it first", ex.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Dir));
    }

    [Fact]
    public void Write_OntoAFolder_OneLineAndTheFolderAsItWas()
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp.Dir, "out")).FullName;
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "x");

        var ex = Assert.Throws<KompassOperationException>(() => OutputFiles.Write(folder, Payload));

        Assert.Equal($"{folder}: is a folder; give the name of a file to write, e.g. {Path.Combine(folder, "export.json")}", ex.Message);
        Assert.Equal([Path.Combine(folder, "keep.txt")], Directory.EnumerateFileSystemEntries(folder));
        Assert.Equal([folder], Directory.EnumerateFileSystemEntries(temp.Dir));
    }

    [Fact]
    public void Write_TheWriterFailsHalfWay_NoTemporaryFileLeftAndTheOldFileKept()
    {
        var path = Path.Combine(temp.Dir, "a.csv");
        File.WriteAllText(path, "old");

        var ex = Assert.Throws<KompassOperationException>(() => OutputFiles.Write(path, s =>
        {
            Payload(s);
            throw new IOException("No space left on device", 28);
        }));

        Assert.Equal($"{path}: the disk is full; nothing was written (free space and run again)", ex.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.EnumerateFileSystemEntries(temp.Dir));
    }

    [SkippableFact]
    public void Write_OntoAFullDisk_OneLineAndNoTemporaryFileLeft()
    {
        using var disk = SmallDisk.TryMount(Path.Combine(temp.Dir, "small"), 64 * 1024, out var reason);
        Skip.If(disk is null, reason);
        var path = Path.Combine(disk.Folder, "a.json");

        var ex = Assert.Throws<KompassOperationException>(() => OutputFiles.Write(path, Payload));

        Assert.Equal($"{path}: the disk is full; nothing was written (free space and run again)", ex.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Folder));
    }
}

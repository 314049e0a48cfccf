using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk ingest` on a full disk and a read-only archive; `kk export --out` where it cannot write.</summary>
public sealed partial class IngestCommandTests
{
    [SkippableFact]
    public void Ingest_DiskFillsUp_Exit2WithTheCountOnOneLine_TheNextRunGoesOnToTheSameArchive()
    {
        var inbox = Inbox();
        Kk.Run(temp.Dir, "ingest", inbox, "--archive", "reference");
        var expected = Kk.Run(temp.Dir, "export", "--archive", "reference").Out;
        // A megabyte holds the first reading or two (their log included), not all four.
        using var disk = SmallDisk.TryMount(Path.Combine(temp.Dir, "small"), 1024 * 1024, out var reason);
        Skip.If(disk is null, reason);
        var archive = Path.Combine(disk.Folder, "archive");

        var (exit, _, stderr) = Kk.Run(temp.Dir, "ingest", inbox, "--archive", archive);

        Assert.Equal(2, exit);
        var errors = stderr.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(errors);
        var match = System.Text.RegularExpressions.Regex.Match(line, $@"^error: {System.Text.RegularExpressions.Regex.Escape(Path.Combine(archive, ReportArchive.DatabaseFile))}: the disk is full: stored (\d) of 4 files; free space and run again \(the file being written was rolled back\)$");
        Assert.True(match.Success, line);
        var stored = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(stored, 0, 3);
        Assert.Contains("the search index in", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Equal(stored, BrokenArchive.Query(Path.Combine(archive, ReportArchive.DatabaseFile), "SELECT count(*) FROM sources", r => (int)r.GetInt64(0)).Single());

        disk.Resize(64 * 1024 * 1024);
        var again = Kk.Run(temp.Dir, "ingest", inbox, "--archive", archive);

        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Matches($@"skipped\s+{stored}\n", again.Out.ReplaceLineEndings("\n"));
        Assert.Equal(0, Kk.Run(temp.Dir, "check", "--archive", archive).ExitCode);
        Assert.Equal(expected, Kk.Run(temp.Dir, "export", "--archive", archive).Out);
    }

    [SkippableFact]
    public void Ingest_ReadOnlyArchive_Exit2SayingSoAndNothingChanged_ExportStillWorks()
    {
        BrokenArchive.MakeWhole(temp.Root);
        var export = Kk.Run(temp.Dir, "export", "--archive", "archive").Out;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var readOnly = ReadOnlyFolder.TryMake(temp.Root, out var reason);
        Skip.If(readOnly is null, reason);
        var before = TempArchive.Snapshot(temp.Root);

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", Corpus.PathOf(Corpus.Report2010Docx), "--archive", "archive");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: the archive at {temp.Root} is read-only ({ReportArchive.LockFile} cannot be made or written); it can be read but not written\n", stderr.ReplaceLineEndings("\n"));
        Assert.Equal(before, TempArchive.Snapshot(temp.Root));
        Assert.Equal(export, Kk.Run(temp.Dir, "export", "--archive", "archive").Out);
        var csv = Kk.Run(temp.Dir, "export", "--format", "csv", "--archive", "archive", "--out", "scores.csv");
        Assert.True(csv.ExitCode == 0, csv.Err);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(temp.Dir, "scores.csv")).Length);
    }

    [Fact]
    public void Export_OutIntoAMissingFolderOrOntoAFolder_Exit2OneLineAndNothingWritten()
    {
        BrokenArchive.MakeWhole(temp.Root);
        var folder = Directory.CreateDirectory(Path.Combine(temp.Dir, "out")).FullName;

        var missing = Kk.Run(temp.Dir, "export", "--archive", "archive", "--out", "nowhere/x.json");
        var onto = Kk.Run(temp.Dir, "export", "--format", "xlsx", "--archive", "archive", "--out", "out");

        Assert.Equal((2, 2), (missing.ExitCode, onto.ExitCode));
        Assert.Equal($"error: nowhere/x.json: no such folder {Path.Combine(temp.Dir, "nowhere")}; make it first\n", missing.Err.ReplaceLineEndings("\n"));
        Assert.Equal($"error: out: is a folder; give the name of a file to write, e.g. {Path.Combine("out", "export.json")}\n", onto.Err.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.Equal(["archive", "out"], Directory.EnumerateFileSystemEntries(temp.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Export_OutOntoAFullDisk_Exit2OneLineAndNoTemporaryFileLeft()
    {
        BrokenArchive.MakeWhole(temp.Root);
        using var disk = SmallDisk.TryMount(Path.Combine(temp.Dir, "small"), 64 * 1024, out var reason);
        Skip.If(disk is null, reason);
        var path = Path.Combine(disk.Folder, "records.json");

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "export", "--archive", "archive", "--out", path);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"error: {path}: the disk is full; nothing was written (free space and run again)\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(disk.Folder));
    }
}

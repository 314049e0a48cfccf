using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk check` and `kk check --repair` as a user runs them.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempArchive temp = new("kk-check-cli-");

    public CheckCommandTests()
    {
        BrokenArchive.MakeWhole(temp.Root);
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Check_WholeArchive_Exit0WithOneLine()
    {
        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "check", "--archive", "archive");

        Assert.Equal(0, exit);
        Assert.Equal($"{temp.Root}: 2 reports; the database, the stored readings, the report rows and the search index check out\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Check_RandomBytesInAPage_Exit2ListingTheProblems_RepairExit0_ThenItChecksOutAndExportsAsBefore()
    {
        var export = Kk.Run(temp.Dir, "export", "--archive", "archive").Out;
        BrokenArchive.OverwritePage(temp.DatabasePath, BrokenArchive.RootPage(temp.DatabasePath, "findings"), seed: 9);

        var found = Kk.Run(temp.Dir, "check", "--archive", "archive");
        var repaired = Kk.Run(temp.Dir, "check", "--repair", "--archive", "archive");
        var after = Kk.Run(temp.Dir, "check", "--archive", "archive");

        Assert.Equal(2, found.ExitCode);
        var lines = found.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith($"database: {temp.DatabasePath}: the database is damaged (integrity_check: ", lines[0], StringComparison.Ordinal);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(temp.Root)}: \d+ problems?; 'kk check --repair' rebuilds what is derived \(see the README\)$", lines[^1]);
        Assert.Equal(string.Empty, found.Err);
        Assert.Equal(0, repaired.ExitCode);
        Assert.Contains("repair: salvaged 4 stored readings, 4 file rows and 4 log rows into a new database, and rebuilt 2 reports from the readings\n", repaired.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("repair: rebuilt the search index from the database (2 reports)\n", repaired.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("found and repaired; 2 reports; it checks out now\n", repaired.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.Equal(export, Kk.Run(temp.Dir, "export", "--archive", "archive").Out);
        Assert.Single(Directory.EnumerateFiles(temp.Root, "archive.db.damaged-*"), f => !f.EndsWith("-wal", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReadingsLostToTruncation_RepairExit2NamingTheFilesToIngestAgain()
    {
        BrokenArchive.Break(temp.Root, ArchiveDamage.Truncated);

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "check", "--repair", "--archive", "archive");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stderr);
        var lost = stdout.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("repair: lost the reading of /in/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lost);
        Assert.Matches($@"it checks out now, but {(lost.Count == 1 ? "1 file lost its reading: ingest it" : $"{lost.Count} files lost their readings: ingest them")} again \(named above\)\n$", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(0, Kk.Run(temp.Dir, "check", "--archive", "archive").ExitCode);
    }
}

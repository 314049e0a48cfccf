using Kommunkompassen.Ingest.Cli;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>
/// Every command that opens the archive, run against each broken archive: never an internal error
/// (exit 70) or a stack trace; a command that fails says so in one line on stderr naming the
/// archive; the reading commands say what is wrong with it, each the same way.
/// </summary>
public sealed partial class CommandLineTests
{
    /// <summary>The commands that open an archive, by the kind of opening: read, write or check.</summary>
    private static readonly (string Kind, string[] Args)[] ArchiveCommands =
    [
        ("read", ["export"]),
        ("read", ["export", "--format", "jsonl"]),
        ("read", ["export", "--format", "csv", "--table", "questions"]),
        ("read", ["export", "--format", "xlsx", "--out", "{dir}/out.xlsx"]),
        ("read", ["search", "kommunen"]),
        ("read", ["show", "Borlänge"]),
        ("read", ["coverage"]),
        ("read", ["examples", "synpunktshantering"]),
        ("read", ["train", "--labels", "{labels}", "--models", "{dir}/models"]),
        ("read", ["evaluate", "--labels", "{labels}"]),
        ("write", ["reclassify"]),
        ("write", ["ingest", "{report}"]),
        ("check", ["check"]),
        ("check", ["check", "--repair"]),
    ];

    public static TheoryData<ArchiveDamage, int> BrokenArchiveCommands()
    {
        var data = new TheoryData<ArchiveDamage, int>();
        foreach (var damage in Enum.GetValues<ArchiveDamage>())
        {
            for (var i = 0; i < ArchiveCommands.Length; i++)
            {
                data.Add(damage, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenArchiveCommands))]
    public void Run_CommandOnABrokenArchive_NeverAnInternalErrorAndAtMostOneLineOnStderr(ArchiveDamage damage, int command)
    {
        using var temp = new TempArchive("kk-broken-");
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, damage);
        var (kind, args) = ArchiveCommands[command];

        var (exit, stdout, stderr) = Run([.. Fill(args, temp), "--archive", temp.Root]);

        var lines = Lines(stderr);
        Assert.True(exit is 0 or 2, $"kk {string.Join(' ', args)} on {damage}: exit {exit}: {stderr}");
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
        Assert.True(lines.Count <= 1, $"kk {string.Join(' ', args)} on {damage}: {stderr}");
        if (exit == 0)
        {
            // What may work: reading what the damage left whole (a search of a whole index), a
            // new archive made where there was none, a repair of what it could salvage.
            Assert.True(
                (damage, string.Join(' ', args)) is (ArchiveDamage.DamagedReportsPage, "search kommunen") or (ArchiveDamage.Missing, "ingest {report}") or (ArchiveDamage.DamagedReportsPage, "check --repair"),
                $"kk {string.Join(' ', args)} on {damage} succeeded");
            return;
        }

        var database = Path.Combine(temp.Root, ReportArchive.DatabaseFile);
        if (kind == "check" && damage != ArchiveDamage.Missing)
        {
            // The check's findings are its output; nothing on stderr.
            Assert.Empty(lines);
            Assert.Contains($"database: {database}: ", stdout, StringComparison.Ordinal);
            return;
        }

        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(temp.Root, line, StringComparison.Ordinal);
        Assert.Contains(
            damage switch
            {
                ArchiveDamage.Missing => $"no archive at {temp.Root}",
                ArchiveDamage.RandomBytes or ArchiveDamage.OtherFile or ArchiveDamage.OtherProgramsDatabase => $"{database}: not a Kommunkompassen archive (",
                ArchiveDamage.Truncated or ArchiveDamage.DamagedReportsPage => $"{database}: the database is damaged (",
                _ => $"{database}: the archive has schema version 99, newer than this kk knows (3); use a newer kk",
            },
            line,
            StringComparison.Ordinal);
        if (damage is ArchiveDamage.Truncated or ArchiveDamage.DamagedReportsPage)
        {
            Assert.EndsWith("run 'kk check --repair'", line, StringComparison.Ordinal);
        }

        if (kind == "read")
        {
            Assert.Equal(string.Empty, stdout);
        }
    }

    [SkippableFact]
    public void Run_EveryCommandOnAReadOnlyArchive_ReadsWorkWritesSayReadOnly()
    {
        using var temp = new TempArchive("kk-readonly-");
        BrokenArchive.MakeWhole(temp.Root);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var readOnly = ReadOnlyFolder.TryMake(temp.Root, out var reason);
        Skip.If(readOnly is null, reason);

        // train and evaluate read the archive as coverage does, then train for a minute: left out.
        foreach (var (kind, args) in ArchiveCommands.Where(c => c.Args[0] is not ("train" or "evaluate")))
        {
            var (exit, stdout, stderr) = Run([.. Fill(args, temp), "--archive", temp.Root]);

            var what = $"kk {string.Join(' ', args)} on {readOnly.How}: exit {exit}: {stderr}";
            if (kind == "write")
            {
                Assert.True(exit == 2, what);
                Assert.Equal($"error: the archive at {temp.Root} is read-only ({ReportArchive.LockFile} cannot be made or written); it can be read but not written", Assert.Single(Lines(stderr)));
            }
            else
            {
                Assert.True(exit == 0, what);
                Assert.True(stdout.Length > 0 || args.Contains("--out"), what);
            }
        }

        Assert.True(File.Exists(Path.Combine(temp.Dir, "out.xlsx")));
    }

    private static string[] Fill(string[] args, TempArchive temp) => args.Select(a => a
        .Replace("{dir}", temp.Dir, StringComparison.Ordinal)
        .Replace("{labels}", Corpus.LabelsFile, StringComparison.Ordinal)
        .Replace("{report}", Corpus.PathOf(Corpus.Report2010Docx), StringComparison.Ordinal)).ToArray();

    private static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();
}

using System.Diagnostics;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>
/// A `kk ingest` killed (SIGKILL, no chance to clean up) half way through a batch and started
/// again ends with the same archive as a run that was never interrupted.
/// </summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const int ReportsPerTemplate = 6;

    private readonly TempArchive temp = new("kk-kill-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Ingest_KilledHalfWayThenRunAgain_SameArchiveAsAnUninterruptedRun()
    {
        var inbox = Path.Combine(temp.Dir, "in");
        foreach (var (template, seed) in new[] { (Corpus.Report2005Docx, 11), (Corpus.Report2010Docx, 12) })
        {
            new ReportGenerator.ReportGenerator(Corpus.PathOf(template)).WriteFolder(inbox, ReportsPerTemplate, seed);
        }

        var files = Directory.GetFiles(inbox).Length;
        var whole = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "whole");
        Assert.True(whole.ExitCode == 0, whole.Err);

        // Kill the second run once a few files are stored, long before the end.
        int storedWhenKilled;
        using (var process = Process.Start(Kk.StartInfo(temp.Dir, "ingest", inbox, "--archive", "killed"))!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            storedWhenKilled = WaitForStored(Path.Combine(temp.Dir, "killed", ReportArchive.DatabaseFile), atLeast: 3, process);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.InRange(storedWhenKilled, 3, files - 2);
        var resumed = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "killed");

        Assert.True(resumed.ExitCode == 0, resumed.Err);
        Assert.Equal(Dump("whole"), Dump("killed"));
        Assert.Equal(Search("whole"), Search("killed"));
    }

    /// <summary>Polls the archive of a running kk until enough files are stored; returns how many are.</summary>
    private static int WaitForStored(string database, int atLeast, Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(database))
            {
                try
                {
                    using var c = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
                    c.Open();
                    using var cmd = c.CreateCommand();
                    cmd.CommandText = "SELECT count(*) FROM import_log WHERE status IN ('ingested', 'merged')";
                    var stored = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                    if (stored >= atLeast)
                    {
                        return stored;
                    }
                }
                catch (SqliteException)
                {
                    // The schema is still being made; look again.
                }
            }

            Thread.Sleep(10);
        }

        throw new InvalidOperationException("kk finished or stalled before it could be killed half way");
    }

    private string Dump(string archive)
    {
        using var a = ReportArchive.Open(Path.Combine(temp.Dir, archive));
        return TempArchive.Dump(a);
    }

    /// <summary>What a search finds, as sorted lines, so the two indexes can be compared.</summary>
    private string Search(string archive)
    {
        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "search", "kommunen OR styrning", "--archive", archive, "--top", "1000", "--json");
        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var hits = json.RootElement.TryGetProperty("hits", out var h) ? h : json.RootElement;
        return string.Join("\n", hits.EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal));
    }
}

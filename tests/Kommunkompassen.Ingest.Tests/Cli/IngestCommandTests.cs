using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Storage.Import;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Tests.Cli;

/// <summary>`kk ingest` and `kk export` as a user runs them: exit codes, messages, files.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("kk-cli-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);
    }

    private string Inbox()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        foreach (var f in new[] { Corpus.Report2005Docx, Corpus.Report2005Pdf, Corpus.Report2010Docx, Corpus.Report2010Pdf })
        {
            File.Copy(Corpus.PathOf(f), Path.Combine(inbox, f));
        }

        return inbox;
    }

    [Fact]
    public void Ingest_SamplesPlusOneFileOfEachBadKind_ExitCode2AndEveryReasonOnItsOwnLine()
    {
        var inbox = Inbox();
        BadFiles.WriteAll(inbox);

        var (exit, stdout, stderr) = Kk.Run(dir, "ingest", inbox, "--archive", "archive");

        Assert.Equal(2, exit);
        var errors = stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(BadFiles.Expected.Count, errors.Count);
        foreach (var (name, reason) in BadFiles.Expected)
        {
            Assert.Contains(errors, l => l.StartsWith($"error: {Path.Combine(inbox, name)}: {reason}", StringComparison.Ordinal));
        }

        Assert.Matches(@"ingested\s+2\n\s+merged\s+2\n\s+replaced\s+0\n\s+updated\s+0\n\s+skipped\s+0\n\s+failed\s+9\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(2, ReportArchive.ReadAll(Path.Combine(dir, "archive")).Count);
    }

    [Fact]
    public void Ingest_UnchangedFolderAgain_SkipsEveryFileAndExitsZero()
    {
        var inbox = Inbox();
        var first = Kk.Run(dir, "ingest", inbox, "--archive", "archive");

        var second = Kk.Run(dir, "ingest", inbox, "--archive", "archive");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Matches(@"ingested\s+0\n\s+merged\s+0\n\s+replaced\s+0\n\s+updated\s+0\n\s+skipped\s+4\n\s+failed\s+0\n", second.Out.ReplaceLineEndings("\n"));
        Assert.Contains("progress: 4/4 files", second.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EveryFormat_WritesTheArchiveRecords()
    {
        Kk.Run(dir, "ingest", Inbox(), "--archive", "archive");

        foreach (var format in new[] { "json", "jsonl", "csv", "xlsx" })
        {
            var (exit, _, stderr) = Kk.Run(dir, "export", "--format", format, "--archive", "archive", "--out", $"out.{format}");
            Assert.True(exit == 0, stderr);
        }

        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir, "out.jsonl")).Length);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(dir, "out.csv")).Length);
        Assert.Equal(2, Export.RecordJsonArray(File.ReadAllText(Path.Combine(dir, "out.json"))));
        Assert.True(new FileInfo(Path.Combine(dir, "out.xlsx")).Length > 0);
    }

    [Fact]
    public void Export_UnknownFormat_ExitCode64WithTheFormats()
    {
        var (exit, _, stderr) = Kk.Run(dir, "export", "--format", "xml");

        Assert.Equal(64, exit);
        Assert.Contains("unknown export format 'xml' (json, jsonl, csv or xlsx)", stderr, StringComparison.Ordinal);
    }

    private static class Export
    {
        public static int RecordJsonArray(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetArrayLength();
    }
}

using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk ingest` and `kk export` as a user runs them: exit codes, messages, files.</summary>
public sealed partial class IngestCommandTests : IDisposable
{
    private readonly TempArchive temp = new("kk-cli-");

    public void Dispose() => temp.Dispose();

    private string Inbox()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
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

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        Assert.Equal(2, exit);
        var errors = stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(BadFiles.Expected.Count, errors.Count);
        foreach (var (name, reason) in BadFiles.Expected)
        {
            Assert.Contains(errors, l => l.StartsWith($"error: {Path.Combine(inbox, name)}: {reason}", StringComparison.Ordinal));
        }

        Assert.Matches(@"ingested\s+2\n\s+merged\s+2\n\s+replaced\s+0\n\s+updated\s+0\n\s+skipped\s+0\n\s+failed\s+9\n", stdout.ReplaceLineEndings("\n"));
        Assert.Equal(2, ReportArchive.ReadAll(temp.Root).Count);
    }

    [Fact]
    public void Ingest_FolderWithNestedLinkLoopsAndAMissingInput_EachFileOnceAndTheMissingCountedAsFailed()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in", "a", "b")).FullName;
        File.Copy(Corpus.PathOf(Corpus.Report2005Docx), Path.Combine(temp.Dir, "in", "a", "report.docx"));
        Directory.CreateSymbolicLink(Path.Combine(inbox, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(inbox, "top"), "../../..");
        File.CreateSymbolicLink(Path.Combine(inbox, "same.docx"), "../report.docx");

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", "in", "nowhere.pdf", "--archive", "archive");

        Assert.Equal(2, exit);
        Assert.Equal(["error: nowhere.pdf: no such file or folder"], stderr.Split('\n').Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).Select(l => l.TrimEnd()));
        Assert.Matches(@"ingested\s+1\n\s+merged\s+0\n\s+replaced\s+0\n\s+updated\s+0\n\s+skipped\s+0\n\s+failed\s+1\n", stdout.ReplaceLineEndings("\n"));
        Assert.Contains("progress: 1/1 files", stderr, StringComparison.Ordinal);
        Assert.Single(ReportArchive.ReadAll(temp.Root));
    }

    [Fact]
    public void Ingest_EmptyFolder_SaysSoAndExits2()
    {
        Directory.CreateDirectory(Path.Combine(temp.Dir, "empty"));

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", "empty", "--archive", "archive");

        Assert.Equal(2, exit);
        Assert.Equal("error: empty: no report files (.doc, .docx, .pdf) in the folder", stderr.Trim());
        Assert.Matches(@"failed\s+1\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Ingest_UnchangedFolderAgain_SkipsEveryFileAndExitsZero()
    {
        var inbox = Inbox();
        var first = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        var second = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Matches(@"ingested\s+0\n\s+merged\s+0\n\s+replaced\s+0\n\s+updated\s+0\n\s+skipped\s+4\n\s+failed\s+0\n", second.Out.ReplaceLineEndings("\n"));
        Assert.Contains("progress: 4/4 files", second.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EveryFormat_WritesTheArchiveRecords()
    {
        Kk.Run(temp.Dir, "ingest", Inbox(), "--archive", "archive");

        foreach (var format in new[] { "json", "jsonl", "csv", "xlsx" })
        {
            var (exit, _, stderr) = Kk.Run(temp.Dir, "export", "--format", format, "--archive", "archive", "--out", $"out.{format}");
            Assert.True(exit == 0, stderr);
        }

        Assert.Equal(2, File.ReadAllLines(Path.Combine(temp.Dir, "out.jsonl")).Length);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(temp.Dir, "out.csv")).Length);
        Assert.Equal(2, Export.RecordJsonArray(File.ReadAllText(Path.Combine(temp.Dir, "out.json"))));
        Assert.True(new FileInfo(Path.Combine(temp.Dir, "out.xlsx")).Length > 0);
    }

    [Fact]
    public void Ingest_ReportWithPartsNotRead_ListsTheFileWithItsLossesByKind()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "lossy")).FullName;
        File.WriteAllBytes(Path.Combine(inbox, "lossy.docx"), SmallReport.Docx(unknownHeadingArea: 4, withoutImprovementsArea: 6));
        File.WriteAllBytes(Path.Combine(inbox, "whole.docx"), SmallReport.Docx(municipality: "Ljusdal"));

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        Assert.True(exit == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("read incompletely (1;", StringComparison.Ordinal));
        Assert.True(header >= 0, stdout);
        Assert.Equal("  lossy.docx (2460-2012): findings-missing 3, narrative-missing 1", lines[header + 1]);
        Assert.Matches(@"lossy\.docx\s+ingested\s+2460-2012 .*\sall\s+4$", lines.Single(l => l.StartsWith("lossy.docx", StringComparison.Ordinal)));
        Assert.Matches(@"^whole\.docx\s+ingested\s+2161-2012 .*\sall\s+0$", lines.Single(l => l.StartsWith("whole.docx", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ingest_FileOfUncertainIdentityReplacesAReport_SummarySaysSo()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
        var path = Path.Combine(inbox, "rapport.docx");
        File.WriteAllBytes(path, SmallReport.Docx("Vännäs"));
        Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");
        File.WriteAllBytes(path, SmallReport.Docx("Vännäs", textMunicipality: "Orust"));

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        Assert.True(exit == 0, stderr);
        var lines = stdout.ReplaceLineEndings("\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("identity uncertain (1;", StringComparison.Ordinal));
        Assert.True(header >= 0, stdout);
        Assert.StartsWith("  rapport.docx: REPLACED a reading of 2460-2012: replaces rapport.docx", lines[header + 1], StringComparison.Ordinal);
        Assert.EndsWith("identity uncertain: the title names Vännäs, but the text names Orust 8 times and Vännäs 0 times", lines[header + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WarningsTable_ListsEveryWarningWithItsPlace()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "lossy")).FullName;
        File.WriteAllBytes(Path.Combine(inbox, "lossy.docx"), SmallReport.Docx(unknownHeadingArea: 4));
        Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "export", "--format", "csv", "--table", "warnings", "--archive", "archive");

        Assert.True(exit == 0, stderr);
        var rows = stdout.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("report,municipality,year,code,place,message,characters unread", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("2460-2012,Vännäs,2012,narrative-missing,area 4,no heading and no narrative text were found for area 4,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("2460-2012,Vännäs,2012,findings-missing,area 4,\"no strengths (Styrkor/Starka sidor) were found for area 4, though other areas have them\",", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_UnknownFormat_ExitCode64WithTheFormats()
    {
        var (exit, _, stderr) = Kk.Run(temp.Dir, "export", "--format", "xml");

        Assert.Equal(64, exit);
        Assert.Contains("unknown export format 'xml' (json, jsonl, csv or xlsx)", stderr, StringComparison.Ordinal);
    }

    private static class Export
    {
        public static int RecordJsonArray(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetArrayLength();
    }
}

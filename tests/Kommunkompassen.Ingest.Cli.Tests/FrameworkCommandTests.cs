using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk framework draft` and `kk framework fit` run as a user would, on a report of a version nobody catalogued.</summary>
public sealed class FrameworkCommandTests : IDisposable
{
    private readonly TempArchive temp = new("kk-framework-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Draft_ThenFitWithTheDraftsFolder_ReadsTheReportAsTheDraftedVersion()
    {
        var report = Path.Combine(temp.Dir, "rapport.docx");
        File.WriteAllBytes(report, new VersionedReport(PrintedCatalogs.Uncatalogued, 2032) { Statement = "Kommunkompassen reviderades senast 2031." }.Docx());
        var drafts = Directory.CreateDirectory(Path.Combine(temp.Dir, "frameworks")).FullName;

        var before = Kk.Run(temp.Dir, "framework", "fit", report);
        var draft = Kk.Run(temp.Dir, "framework", "draft", report, "--id", "2031", "--out", Path.Combine(drafts, "2031.json"));
        var after = Kk.Run(temp.Dir, "framework", "fit", report, "--frameworks", drafts);

        Assert.Equal(0, before.ExitCode);
        Assert.Contains("read as framework unknown", before.Out, StringComparison.Ordinal);
        Assert.Contains("framework-uncertain", before.Out, StringComparison.Ordinal);
        Assert.Equal(0, draft.ExitCode);
        Assert.StartsWith("wrote ", draft.Err, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"2031\"", File.ReadAllText(Path.Combine(drafts, "2031.json")), StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("read as framework 2031", after.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("framework-uncertain", after.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("framework")]
    [InlineData("framework", "publish", "x.docx")]
    public void Run_WithoutDraftOrFit_UsageError(params string[] args)
    {
        var result = Kk.Run(temp.Dir, args);

        Assert.Equal(64, result.ExitCode);
        Assert.StartsWith("kk: framework needs 'draft <report>' or 'fit <report>'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_FileThatIsNoReport_OneLineError()
    {
        var path = Path.Combine(temp.Dir, "brus.docx");
        File.WriteAllBytes(path, [1, 2, 3, 4]);

        var result = Kk.Run(temp.Dir, "framework", "fit", path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: ", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public void Draft_OutIntoAMissingFolder_Exit2OneLineAndNothingWritten()
    {
        var (exit, _, stderr) = Kk.Run(temp.Dir, "framework", "draft", Corpus.PathOf(Corpus.Report2010Docx), "--out", "nowhere/draft.json");

        Assert.Equal(2, exit);
        Assert.Equal($"error: nowhere/draft.json: no such folder {Path.Combine(temp.Dir, "nowhere")}; make it first\n", stderr.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Dir));
    }
}

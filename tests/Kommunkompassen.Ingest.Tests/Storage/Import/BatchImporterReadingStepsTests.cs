using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Storage.Import;

/// <summary>
/// The <see cref="BatchImporter"/>'s reading steps: run on each new reading, recorded with their
/// versions, and run again on the stored readings (without their files) when a version changes.
/// </summary>
public sealed class BatchImporterReadingStepsTests : IDisposable
{
    private const string MarkCode = "test-step-mark";

    private readonly TempArchive temp = new("kk-steps-");

    public void Dispose() => temp.Dispose();

    /// <summary>A step that marks a reading with its version, replacing an earlier mark (so it can run again on its own output).</summary>
    private static ReadingStep Mark(string version, Func<ReportRecord, bool>? failOn = null) => new(
        "mark",
        version,
        r => failOn?.Invoke(r) == true
            ? throw new InvalidOperationException("cannot mark " + r.Id)
            : r with { Warnings = r.Warnings.Where(w => w.Code != MarkCode).Append(new ValidationWarning(MarkCode, version)).ToList() });

    private static BatchImporter Importer(ReadingStep step, bool refreshAll = false) =>
        new(Ingestor.Default, "read-v1", new ImportOptions(RefreshAll: refreshAll), [step]);

    private static IEnumerable<string> Marks(ReportRecord r) => r.Warnings.Where(w => w.Code == MarkCode).Select(w => w.Message);

    private IReadOnlyList<string> Ingest(ReadingStep step)
    {
        var files = Ingestor.ExpandInputs([temp.Inbox("in", TempArchive.AllSamples)], out _);
        using var archive = temp.OpenForWriting();
        Importer(step).Run(files, archive);
        return files;
    }

    [Fact]
    public void Run_NewReadings_GoThroughTheStepsAndRecordTheirVersions()
    {
        Ingest(Mark("v1"));

        using var archive = temp.OpenForReading();
        foreach (var id in archive.ReportIds())
        {
            Assert.Equal(["v1"], Marks(archive.Find(id)!));
            Assert.All(archive.ReadingsOf(id), r => Assert.Equal("mark=v1", r.Steps));
            Assert.Equal(2, archive.ReadingsOf(id).Count);
        }
    }

    [Fact]
    public void Run_StepVersionChanged_StoredReadingsGoThroughItAgainWithoutTheirFiles()
    {
        var files = Ingest(Mark("v1"));
        Directory.Delete(Path.GetDirectoryName(files[0])!, recursive: true);

        ImportResult result;
        using (var archive = temp.OpenForWriting())
        {
            result = Importer(Mark("v2")).Run([], archive);
        }

        Assert.Equal(["0127-2005", "2081-2010"], result.Refreshed.Select(r => r.Id));
        Assert.Equal(result.Refreshed.Select(r => r.Id), result.Changed.Select(r => r.Id));
        Assert.Empty(result.RefreshFailures);
        Assert.False(result.Interrupted);
        using var reader = temp.OpenForReading();
        foreach (var id in reader.ReportIds())
        {
            Assert.Equal(["v2"], Marks(reader.Find(id)!));
            Assert.All(reader.ReadingsOf(id), r => Assert.Equal(["v2"], Marks(r.Reading)));
            Assert.All(reader.ReadingsOf(id), r => Assert.Equal("mark=v2", r.Steps));
        }

        var log = reader.ImportLog(result.Batch);
        Assert.Equal(4, log.Count);
        Assert.All(log, e => Assert.Equal(LogStatuses.Refreshed, e.Status));
        Assert.Equal(files.Select(Path.GetFullPath).Order(), log.Select(e => e.Path).Order());
    }

    [Fact]
    public void Run_StepsUnchanged_NothingRefreshedAndTheArchiveAsItWas()
    {
        Ingest(Mark("v1"));
        var before = TempArchive.Dump(temp.Root);

        ImportResult result;
        using (var archive = temp.OpenForWriting())
        {
            result = Importer(Mark("v1")).Run([], archive);
        }

        Assert.Empty(result.Refreshed);
        Assert.Equal(before, TempArchive.Dump(temp.Root));
    }

    [Fact]
    public void Run_RefreshAll_EveryReportAgainThoughItsStepsAreCurrent()
    {
        Ingest(Mark("v1"));

        using var archive = temp.OpenForWriting();
        var result = Importer(Mark("v1"), refreshAll: true).Run([], archive);

        Assert.Equal(2, result.Refreshed.Count);
        Assert.All(archive.ReportIds(), id => Assert.Equal(["v1"], Marks(archive.Find(id)!)));
    }

    [Fact]
    public void Run_StepFailsOnANewReading_ThatFileFailsWithTheStepsReasonAndTheRestAreStored()
    {
        var files = Ingestor.ExpandInputs([temp.Inbox("in", TempArchive.AllSamples)], out _);

        using var archive = temp.OpenForWriting();
        var result = Importer(Mark("v1", failOn: r => r.Year == 2005)).Run(files, archive);

        var failed = result.Files.Where(f => f.Status == FileStatus.Failed).ToList();
        Assert.Equal(new[] { Corpus.Report2005Docx, Corpus.Report2005Pdf }.Order(), failed.Select(f => Path.GetFileName(f.Path)).Order());
        Assert.All(failed, f => Assert.Equal("the mark step failed (InvalidOperationException: cannot mark 0127-2005)", f.Message));
        Assert.Equal(2, result.Files.Count(f => f.Status is FileStatus.Ingested or FileStatus.Merged));
        Assert.Equal(["2081-2010"], archive.ReportIds());
    }

    [Fact]
    public void Run_StepFailsOnAStoredReading_ThatReportStaysAsItWasAndTheOthersAreRefreshed()
    {
        Ingest(Mark("v1"));

        using var archive = temp.OpenForWriting();
        var result = Importer(Mark("v2", failOn: r => r.Year == 2005)).Run([], archive);

        var failure = Assert.Single(result.RefreshFailures);
        Assert.Equal(new RefreshFailure("0127-2005", "the mark step failed (InvalidOperationException: cannot mark 0127-2005)"), failure);
        Assert.Equal(["2081-2010"], result.Refreshed.Select(r => r.Id));
        Assert.Equal(["v1"], Marks(archive.Find("0127-2005")!));
        Assert.Equal(["v2"], Marks(archive.Find("2081-2010")!));
    }

    [Fact]
    public void Run_CancelledWhileRefreshing_StopsAfterTheReportBeingWrittenAndTheNextRunGoesOn()
    {
        Ingest(Mark("v1"));
        using var archive = temp.OpenForWriting();
        using var cancel = new CancellationTokenSource();

        var first = Importer(Mark("v2")).Run([], archive, new CancelAfterFirstRefresh(cancel), cancel.Token);
        var second = Importer(Mark("v2")).Run([], archive);

        Assert.True(first.Interrupted);
        Assert.Equal(["0127-2005"], first.Refreshed.Select(r => r.Id));
        Assert.Equal(["2081-2010"], second.Refreshed.Select(r => r.Id));
        Assert.All(archive.ReportIds(), id => Assert.Equal(["v2"], Marks(archive.Find(id)!)));
    }

    private sealed class CancelAfterFirstRefresh(CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == ImportStage.Refresh)
            {
                cancel.Cancel();
            }
        }
    }
}

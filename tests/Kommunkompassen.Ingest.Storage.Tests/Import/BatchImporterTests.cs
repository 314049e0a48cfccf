using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Storage.Tests.Import;

public sealed class BatchImporterTests : IDisposable
{
    private readonly TempArchive temp = new("kk-batch-");
    private int parses;

    public void Dispose() => temp.Dispose();

    /// <summary>An importer whose parses are counted.</summary>
    private BatchImporter Importer(string version = "v1", bool force = false) =>
        new(new Ingestor(DocumentLoader.Default, ReportParser.Default, [Count]), version, new ImportOptions(Force: force));

    private ReportRecord Count(ReportRecord r)
    {
        Interlocked.Increment(ref parses);
        return r;
    }

    private string Inbox(params string[] corpusFiles)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
        foreach (var f in corpusFiles)
        {
            File.Copy(Corpus.PathOf(f), Path.Combine(inbox, f), overwrite: true);
        }

        return inbox;
    }

    private static string[] AllSamples => [Corpus.Report2005Docx, Corpus.Report2005Pdf, Corpus.Report2010Docx, Corpus.Report2010Pdf];

    [Fact]
    public void Run_SampleFolder_TwoReportsEachWithBothFormats()
    {
        var files = InputWalker.Walk([Inbox(AllSamples)]).Files;
        using var archive = ReportArchive.Open(temp.Root);

        var result = Importer().Run(files, archive);

        Assert.Equal(
            [FileStatus.Ingested, FileStatus.Merged, FileStatus.Ingested, FileStatus.Merged],
            result.Files.Select(f => f.Status));
        Assert.Equal(2, archive.Count);
        NonEmpty.All(archive.Records().ToList(), r => Assert.Equal(["docx", "pdf"], r.Sources.Select(s => s.Format)));
        NonEmpty.All(archive.Records().ToList(), r => Assert.DoesNotContain(r.Warnings, w => w.Code == WarningCodes.FormatDifference));
        Assert.False(result.Interrupted);
    }

    [Fact]
    public void Run_FileOfUncertainIdentityReplacesAReading_TheOutcomeSaysSo()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
        var path = Path.Combine(inbox, "rapport.docx");
        using var archive = ReportArchive.Open(temp.Root);
        File.WriteAllBytes(path, SmallReport.Docx("Vännäs"));
        var first = Importer().Run([path], archive);
        File.WriteAllBytes(path, SmallReport.Docx("Vännäs", textMunicipality: "Orust"));

        var second = Importer().Run([path], archive);

        Assert.False(first.Files[0].IdentityUncertain);
        var outcome = Assert.Single(second.Files);
        Assert.Equal((FileStatus.Replaced, "2460-2012", true), (outcome.Status, outcome.ReportId, outcome.IdentityUncertain));
        Assert.EndsWith("; identity uncertain: the title names Vännäs, but the text names Orust 8 times and Vännäs 0 times", outcome.Message, StringComparison.Ordinal);
        Assert.StartsWith("replaces rapport.docx", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(["the title names Vännäs, but the text names Orust 8 times and Vännäs 0 times"], outcome.Summary!.IdentityDoubts);
    }

    [Fact]
    public void Run_UnchangedFolderAgain_ParsesNothingAndChangesNothing()
    {
        var files = InputWalker.Walk([Inbox(AllSamples)]).Files;
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(files, archive);
        var before = (ReportArchiveTests.Dump(archive), archive.ContentVersion);
        parses = 0;

        var second = Importer().Run(files, archive);

        Assert.Equal(0, parses);
        NonEmpty.All(second.Files, f => Assert.Equal(FileStatus.Skipped, f.Status));
        Assert.Equal(before, (ReportArchiveTests.Dump(archive), archive.ContentVersion));
        Assert.Equal(4, archive.ImportLog(second.Batch).Count(e => e.Status == "skipped"));
    }

    [Theory]
    [InlineData("v2", false)]
    [InlineData("v1", true)]
    public void Run_NewParserVersionOrForce_ReadsEveryFileAgain(string version, bool force)
    {
        var files = InputWalker.Walk([Inbox(Corpus.Report2010Docx, Corpus.Report2010Pdf)]).Files;
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(files, archive);
        var before = ReportArchiveTests.Dump(archive);
        parses = 0;

        var again = Importer(version, force).Run(files, archive);

        Assert.Equal(2, parses);
        NonEmpty.All(again.Files, f => Assert.Equal(FileStatus.Updated, f.Status));
        Assert.Equal(before, ReportArchiveTests.Dump(archive));
    }

    [Fact]
    public void Run_ChangedFile_ReplacesItsReportAndSaysSo()
    {
        var inbox = Inbox(Corpus.Report2010Docx);
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(InputWalker.Walk([inbox]).Files, archive);

        // The "same file" edited: here the PDF of the same report saved under the DOCX's name is not
        // possible, so a re-saved DOCX is made by appending an empty paragraph to its document part.
        var path = Path.Combine(inbox, Corpus.Report2010Docx);
        DocxFactory.AppendParagraph(path, "Rättad version.");
        var result = Importer().Run([path], archive);

        var outcome = Assert.Single(result.Files);
        Assert.Equal(FileStatus.Replaced, outcome.Status);
        Assert.StartsWith($"replaces {Corpus.Report2010Docx}", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(1, archive.Count);
        Assert.Single(archive.Find(outcome.ReportId!)!.Sources);
    }

    [Fact]
    public void Run_SameContentTwiceInOneBatch_SecondIsSkippedAsACopy()
    {
        var inbox = Inbox(Corpus.Report2010Docx);
        File.Copy(Path.Combine(inbox, Corpus.Report2010Docx), Path.Combine(inbox, "kopia.docx"));
        using var archive = ReportArchive.Open(temp.Root);

        var result = Importer().Run(InputWalker.Walk([inbox]).Files, archive);

        Assert.Equal([FileStatus.Ingested, FileStatus.Skipped], result.Files.Select(f => f.Status));
        Assert.Equal($"same content as {Corpus.Report2010Docx}", result.Files[1].Message);
    }

    [Fact]
    public void Run_SamplesPlusOneFileOfEachBadKind_StoresTheReportsAndGivesEachBadFileItsReason()
    {
        var inbox = Inbox(AllSamples);
        BadFiles.WriteAll(inbox);
        using var archive = ReportArchive.Open(temp.Root);

        // Every file, the empty one too (a folder walk passes it over before the importer sees it).
        var result = Importer().Run(Directory.GetFiles(inbox).Order(StringComparer.Ordinal).ToList(), archive);

        Assert.Equal(2, archive.Count);
        Assert.Equal(4, result.Files.Count(f => f.Status is FileStatus.Ingested or FileStatus.Merged));
        var failed = result.Files.Where(f => f.Status == FileStatus.Failed).ToDictionary(f => Path.GetFileName(f.Path), f => f.Message!);
        Assert.Equal(BadFiles.Expected.Keys.Order(StringComparer.Ordinal), failed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, reason) in BadFiles.Expected)
        {
            Assert.StartsWith(reason, failed[name], StringComparison.Ordinal);
        }

        NonEmpty.All(failed.Values, m => Assert.DoesNotContain('\n', m));
        Assert.Equal(BadFiles.Expected.Count, archive.ImportLog(result.Batch).Count(e => e.Status == "failed"));
    }

    [Fact]
    public void Run_CancelledHalfWayThenRunAgain_SameArchiveAsOneUninterruptedRun()
    {
        var files = InputWalker.Walk([Inbox(AllSamples)]).Files;
        string expected;
        using (var whole = ReportArchive.Open(Path.Combine(temp.Dir, "whole")))
        {
            Importer().Run(files, whole);
            expected = ReportArchiveTests.Dump(whole);
        }

        using var archive = ReportArchive.Open(Path.Combine(temp.Dir, "resumed"));
        using var cancel = new CancellationTokenSource();
        var progress = new Stop(after: 2, cancel);
        var first = Importer(force: false).Run(files, archive, progress, cancel.Token);
        var stored = archive.Count;
        var second = Importer().Run(files, archive);

        Assert.True(first.Interrupted);
        Assert.Equal(2, first.Files.Count);
        Assert.Equal(1, stored);
        Assert.Equal([FileStatus.Skipped, FileStatus.Skipped, FileStatus.Ingested, FileStatus.Merged], second.Files.Select(f => f.Status));
        Assert.Equal(expected, ReportArchiveTests.Dump(archive));
    }

    [Fact]
    public void Run_DiskFullPartWay_StopsWithTheCountRollsBackTheFileAndTheNextRunGoesOn()
    {
        // SQLite's own "database or disk is full" (SQLITE_FULL), reached through a page limit on the
        // writer's connections: the first file fits, the second does not.
        var files = InputWalker.Walk([Inbox(AllSamples)]).Files;
        string expected;
        long firstFilePages;
        using (var whole = ReportArchive.Open(Path.Combine(temp.Dir, "whole")))
        {
            Importer().Run(files.Take(1).ToList(), whole);
            firstFilePages = (long)whole.Inspect("PRAGMA page_count")[0][0]!;
            Importer().Run(files, whole);
            expected = ReportArchiveTests.Dump(whole);
        }

        var root = Path.Combine(temp.Dir, "full");
        ImportResult first;
        using (var full = ReportArchive.OpenForWriting(root, TimeSpan.Zero, ReportArchive.DefaultPurpose, maxPages: firstFilePages + 2))
        {
            first = Importer().Run(files, full);

            Assert.True(first.Interrupted);
            Assert.Equal(ArchiveProblem.DiskFull, first.Stop!.Problem);
            Assert.Equal($"{full.DatabasePath}: the disk is full (database or disk is full)", first.Stop.Message);
            Assert.Equal(4, first.Total);
            Assert.Equal([FileStatus.Ingested], first.Files.Select(f => f.Status));
            // The second file's transaction was rolled back: no row of it anywhere.
            Assert.Equal([files[0]], full.ImportLog().Select(e => e.Path));
            Assert.Equal(["docx"], full.Inspect("SELECT format FROM sources").Select(r => (string)r[0]!));
            Assert.Single(full.KnownFiles());
            using var check = Connection(full.DatabasePath);
            Assert.Null(ReportArchive.QuickCheck(check));
        }

        using var archive = ReportArchive.Open(root);
        var second = Importer().Run(files, archive);

        Assert.False(second.Interrupted);
        Assert.Null(second.Stop);
        Assert.Equal([FileStatus.Skipped, FileStatus.Merged, FileStatus.Ingested, FileStatus.Merged], second.Files.Select(f => f.Status));
        Assert.Equal(expected, ReportArchiveTests.Dump(archive));
    }

    [Fact]
    public void Run_TheReportAFileJoinsHasAnUnreadableReading_ThatFileFailsAloneAndTheRestAreStored()
    {
        var files = InputWalker.Walk([Inbox(AllSamples)]).Files;
        using var archive = ReportArchive.Open(temp.Root);
        var docx2010 = files.Single(f => f.EndsWith(Corpus.Report2010Docx, StringComparison.Ordinal));
        Importer().Run([docx2010], archive);
        BrokenArchive.Execute(archive.DatabasePath, "UPDATE sources SET reading = X'1f8b0800' WHERE format = 'docx'");

        var result = Importer().Run(files, archive);

        var failed = Assert.Single(result.Files, f => f.Status == FileStatus.Failed);
        Assert.EndsWith(Corpus.Report2010Pdf, failed.Path, StringComparison.Ordinal);
        Assert.Equal("2081-2010", failed.ReportId);
        Assert.StartsWith("the stored docx reading of 2081-2010 cannot be read (", failed.Message, StringComparison.Ordinal);
        Assert.EndsWith("); run 'kk check --repair'", failed.Message, StringComparison.Ordinal);
        Assert.Equal([FileStatus.Skipped, FileStatus.Failed, FileStatus.Ingested, FileStatus.Merged], result.Files.Select(f => f.Status));
        Assert.False(result.Interrupted);
        Assert.Equal(["docx", "pdf"], archive.Find("0127-2005")!.Sources.Select(s => s.Format));
        Assert.Equal(FileStates.Failed, archive.KnownFiles().Values.Single(f => f.Path == failed.Path).Status);
    }

    private static Microsoft.Data.Sqlite.SqliteConnection Connection(string databasePath)
    {
        var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    /// <summary>Cancels the batch once a number of files are done, like Ctrl-C would.</summary>
    private sealed class Stop(int after, CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Done >= after)
            {
                cancel.Cancel();
            }
        }
    }

    // The reading steps: run on each new reading, recorded with their versions, and run again on
    // the stored readings (without their files) when a version changes.
    private const string MarkCode = "test-step-mark";

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
        var files = InputWalker.Walk([temp.Inbox("in", TempArchive.AllSamples)]).Files;
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
            NonEmpty.All(archive.ReadingsOf(id), r => Assert.Equal("mark=v1", r.Steps));
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
            NonEmpty.All(reader.ReadingsOf(id), r => Assert.Equal(["v2"], Marks(r.Reading)));
            NonEmpty.All(reader.ReadingsOf(id), r => Assert.Equal("mark=v2", r.Steps));
        }

        var log = reader.ImportLog(result.Batch);
        Assert.Equal(4, log.Count);
        NonEmpty.All(log, e => Assert.Equal(LogStatuses.Refreshed, e.Status));
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
        NonEmpty.All(archive.ReportIds(), id => Assert.Equal(["v1"], Marks(archive.Find(id)!)));
    }

    [Fact]
    public void Run_StepFailsOnANewReading_ThatFileFailsWithTheStepsReasonAndTheRestAreStored()
    {
        var files = InputWalker.Walk([temp.Inbox("in", TempArchive.AllSamples)]).Files;

        using var archive = temp.OpenForWriting();
        var result = Importer(Mark("v1", failOn: r => r.Year == 2005)).Run(files, archive);

        var failed = result.Files.Where(f => f.Status == FileStatus.Failed).ToList();
        Assert.Equal(new[] { Corpus.Report2005Docx, Corpus.Report2005Pdf }.Order(), failed.Select(f => Path.GetFileName(f.Path)).Order());
        NonEmpty.All(failed, f => Assert.Equal("the mark step failed (InvalidOperationException: cannot mark 0127-2005)", f.Message));
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
        NonEmpty.All(archive.ReportIds(), id => Assert.Equal(["v2"], Marks(archive.Find(id)!)));
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

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
        var files = Ingestor.ExpandInputs([Inbox(AllSamples)], out _);
        using var archive = ReportArchive.Open(temp.Root);

        var result = Importer().Run(files, archive);

        Assert.Equal(
            [FileStatus.Ingested, FileStatus.Merged, FileStatus.Ingested, FileStatus.Merged],
            result.Files.Select(f => f.Status));
        Assert.Equal(2, archive.Count);
        Assert.All(archive.Records().ToList(), r => Assert.Equal(["docx", "pdf"], r.Sources.Select(s => s.Format)));
        Assert.All(archive.Records().ToList(), r => Assert.DoesNotContain(r.Warnings, w => w.Code == WarningCodes.FormatDifference));
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
        var files = Ingestor.ExpandInputs([Inbox(AllSamples)], out _);
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(files, archive);
        var before = (ReportArchiveTests.Dump(archive), archive.ContentVersion);
        parses = 0;

        var second = Importer().Run(files, archive);

        Assert.Equal(0, parses);
        Assert.All(second.Files, f => Assert.Equal(FileStatus.Skipped, f.Status));
        Assert.Equal(before, (ReportArchiveTests.Dump(archive), archive.ContentVersion));
        Assert.Equal(4, archive.ImportLog(second.Batch).Count(e => e.Status == "skipped"));
    }

    [Theory]
    [InlineData("v2", false)]
    [InlineData("v1", true)]
    public void Run_NewParserVersionOrForce_ReadsEveryFileAgain(string version, bool force)
    {
        var files = Ingestor.ExpandInputs([Inbox(Corpus.Report2010Docx, Corpus.Report2010Pdf)], out _);
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(files, archive);
        var before = ReportArchiveTests.Dump(archive);
        parses = 0;

        var again = Importer(version, force).Run(files, archive);

        Assert.Equal(2, parses);
        Assert.All(again.Files, f => Assert.Equal(FileStatus.Updated, f.Status));
        Assert.Equal(before, ReportArchiveTests.Dump(archive));
    }

    [Fact]
    public void Run_ChangedFile_ReplacesItsReportAndSaysSo()
    {
        var inbox = Inbox(Corpus.Report2010Docx);
        using var archive = ReportArchive.Open(temp.Root);
        Importer().Run(Ingestor.ExpandInputs([inbox], out _), archive);

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

        var result = Importer().Run(Ingestor.ExpandInputs([inbox], out _), archive);

        Assert.Equal([FileStatus.Ingested, FileStatus.Skipped], result.Files.Select(f => f.Status));
        Assert.Equal($"same content as {Corpus.Report2010Docx}", result.Files[1].Message);
    }

    [Fact]
    public void Run_SamplesPlusOneFileOfEachBadKind_StoresTheReportsAndGivesEachBadFileItsReason()
    {
        var inbox = Inbox(AllSamples);
        BadFiles.WriteAll(inbox);
        using var archive = ReportArchive.Open(temp.Root);

        var result = Importer().Run(Ingestor.ExpandInputs([inbox], out _), archive);

        Assert.Equal(2, archive.Count);
        Assert.Equal(4, result.Files.Count(f => f.Status is FileStatus.Ingested or FileStatus.Merged));
        var failed = result.Files.Where(f => f.Status == FileStatus.Failed).ToDictionary(f => Path.GetFileName(f.Path), f => f.Message!);
        Assert.Equal(BadFiles.Expected.Keys.Order(StringComparer.Ordinal), failed.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, reason) in BadFiles.Expected)
        {
            Assert.StartsWith(reason, failed[name], StringComparison.Ordinal);
        }

        Assert.All(failed.Values, m => Assert.DoesNotContain('\n', m));
        Assert.Equal(BadFiles.Expected.Count, archive.ImportLog(result.Batch).Count(e => e.Status == "failed"));
    }

    [Fact]
    public void Run_CancelledHalfWayThenRunAgain_SameArchiveAsOneUninterruptedRun()
    {
        var files = Ingestor.ExpandInputs([Inbox(AllSamples)], out _);
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
}

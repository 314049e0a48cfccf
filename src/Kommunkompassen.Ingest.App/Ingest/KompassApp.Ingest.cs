using System.Globalization;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.App;

public sealed partial class KompassApp
{
    /// <summary>
    /// The ingest steps with their versions: reading the file (the parser, and the added catalogs
    /// when a frameworks folder is given), then classifying the reading (the models' fingerprint,
    /// or "none" when the models folder has none).
    /// </summary>
    public IReadOnlyList<IngestStep> IngestSteps()
    {
        var steps = new List<IngestStep> { new(IngestStepNames.Parse, ParserVersion.Current) };
        if (FrameworksVersion is { } frameworksVersion)
        {
            steps.Add(new IngestStep(IngestStepNames.Frameworks, frameworksVersion));
        }

        steps.Add(new IngestStep(IngestStepNames.Classify, ClassifierSet.Fingerprint(Options.ModelsFolder, FrameworkCatalog.Default) ?? IngestStepNames.NoModels));
        return steps;
    }

    /// <summary>
    /// Reads a batch of files into the archive: parsed on all cores, classified, stored in input
    /// order one transaction a file; then every stored report classified by other models is
    /// classified again from its stored readings (without its files), and the search index brought
    /// up to date. Files already read by the same parser are skipped unless forced. Cancelling
    /// stops after the file being written; the same batch again goes on from there. Ingests in one
    /// process run one at a time.
    /// </summary>
    /// <exception cref="KompassOperationException">The archive cannot be opened.</exception>
    /// <exception cref="KompassBusyException">Another ingest (of another process) is writing the archive.</exception>
    public IngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = InputWalker.Walk(request.Inputs);
        return Import(inputs.Files, inputs.Problems.Select(p => new UnreadInput(p.Path, p.Reason)).ToList(), new ImportOptions(request.Force, Options.Parallelism), progress, cancel);
    }

    /// <summary>
    /// Classifies the archive's stored readings again with the current models, without reading
    /// a file (e.g. after <see cref="Train"/>): the reports classified by other models, or with
    /// <see cref="ReclassifyRequest.All"/> every report; then brings the search index up to date.
    /// </summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be opened.</exception>
    /// <exception cref="KompassBusyException">An ingest (of another process) is writing the archive.</exception>
    public IngestResult Reclassify(ReclassifyRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireArchive();
        return Import([], [], new ImportOptions(MaxParallelism: Options.Parallelism, RefreshAll: request.All), progress, cancel);
    }

    private IngestResult Import(IReadOnlyList<string> files, IReadOnlyList<UnreadInput> unread, ImportOptions options, IProgress<IngestProgress>? progress, CancellationToken cancel)
    {
        lock (writer)
        {
            using var archive = OpenForWriting();

            // The models load only when a reading is classified; their fingerprint is the classify
            // step's version, so readings classified by other models are classified again.
            var steps = IngestSteps();
            var readVersion = IngestStepNames.Version(steps.Where(s => s.Name != IngestStepNames.Classify));
            var classify = new ReadingStep(
                IngestStepNames.Classify,
                steps.Single(s => s.Name == IngestStepNames.Classify).Version,
                r => Models?.WithFindings(r) ?? ClassifierSet.Unclassified(r));
            var importer = new BatchImporter(new Ingestor(DocumentLoader.Default, Parser), readVersion, options, [classify]);
            var versionBefore = archive.ContentVersion;
            var result = importer.Run(files, archive, progress is null ? null : new ProgressAdapter(progress), cancel);
            string? indexNotice = null;
            var indexed = IndexSync.AfterBatch(archive, result, versionBefore, line => indexNotice = line);
            var stored = result.Files.Count(f => f.Status is FileStatus.Ingested or FileStatus.Merged or FileStatus.Replaced or FileStatus.Updated);
            var of = $"stored {stored.ToString(CultureInfo.InvariantCulture)} of {result.Total.ToString(CultureInfo.InvariantCulture)} {(result.Total == 1 ? "file" : "files")}";
            var stopped = result.Stop switch
            {
                null => null,
                { Problem: ArchiveProblem.DiskFull } => $"{archive.DatabasePath}: the disk is full: {of}; free space and run again (the file being written was rolled back)",
                { } stop => $"{stop.Message}; {of} before it stopped",
            };
            return new IngestResult(
                result.Batch,
                result.Files.Select(ToFile).ToList(),
                unread,
                result.Interrupted,
                result.Elapsed,
                result.WriteTime,
                steps,
                archive.DatabasePath,
                archive.Count)
            {
                IndexNotice = indexNotice,
                Stopped = stopped,
                IndexUpToDate = indexed is not null,
                Reclassified = result.Refreshed.Select(ToReport).ToList(),
                ReclassifyFailures = result.RefreshFailures.Select(f => new ReclassifyFailure(f.ReportId, f.Reason)).ToList(),
            };
        }
    }

    internal static IngestStatus ToStatus(FileStatus status) => status switch
    {
        FileStatus.Ingested => IngestStatus.Ingested,
        FileStatus.Merged => IngestStatus.Merged,
        FileStatus.Replaced => IngestStatus.Replaced,
        FileStatus.Updated => IngestStatus.Updated,
        FileStatus.Skipped => IngestStatus.Skipped,
        FileStatus.Failed => IngestStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a file status the application does not know"),
    };

    private static IngestedFile ToFile(FileOutcome o) => new(o.Path, ToStatus(o.Status), o.ReportId, o.Summary is { } s ? ToReport(s) : null, o.Message)
    {
        IdentityUncertain = o.IdentityUncertain,
    };

    private static IngestedReport ToReport(RecordSummary s) => new(s.Id, s.Municipality, s.Year, s.Framework, s.Total, s.QuestionsScored, s.Questions, s.Findings, s.Passages, s.Warnings)
    {
        Read = s.Read,
        Losses = s.Losses,
        IdentityDoubts = s.IdentityDoubts,
    };

    private sealed class ProgressAdapter(IProgress<IngestProgress> to) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => to.Report(new IngestProgress(value.Done, value.Total, value.Parsed, value.Elapsed, value.CurrentFile)
        {
            Stage = value.Stage == ImportStage.Refresh ? IngestStage.Reclassify : IngestStage.Read,
        });
    }
}

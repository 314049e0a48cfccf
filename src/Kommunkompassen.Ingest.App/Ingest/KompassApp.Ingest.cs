using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.App;

public sealed partial class KompassApp
{
    /// <summary>
    /// The ingest steps with their versions: the parser always, the models when the models folder
    /// has any, the added catalogs when a frameworks folder is given.
    /// </summary>
    public IReadOnlyList<IngestStep> IngestSteps()
    {
        var steps = new List<IngestStep> { new(IngestStepNames.Parse, ParserVersion.Current) };
        if (ClassifierSet.Fingerprint(Options.ModelsFolder, FrameworkCatalog.Default) is { } modelsVersion)
        {
            steps.Add(new IngestStep(IngestStepNames.Classify, modelsVersion));
        }

        if (FrameworksVersion is { } frameworksVersion)
        {
            steps.Add(new IngestStep(IngestStepNames.Frameworks, frameworksVersion));
        }

        return steps;
    }

    /// <summary>
    /// Reads a batch of files into the archive: parsed on all cores, classified, stored in input
    /// order one transaction a file, then the search index brought up to date. Files already read
    /// by the same steps are skipped unless forced. Cancelling stops after the file being written;
    /// the same batch again goes on from there. Ingests in one process run one at a time.
    /// </summary>
    /// <exception cref="KompassOperationException">The archive cannot be opened.</exception>
    /// <exception cref="KompassBusyException">Another ingest (of another process) is writing the archive.</exception>
    public IngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = Ingestor.ExpandInputs(request.Inputs, out var missing);
        lock (writer)
        {
            using var archive = OpenForWriting();

            // The models load only when a file has to be parsed; their fingerprint is part of the
            // version, so findings classified by other models are classified again.
            var steps = IngestSteps();
            var ingestor = new Ingestor(DocumentLoader.Default, Parser, [r => Models?.WithFindings(r) ?? r]);
            var importer = new BatchImporter(ingestor, IngestStepNames.Version(steps), new ImportOptions(request.Force, Options.Parallelism));
            var versionBefore = archive.ContentVersion;
            var result = importer.Run(files, archive, progress is null ? null : new ProgressAdapter(progress), cancel);
            string? indexNotice = null;
            IndexSync.AfterBatch(archive, result, versionBefore, line => indexNotice = line);
            return new IngestResult(
                result.Batch,
                result.Files.Select(ToFile).ToList(),
                missing,
                result.Interrupted,
                result.Elapsed,
                result.WriteTime,
                steps,
                archive.DatabasePath,
                archive.Count)
            {
                IndexNotice = indexNotice,
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
        public void Report(ImportProgress value) => to.Report(new IngestProgress(value.Done, value.Total, value.Parsed, value.Elapsed, value.CurrentFile));
    }
}

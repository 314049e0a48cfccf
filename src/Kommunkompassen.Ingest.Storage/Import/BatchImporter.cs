using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Storage.Import;

/// <summary>
/// Imports a batch of files into the archive in two named stages, each safe to run again:
/// <list type="number">
/// <item><b>read</b>: files are hashed and parsed on all cores and stored in input order by one
/// writer, one transaction per file (<see cref="OrderedPipeline"/>), so an interrupted batch keeps
/// every file stored before the interruption and a re-run picks up where it stopped: a file whose
/// content (SHA-256) was already read by this read version is skipped without parsing. Each new
/// reading goes through the <see cref="ReadingStep"/>s before it is stored.</item>
/// <item><b>refresh</b>: every stored reading that went through other versions of the reading steps
/// (e.g. findings classified by older models) goes through these ones again, from the archive,
/// without its file, and its report is rewritten.</item>
/// </list>
/// Only a small window of readings is held in memory, however long the batch.
/// </summary>
public sealed class BatchImporter
{
    private readonly Ingestor ingestor;
    private readonly string readVersion;
    private readonly ImportOptions options;
    private readonly IReadOnlyList<ReadingStep> steps;
    private readonly string stepsKey;

    /// <param name="ingestor">Reads one file into a record.</param>
    /// <param name="readVersion">Identifies the parser (and whatever else decides how a file is read); a file read by another version is read again.</param>
    /// <param name="steps">Steps each reading goes through after it is read, which can run again on a stored reading.</param>
    public BatchImporter(Ingestor ingestor, string readVersion, ImportOptions? options = null, IReadOnlyList<ReadingStep>? steps = null)
    {
        this.ingestor = ingestor;
        this.readVersion = readVersion;
        this.options = options ?? ImportOptions.Default;
        this.steps = steps ?? [];
        stepsKey = ReadingStep.Key(this.steps);
    }

    public ImportResult Run(IReadOnlyList<string> files, ReportArchive archive, IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var batch = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var known = archive.KnownFiles();

        var outcomes = new List<FileOutcome>(files.Count);
        var skipped = new List<(string, string, string?, string)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = 0;
        var writing = TimeSpan.Zero;
        ImportStop? stop = null;
        var complete = false;
        try
        {
            complete = OrderedPipeline.Run(
                files.Count,
                i => cancel.IsCancellationRequested ? Work.Cancelled : Prepare(files[i], known),
                (i, work) =>
                {
                    var writeStart = clock.Elapsed;
                    outcomes.Add(Write(files[i], work, archive, batch, seen, skipped));
                    writing += clock.Elapsed - writeStart;
                    parsed += work.Parsed ? 1 : 0;
                    progress?.Report(new ImportProgress(i + 1, files.Count, parsed, clock.Elapsed, files[i]));
                },
                options.Parallelism,
                cancel);
        }
        catch (ArchiveException ex) when (Stops(ex))
        {
            // The file being written was rolled back (its transaction); the ones before it stay.
            stop = new ImportStop(ex.Problem, ex.Message);
        }

        try
        {
            archive.LogSkipped(skipped, batch);
        }
        catch (ArchiveException ex) when (stop is not null && Stops(ex))
        {
            // The batch stops for that reason already; the skipped files were only to be logged.
        }

        var refreshed = new List<RecordSummary>();
        var refreshFailures = new List<RefreshFailure>();
        if (complete)
        {
            var stale = options.RefreshAll ? archive.ReportIds() : archive.ReportsWithStepsOtherThan(stepsKey);
            var started = clock.Elapsed;
            try
            {
                complete = OrderedPipeline.Run(
                    stale.Count,
                    i => cancel.IsCancellationRequested ? new Rerun([], null) : RunAgain(archive, stale[i]),
                    (i, rerun) =>
                    {
                        var writeStart = clock.Elapsed;
                        if (rerun.Failure is { } failure)
                        {
                            refreshFailures.Add(new RefreshFailure(stale[i], failure));
                        }
                        else if (rerun.Readings.Count > 0 && Refresh(archive, stale[i], rerun.Readings, batch, refreshFailures) is { } record)
                        {
                            refreshed.Add(RecordSummary.Of(record));
                        }

                        writing += clock.Elapsed - writeStart;
                        progress?.Report(new ImportProgress(i + 1, stale.Count, 0, clock.Elapsed - started, stale[i]) { Stage = ImportStage.Refresh });
                    },
                    options.Parallelism,
                    cancel);
            }
            catch (ArchiveException ex) when (Stops(ex))
            {
                complete = false;
                stop = new ImportStop(ex.Problem, ex.Message);
            }
        }

        return new ImportResult(batch, outcomes, !complete, clock.Elapsed) { WriteTime = writing, Refreshed = refreshed, RefreshFailures = refreshFailures, Stop = stop, Total = files.Count };
    }

    /// <summary>
    /// Whether a failure of the archive stops the batch: any but one report's stored record or
    /// reading that cannot be read, which fails that file (or report) alone.
    /// </summary>
    private static bool Stops(ArchiveException ex) => ex is not ArchiveRecordException;

    /// <summary>Rewrites a report from its refreshed readings; null (and the failure noted) when one of its stored readings cannot be read.</summary>
    private ReportRecord? Refresh(ReportArchive archive, string reportId, IReadOnlyList<(ReportRecord Reading, byte[]? Packed)> readings, string batch, List<RefreshFailure> failures)
    {
        try
        {
            return archive.Refresh(reportId, readings, stepsKey, batch);
        }
        catch (ArchiveRecordException ex)
        {
            failures.Add(new RefreshFailure(reportId, ex.Reason));
            return null;
        }
    }

    /// <summary>A report's stored readings through this batch's reading steps, each packed for the archive; a step's failure (or a stored reading that cannot be read) instead.</summary>
    private Rerun RunAgain(ReportArchive archive, string reportId)
    {
        IReadOnlyList<ArchivedReading> stored;
        try
        {
            stored = archive.ReadingsOf(reportId);
        }
        catch (ArchiveRecordException ex)
        {
            return new Rerun([], ex.Reason);
        }

        var readings = new List<(ReportRecord, byte[]?)>(stored.Count);
        foreach (var r in stored)
        {
            if (ApplySteps(r.Reading, out var failure) is not { } done)
            {
                return new Rerun([], failure);
            }

            readings.Add((done, ReportArchive.Pack(done)));
        }

        return new Rerun(readings, null);
    }

    /// <summary>The reading through every reading step; null, with the reason, when a step fails on it.</summary>
    private ReportRecord? ApplySteps(ReportRecord reading, out string? failure)
    {
        failure = null;
        foreach (var step in steps)
        {
            try
            {
                reading = step.Apply(reading);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A step's fault on one odd reading must not cost the rest of the batch.
                failure = $"the {step.Name} step failed ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})";
                return null;
            }
        }

        return reading;
    }

    private sealed record Rerun(IReadOnlyList<(ReportRecord Reading, byte[]? Packed)> Readings, string? Failure);

    private FileOutcome Write(string path, Work work, ReportArchive archive, string batch, Dictionary<string, string> seen, List<(string, string, string?, string)> skipped)
    {
        if (work.Sha256 is { } sha && !seen.TryAdd(sha, path))
        {
            var message = $"same content as {Path.GetFileName(seen[sha])}";
            skipped.Add((Path.GetFullPath(path), sha, null, message));
            return new FileOutcome(path, FileStatus.Skipped, null, null, message);
        }

        if (work.Skip is { } known)
        {
            var message = known.Status == FileStates.Superseded ? $"unchanged; {known.Message}" : "unchanged";
            skipped.Add((Path.GetFullPath(path), work.Sha256!, known.ReportId, message));
            return new FileOutcome(path, FileStatus.Skipped, known.ReportId, null, message);
        }

        if (work.Result?.Record is not { } reading)
        {
            var reason = work.Result?.Error ?? work.Error ?? "unknown failure";
            archive.StoreFailure(Path.GetFullPath(path), work.Sha256, work.Size, reason, readVersion, batch);
            return new FileOutcome(path, FileStatus.Failed, null, null, reason);
        }

        StoreResult stored;
        try
        {
            stored = archive.Store(reading, Path.GetFullPath(path), work.Size, readVersion, batch, work.Packed, stepsKey);
        }
        catch (ArchiveRecordException ex)
        {
            // The report this file joins has a stored reading that cannot be read: this file
            // fails (and is read again by the next batch); the rest of the batch goes on.
            archive.StoreFailure(Path.GetFullPath(path), work.Sha256, work.Size, ex.Reason, readVersion, batch);
            return new FileOutcome(path, FileStatus.Failed, ex.ReportId, null, ex.Reason);
        }

        var status = stored.Status switch
        {
            StoreStatus.Ingested => FileStatus.Ingested,
            StoreStatus.Merged => FileStatus.Merged,
            StoreStatus.Replaced => FileStatus.Replaced,
            _ => FileStatus.Updated,
        };
        // A reading whose identity is in doubt says so wherever it lands, above all when it joins
        // or replaces a report that other files made.
        var doubt = reading.Warnings.FirstOrDefault(w => w.Code == WarningCodes.IdentityUncertain)?.Message;
        var note = doubt is null ? stored.Message : string.Join("; ", new[] { stored.Message, "identity uncertain: " + doubt }.OfType<string>());
        return new FileOutcome(path, status, stored.Record.Id, RecordSummary.Of(stored.Record), note) { MovedFrom = stored.MovedFrom, IdentityUncertain = doubt is not null };
    }

    private Work Prepare(string path, IReadOnlyDictionary<string, KnownFile> known)
    {
        byte[] bytes;
        try
        {
            bytes = ingestor.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Work { Error = $"cannot read the file ({ex.Message.ReplaceLineEndings(" ")})" };
        }
        catch (DocumentReadException ex)
        {
            return new Work { Error = ex.Reason };
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!options.Force && known.TryGetValue(sha, out var file) && file.ParserVersion == readVersion && file.Status != FileStates.Failed)
        {
            return new Work { Sha256 = sha, Size = bytes.Length, Skip = file };
        }

        var result = ingestor.Parse(bytes, path);
        if (result.Record is { } read)
        {
            result = ApplySteps(read, out var failure) is { } done ? result with { Record = done } : ParseResult.Failed(failure!);
        }

        return new Work { Sha256 = sha, Size = bytes.Length, Result = result, Packed = result.Record is { } r ? ReportArchive.Pack(r) : null, Parsed = true };
    }

    private sealed record Work
    {
        public static Work Cancelled { get; } = new() { IsCancelled = true };

        public string? Sha256 { get; init; }

        public long Size { get; init; }

        public KnownFile? Skip { get; init; }

        public ParseResult? Result { get; init; }

        /// <summary>The reading packed for the archive, done on the worker to spare the writer.</summary>
        public byte[]? Packed { get; init; }

        public string? Error { get; init; }

        public bool Parsed { get; init; }

        public bool IsCancelled { get; init; }
    }
}

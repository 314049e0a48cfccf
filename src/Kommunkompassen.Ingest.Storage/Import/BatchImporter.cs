using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Storage.Import;

/// <summary>
/// Imports a batch of files into the archive. Files are hashed and parsed on all cores and
/// stored in input order by one writer, one transaction per file, so an interrupted batch keeps
/// every file stored before the interruption and a re-run picks up where it stopped: a file
/// whose content (SHA-256) was already read by this parser version is skipped without parsing.
/// Only a small window of parsed records is held in memory, however long the batch.
/// </summary>
public sealed class BatchImporter
{
    private readonly Ingestor ingestor;
    private readonly string pipelineVersion;
    private readonly ImportOptions options;

    /// <param name="ingestor">Reads one file into a record.</param>
    /// <param name="pipelineVersion">Identifies the parser and steps; a stored reading made by another version is read again.</param>
    public BatchImporter(Ingestor ingestor, string pipelineVersion, ImportOptions? options = null)
    {
        this.ingestor = ingestor;
        this.pipelineVersion = pipelineVersion;
        this.options = options ?? ImportOptions.Default;
    }

    public ImportResult Run(IReadOnlyList<string> files, ReportArchive archive, IProgress<ImportProgress>? progress = null, CancellationToken cancel = default)
    {
        var batch = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        var known = archive.KnownFiles();
        var window = new SemaphoreSlim(options.Parallelism * 2);
        var slots = files.Select(_ => new TaskCompletionSource<Work>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();

        // Workers: read, hash and (unless unchanged) parse. A worker first takes a place in the
        // window, then the next file, so the file the writer waits for is always being worked on
        // and no more than the window's worth of parsed records is ever held.
        var next = -1;
        var workers = Enumerable.Range(0, options.Parallelism)
            .Select(_ => Task.Factory.StartNew(
                () =>
                {
                    while (true)
                    {
                        window.Wait(CancellationToken.None);
                        var i = Interlocked.Increment(ref next);
                        if (i >= files.Count)
                        {
                            window.Release();
                            return;
                        }

                        try
                        {
                            slots[i].SetResult(cancel.IsCancellationRequested ? Work.Cancelled : Prepare(files[i], known));
                        }
                        catch (Exception ex)
                        {
                            slots[i].SetException(ex);
                        }
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();

        var outcomes = new List<FileOutcome>(files.Count);
        var skipped = new List<(string, string, string?, string)>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var parsed = 0;
        var interrupted = false;
        var writing = TimeSpan.Zero;
        for (var i = 0; i < files.Count; i++)
        {
            var work = slots[i].Task.GetAwaiter().GetResult();
            slots[i] = null!; // the parsed record goes as soon as it is written
            window.Release();
            if (work.IsCancelled || cancel.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }

            var path = files[i];
            var writeStart = clock.Elapsed;
            var outcome = Write(path, work, archive, batch, seen, skipped);
            writing += clock.Elapsed - writeStart;
            if (work.Parsed)
            {
                parsed++;
            }

            outcomes.Add(outcome);
            progress?.Report(new ImportProgress(i + 1, files.Count, parsed, clock.Elapsed, path));
        }

        // When interrupted, let the workers run through the rest (each is marked cancelled at once).
        if (interrupted)
        {
            window.Release(files.Count);
        }

        Task.WaitAll(workers, CancellationToken.None);
        archive.LogSkipped(skipped, batch);
        return new ImportResult(batch, outcomes, interrupted, clock.Elapsed) { WriteTime = writing };
    }

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
            archive.StoreFailure(Path.GetFullPath(path), work.Sha256, work.Size, reason, pipelineVersion, batch);
            return new FileOutcome(path, FileStatus.Failed, null, null, reason);
        }

        var stored = archive.Store(reading, Path.GetFullPath(path), work.Size, pipelineVersion, batch, work.Packed);
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
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Work { Error = $"cannot read the file ({ex.Message.ReplaceLineEndings(" ")})" };
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!options.Force && known.TryGetValue(sha, out var file) && file.ParserVersion == pipelineVersion && file.Status != FileStates.Failed)
        {
            return new Work { Sha256 = sha, Size = bytes.Length, Skip = file };
        }

        var result = ingestor.Parse(bytes, path);
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

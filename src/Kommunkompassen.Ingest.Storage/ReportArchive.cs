using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// The archive: an SQLite database (archive.db) in the archive folder. It keeps each report's
/// readings (one per source format), the record combined from them, that record spread over
/// query tables, every file seen by content hash, and the import log. Every change to a report
/// is one transaction, so a crash or Ctrl-C leaves the archive as it was before that file.
/// Not thread-safe: one writer per archive (the batch importer writes from one thread).
/// </summary>
public sealed class ReportArchive : IDisposable
{
    /// <summary>The default archive folder, ./archive.</summary>
    public const string DefaultFolder = "archive";

    public const string DatabaseFile = "archive.db";

    private readonly SqliteConnection connection;

    private ReportArchive(string root, SqliteConnection connection, int schemaVersion)
    {
        Root = root;
        this.connection = connection;
        SchemaVersion = schemaVersion;
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, DatabaseFile);

    public int SchemaVersion { get; }

    /// <summary>Grows with every change to the archive's records.</summary>
    public long ContentVersion => long.Parse(
        Sql.Scalar<string>(connection, null, "SELECT value FROM meta WHERE key = 'content_version'"),
        CultureInfo.InvariantCulture);

    /// <summary>Opens (creating the folder and database when needed) and migrates to the latest schema.</summary>
    public static ReportArchive Open(string root)
    {
        root = Path.GetFullPath(root);
        var path = Path.Combine(root, DatabaseFile);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(root);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            // WAL: readers never block the writer and a commit is one append; NORMAL still
            // never corrupts the database, at worst a power cut loses the last commits.
            Sql.Execute(connection, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
            var version = Migrator.Apply(connection, path);
            return new ReportArchive(root, connection, version);
        }
        catch (SqliteException ex)
        {
            connection?.Dispose();
            throw new ArchiveException(path, ex.SqliteErrorCode == 26 ? "not an archive database (the file is not SQLite)" : ex.Message.ReplaceLineEndings(" "), ex);
        }
        catch (IOException ex)
        {
            connection?.Dispose();
            throw new ArchiveException(path, ex.Message, ex);
        }
    }

    public void Dispose() => connection.Dispose();

    /// <summary>All records of the archive in this folder; none (and no database made) when there is no archive yet.</summary>
    public static IReadOnlyList<ReportRecord> ReadAll(string root)
    {
        if (!File.Exists(Path.Combine(root, DatabaseFile)))
        {
            return [];
        }

        using var archive = Open(root);
        return archive.LoadAll();
    }

    public ReportRecord? Find(string id) =>
        Sql.Query(connection, null, "SELECT record_json FROM reports WHERE id = $id", r => RecordJson.Deserialize(r.GetString(0)), ("$id", id))
            .FirstOrDefault();

    /// <summary>All records, by id.</summary>
    public IReadOnlyList<ReportRecord> LoadAll() => Records().ToList();

    /// <summary>All records, by id, one at a time (for exports that must not hold the archive in memory).</summary>
    public IEnumerable<ReportRecord> Records()
    {
        using var cmd = Sql.Command(connection, null, "SELECT record_json FROM reports ORDER BY id");
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return RecordJson.Deserialize(reader.GetString(0));
        }
    }

    public int Count => (int)Sql.Scalar<long>(connection, null, "SELECT count(*) FROM reports");

    /// <summary>What the archive knows of a file content, or null if it was never seen.</summary>
    public KnownFile? FindFile(string sha256) => FindFile(null, sha256);

    private KnownFile? FindFile(SqliteTransaction? tx, string sha256) =>
        Sql.Query(
            connection,
            tx,
            "SELECT sha256, path, status, report_id, message, parser_version FROM files WHERE sha256 = $sha",
            r => new KnownFile(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.GetString(5)),
            ("$sha", sha256)).FirstOrDefault();

    /// <summary>Every file content the archive has seen, by SHA-256.</summary>
    public IReadOnlyDictionary<string, KnownFile> KnownFiles() =>
        Sql.Query(
            connection,
            null,
            "SELECT sha256, path, status, report_id, message, parser_version FROM files",
            r => new KnownFile(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.GetString(5)))
            .ToDictionary(f => f.Sha256, StringComparer.Ordinal);

    /// <summary>
    /// Stores one file's reading in one transaction: the report's record is combined anew from
    /// this reading and the readings of its other formats, and rewritten with all its rows.
    /// </summary>
    /// <param name="packed">The reading already packed with <see cref="Pack"/> (e.g. on a worker thread), or null.</param>
    public StoreResult Store(ReportRecord reading, string path, long size, string parserVersion, string batch, byte[]? packed = null)
    {
        var source = reading.Sources.Single();
        var now = Now();
        using var tx = connection.BeginTransaction();

        // The same content read before into another report (a parser change moved it): take it out there.
        var before = FindFile(tx, source.Sha256);
        string? movedFrom = null;
        if (before?.ReportId is { } oldId && oldId != reading.Id)
        {
            RemoveReading(tx, oldId, source.Sha256, now);
            movedFrom = oldId;
        }

        var stored = StoredReadings(tx, reading.Id);
        var sameFormat = stored.FirstOrDefault(r => r.Reading.Sources[0].Format == source.Format);
        var (status, message) = sameFormat switch
        {
            _ when stored.Count == 0 => (StoreStatus.Ingested, (string?)null),
            null => (StoreStatus.Merged, $"added as the {source.Format} of {reading.Id}"),
            _ when sameFormat.Reading.Sources[0].Sha256 == source.Sha256 => (StoreStatus.Updated, "read again"),
            _ => (StoreStatus.Replaced, $"replaces {sameFormat.Reading.Sources[0].FileName} ({sameFormat.Reading.Sources[0].Sha256[..12]}) in {reading.Id}"),
        };
        if (status == StoreStatus.Replaced)
        {
            Sql.Execute(connection, tx, "UPDATE files SET status = 'superseded', message = $m WHERE sha256 = $sha", ("$sha", sameFormat!.Reading.Sources[0].Sha256), ("$m", $"replaced by {Path.GetFileName(path)}"));
        }

        var kept = stored.Where(r => r != sameFormat).Append(new StoredReading(reading, packed ?? Pack(reading), path)).ToList();
        var record = Readings.Combine(kept.Select(r => r.Reading).ToList());
        Rewrite(tx, record, kept, now);
        UpsertFile(tx, source.Sha256, path, size, "stored", record.Id, null, parserVersion, now);
        Log(tx, batch, path, source.Sha256, status.ToString().ToLowerInvariant(), record.Id, message, now);
        tx.Commit();
        return new StoreResult(status, record, message) { MovedFrom = movedFrom };
    }

    /// <summary>A reading as the archive keeps it: compact JSON, gzip-compressed. Thread-safe.</summary>
    public static byte[] Pack(ReportRecord reading)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, reading, RecordJson.CompactOptions);
        }

        return buffer.ToArray();
    }

    private static ReportRecord Unpack(byte[] packed)
    {
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<ReportRecord>(gzip, RecordJson.CompactOptions) ?? throw new JsonException("empty reading");
    }

    /// <summary>Notes a file that could not be read; earlier records are untouched.</summary>
    public void StoreFailure(string path, string? sha256, long size, string reason, string parserVersion, string batch)
    {
        var now = Now();
        using var tx = connection.BeginTransaction();
        if (sha256 is not null)
        {
            UpsertFile(tx, sha256, path, size, "failed", null, reason, parserVersion, now);
        }

        Log(tx, batch, path, sha256, "failed", null, reason, now);
        tx.Commit();
    }

    /// <summary>Logs files skipped as unchanged, all in one transaction.</summary>
    public void LogSkipped(IEnumerable<(string Path, string Sha256, string? ReportId, string Message)> files, string batch)
    {
        var now = Now();
        using var tx = connection.BeginTransaction();
        foreach (var f in files)
        {
            Sql.Execute(connection, tx, "UPDATE files SET path = $p, seen_at = $at WHERE sha256 = $sha", ("$p", f.Path), ("$at", now), ("$sha", f.Sha256));
            Log(tx, batch, f.Path, f.Sha256, "skipped", f.ReportId, f.Message, now);
        }

        tx.Commit();
    }

    /// <summary>The import log, oldest first; only one batch when given.</summary>
    public IReadOnlyList<ImportLogEntry> ImportLog(string? batch = null) =>
        Sql.Query(
            connection,
            null,
            "SELECT batch, at, path, sha256, status, report_id, message FROM import_log WHERE $b IS NULL OR batch = $b ORDER BY id",
            r => new ImportLogEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.NullableString(5), r.NullableString(6)),
            ("$b", batch));

    /// <summary>Runs a read-only query (for tests and tools); values come back as objects.</summary>
    public IReadOnlyList<object?[]> Query(string sql) =>
        Sql.Query(connection, null, sql, r =>
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            return row;
        });

    private List<StoredReading> StoredReadings(SqliteTransaction tx, string reportId) =>
        Sql.Query(
            connection,
            tx,
            "SELECT reading, path FROM sources WHERE report_id = $id",
            r => new StoredReading(Unpack((byte[])r.GetValue(0)), (byte[])r.GetValue(0), r.GetString(1)),
            ("$id", reportId));

    private void RemoveReading(SqliteTransaction tx, string reportId, string sha256, string now)
    {
        var rest = StoredReadings(tx, reportId).Where(r => r.Reading.Sources[0].Sha256 != sha256).ToList();
        if (rest.Count == 0)
        {
            RecordTables.Delete(connection, tx, reportId);
            Bump(tx);
        }
        else
        {
            Rewrite(tx, Readings.Combine(rest.Select(r => r.Reading).ToList()), rest, now);
        }
    }

    /// <summary>Replaces every row of the report: its record in all tables and its readings.</summary>
    private void Rewrite(SqliteTransaction tx, ReportRecord record, IReadOnlyList<StoredReading> readings, string now)
    {
        RecordTables.Delete(connection, tx, record.Id);
        RecordTables.Insert(connection, tx, record, now);
        foreach (var r in readings)
        {
            var s = r.Reading.Sources[0];
            Sql.Execute(
                connection,
                tx,
                "INSERT INTO sources VALUES ($id, $format, $name, $path, $sha, $pages, $reading)",
                ("$id", record.Id), ("$format", s.Format), ("$name", s.FileName), ("$path", r.Path), ("$sha", s.Sha256), ("$pages", s.Pages), ("$reading", r.Packed));
        }

        Bump(tx);
    }

    /// <summary>A reading with its packed form and the path of its file.</summary>
    private sealed record StoredReading(ReportRecord Reading, byte[] Packed, string Path);

    private void Bump(SqliteTransaction tx) =>
        Sql.Execute(connection, tx, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version'");

    private void UpsertFile(SqliteTransaction tx, string sha, string path, long size, string status, string? reportId, string? message, string parserVersion, string now) =>
        Sql.Execute(
            connection,
            tx,
            """
            INSERT INTO files (sha256, path, size, status, report_id, message, parser_version, seen_at)
            VALUES ($sha, $path, $size, $status, $report, $message, $version, $at)
            ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, size = excluded.size, status = excluded.status,
                report_id = excluded.report_id, message = excluded.message, parser_version = excluded.parser_version, seen_at = excluded.seen_at
            """,
            ("$sha", sha), ("$path", path), ("$size", size), ("$status", status), ("$report", reportId), ("$message", message), ("$version", parserVersion), ("$at", now));

    private void Log(SqliteTransaction tx, string batch, string path, string? sha, string status, string? reportId, string? message, string now) =>
        Sql.Execute(
            connection,
            tx,
            "INSERT INTO import_log (batch, at, path, sha256, status, report_id, message) VALUES ($b, $at, $p, $sha, $s, $r, $m)",
            ("$b", batch), ("$at", now), ("$p", path), ("$sha", sha), ("$s", status), ("$r", reportId), ("$m", message));

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}

/// <summary>What the archive knows of one file content (by SHA-256).</summary>
public sealed record KnownFile(string Sha256, string Path, string Status, string? ReportId, string? Message, string ParserVersion);

/// <summary>How a stored reading changed the archive.</summary>
public enum StoreStatus
{
    /// <summary>A report new to the archive.</summary>
    Ingested,

    /// <summary>Another format of a report already stored; both are now its sources.</summary>
    Merged,

    /// <summary>A different file of the same format replaced the report's earlier reading.</summary>
    Replaced,

    /// <summary>The same file read again (new parser version or --force).</summary>
    Updated,
}

public sealed record StoreResult(StoreStatus Status, ReportRecord Record, string? Message)
{
    /// <summary>The report this file was read into before (a parser change moved it), now rewritten without it or gone.</summary>
    public string? MovedFrom { get; init; }
}

/// <summary>One row of the import log.</summary>
public sealed record ImportLogEntry(string Batch, string At, string Path, string? Sha256, string Status, string? ReportId, string? Message);

using System.Globalization;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// The archive: an SQLite database (archive.db) in the archive folder. It keeps each report's
/// readings (one per source format), the record combined from them, that record spread over
/// query tables, every file seen by content hash, and the import log. Every change to a report
/// is one transaction, so a crash or Ctrl-C leaves the archive as it was before that file.
/// <para>
/// Two ways to open it. <see cref="OpenForWriting"/> makes and migrates the database and takes the
/// archive's writer lock (<see cref="LockFile"/>): one writer at a time, in this process or any
/// other; a second one waits a bounded time and then gets an <see cref="ArchiveBusyException"/>.
/// <see cref="OpenForReading"/> opens the database read-only (<c>Mode=ReadOnly</c>): it never
/// migrates, never writes, and needs the archive at this program's schema. Any number of readers
/// work while the writer writes (the database is in WAL mode: a reader sees the last commit).
/// </para>
/// <para>
/// Thread-safe: every operation takes its own connection from Microsoft.Data.Sqlite's pool and
/// gives it back when done, so threads never share a connection; a writer's changes are also
/// serialised by a lock, one transaction at a time. A streaming <see cref="Records"/> holds its
/// connection until the enumeration ends.
/// </para>
/// </summary>
public sealed partial class ReportArchive : IDisposable
{
    /// <summary>The default archive folder, ./archive.</summary>
    public const string DefaultFolder = "archive";

    public const string DatabaseFile = "archive.db";

    /// <summary>The writer lock in the archive folder, held open by the one writer (see <see cref="WriterLock"/>).</summary>
    public const string LockFile = "writer.lock";

    /// <summary>Who holds the writer lock: process id, since when, and for what (for the busy message).</summary>
    public const string WriterFile = "writer.owner";

    /// <summary>How a writer describes itself to a second writer that finds the archive busy.</summary>
    public const string DefaultPurpose = "kk ingest";

    private readonly string connectionString;
    private readonly WriterLock? writerLock;
    private readonly Lock writeGate = new();
    private volatile bool disposed;
    private long? maxPages;

    private ReportArchive(string root, string connectionString, int schemaVersion, WriterLock? writerLock)
    {
        Root = root;
        this.connectionString = connectionString;
        SchemaVersion = schemaVersion;
        this.writerLock = writerLock;
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, DatabaseFile);

    public int SchemaVersion { get; }

    /// <summary>Whether this archive was opened for writing (and holds the writer lock).</summary>
    public bool IsWriter => writerLock is not null;

    /// <summary>Whether there is an archive database in this folder (nothing is made or opened).</summary>
    public static bool Exists(string root) => File.Exists(Path.Combine(root, DatabaseFile));

    /// <summary>Who holds the archive in this folder for writing now, or null when nobody does (nothing is made or opened for writing).</summary>
    public static ArchiveWriter? CurrentWriter(string root)
    {
        var path = Path.Combine(root, LockFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            // A shared open fails while the writer holds the file exclusively.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return null;
        }
        catch (IOException)
        {
            return WriterLock.ReadOwner(root) ?? new ArchiveWriter(0, default, DefaultPurpose);
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Same as <see cref="OpenForWriting"/> without waiting: the writer's way in.</summary>
    public static ReportArchive Open(string root) => OpenForWriting(root);

    /// <summary>
    /// Opens the archive for writing: takes the writer lock (waiting at most <paramref name="wait"/>
    /// for another writer to finish), makes the folder and database when needed, checks that the
    /// database is whole (<c>PRAGMA quick_check</c>) and migrates it to the latest schema. Dispose
    /// to let go of the lock.
    /// </summary>
    /// <param name="purpose">How this writer describes itself to another that finds the archive busy.</param>
    /// <exception cref="ArchiveBusyException">Another writer holds the archive.</exception>
    /// <exception cref="ArchiveReadOnlyException">The database or its folder cannot be written.</exception>
    /// <exception cref="ArchiveException">The archive cannot be made or opened, is not an archive, is damaged, or has a newer schema (see <see cref="ArchiveException.Problem"/>).</exception>
    public static ReportArchive OpenForWriting(string root, TimeSpan wait = default, string purpose = DefaultPurpose) =>
        OpenForWriting(root, wait, purpose, maxPages: null);

    /// <param name="maxPages">For tests: a limit on the database's size in pages on every connection of the writer (<c>PRAGMA max_page_count</c>), past which SQLite reports the disk full.</param>
    internal static ReportArchive OpenForWriting(string root, TimeSpan wait, string purpose, long? maxPages)
    {
        root = Path.GetFullPath(root);
        var path = Path.Combine(root, DatabaseFile);
        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = ArchiveFailures.IsReadOnly(ex) ? ArchiveProblem.ReadOnly : ArchiveFailures.IsDiskFull(ex) ? ArchiveProblem.DiskFull : ArchiveProblem.Other;
            throw new ArchiveException(root, $"cannot make the archive folder ({ex.Message.ReplaceLineEndings(" ")})", problem, ex);
        }

        var held = WriterLock.Acquire(root, wait, purpose);
        var connectionString = WriterConnectionString(path);
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                // SQLite opens a file it may not write read-only, without a word.
                throw new ArchiveReadOnlyException(root, $"{DatabaseFile} cannot be written");
            }

            // A database damaged anywhere is not written to (a write could spread the damage);
            // the quick check reads every page once.
            if (QuickCheck(connection) is { } damage)
            {
                throw ArchiveFailures.Damaged(path, damage);
            }

            // WAL: readers never block the writer and a commit is one append; NORMAL (set on every
            // connection, see Connect) still never corrupts the database, at worst a power cut
            // loses the last commits.
            Sql.Execute(connection, null, "PRAGMA journal_mode = WAL");
            var version = Migrator.Apply(connection, path);
            var format = StoredFormat(connection, path);
            if (format > StoredJson.FormatVersion)
            {
                throw new ArchiveException(path, $"the archive stores readings in format {format.ToString(CultureInfo.InvariantCulture)}, newer than this kk knows ({StoredJson.FormatVersion.ToString(CultureInfo.InvariantCulture)}); use a newer kk", ArchiveProblem.NewerSchema);
            }

            Sql.Execute(connection, null, "INSERT OR IGNORE INTO meta (key, value) VALUES ($k, $v)", ("$k", StoredJson.MetaKey), ("$v", StoredJson.FormatVersion.ToString(CultureInfo.InvariantCulture)));
            return new ReportArchive(root, connectionString, version, held) { maxPages = maxPages };
        }
        catch (Exception ex)
        {
            ClearPool(connectionString);
            held.Dispose();
            throw ex switch
            {
                SqliteException sql => ArchiveFailures.FromSqlite(path, sql),
                IOException io => new ArchiveException(path, io.Message.ReplaceLineEndings(" "), ArchiveFailures.IsDiskFull(io) ? ArchiveProblem.DiskFull : ArchiveProblem.Other, io),
                _ => ex,
            };
        }
    }

    private static string WriterConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
    }.ToString();

    /// <summary>The first thing <c>PRAGMA quick_check</c> finds wrong with the database, or null when it is whole.</summary>
    internal static string? QuickCheck(SqliteConnection connection)
    {
        var found = Sql.Query(connection, null, "PRAGMA quick_check(1)", r => r.GetString(0));
        return found is ["ok"]
            ? null
            : "quick_check: " + ArchiveFailures.OneLine(string.Join(" ", found).Replace("*** in database main ***", string.Empty, StringComparison.Ordinal), 200);
    }

    /// <summary>
    /// Opens the archive read-only: never makes, migrates or writes anything in the database,
    /// and works on a read-only folder or file.
    /// </summary>
    /// <exception cref="ArchiveNotFoundException">There is no archive database in the folder.</exception>
    /// <exception cref="ArchiveSchemaException">The database has an older or a newer schema than this program's.</exception>
    /// <exception cref="ArchiveException">The file is not an archive database, is damaged, or cannot be read (see <see cref="ArchiveException.Problem"/>).</exception>
    public static ReportArchive OpenForReading(string root) => OpenForReading(root, immutable: false);

    /// <param name="immutable">Open as an immutable file at once (the way taken on a read-only folder; for tests of that way).</param>
    internal static ReportArchive OpenForReading(string root, bool immutable)
    {
        root = Path.GetFullPath(root);
        var path = Path.Combine(root, DatabaseFile);
        if (!File.Exists(path))
        {
            throw Directory.Exists(path)
                ? new ArchiveException(path, "a folder, not a database file", ArchiveProblem.NotAnArchive)
                : new ArchiveNotFoundException(root);
        }

        try
        {
            return OpenReadOnly(root, path, immutable);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 14)
        {
            // SQLITE_CANTOPEN: a WAL database needs its -shm file, which a read-only folder
            // cannot have made. Then nobody can be writing it either, and SQLite may read it as
            // an immutable file, without the -shm.
            try
            {
                return OpenReadOnly(root, path, immutable: true);
            }
            catch (SqliteException again)
            {
                throw ArchiveFailures.FromSqlite(path, again);
            }
        }
        catch (SqliteException ex)
        {
            throw ArchiveFailures.FromSqlite(path, ex);
        }
    }

    private static ReportArchive OpenReadOnly(string root, string path, bool immutable)
    {
        var connectionString = ReaderConnectionString(path, immutable);
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Migrator.Check(connection, path);
            var format = StoredFormat(connection, path);
            if (format != StoredJson.FormatVersion)
            {
                throw new ArchiveException(
                    path,
                    format > StoredJson.FormatVersion
                        ? $"the archive stores readings in format {format.ToString(CultureInfo.InvariantCulture)}, newer than this kk knows ({StoredJson.FormatVersion.ToString(CultureInfo.InvariantCulture)}); use a newer kk"
                        : $"the archive stores readings in format {format.ToString(CultureInfo.InvariantCulture)}, older than this kk's ({StoredJson.FormatVersion.ToString(CultureInfo.InvariantCulture)}); the next 'kk ingest' converts them",
                    format > StoredJson.FormatVersion ? ArchiveProblem.NewerSchema : ArchiveProblem.OlderSchema);
            }

            return new ReportArchive(root, connectionString, Migrator.Latest, writerLock: null);
        }
        catch
        {
            ClearPool(connectionString);
            throw;
        }
    }

    private static string ReaderConnectionString(string path, bool immutable) => new SqliteConnectionStringBuilder
    {
        DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    /// <summary>The stored-JSON format of the archive; 1 where it does not say (written before it was recorded, in format 1).</summary>
    private static int StoredFormat(SqliteConnection connection, string databasePath) =>
        Sql.Query(connection, null, "SELECT value FROM meta WHERE key = $k", r => r.GetString(0), ("$k", StoredJson.MetaKey)) is [var v]
            ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var format) ? format : throw ArchiveFailures.Damaged(databasePath, $"the stored format is '{ArchiveFailures.OneLine(v, 40)}', not a number")
            : 1;

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        // The pooled connections close first (the last one checkpoints the WAL), then the lock goes.
        ClearPool(connectionString);
        writerLock?.Dispose();
    }

    /// <summary>All records of the archive in this folder, read-only; none (and nothing made) when there is no archive yet.</summary>
    /// <remarks>For computations over the whole archive (coverage, training). To answer about one report or municipality, use <see cref="Find"/>, <see cref="RecordsFor"/>, <see cref="RecordsConcerning"/>.</remarks>
    public static IReadOnlyList<ReportRecord> ReadAll(string root)
    {
        if (!Exists(root))
        {
            return [];
        }

        using var archive = OpenForReading(root);
        return archive.Records().ToList();
    }

    /// <summary>Grows with every change to the archive's records.</summary>
    public long ContentVersion => Read(c => ContentVersionOf(c, null));

    /// <summary>How many reports the archive holds.</summary>
    public int Count => Read(c => (int)Sql.Scalar<long>(c, null, "SELECT count(*) FROM reports"));

    /// <summary>The ids of the reports, in order.</summary>
    public IReadOnlyList<string> ReportIds() =>
        Read(c => Sql.Query(c, null, "SELECT id FROM reports ORDER BY id", r => r.GetString(0)));

    /// <summary>The content version and the report ids as of one moment (one read transaction).</summary>
    public ArchiveSnapshot Snapshot() => Read(c =>
    {
        using var tx = c.BeginTransaction(deferred: true);
        var version = ContentVersionOf(c, tx);
        var ids = Sql.Query(c, tx, "SELECT id FROM reports ORDER BY id", r => r.GetString(0));
        tx.Commit();
        return new ArchiveSnapshot(version, ids);
    });

    /// <summary>The record of a report, or null when the archive has none of that id.</summary>
    public ReportRecord? Find(string id) =>
        Read(c => Sql.Query(c, null, "SELECT id, record_json FROM reports WHERE id = $id", RecordOf, ("$id", id)))
            .FirstOrDefault();

    /// <summary>The municipality's own reports (by its SCB code), oldest first.</summary>
    public IReadOnlyList<ReportRecord> RecordsFor(string municipalityCode) => RecordsWhere(
        "SELECT id, record_json FROM reports WHERE municipality_code = $code ORDER BY year, id",
        ("$code", municipalityCode));

    /// <summary>
    /// The reports that say something of the municipality: its own, and those of others that
    /// compare with it or cite it, by id.
    /// </summary>
    public IReadOnlyList<ReportRecord> RecordsConcerning(string municipalityCode) => RecordsWhere(
        """
        SELECT id, record_json FROM reports
        WHERE municipality_code = $code
           OR id IN (SELECT report_id FROM comparisons WHERE municipality_code = $code)
           OR id IN (SELECT report_id FROM mentions WHERE municipality_code = $code)
        ORDER BY id
        """,
        ("$code", municipalityCode));

    /// <summary>The reports of evaluations in these years (both included), by year and id.</summary>
    public IReadOnlyList<ReportRecord> RecordsBetween(int fromYear, int toYear) => RecordsWhere(
        "SELECT id, record_json FROM reports WHERE year BETWEEN $from AND $to ORDER BY year, id",
        ("$from", fromYear),
        ("$to", toYear));

    /// <summary>
    /// All records, by id, one at a time, for rebuilds and exports that must not hold the archive
    /// in memory. The enumeration reads one snapshot and holds a connection until it ends.
    /// </summary>
    public IEnumerable<ReportRecord> Records()
    {
        var connection = Connect();
        SqliteCommand? command = null;
        SqliteDataReader? reader = null;
        try
        {
            while (true)
            {
                ReportRecord record;
                try
                {
                    command ??= Sql.Command(connection, null, "SELECT id, record_json FROM reports ORDER BY id");
                    reader ??= command.ExecuteReader();
                    if (!reader.Read())
                    {
                        break;
                    }

                    record = RecordOf(reader);
                }
                catch (SqliteException ex)
                {
                    throw ArchiveFailures.FromSqlite(DatabasePath, ex);
                }

                yield return record;
            }
        }
        finally
        {
            reader?.Dispose();
            command?.Dispose();
            connection.Dispose();
        }
    }

    /// <summary>What the archive knows of a file content, or null if it was never seen.</summary>
    public KnownFile? FindFile(string sha256) => Read(c => FindFile(c, null, sha256));

    /// <summary>Every file content the archive has seen, by SHA-256.</summary>
    public IReadOnlyDictionary<string, KnownFile> KnownFiles() =>
        Read(c => Sql.Query(
            c,
            null,
            "SELECT sha256, path, status, report_id, message, parser_version FROM files",
            r => new KnownFile(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.GetString(5))))
            .ToDictionary(f => f.Sha256, StringComparer.Ordinal);

    /// <summary>The import log, oldest first; only one batch when given.</summary>
    public IReadOnlyList<ImportLogEntry> ImportLog(string? batch = null) =>
        Read(c => Sql.Query(
            c,
            null,
            "SELECT batch, at, path, sha256, status, report_id, message FROM import_log WHERE $b IS NULL OR batch = $b ORDER BY id",
            r => new ImportLogEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetString(4), r.NullableString(5), r.NullableString(6)),
            ("$b", batch)));

    /// <summary>
    /// Stores one file's reading in one transaction: the report's record is combined anew from
    /// this reading and the readings of its other formats, and rewritten with all its rows.
    /// </summary>
    /// <param name="parserVersion">The version of the steps that read the file; a file read by another version is read again.</param>
    /// <param name="packed">The reading already packed with <see cref="Pack"/> (e.g. on a worker thread), or null.</param>
    /// <param name="steps">The steps the reading went through after it was read, with their versions (<see cref="Import.ReadingStep.Key"/>).</param>
    public StoreResult Store(ReportRecord reading, string path, long size, string parserVersion, string batch, byte[]? packed = null, string steps = "") => Write(tx =>
    {
        var source = reading.Sources.Single();
        var now = Now();

        // The same content read before into another report (a parser change moved it): take it out there.
        var before = FindFile(tx.Connection!, tx, source.Sha256);
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
            Sql.Execute(
                tx.Connection!,
                tx,
                "UPDATE files SET status = $status, message = $m WHERE sha256 = $sha",
                ("$status", FileStates.Superseded),
                ("$sha", sameFormat!.Reading.Sources[0].Sha256),
                ("$m", $"replaced by {Path.GetFileName(path)}"));
        }

        var kept = stored.Where(r => r != sameFormat).Append(new StoredReading(reading, packed ?? Pack(reading), path, steps)).ToList();
        var record = Readings.Combine(kept.Select(r => r.Reading).ToList());
        Rewrite(tx, record, kept, now);
        UpsertFile(tx, source.Sha256, path, size, FileStates.Stored, record.Id, null, parserVersion, now);
        Log(tx, batch, path, source.Sha256, LogStatuses.Of(status), record.Id, message, now);
        return new StoreResult(status, record, message) { MovedFrom = movedFrom };
    });

    /// <summary>The reports with a stored reading whose steps (<see cref="Import.ReadingStep.Key"/>) are not these, in id order.</summary>
    public IReadOnlyList<string> ReportsWithStepsOtherThan(string steps) => Read(c => Sql.Query(
        c,
        null,
        "SELECT DISTINCT report_id FROM sources WHERE steps <> $steps ORDER BY report_id",
        r => r.GetString(0),
        ("$steps", steps)));

    /// <summary>The stored readings of a report (one per format), with the steps each went through; empty for an unknown report.</summary>
    public IReadOnlyList<ArchivedReading> ReadingsOf(string reportId) => Read(c => Sql.Query(
        c,
        null,
        "SELECT reading, path, steps, format FROM sources WHERE report_id = $id ORDER BY format",
        r => new ArchivedReading(ReadingOf(reportId, r.GetString(3), r), r.GetString(1), r.GetString(2)),
        ("$id", reportId)));

    /// <summary>
    /// Replaces a report's stored readings by the same readings run through new steps (e.g.
    /// classified by new models), without their files, and rewrites the report from them in one
    /// transaction. Each reading replaces the stored one of the same file (SHA-256); when the report
    /// no longer has exactly those files (it changed since they were read), nothing is written and
    /// the result is null. Every file is logged with <see cref="LogStatuses.Refreshed"/>.
    /// </summary>
    /// <param name="readings">The report's readings after the steps, each with its packed form (or null).</param>
    /// <param name="steps">The steps they went through (<see cref="Import.ReadingStep.Key"/>).</param>
    public ReportRecord? Refresh(string reportId, IReadOnlyList<(ReportRecord Reading, byte[]? Packed)> readings, string steps, string batch) => Write(tx =>
    {
        var stored = StoredReadings(tx, reportId);
        var bySha = readings.ToDictionary(r => r.Reading.Sources.Single().Sha256, StringComparer.Ordinal);
        if (stored.Count == 0 || stored.Count != bySha.Count || stored.Any(r => !bySha.ContainsKey(r.Reading.Sources[0].Sha256)))
        {
            return null;
        }

        var now = Now();
        var kept = stored.Select(r => bySha[r.Reading.Sources[0].Sha256]).Zip(stored, (n, r) => new StoredReading(n.Reading, n.Packed ?? Pack(n.Reading), r.Path, steps)).ToList();
        var record = Readings.Combine(kept.Select(r => r.Reading).ToList());
        Rewrite(tx, record, kept, now);
        foreach (var r in kept)
        {
            Log(tx, batch, r.Path, r.Reading.Sources[0].Sha256, LogStatuses.Refreshed, record.Id, $"steps {steps}", now);
        }

        return record;
    });

    /// <summary>A reading as the archive keeps it: compact JSON in the archive's own format (<see cref="StoredJson"/>), gzip-compressed. Thread-safe.</summary>
    public static byte[] Pack(ReportRecord reading) => StoredJson.Pack(reading);

    /// <summary>Notes a file that could not be read; earlier records are untouched.</summary>
    public void StoreFailure(string path, string? sha256, long size, string reason, string parserVersion, string batch) => Write(tx =>
    {
        var now = Now();
        if (sha256 is not null)
        {
            UpsertFile(tx, sha256, path, size, FileStates.Failed, null, reason, parserVersion, now);
        }

        Log(tx, batch, path, sha256, LogStatuses.Failed, null, reason, now);
        return 0;
    });

    /// <summary>Logs files skipped as unchanged, all in one transaction.</summary>
    public void LogSkipped(IEnumerable<(string Path, string Sha256, string? ReportId, string Message)> files, string batch) => Write(tx =>
    {
        var now = Now();
        foreach (var f in files)
        {
            Sql.Execute(tx.Connection!, tx, "UPDATE files SET path = $p, seen_at = $at WHERE sha256 = $sha", ("$p", f.Path), ("$at", now), ("$sha", f.Sha256));
            Log(tx, batch, f.Path, f.Sha256, LogStatuses.Skipped, f.ReportId, f.Message, now);
        }

        return 0;
    });

    /// <summary>
    /// Runs a query on a read-only connection of its own, values as objects: for tests that look
    /// into the tables. Not public: the archive's readers use the typed reads above.
    /// </summary>
    internal IReadOnlyList<object?[]> Inspect(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return Sql.Query(connection, null, sql, r =>
        {
            var row = new object?[r.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            }

            return row;
        });
    }

    private static long ContentVersionOf(SqliteConnection c, SqliteTransaction? tx) => long.Parse(
        Sql.Scalar<string>(c, tx, "SELECT value FROM meta WHERE key = 'content_version'"),
        CultureInfo.InvariantCulture);

    private IReadOnlyList<ReportRecord> RecordsWhere(string sql, params (string Name, object? Value)[] args) =>
        Read(c => Sql.Query(c, null, sql, RecordOf, args));

    /// <summary>The record of a row (id, record_json), or the one-line reason it cannot be read.</summary>
    private ReportRecord RecordOf(SqliteDataReader row)
    {
        var id = row.GetString(0);
        try
        {
            return StoredJson.Deserialize(row.GetString(1));
        }
        catch (Exception ex) when (StoredJson.IsUnreadable(ex))
        {
            throw ArchiveFailures.Unreadable(DatabasePath, id, "record", ex);
        }
    }

    /// <summary>The reading of a row whose first column is the packed reading, or the one-line reason it cannot be read.</summary>
    private ReportRecord ReadingOf(string reportId, string format, SqliteDataReader row) => ReadingOf(DatabasePath, reportId, format, row);

    private static ReportRecord ReadingOf(string databasePath, string reportId, string format, SqliteDataReader row)
    {
        try
        {
            return StoredJson.Unpack((byte[])row.GetValue(0));
        }
        catch (Exception ex) when (StoredJson.IsUnreadable(ex))
        {
            throw ArchiveFailures.Unreadable(databasePath, reportId, $"{format} reading", ex);
        }
    }

    /// <summary>A pooled connection of this archive's own (read-only for a reader).</summary>
    private SqliteConnection Connect()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            if (IsWriter)
            {
                Sql.Execute(connection, null, "PRAGMA synchronous = NORMAL");
                if (maxPages is { } pages)
                {
                    Sql.Execute(connection, null, $"PRAGMA max_page_count = {pages.ToString(CultureInfo.InvariantCulture)}");
                }
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw ArchiveFailures.FromSqlite(DatabasePath, ex);
        }
    }

    private T Read<T>(Func<SqliteConnection, T> read)
    {
        using var connection = Connect();
        try
        {
            return read(connection);
        }
        catch (SqliteException ex)
        {
            throw ArchiveFailures.FromSqlite(DatabasePath, ex);
        }
    }

    /// <summary>One write transaction (BEGIN IMMEDIATE), one at a time; only for the writer.</summary>
    private T Write<T>(Func<SqliteTransaction, T> write)
    {
        if (!IsWriter)
        {
            throw new InvalidOperationException($"{Root}: the archive was opened for reading; open it with OpenForWriting to change it");
        }

        lock (writeGate)
        {
            using var connection = Connect();
            try
            {
                using var tx = connection.BeginTransaction();
                var result = write(tx);
                tx.Commit();
                return result;
            }
            catch (SqliteException ex)
            {
                throw ArchiveFailures.FromSqlite(DatabasePath, ex);
            }
        }
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private static KnownFile? FindFile(SqliteConnection c, SqliteTransaction? tx, string sha256) =>
        Sql.Query(
            c,
            tx,
            "SELECT sha256, path, status, report_id, message, parser_version FROM files WHERE sha256 = $sha",
            r => new KnownFile(r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.GetString(5)),
            ("$sha", sha256)).FirstOrDefault();

    private static List<StoredReading> StoredReadings(SqliteTransaction tx, string reportId) =>
        Sql.Query(
            tx.Connection!,
            tx,
            "SELECT reading, path, steps, format FROM sources WHERE report_id = $id",
            r => new StoredReading(ReadingOf(tx.Connection!.DataSource, reportId, r.GetString(3), r), (byte[])r.GetValue(0), r.GetString(1), r.GetString(2)),
            ("$id", reportId));

    private static void RemoveReading(SqliteTransaction tx, string reportId, string sha256, string now)
    {
        var rest = StoredReadings(tx, reportId).Where(r => r.Reading.Sources[0].Sha256 != sha256).ToList();
        if (rest.Count == 0)
        {
            RecordTables.Delete(tx.Connection!, tx, reportId);
            Bump(tx);
        }
        else
        {
            Rewrite(tx, Readings.Combine(rest.Select(r => r.Reading).ToList()), rest, now);
        }
    }

    /// <summary>Replaces every row of the report: its record in all tables and its readings.</summary>
    internal static void Rewrite(SqliteTransaction tx, ReportRecord record, IReadOnlyList<StoredReading> readings, string now)
    {
        var c = tx.Connection!;
        RecordTables.Delete(c, tx, record.Id);
        RecordTables.Insert(c, tx, record, now);
        foreach (var r in readings)
        {
            var s = r.Reading.Sources[0];
            Sql.Execute(
                c,
                tx,
                "INSERT INTO sources (report_id, format, file_name, path, sha256, pages, reading, steps) VALUES ($id, $format, $name, $path, $sha, $pages, $reading, $steps)",
                ("$id", record.Id), ("$format", s.Format), ("$name", s.FileName), ("$path", r.Path), ("$sha", s.Sha256), ("$pages", s.Pages), ("$reading", r.Packed), ("$steps", r.Steps));
        }

        Bump(tx);
    }

    /// <summary>A reading with its packed form, the path of its file and the steps it went through.</summary>
    internal sealed record StoredReading(ReportRecord Reading, byte[] Packed, string Path, string Steps)
    {
        /// <summary>The reading of a sources row read as columns by name, or null when it cannot be read.</summary>
        public static StoredReading? Of(IReadOnlyDictionary<string, object?> row)
        {
            if (row.GetValueOrDefault("reading") is not byte[] packed || row.GetValueOrDefault("path") is not string path)
            {
                return null;
            }

            try
            {
                return new StoredReading(StoredJson.Unpack(packed), packed, path, row.GetValueOrDefault("steps") as string ?? string.Empty);
            }
            catch (Exception ex) when (StoredJson.IsUnreadable(ex))
            {
                return null;
            }
        }
    }

    private static void Bump(SqliteTransaction tx) =>
        Sql.Execute(tx.Connection!, tx, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version'");

    private static void UpsertFile(SqliteTransaction tx, string sha, string path, long size, string status, string? reportId, string? message, string parserVersion, string now) =>
        Sql.Execute(
            tx.Connection!,
            tx,
            """
            INSERT INTO files (sha256, path, size, status, report_id, message, parser_version, seen_at)
            VALUES ($sha, $path, $size, $status, $report, $message, $version, $at)
            ON CONFLICT (sha256) DO UPDATE SET path = excluded.path, size = excluded.size, status = excluded.status,
                report_id = excluded.report_id, message = excluded.message, parser_version = excluded.parser_version, seen_at = excluded.seen_at
            """,
            ("$sha", sha), ("$path", path), ("$size", size), ("$status", status), ("$report", reportId), ("$message", message), ("$version", parserVersion), ("$at", now));

    private static void Log(SqliteTransaction tx, string batch, string path, string? sha, string status, string? reportId, string? message, string now) =>
        Sql.Execute(
            tx.Connection!,
            tx,
            "INSERT INTO import_log (batch, at, path, sha256, status, report_id, message) VALUES ($b, $at, $p, $sha, $s, $r, $m)",
            ("$b", batch), ("$at", now), ("$p", path), ("$sha", sha), ("$s", status), ("$r", reportId), ("$m", message));

    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}

/// <summary>A stored reading of one file: the record read from it alone, where the file was, and the steps (<see cref="Import.ReadingStep.Key"/>) it went through after it was read.</summary>
public sealed record ArchivedReading(ReportRecord Reading, string Path, string Steps);

/// <summary>The archive's content version and its report ids as of one moment.</summary>
public sealed record ArchiveSnapshot(long ContentVersion, IReadOnlyList<string> ReportIds);

/// <summary>What the archive knows of one file content (by SHA-256); <see cref="Status"/> is one of <see cref="FileStates"/>.</summary>
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

/// <summary>One row of the import log; <see cref="Status"/> is one of <see cref="LogStatuses"/>.</summary>
public sealed record ImportLogEntry(string Batch, string At, string Path, string? Sha256, string Status, string? ReportId, string? Message);

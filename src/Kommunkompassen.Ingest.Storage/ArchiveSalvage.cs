using System.Globalization;
using Kommunkompassen.Ingest.Ingestion;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// What a salvage did: the damaged database kept as <see cref="Backup"/> (with its log, if it had
/// one), the readings salvaged, the files whose reading was lost (to ingest again), the reports
/// rebuilt and those lost, and each step in one line (<see cref="Actions"/>).
/// </summary>
public sealed record SalvageResult(string Backup, int Readings, IReadOnlyList<string> IngestAgain, int Reports, IReadOnlyList<string> ReportsLost, IReadOnlyList<string> Actions);

/// <summary>
/// Salvages a damaged archive database: copies what still reads into a new database and puts it
/// in place of the damaged one, which is kept beside it. What is copied is what cannot be made
/// again from anything else — the stored readings, the files seen (except those whose reading was
/// lost, so the next ingest reads them again), the import log and the content version — and every
/// report is rebuilt from its readings, as a batch writes it. Rows are read in rowid order; where
/// a page cannot be read, the reading skips ahead to the next row that can be found, so one bad
/// page costs the rows on it, not the rest of the table. A report none of whose readings could be
/// read is lost (its files are named, to ingest again).
/// </summary>
public static class ArchiveSalvage
{
    /// <summary>How a salvaging writer describes itself to another writer that finds the archive busy.</summary>
    public const string Purpose = "kk check --repair";

    private const int Batch = 256;

    /// <summary>Salvages the archive in this folder, holding its writer lock meanwhile.</summary>
    /// <exception cref="ArchiveBusyException">Another writer holds the archive.</exception>
    /// <exception cref="ArchiveException">There is nothing to salvage from (no database, not SQLite, a newer schema), or the new database cannot be written.</exception>
    public static SalvageResult Run(string root, TimeSpan wait = default)
    {
        root = Path.GetFullPath(root);
        var path = Path.Combine(root, ReportArchive.DatabaseFile);
        if (!File.Exists(path))
        {
            throw new ArchiveNotFoundException(root);
        }

        if (!ArchiveFailures.HasSqliteHeader(path))
        {
            throw ArchiveFailures.NotSqlite(path);
        }

        using var held = WriterLock.Acquire(root, wait, Purpose);
        var actions = new List<string>();
        var found = Read(path, actions);
        var temp = path + ".salvage";
        foreach (var leftover in new[] { temp, temp + "-journal", temp + "-wal", temp + "-shm" })
        {
            File.Delete(leftover);
        }

        SalvageResult result;
        try
        {
            result = Write(temp, found, actions);
        }
        catch (SqliteException ex)
        {
            DeleteQuietly(temp);
            throw ArchiveFailures.FromSqlite(temp, ex);
        }
        catch (IOException ex)
        {
            DeleteQuietly(temp);
            throw new ArchiveException(temp, ex.Message.ReplaceLineEndings(" "), ArchiveFailures.IsDiskFull(ex) ? ArchiveProblem.DiskFull : ArchiveProblem.Other, ex);
        }

        // The damaged file (and its log, which belongs to it) are kept under one name; the new
        // one takes the place of the damaged one in one rename.
        var backup = $"{path}.damaged-{DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        File.Copy(path, backup);
        if (File.Exists(path + "-wal"))
        {
            File.Move(path + "-wal", backup + "-wal");
        }

        File.Delete(path + "-shm");
        File.Move(temp, path, overwrite: true);
        actions.Add($"kept the damaged database as {backup}");
        return result with { Backup = backup, Actions = actions };
    }

    /// <summary>What could be read of the damaged database.</summary>
    private sealed record Found(
        IReadOnlyList<Dictionary<string, object?>> Meta,
        IReadOnlyList<Dictionary<string, object?>> Sources,
        IReadOnlyList<Dictionary<string, object?>> Files,
        IReadOnlyList<Dictionary<string, object?>> Log,
        IReadOnlyList<string> ReportIds);

    private static Found Read(string path, List<string> actions)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var c = new SqliteConnection(connectionString);
        try
        {
            c.Open();
            // A database shorter than its header says (truncated) is refused as corrupt unless
            // the schema is "writable"; then SQLite reads the pages the file still has. Nothing is
            // written: the connection is read-only.
            Sql.Execute(c, null, "PRAGMA writable_schema = ON");
            var version = Sql.Scalar<long>(c, null, "PRAGMA user_version");
            if (version > Migrator.Latest)
            {
                throw new ArchiveException(path, $"the archive has schema version {version.ToString(CultureInfo.InvariantCulture)}, newer than this kk knows ({Migrator.Latest.ToString(CultureInfo.InvariantCulture)}); salvage it with a newer kk", ArchiveProblem.NewerSchema);
            }
        }
        catch (SqliteException ex)
        {
            actions.Add($"nothing could be read from the damaged database ({ArchiveFailures.Detail(ex)})");
            return new Found([], [], [], [], []);
        }

        var found = new Found(
            Rows(c, "meta", actions),
            Rows(c, "sources", actions),
            Rows(c, "files", actions),
            Rows(c, "import_log", actions),
            Rows(c, "reports", actions, "id").Select(r => r["id"]).OfType<string>().ToList());
        return found;
    }

    /// <summary>The rows of a table that can still be read, in rowid order (all columns, or those named).</summary>
    private static List<Dictionary<string, object?>> Rows(SqliteConnection c, string table, List<string> actions, string columns = "*")
    {
        var rows = new List<Dictionary<string, object?>>();
        var last = 0L;
        var skipped = 0;
        var unreadable = 0;
        while (true)
        {
            try
            {
                var read = 0;
                using var cmd = Sql.Command(c, null, $"SELECT rowid AS salvage_rowid, {columns} FROM {table} WHERE rowid > $last ORDER BY rowid LIMIT {Batch.ToString(CultureInfo.InvariantCulture)}", ("$last", last));
                using var reader = cmd.ExecuteReader();
                while (reader.Read())
                {
                    var row = RowOf(reader);
                    last = (long)row["salvage_rowid"]!;
                    row.Remove("salvage_rowid");
                    rows.Add(row);
                    read++;
                }

                if (read < Batch)
                {
                    break;
                }
            }
            catch (SqliteException ex) when (IsDamage(ex))
            {
                if (rows.Count == 0 && last == 0 && !Exists(c, table))
                {
                    actions.Add($"the table {table} could not be found");
                    break;
                }

                // Past the damage: the next row whose place can be found, read on its own.
                skipped++;
                if (Next(c, table, last) is not { } next)
                {
                    break;
                }

                if (TryRow(c, table, columns, next) is { } row)
                {
                    rows.Add(row);
                }
                else
                {
                    unreadable++;
                }

                last = next;
            }
        }

        if (skipped > 0)
        {
            actions.Add($"read {rows.Count.ToString(CultureInfo.InvariantCulture)} rows of {table} past damage ({(skipped == 1 ? "once" : $"{skipped.ToString(CultureInfo.InvariantCulture)} times")}){(unreadable > 0 ? $"; {unreadable.ToString(CultureInfo.InvariantCulture)} rows found could not be read" : string.Empty)}");
        }

        return rows;
    }

    private static bool IsDamage(SqliteException ex) => ex.SqliteErrorCode is 11 or 26;

    private static bool Exists(SqliteConnection c, string table)
    {
        try
        {
            return Sql.Scalar<long>(c, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $t", ("$t", table)) > 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>
    /// The first rowid after <paramref name="last"/> whose place in the table can be found: tried
    /// at growing distances past the damage, then narrowed down to the nearest start that works.
    /// Null when no row after it can be found.
    /// </summary>
    private static long? Next(SqliteConnection c, string table, long last)
    {
        var step = 1L;
        (bool Ok, long? Rowid) probe;
        while (!(probe = Probe(c, table, last + step)).Ok)
        {
            if (step > long.MaxValue / 4 - last)
            {
                return null;
            }

            step *= 2;
        }

        var (failed, works) = (last + (step / 2), last + step);
        while (step > 1 && works - failed > 1)
        {
            var middle = failed + ((works - failed) / 2);
            var tried = Probe(c, table, middle);
            if (tried.Ok)
            {
                (works, probe) = (middle, tried);
            }
            else
            {
                failed = middle;
            }
        }

        return probe.Rowid;
    }

    /// <summary>Whether the first rowid from <paramref name="from"/> on can be found, and which it is (null: none).</summary>
    private static (bool Ok, long? Rowid) Probe(SqliteConnection c, string table, long from)
    {
        try
        {
            var rowid = Sql.Query(c, null, $"SELECT rowid FROM {table} WHERE rowid >= $from ORDER BY rowid LIMIT 1", r => r.GetInt64(0), ("$from", from));
            return (true, rowid is [var id] ? id : null);
        }
        catch (SqliteException ex) when (IsDamage(ex))
        {
            return (false, null);
        }
    }

    private static Dictionary<string, object?>? TryRow(SqliteConnection c, string table, string columns, long rowid)
    {
        try
        {
            return Sql.Query(c, null, $"SELECT {columns} FROM {table} WHERE rowid = $id", RowOf, ("$id", rowid)).FirstOrDefault();
        }
        catch (SqliteException ex) when (IsDamage(ex))
        {
            return null;
        }
    }

    private static Dictionary<string, object?> RowOf(SqliteDataReader reader)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        return row;
    }

    /// <summary>The new database: the schema, what was found, every report rebuilt from its readings; one transaction.</summary>
    private static SalvageResult Write(string temp, Found found, List<string> actions)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = temp, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, ForeignKeys = true };
        using var c = new SqliteConnection(builder.ToString());
        c.Open();
        Migrator.Apply(c, temp);
        var readings = new List<(string ReportId, ReportArchive.StoredReading Reading)>();
        var unreadable = new List<(string ReportId, string Path)>();
        foreach (var row in found.Sources)
        {
            if (Text(row, "report_id") is not { } id)
            {
                continue;
            }

            if (ReportArchive.StoredReading.Of(row) is { } reading)
            {
                readings.Add((id, reading));
            }
            else
            {
                unreadable.Add((id, Text(row, "path") ?? "?"));
            }
        }

        // One reading per format, as the archive keeps them.
        var byReport = readings
            .GroupBy(r => r.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Reading).DistinctBy(r => r.Reading.Sources[0].Format, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var kept = byReport.SelectMany(r => r.Value.Select(v => (v.Reading.Sources[0].Sha256, r.Key))).ToHashSet();
        var lostFiles = new List<(string ReportId, string Path)>();
        using (var tx = c.BeginTransaction())
        {
            var version = found.Meta.Where(m => Text(m, "key") == "content_version").Select(m => long.TryParse(Text(m, "value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0).FirstOrDefault();
            Sql.Execute(c, tx, "UPDATE meta SET value = $v WHERE key = 'content_version'", ("$v", version.ToString(CultureInfo.InvariantCulture)));
            foreach (var m in found.Meta.Where(m => Text(m, "key") is { } k && k != "content_version"))
            {
                Sql.Execute(c, tx, "INSERT OR REPLACE INTO meta (key, value) VALUES ($k, $v)", ("$k", Text(m, "key")), ("$v", Text(m, "value") ?? string.Empty));
            }

            Sql.Execute(c, tx, "INSERT OR IGNORE INTO meta (key, value) VALUES ($k, $v)", ("$k", StoredJson.MetaKey), ("$v", StoredJson.FormatVersion.ToString(CultureInfo.InvariantCulture)));
            var now = ReportArchive.Now();
            foreach (var (_, list) in byReport.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                ReportArchive.Rewrite(tx, Readings.Combine(list.Select(r => r.Reading).ToList()), list, now);
            }

            foreach (var f in found.Files)
            {
                var (sha, status, report) = (Text(f, "sha256"), Text(f, "status"), Text(f, "report_id"));
                if (sha is null || status is null)
                {
                    continue;
                }

                if (status == FileStates.Stored && !kept.Contains((sha, report ?? string.Empty)))
                {
                    // Its reading was lost: forgotten, so the next ingest reads the file again.
                    lostFiles.Add((report ?? "?", Text(f, "path") ?? sha));
                    continue;
                }

                Sql.Execute(
                    c,
                    tx,
                    """
                    INSERT OR IGNORE INTO files (sha256, path, size, status, report_id, message, parser_version, seen_at)
                    VALUES ($sha, $path, $size, $status, $report, $message, $version, $at)
                    """,
                    ("$sha", sha), ("$path", Text(f, "path") ?? "?"), ("$size", f.GetValueOrDefault("size") ?? 0L), ("$status", status), ("$report", report),
                    ("$message", Text(f, "message")), ("$version", Text(f, "parser_version") ?? string.Empty), ("$at", Text(f, "seen_at") ?? string.Empty));
            }

            foreach (var l in found.Log)
            {
                Sql.Execute(
                    c,
                    tx,
                    "INSERT OR IGNORE INTO import_log (id, batch, at, path, sha256, status, report_id, message) VALUES ($id, $b, $at, $p, $sha, $s, $r, $m)",
                    ("$id", l.GetValueOrDefault("id")), ("$b", Text(l, "batch") ?? string.Empty), ("$at", Text(l, "at") ?? string.Empty), ("$p", Text(l, "path") ?? "?"),
                    ("$sha", Text(l, "sha256")), ("$s", Text(l, "status") ?? string.Empty), ("$r", Text(l, "report_id")), ("$m", Text(l, "message")));
            }

            tx.Commit();
        }

        Sql.Execute(c, null, "PRAGMA journal_mode = WAL");
        if (ReportArchive.QuickCheck(c) is { } damage)
        {
            throw new ArchiveException(temp, $"the salvaged database does not check out ({damage})", ArchiveProblem.Damaged);
        }

        actions.Add($"salvaged {readings.Count.ToString(CultureInfo.InvariantCulture)} stored readings, {(found.Files.Count - lostFiles.Count).ToString(CultureInfo.InvariantCulture)} file rows and {found.Log.Count.ToString(CultureInfo.InvariantCulture)} log rows into a new database, and rebuilt {byReport.Count.ToString(CultureInfo.InvariantCulture)} reports from the readings");
        var lost = lostFiles.Concat(unreadable).DistinctBy(l => l.Path, StringComparer.Ordinal).ToList();
        foreach (var (id, path) in lost)
        {
            actions.Add($"lost the reading of {path} ({id}); the next kk ingest of it reads it again");
        }

        var lostReports = found.ReportIds.Concat(lost.Select(l => l.ReportId)).Where(id => id != "?" && !byReport.ContainsKey(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var id in lostReports)
        {
            actions.Add($"lost {id}: none of its readings could be read");
        }

        return new SalvageResult(string.Empty, readings.Count, lost.Select(l => l.Path).ToList(), byReport.Count, lostReports, actions);
    }

    private static string? Text(Dictionary<string, object?> row, string column) => row.GetValueOrDefault(column) as string;

    private static void DeleteQuietly(string path)
    {
        foreach (var file in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the next salvage, which deletes it first.
            }
        }
    }
}

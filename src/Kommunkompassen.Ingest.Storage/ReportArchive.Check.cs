using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Ingestion;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>What part of the archive a defect is in.</summary>
public enum ArchiveDefectKind
{
    /// <summary>The database file itself: a page, a b-tree, an index or a reference SQLite finds wrong. Repaired by salvage (<see cref="ArchiveSalvage"/>).</summary>
    Database,

    /// <summary>A stored reading that no longer parses. Repair removes it; the next ingest of its file reads it again.</summary>
    Reading,

    /// <summary>A report whose rows are not those its stored readings make. Repair rebuilds them from the readings.</summary>
    Report,

    /// <summary>A file the archive says it holds a reading of, without the reading. Repair forgets it, so the next ingest reads it.</summary>
    File,
}

/// <summary>One thing wrong with the archive, in one line; <see cref="ReportId"/> and <see cref="Sha256"/> where it concerns one report or file.</summary>
public sealed record ArchiveDefect(ArchiveDefectKind Kind, string Message)
{
    public string? ReportId { get; init; }

    public string? Sha256 { get; init; }
}

/// <summary>What a repair of the archive's rows did, each action in one line; the files whose reading it removed (to ingest again); <see cref="Backup"/>, the copy made before anything was removed.</summary>
public sealed record ArchiveRepair(IReadOnlyList<string> Actions, IReadOnlyList<string> IngestAgain, string? Backup);

public sealed partial class ReportArchive
{
    /// <summary>The tables of a report's rows (its record and its readings), each keyed by the report id.</summary>
    internal static IReadOnlyList<string> ReportTables { get; } =
        ["reports", "sources", "evaluators", "areas", "questions", "findings", "passages", "comparisons", "comparison_scores", "mentions", "known_evaluations", "warnings"];

    /// <summary>How many of SQLite's integrity messages a check lists at most.</summary>
    private const int MaxDatabaseDefects = 10;

    /// <summary>
    /// Everything wrong with the archive's database, reading only (works on an archive opened for
    /// reading, also a read-only one): <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>;
    /// every stored reading parses; every report's rows (its record in every table and its readings)
    /// are exactly those its stored readings make (<see cref="Readings.Combine"/>, as a batch writes
    /// them); every file the archive says it holds a reading of has one. Each defect is one line.
    /// </summary>
    public IReadOnlyList<ArchiveDefect> Verify()
    {
        var defects = new List<ArchiveDefect>();
        bool whole;
        try
        {
            whole = VerifyDatabase(defects);
        }
        catch (ArchiveException ex)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Database, ex.Message));
            return defects;
        }

        IReadOnlyList<string> ids;
        try
        {
            ids = ReportIds();
        }
        catch (ArchiveException ex)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Database, ex.Message));
            return defects;
        }

        using var expected = ExpectedRows.Open();
        foreach (var id in ids)
        {
            try
            {
                defects.AddRange(VerifyReport(id, expected));
            }
            catch (ArchiveException ex) when (!whole || ex.Problem == ArchiveProblem.Damaged)
            {
                defects.Add(new ArchiveDefect(ArchiveDefectKind.Report, $"{id} cannot be read ({ex.Reason})") { ReportId = id });
            }
        }

        try
        {
            defects.AddRange(Read(c => Sql.Query(
                c,
                null,
                """
                SELECT f.sha256, f.path, f.report_id FROM files f
                WHERE f.status = $stored AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.sha256 = f.sha256 AND s.report_id IS f.report_id)
                ORDER BY f.path
                """,
                r => new ArchiveDefect(ArchiveDefectKind.File, $"{r.GetString(1)} is recorded as stored in {r.NullableString(2) ?? "no report"}, but the archive holds no reading of it") { Sha256 = r.GetString(0), ReportId = r.NullableString(2) },
                ("$stored", FileStates.Stored))));
        }
        catch (ArchiveException ex)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Database, ex.Message));
        }

        return defects;
    }

    /// <summary>SQLite's own checks of the file; true when it found nothing wrong.</summary>
    private bool VerifyDatabase(List<ArchiveDefect> defects)
    {
        var found = Read(IntegrityCheck);
        if (found is not ["ok"])
        {
            var lines = found
                .SelectMany(f => f.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Where(f => !f.StartsWith("*** in database", StringComparison.Ordinal))
                .ToList();
            // Pages a damaged tree no longer reaches are each "never used": said once.
            var unused = lines.Where(l => NeverUsed().IsMatch(l)).ToList();
            var rest = lines.Except(unused, StringComparer.Ordinal).ToList();
            if (unused.Count > 0)
            {
                rest.Add($"{unused.Count.ToString(CultureInfo.InvariantCulture)} {(unused.Count == 1 ? "page" : "pages")} no longer reached ({string.Join(", ", unused.Take(3).Select(u => NeverUsed().Match(u).Groups[1].Value))}{(unused.Count > 3 ? ", …" : string.Empty)})");
            }

            defects.AddRange(rest.Take(MaxDatabaseDefects).Select(l => new ArchiveDefect(ArchiveDefectKind.Database, $"{DatabasePath}: the database is damaged (integrity_check: {ArchiveFailures.OneLine(l, 200)})")));
            if (rest.Count > MaxDatabaseDefects)
            {
                defects.Add(new ArchiveDefect(ArchiveDefectKind.Database, $"{DatabasePath}: the database is damaged ({(rest.Count - MaxDatabaseDefects).ToString(CultureInfo.InvariantCulture)} more of integrity_check's findings)"));
            }

            return false;
        }

        defects.AddRange(Read(c => Sql.Query(
            c,
            null,
            "PRAGMA foreign_key_check",
            r => new ArchiveDefect(ArchiveDefectKind.Database, $"{DatabasePath}: a row of {r.GetString(0)} refers to a {r.GetString(2)} row that is not there (foreign_key_check)"))));
        return defects.Count == 0;
    }

    /// <summary>
    /// The lines of <c>PRAGMA integrity_check</c>. On some damage SQLite gives its findings and
    /// then fails the statement itself; the findings given are kept, and the failure is the last.
    /// </summary>
    private List<string> IntegrityCheck(SqliteConnection c)
    {
        var lines = new List<string>();
        try
        {
            using var cmd = Sql.Command(c, null, "PRAGMA integrity_check(100)");
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                lines.Add(reader.GetString(0));
            }
        }
        catch (SqliteException ex) when (lines.Count > 0)
        {
            lines.Add($"the check itself stopped: {ArchiveFailures.Detail(ex)}");
        }

        return lines;
    }

    /// <summary>One report's readings and rows against what its readings make.</summary>
    private List<ArchiveDefect> VerifyReport(string id, ExpectedRows expected)
    {
        var defects = new List<ArchiveDefect>();
        var stored = Read(c => Sql.Query(
            c,
            null,
            "SELECT format, path, steps, reading, sha256 FROM sources WHERE report_id = $id ORDER BY format",
            r => (Format: r.GetString(0), Path: r.GetString(1), Steps: r.GetString(2), Packed: r.IsDBNull(3) ? [] : (byte[])r.GetValue(3), Sha256: r.GetString(4)),
            ("$id", id)));
        var readable = new List<StoredReading>();
        foreach (var s in stored)
        {
            try
            {
                readable.Add(new StoredReading(StoredJson.Unpack(s.Packed), s.Packed, s.Path, s.Steps));
            }
            catch (Exception ex) when (StoredJson.IsUnreadable(ex))
            {
                defects.Add(new ArchiveDefect(ArchiveDefectKind.Reading, $"the stored {s.Format} reading of {id} ({s.Path}) cannot be read ({ex.GetType().Name}: {ArchiveFailures.OneLine(ex.Message, 120)})") { ReportId = id, Sha256 = s.Sha256 });
            }
        }

        if (stored.Count == 0)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Report, $"{id} has no stored reading; its rows cannot be checked or rebuilt") { ReportId = id });
        }
        else if (readable.Count == 0)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Report, $"{id}: none of its stored readings can be read") { ReportId = id });
        }
        else if (readable.Count == stored.Count && Differences(id, readable, expected) is { Count: > 0 } differences)
        {
            defects.Add(new ArchiveDefect(ArchiveDefectKind.Report, $"{id}: its rows differ from what its stored readings make ({string.Join("; ", differences.Take(4))})") { ReportId = id });
        }

        return defects;
    }

    /// <summary>The tables where the report's rows differ from those its readings make, e.g. "areas: 7 rows, 8 expected".</summary>
    private List<string> Differences(string id, IReadOnlyList<StoredReading> readings, ExpectedRows expected)
    {
        var rows = expected.Of(Readings.Combine(readings.Select(r => r.Reading).ToList()), readings);
        return Read(c => ReportTables
            .Select(table => (Table: table, Have: RowsOf(c, null, table, id), Want: rows[table]))
            .Where(t => !t.Have.SequenceEqual(t.Want, StringComparer.Ordinal))
            .Select(t => t.Have.Count == t.Want.Count
                ? $"{t.Table}: {Describe(t.Have.Except(t.Want, StringComparer.Ordinal).Count())} differ"
                : $"{t.Table}: {t.Have.Count.ToString(CultureInfo.InvariantCulture)} rows, {t.Want.Count.ToString(CultureInfo.InvariantCulture)} expected")
            .ToList());

        static string Describe(int n) => n == 1 ? "1 row" : $"{n.ToString(CultureInfo.InvariantCulture)} rows";
    }

    /// <summary>A report's rows of one table as text (every column but the update time; blobs by their hash), sorted.</summary>
    private static List<string> RowsOf(SqliteConnection c, SqliteTransaction? tx, string table, string reportId)
    {
        using var cmd = Sql.Command(c, tx, $"SELECT * FROM {table} WHERE {(table == "reports" ? "id" : "report_id")} = $id", ("$id", reportId));
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new List<string>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetName(i) == "updated_at")
                {
                    continue;
                }

                values.Add(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    var v => v.ToString() ?? string.Empty,
                });
            }

            rows.Add(string.Join('|', values));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>
    /// Rebuilds these reports' rows from their stored readings (writer only), each in its own
    /// transaction, as a batch's refresh does: a reading that cannot be read is removed (and its
    /// file forgotten, so the next ingest reads it again); a report left without a reading is
    /// removed. Before anything is removed the database is copied beside itself
    /// (<c>archive.db.before-repair-…</c>). Files the archive says it holds without a reading
    /// (<paramref name="forget"/>, by SHA-256) are forgotten.
    /// </summary>
    public ArchiveRepair RebuildReports(IReadOnlyCollection<string> reportIds, IReadOnlyCollection<string>? forget = null)
    {
        var actions = new List<string>();
        var plans = reportIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(Plan).ToList();
        string? backup = null;
        if (plans.Any(p => p.Unreadable.Count > 0))
        {
            backup = BackUp("before-repair");
            actions.Add($"copied the database to {backup} before removing what cannot be read");
        }

        foreach (var plan in plans)
        {
            actions.AddRange(Write(tx => Rebuild(tx, plan)));
        }

        if (forget is { Count: > 0 })
        {
            actions.AddRange(Write(tx => forget.Select(sha =>
            {
                var path = Sql.Query(tx.Connection!, tx, "SELECT path FROM files WHERE sha256 = $sha", r => r.GetString(0), ("$sha", sha)).FirstOrDefault();
                Sql.Execute(tx.Connection!, tx, "DELETE FROM files WHERE sha256 = $sha AND status = $stored AND NOT EXISTS (SELECT 1 FROM sources s WHERE s.sha256 = files.sha256)", ("$sha", sha), ("$stored", FileStates.Stored));
                return $"forgot {path ?? sha}, which had no stored reading; the next kk ingest reads it again";
            }).ToList()));
        }

        return new ArchiveRepair(actions, plans.SelectMany(p => p.Unreadable.Select(u => u.Path)).ToList(), backup);
    }

    /// <summary>A report's readings as stored, the readable ones read, the unreadable ones by format, path and SHA-256.</summary>
    private RebuildPlan Plan(string id) => Read(c =>
    {
        var readable = new List<StoredReading>();
        var unreadable = new List<(string Format, string Path, string Sha256)>();
        foreach (var (format, path, steps, packed, sha) in Sql.Query(
            c,
            null,
            "SELECT format, path, steps, reading, sha256 FROM sources WHERE report_id = $id ORDER BY format",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? [] : (byte[])r.GetValue(3), r.GetString(4)),
            ("$id", id)))
        {
            try
            {
                readable.Add(new StoredReading(StoredJson.Unpack(packed), packed, path, steps));
            }
            catch (Exception ex) when (StoredJson.IsUnreadable(ex))
            {
                unreadable.Add((format, path, sha));
            }
        }

        return new RebuildPlan(id, readable, unreadable);
    });

    private static List<string> Rebuild(SqliteTransaction tx, RebuildPlan plan)
    {
        var c = tx.Connection!;
        var actions = new List<string>();
        foreach (var (format, path, sha) in plan.Unreadable)
        {
            Sql.Execute(c, tx, "DELETE FROM sources WHERE report_id = $id AND format = $format", ("$id", plan.Id), ("$format", format));
            Sql.Execute(c, tx, "DELETE FROM files WHERE sha256 = $sha", ("$sha", sha));
            actions.Add($"removed the unreadable {format} reading of {plan.Id}; the next kk ingest of {path} reads it again");
        }

        if (plan.Readable.Count == 0)
        {
            RecordTables.Delete(c, tx, plan.Id);
            Bump(tx);
            actions.Add($"removed {plan.Id}: none of its stored readings could be read; ingest {string.Join(", ", plan.Unreadable.Select(u => u.Path))} again");
            return actions;
        }

        Rewrite(tx, Readings.Combine(plan.Readable.Select(r => r.Reading).ToList()), plan.Readable, Now());
        actions.Add($"rebuilt {plan.Id} from its stored {(plan.Readable.Count == 1 ? "reading" : "readings")} ({string.Join(", ", plan.Readable.Select(r => r.Reading.Sources[0].Format))})");
        return actions;
    }

    [GeneratedRegex(@"^Page (\d+):? (?:is )?never used$", RegexOptions.CultureInvariant)]
    private static partial Regex NeverUsed();

    private sealed record RebuildPlan(string Id, IReadOnlyList<StoredReading> Readable, IReadOnlyList<(string Format, string Path, string Sha256)> Unreadable);

    /// <summary>A whole copy of the database beside it (<c>archive.db.&lt;label&gt;-&lt;time&gt;</c>, by <c>VACUUM INTO</c>); its path.</summary>
    private string BackUp(string label)
    {
        var path = $"{DatabasePath}.{label}-{DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        Read(c => Sql.Execute(c, null, "VACUUM INTO $path", ("$path", path)));
        return path;
    }

    /// <summary>The rows a record and its readings make, written by the same code as the archive's (<see cref="RecordTables"/>), in an in-memory database.</summary>
    private sealed class ExpectedRows : IDisposable
    {
        private readonly SqliteConnection connection;

        private ExpectedRows(SqliteConnection connection)
        {
            this.connection = connection;
        }

        public static ExpectedRows Open()
        {
            var connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
            connection.Open();
            Migrator.Apply(connection, ":memory:");
            return new ExpectedRows(connection);
        }

        /// <summary>The report's rows of every table (<see cref="ReportTables"/>), as <see cref="RowsOf"/> gives them.</summary>
        public Dictionary<string, List<string>> Of(Records.ReportRecord record, IReadOnlyList<StoredReading> readings)
        {
            using var tx = connection.BeginTransaction();
            Rewrite(tx, record, readings, Now());
            var rows = ReportTables.ToDictionary(t => t, t => RowsOf(connection, tx, t, record.Id), StringComparer.Ordinal);
            tx.Rollback();
            return rows;
        }

        public void Dispose() => connection.Dispose();
    }
}

using System.Buffers.Binary;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>The ways of breaking an archive the tests try, each made from a whole archive by <see cref="BrokenArchive.Break"/>.</summary>
public enum ArchiveDamage
{
    /// <summary>No archive.db at all (the folder holds nothing).</summary>
    Missing,

    /// <summary>archive.db overwritten with random bytes.</summary>
    RandomBytes,

    /// <summary>archive.db is a text file (the README).</summary>
    OtherFile,

    /// <summary>archive.db is another program's SQLite database.</summary>
    OtherProgramsDatabase,

    /// <summary>archive.db cut to 40 % of its length (a copy that stopped half way).</summary>
    Truncated,

    /// <summary>4 KB of random bytes over the page that holds the reports table (past the header).</summary>
    DamagedReportsPage,

    /// <summary>An archive of schema version 99, made by a newer kk.</summary>
    NewerSchema,
}

/// <summary>
/// Whole and broken archives for the tests: a whole archive of the four samples (their readings
/// stored as a batch stores them, and the search index brought up), made once per run and copied
/// into each test's folder, and the ways to damage it.
/// </summary>
public static class BrokenArchive
{
    /// <summary>SQLite's page size in the archive (the default).</summary>
    public const int PageSize = 4096;

    private static readonly Lazy<string> Template = new(MakeTemplate);

    /// <summary>Copies a whole archive of the four samples, with its search index, into <paramref name="root"/> (made when needed).</summary>
    public static void MakeWhole(string root)
    {
        var template = Template.Value;
        Directory.CreateDirectory(Path.Combine(root, "index"));
        File.Copy(Path.Combine(template, ReportArchive.DatabaseFile), Path.Combine(root, ReportArchive.DatabaseFile), overwrite: true);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(template, "index")))
        {
            File.Copy(file, Path.Combine(root, "index", Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Breaks the whole archive in <paramref name="root"/> the way asked.</summary>
    public static void Break(string root, ArchiveDamage damage)
    {
        var database = Path.Combine(root, ReportArchive.DatabaseFile);
        switch (damage)
        {
            case ArchiveDamage.Missing:
                File.Delete(database);
                break;
            case ArchiveDamage.RandomBytes:
                File.WriteAllBytes(database, RandomBytes(new FileInfo(database).Length, seed: 15));
                break;
            case ArchiveDamage.OtherFile:
                File.Copy(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "README.md"), database, overwrite: true);
                break;
            case ArchiveDamage.OtherProgramsDatabase:
                File.Delete(database);
                Execute(database, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada')");
                break;
            case ArchiveDamage.Truncated:
                Truncate(database, 0.4);
                break;
            case ArchiveDamage.DamagedReportsPage:
                OverwritePage(database, RootPage(database, "reports"), seed: 4);
                break;
            case ArchiveDamage.NewerSchema:
                Execute(database, "PRAGMA user_version = 99");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, null);
        }
    }

    /// <summary>Overwrites one page (1 is the header page) with 4 KB of random bytes from a seed.</summary>
    public static void OverwritePage(string databasePath, long page, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 2);
        using var file = new FileStream(databasePath, FileMode.Open, FileAccess.Write);
        file.Position = (page - 1) * PageSize;
        file.Write(RandomBytes(PageSize, seed));
    }

    /// <summary>Cuts the file to a share of its length, at a page boundary.</summary>
    public static void Truncate(string databasePath, double keep)
    {
        var length = new FileInfo(databasePath).Length;
        using var file = new FileStream(databasePath, FileMode.Open, FileAccess.Write);
        file.SetLength((long)(length * keep) / PageSize * PageSize);
    }

    /// <summary>The root page of a table or index (from sqlite_master).</summary>
    public static long RootPage(string databasePath, string name) =>
        Query(databasePath, "SELECT rootpage FROM sqlite_master WHERE name = $n", r => r.GetInt64(0), ("$n", name)).Single();

    /// <summary>
    /// The pages in use past the header page: every page but those on the free list (read from
    /// the file's header and free-list trunk pages, https://sqlite.org/fileformat.html).
    /// </summary>
    public static IReadOnlyList<long> UsedPages(string databasePath)
    {
        var bytes = File.ReadAllBytes(databasePath);
        var pages = bytes.Length / PageSize;
        var free = new HashSet<long>();
        for (long trunk = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(32)); trunk != 0; trunk = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan((int)((trunk - 1) * PageSize))))
        {
            free.Add(trunk);
            var at = (int)((trunk - 1) * PageSize);
            var leaves = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 4));
            for (var i = 0; i < leaves; i++)
            {
                free.Add(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 8 + (4 * i))));
            }
        }

        return Enumerable.Range(2, pages - 1).Select(p => (long)p).Where(p => !free.Contains(p)).ToList();
    }

    /// <summary>Runs SQL on the database directly (not through the archive), then lets go of it.</summary>
    public static void Execute(string databasePath, string sql)
    {
        using (var c = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>A query on the database directly, read-only.</summary>
    public static List<T> Query<T>(string databasePath, string sql, Func<SqliteDataReader, T> map, params (string Name, object Value)[] args)
    {
        using var c = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static byte[] RandomBytes(long length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string MakeTemplate()
    {
        var dir = Directory.CreateTempSubdirectory("kk-whole-archive-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder.
            }
        };
        using (var archive = ReportArchive.OpenForWriting(dir))
        {
            TempArchive.Store(archive, TempArchive.AllSamples);
            IndexMaintenance.BringUp(archive);
        }

        // The pooled connections closed: the log checkpointed into archive.db and removed.
        SqliteConnection.ClearAllPools();
        if (File.Exists(Path.Combine(dir, ReportArchive.DatabaseFile + "-wal")))
        {
            Execute(Path.Combine(dir, ReportArchive.DatabaseFile), "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        return dir;
    }
}

using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// Brings an archive database to the schema this program knows. The migrations are the embedded
/// files Migrations/NNNN_name.sql, applied in number order, each in its own transaction that also
/// sets <c>PRAGMA user_version</c> to its number, so a failed migration leaves the old schema.
/// </summary>
internal static class Migrator
{
    /// <summary>The schema version this program writes: the number of the last migration.</summary>
    public static int Latest => Migrations.Value[^1].Version;

    private static readonly Lazy<IReadOnlyList<(int Version, string Name, string Sql)>> Migrations = new(Load);

    public static int Apply(SqliteConnection connection, string databasePath)
    {
        var current = Sql.Scalar<long>(connection, null, "PRAGMA user_version");
        if (current > Latest)
        {
            throw Newer(databasePath, current);
        }

        if (current == 0 && HasTables(connection))
        {
            // Never add the archive's tables to another program's database.
            throw OfAnotherProgram(databasePath);
        }

        foreach (var (version, _, sql) in Migrations.Value.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            Sql.Execute(connection, tx, sql);
            Sql.Execute(connection, tx, $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)}");
            tx.Commit();
        }

        return Latest;
    }

    /// <summary>
    /// For a reader, which never migrates: the database must have this program's schema exactly.
    /// An older one is upgraded by the next writer (kk ingest), a newer one needs a newer kk.
    /// </summary>
    public static void Check(SqliteConnection connection, string databasePath)
    {
        var current = Sql.Scalar<long>(connection, null, "PRAGMA user_version");
        if (current > Latest)
        {
            throw Newer(databasePath, current);
        }

        if (current == 0 && HasTables(connection))
        {
            throw OfAnotherProgram(databasePath);
        }

        if (current == 0)
        {
            throw new ArchiveSchemaException(databasePath, 0, Latest, "not an archive yet (the database has no schema); run 'kk ingest' to make it");
        }

        if (current < Latest)
        {
            throw new ArchiveSchemaException(
                databasePath,
                (int)current,
                Latest,
                $"the archive has schema version {current.ToString(CultureInfo.InvariantCulture)}, older than this kk's ({Latest.ToString(CultureInfo.InvariantCulture)}); reading never upgrades it, the next 'kk ingest' does");
        }
    }

    /// <summary>Whether the database has tables of its own (schema version 0 with tables: another program's database).</summary>
    private static bool HasTables(SqliteConnection connection) =>
        Sql.Scalar<long>(connection, null, "SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'") > 0;

    private static ArchiveException OfAnotherProgram(string databasePath) =>
        new(databasePath, "not a Kommunkompassen archive (an SQLite database of another program: it has tables but no archive schema)", ArchiveProblem.NotAnArchive);

    private static ArchiveSchemaException Newer(string databasePath, long current) => new(
        databasePath,
        (int)Math.Min(current, int.MaxValue),
        Latest,
        $"the archive has schema version {current.ToString(CultureInfo.InvariantCulture)}, newer than this kk knows ({Latest.ToString(CultureInfo.InvariantCulture)}); use a newer kk");

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        var list = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n["Migrations.".Length..^".sql".Length];
                var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                return (version, name, Read(assembly, n));
            })
            .OrderBy(m => m.version)
            .ToList();
        if (list.Select((m, i) => m.version == i + 1).Any(ok => !ok))
        {
            throw new InvalidOperationException("migrations must be numbered 0001, 0002, ... without gaps");
        }

        return list;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// A temporary folder for one test, with an archive folder in it (<see cref="Root"/>, not made
/// until something opens it for writing), an inbox, and ways to fill and look into the archive.
/// Dispose deletes it all, read-only parts included; SQLite's pooled connections are closed first.
/// </summary>
public sealed partial class TempArchive : IDisposable
{
    public TempArchive(string prefix = "kk-test-")
    {
        Dir = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The test's own folder (the working directory for kk processes).</summary>
    public string Dir { get; }

    /// <summary>The archive folder, Dir/archive.</summary>
    public string Root => Path.Combine(Dir, "archive");

    /// <summary>Another archive folder beside it, Dir/name.</summary>
    public string Other(string name) => Path.Combine(Dir, name);

    public string DatabasePath => Path.Combine(Root, ReportArchive.DatabaseFile);

    public ReportArchive OpenForWriting() => ReportArchive.OpenForWriting(Root);

    public ReportArchive OpenForReading() => ReportArchive.OpenForReading(Root);

    /// <summary>Stores these sample files' readings (parsed once per run), each in its own transaction, as a batch would.</summary>
    public void Store(params string[] corpusFiles)
    {
        using var archive = OpenForWriting();
        Store(archive, corpusFiles);
    }

    public static void Store(ReportArchive archive, params string[] corpusFiles)
    {
        foreach (var f in corpusFiles)
        {
            archive.Store(SampleRecords.Of(f), "/in/" + f, 1, "v1", "b1");
        }
    }

    /// <summary>Copies sample files into Dir/name (made when needed) and returns that folder.</summary>
    public string Inbox(string name, params string[] corpusFiles)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(Dir, name)).FullName;
        foreach (var f in corpusFiles)
        {
            File.Copy(Corpus.PathOf(f), Path.Combine(inbox, f), overwrite: true);
        }

        return inbox;
    }

    public static string[] AllSamples => [Corpus.Report2005Docx, Corpus.Report2005Pdf, Corpus.Report2010Docx, Corpus.Report2010Pdf];

    /// <summary>Every report table's rows of the archive in this folder, without the update times (read-only).</summary>
    public static string Dump(string root)
    {
        using var archive = ReportArchive.OpenForReading(root);
        return Dump(archive);
    }

    /// <summary>Every report table's rows, without the update times.</summary>
    public static string Dump(ReportArchive archive)
    {
        var tables = new[] { "reports", "sources", "evaluators", "areas", "questions", "findings", "passages", "comparisons", "comparison_scores", "mentions", "known_evaluations", "warnings" };
        return string.Join(
            "\n",
            tables.SelectMany(t => archive.Inspect($"SELECT * FROM {t} ORDER BY 1, 2, 3")
                .Select(row => t + ": " + string.Join("|", row.Select(v => v?.ToString()))))
            .Select(line => Time().Replace(line, "<time>")));
    }

    /// <summary>The files of a folder (names, sizes, write times, contents' hashes), to show nothing was written.</summary>
    public static IReadOnlyList<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)} {new FileInfo(f).Length} {File.GetLastWriteTimeUtc(f):O} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}")
            .ToList();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (!OperatingSystem.IsWindows())
        {
            // A test may have made parts read-only. Links are not followed: a test may have made loops.
            var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var d in Directory.EnumerateDirectories(Dir, "*", walk).Prepend(Dir))
            {
                File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(Dir, recursive: true);
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")]
    private static partial Regex Time();
}

using System.Globalization;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.App;

/// <summary>A check of the archive; with <paramref name="Repair"/>, what is wrong and derived is rebuilt (see <see cref="KompassApp.Check"/>).</summary>
public sealed record CheckRequest(bool Repair = false)
{
    public static CheckRequest Default { get; } = new();
}

/// <summary>The parts of an archive a check looks at, each named in one place.</summary>
public static class CheckParts
{
    /// <summary>The database file: SQLite's integrity and foreign-key checks, or it cannot be opened at all.</summary>
    public const string Database = "database";

    /// <summary>A stored reading that no longer parses.</summary>
    public const string Reading = "reading";

    /// <summary>A report whose rows are not those its stored readings make.</summary>
    public const string Report = "report";

    /// <summary>A file the archive says it holds a reading of, without the reading.</summary>
    public const string File = "file";

    /// <summary>The search index against the database.</summary>
    public const string Index = "index";

    public static IReadOnlyList<string> All { get; } = [Database, Reading, Report, File, Index];
}

/// <summary>One thing wrong with the archive: the part it is in (<see cref="CheckParts"/>) and one line saying what.</summary>
public sealed record CheckProblem(string Part, string Message);

/// <summary>
/// What a check found (<see cref="Problems"/>), and, when it repaired, what the repair did
/// (<see cref="Repairs"/>, one line each) and what a check found after it (<see cref="Remaining"/>;
/// without a repair the same as <see cref="Problems"/>).
/// </summary>
/// <param name="Archive">The archive folder.</param>
/// <param name="Reports">How many reports the archive holds (after the repair, when one ran).</param>
public sealed record CheckResult(string Archive, int Reports, IReadOnlyList<CheckProblem> Problems, IReadOnlyList<string> Repairs, IReadOnlyList<CheckProblem> Remaining)
{
    /// <summary>Files whose stored reading the repair could not keep (unreadable, or on a lost page): the next ingest of them reads them again.</summary>
    public IReadOnlyList<string> IngestAgain { get; init; } = [];

    /// <summary>Whether the archive checks out now (after the repair, when one ran).</summary>
    public bool Clean => Remaining.Count == 0;

    /// <summary>Whether the archive checks out and holds everything it held (nothing to ingest again).</summary>
    public bool Whole => Clean && IngestAgain.Count == 0;
}

public sealed partial class KompassApp
{
    /// <summary>
    /// Checks the archive, reading only (also a read-only one): the database file
    /// (<c>PRAGMA integrity_check</c>, <c>foreign_key_check</c>); that every stored reading still
    /// parses; that every report's rows are exactly those its stored readings make; that every
    /// file recorded as stored has its reading; and that the search index matches the database
    /// (its content version, and each report's documents). Each problem is one line.
    /// <para>
    /// With <see cref="CheckRequest.Repair"/>, as the archive's writer, it rebuilds what is
    /// derived: a database SQLite finds damaged is salvaged (what still reads copied into a new
    /// file, the damaged one kept beside it: <see cref="ArchiveSalvage"/>); otherwise the reports
    /// whose rows are wrong are rebuilt from their stored readings, unreadable readings removed
    /// (their files then read again by the next ingest; the database is copied first); files
    /// without a reading forgotten; and the search index rebuilt from the database. Then it checks again.
    /// </para>
    /// </summary>
    /// <exception cref="KompassOperationException">There is no archive; or, repairing, it cannot be written (read-only).</exception>
    /// <exception cref="KompassBusyException">Repairing, while another ingest writes the archive.</exception>
    public CheckResult Check(CheckRequest? request = null)
    {
        request ??= CheckRequest.Default;
        var root = Path.GetFullPath(Options.ArchiveFolder);
        var found = Inspect(root);
        if (!request.Repair || found.Problems.Count == 0)
        {
            return new CheckResult(root, found.Reports, found.Problems, [], found.Problems);
        }

        lock (writer)
        {
            var lost = new List<string>();
            var repairs = Repair(root, found, lost);
            var after = Inspect(root);
            return new CheckResult(root, after.Reports, found.Problems, repairs, after.Problems) { IngestAgain = lost };
        }
    }

    /// <summary>What a check found: the problems, and what the repair needs to know of them.</summary>
    private sealed record Inspection(IReadOnlyList<CheckProblem> Problems, int Reports, ArchiveProblem? OpenFailure, IReadOnlyList<ArchiveDefect> Defects, bool IndexWrong);

    private static Inspection Inspect(string root)
    {
        ReportArchive archive;
        try
        {
            archive = ReportArchive.OpenForReading(root);
        }
        catch (ArchiveNotFoundException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
        catch (ArchiveException ex)
        {
            return new Inspection([new CheckProblem(CheckParts.Database, ex.Message)], 0, ex.Problem, [], IndexWrong: false);
        }

        using (archive)
        {
            var defects = archive.Verify();
            var problems = defects.Select(d => new CheckProblem(PartOf(d.Kind), d.Message)).ToList();
            int reports;
            try
            {
                reports = archive.Count;
            }
            catch (ArchiveException)
            {
                reports = 0;
            }

            var index = defects.Any(d => d.Kind == ArchiveDefectKind.Database) ? [] : IndexProblems(archive);
            problems.AddRange(index);
            return new Inspection(problems, reports, null, defects, index.Count > 0);
        }
    }

    private static string PartOf(ArchiveDefectKind kind) => kind switch
    {
        ArchiveDefectKind.Database => CheckParts.Database,
        ArchiveDefectKind.Reading => CheckParts.Reading,
        ArchiveDefectKind.Report => CheckParts.Report,
        _ => CheckParts.File,
    };

    /// <summary>The search index against the archive: its state (content version, analysis, documents as committed), then each report's documents.</summary>
    private static List<CheckProblem> IndexProblems(ReportArchive archive)
    {
        var problems = new List<CheckProblem>();
        IndexStatus status;
        try
        {
            status = IndexMaintenance.Check(archive);
        }
        catch (ArchiveException ex)
        {
            return [new CheckProblem(CheckParts.Index, $"the search index cannot be checked ({ex.Message})")];
        }

        if (status.State == IndexState.Missing && status.ArchiveReports == 0)
        {
            return problems;
        }

        if (status.State != IndexState.Current)
        {
            problems.Add(new CheckProblem(CheckParts.Index, status.Describe(archive.Root) ?? $"the search index in {archive.Root} is {status.State}"));
            return problems;
        }

        IReadOnlyDictionary<string, int> documents;
        try
        {
            documents = new ArchiveIndex(archive.Root).DocumentsByReport();
        }
        catch (IOException ex)
        {
            return [new CheckProblem(CheckParts.Index, $"the search index in {archive.Root} cannot be read ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})")];
        }

        var ids = archive.ReportIds();
        foreach (var id in ids)
        {
            Records.ReportRecord? record;
            try
            {
                record = archive.Find(id);
            }
            catch (ArchiveException)
            {
                // Said as a problem of the report already.
                continue;
            }

            var expected = record is null ? 0 : SearchDocument.From(record).Count();
            var indexed = documents.GetValueOrDefault(id);
            if (indexed != expected)
            {
                problems.Add(new CheckProblem(CheckParts.Index, $"the search index has {Documents(indexed)} of {id}, {expected.ToString(CultureInfo.InvariantCulture)} expected"));
            }
        }

        var known = ids.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(documents.Keys.Where(id => !known.Contains(id)).Order(StringComparer.Ordinal)
            .Select(id => new CheckProblem(CheckParts.Index, $"the search index has {Documents(documents[id])} of {id}, which the archive does not hold")));
        return problems;

        static string Documents(int n) => n == 1 ? "1 document" : $"{n.ToString(CultureInfo.InvariantCulture)} documents";
    }

    /// <summary>Rebuilds what the inspection found wrong (see <see cref="Check"/>); what it did, one line each.</summary>
    private List<string> Repair(string root, Inspection found, List<string> lost)
    {
        var repairs = new List<string>();
        var database = Path.Combine(root, ReportArchive.DatabaseFile);
        switch (found.OpenFailure)
        {
            case ArchiveProblem.NotAnArchive:
                repairs.Add($"cannot repair {database}: it is not a Kommunkompassen archive; move it away, and the next kk ingest makes a new archive");
                return repairs;
            case ArchiveProblem.NewerSchema:
                repairs.Add($"cannot repair {database}: a newer kk made it; use that kk");
                return repairs;
        }

        var salvaged = false;
        if (found.OpenFailure is ArchiveProblem.Damaged or ArchiveProblem.Other || found.Defects.Any(d => d.Kind == ArchiveDefectKind.Database))
        {
            try
            {
                var salvage = ArchiveSalvage.Run(root);
                repairs.AddRange(salvage.Actions);
                lost.AddRange(salvage.IngestAgain);
                salvaged = true;
            }
            catch (ArchiveBusyException ex)
            {
                throw new KompassBusyException(ex.Message, ex);
            }
            catch (ArchiveException ex)
            {
                throw new KompassOperationException(ex.Message, ex);
            }
        }

        using var archive = OpenForWriting();
        if (found.OpenFailure == ArchiveProblem.OlderSchema)
        {
            repairs.Add($"upgraded the archive to schema version {archive.SchemaVersion.ToString(CultureInfo.InvariantCulture)}");
        }

        var rebuilt = false;
        if (!salvaged)
        {
            var reports = found.Defects.Where(d => d.Kind is ArchiveDefectKind.Reading or ArchiveDefectKind.Report && d.ReportId is not null).Select(d => d.ReportId!).ToList();
            var files = found.Defects.Where(d => d.Kind == ArchiveDefectKind.File && d.Sha256 is not null).Select(d => d.Sha256!).ToList();
            if (reports.Count > 0 || files.Count > 0)
            {
                try
                {
                    var rebuild = archive.RebuildReports(reports, files);
                    repairs.AddRange(rebuild.Actions);
                    lost.AddRange(rebuild.IngestAgain);
                }
                catch (ArchiveException ex)
                {
                    throw new KompassOperationException(ex.Message, ex);
                }

                rebuilt = reports.Count > 0;
            }
        }

        if (salvaged || rebuilt || found.IndexWrong || found.OpenFailure is not null)
        {
            try
            {
                var index = new ArchiveIndex(root);
                index.Delete();
                var snapshot = archive.Snapshot();
                index.Rebuild(archive.Records(), snapshot.ContentVersion);
                repairs.Add($"rebuilt the search index from the database ({(snapshot.ReportIds.Count == 1 ? "1 report" : $"{snapshot.ReportIds.Count.ToString(CultureInfo.InvariantCulture)} reports")})");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArchiveException)
            {
                repairs.Add($"could not rebuild the search index ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})");
            }
        }

        return repairs;
    }
}

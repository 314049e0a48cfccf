using System.Text.Json;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary><see cref="KompassApp.Check"/>: the archive checked, and what is derived rebuilt.</summary>
public sealed partial class KompassAppTests
{
    /// <summary>An app on an archive of two small reports ingested as kk does (no models: nothing to classify).</summary>
    private KompassApp Ingested()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Path.Combine(temp.Dir, "no-models")).Build();
        Assert.True(app.Ingest(new IngestRequest([Inbox("Vännäs", "Ljusdal")])).Complete);
        SqliteConnection.ClearAllPools();
        return app;
    }

    private static string Json(KompassApp app)
    {
        using var json = new MemoryStream();
        app.Export(new ExportRequest(ExportFormat.Json), json);
        return System.Text.Encoding.UTF8.GetString(json.ToArray());
    }

    private string Database => Path.Combine(temp.Root, ReportArchive.DatabaseFile);

    [Fact]
    public void Check_WholeArchive_CleanWithItsReportCount()
    {
        var app = Ingested();

        var result = app.Check();

        Assert.Equal((temp.Root, 2), (result.Archive, result.Reports));
        Assert.Empty(result.Problems);
        Assert.Empty(result.Repairs);
        Assert.True(result.Whole);
    }

    [Fact]
    public void Check_NoArchive_OperationExceptionNamingTheFolder()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();

        var ex = Assert.Throws<KompassOperationException>(() => app.Check(new CheckRequest(Repair: true)));

        Assert.Equal($"no archive at {temp.Root} (no archive.db); run 'kk ingest' first", ex.Message);
        Assert.False(Directory.Exists(temp.Root));
    }

    [Fact]
    public void Check_IndexLostTheDocumentsOfAReport_IndexProblem_RepairRebuildsTheIndex()
    {
        var app = Ingested();
        var searchBefore = app.Search(new SearchQuery("kommunen", Top: 1000)).TotalHits;
        var documents = new ArchiveIndex(temp.Root).DocumentsByReport();
        // The index keeps only Ljusdal's documents, at the archive's own version: it looks current.
        using (var archive = ReportArchive.OpenForWriting(temp.Root))
        {
            new ArchiveIndex(temp.Root).Rebuild(archive.Records().Where(r => r.Id == "2161-2012"), archive.ContentVersion);
        }

        var found = app.Check();
        var repaired = app.Check(new CheckRequest(Repair: true));

        Assert.Equal([new CheckProblem(CheckParts.Index, $"the search index has 0 documents of 2460-2012, {documents["2460-2012"]} expected")], found.Problems);
        Assert.Equal(found.Problems, repaired.Problems);
        Assert.Equal(["rebuilt the search index from the database (2 reports)"], repaired.Repairs);
        Assert.Empty(repaired.Remaining);
        Assert.True(repaired.Whole);
        Assert.Equal(documents, new ArchiveIndex(temp.Root).DocumentsByReport());
        Assert.Equal(searchBefore, app.Search(new SearchQuery("kommunen", Top: 1000)).TotalHits);
    }

    [Fact]
    public void Check_IndexBehindTheDatabase_IndexProblemSayingHowFar_RepairBringsItUp()
    {
        var app = Ingested();
        BrokenArchive.Execute(Database, "UPDATE meta SET value = CAST(value AS INTEGER) + 3 WHERE key = 'content_version'");

        var found = app.Check();
        var repaired = app.Check(new CheckRequest(Repair: true));

        var problem = Assert.Single(found.Problems);
        Assert.Equal(CheckParts.Index, problem.Part);
        Assert.StartsWith("the search index is behind the archive (3 changes; it has 2 reports of 2 reports)", problem.Message, StringComparison.Ordinal);
        Assert.True(repaired.Whole);
        Assert.Empty(app.Check().Problems);
    }

    [Fact]
    public void Check_ReportRowsLost_ReportProblem_RepairRebuildsThemFromTheReadings()
    {
        var app = Ingested();
        var before = TempArchive.Dump(temp.Root);
        BrokenArchive.Execute(Database, "DELETE FROM passages WHERE report_id = '2460-2012'");

        var result = app.Check(new CheckRequest(Repair: true));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CheckParts.Report, problem.Part);
        Assert.StartsWith("2460-2012: its rows differ from what its stored readings make (passages: 0 rows, ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["rebuilt 2460-2012 from its stored reading (docx)", "rebuilt the search index from the database (2 reports)"], result.Repairs);
        Assert.True(result.Whole);
        Assert.Equal(before, TempArchive.Dump(temp.Root));
    }

    [Fact]
    public void Check_UnreadableReading_RepairNamesItsFile_TheNextIngestReadsItAndTheArchiveIsAsBefore()
    {
        var app = Ingested();
        var export = Json(app);
        var file = Path.Combine(temp.Dir, "in", "Vännäs.docx");
        BrokenArchive.Execute(Database, "UPDATE sources SET reading = substr(reading, 1, 100) WHERE report_id = '2460-2012'");

        var result = app.Check(new CheckRequest(Repair: true));

        Assert.Equal(CheckParts.Reading, result.Problems[0].Part);
        Assert.StartsWith($"the stored docx reading of 2460-2012 ({file}) cannot be read (", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains($"removed the unreadable docx reading of 2460-2012; the next kk ingest of {file} reads it again", result.Repairs);
        Assert.Contains($"removed 2460-2012: none of its stored readings could be read; ingest {file} again", result.Repairs);
        Assert.Equal([file], result.IngestAgain);
        Assert.True(result.Clean);
        Assert.False(result.Whole);
        Assert.Single(Directory.EnumerateFiles(temp.Root, "archive.db.before-repair-*"));
        Assert.Equal(["2161-2012"], app.Reports().Select(r => r.Id));

        var again = app.Ingest(new IngestRequest([Path.Combine(temp.Dir, "in")]));

        Assert.Equal([IngestStatus.Skipped, IngestStatus.Ingested], again.Files.Select(f => f.Status));
        Assert.Equal(export, Json(app));
        Assert.True(app.Check().Whole);
    }

    [Fact]
    public void Check_DamagedPage_DatabaseProblems_RepairSalvagesAndTheExportIsAsBefore()
    {
        var app = Ingested();
        var export = Json(app);
        BrokenArchive.OverwritePage(Database, BrokenArchive.RootPage(Database, "passages"), seed: 5);

        var found = app.Check();
        var result = app.Check(new CheckRequest(Repair: true));

        Assert.NotEmpty(found.Problems);
        NonEmpty.All(found.Problems.Where(p => p.Part == CheckParts.Database), p => Assert.StartsWith($"{Database}: the database is damaged (", p.Message, StringComparison.Ordinal));
        Assert.Equal(CheckParts.Database, found.Problems[0].Part);
        Assert.Contains("salvaged 2 stored readings, 2 file rows and 2 log rows into a new database, and rebuilt 2 reports from the readings", result.Repairs);
        Assert.StartsWith($"kept the damaged database as {Database}.damaged-", result.Repairs[^2], StringComparison.Ordinal);
        Assert.Equal("rebuilt the search index from the database (2 reports)", result.Repairs[^1]);
        Assert.True(result.Whole);
        Assert.Equal(export, Json(app));
        Assert.NotEmpty(app.Search(new SearchQuery("kommunen")).Hits);
    }

    [Fact]
    public void Check_RandomBytes_OneDatabaseProblem_RepairCannotAndSaysWhy()
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, ArchiveDamage.RandomBytes);
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();
        var before = TempArchive.Snapshot(temp.Root);

        var result = app.Check(new CheckRequest(Repair: true));

        Assert.Equal([new CheckProblem(CheckParts.Database, $"{Database}: not a Kommunkompassen archive (not an SQLite database)")], result.Problems);
        Assert.Equal([$"cannot repair {Database}: it is not a Kommunkompassen archive; move it away, and the next kk ingest makes a new archive"], result.Repairs);
        Assert.Equal(result.Problems, result.Remaining);
        Assert.Equal(before, TempArchive.Snapshot(temp.Root));
    }

    [Fact]
    public void Check_OlderSchema_DatabaseProblem_RepairUpgradesIt()
    {
        BrokenArchive.MakeWhole(temp.Root);
        // Schema 3 taken back to 2 (its migration added the steps of each reading).
        BrokenArchive.Execute(Database, "DROP INDEX sources_by_steps; ALTER TABLE sources DROP COLUMN steps; PRAGMA user_version = 2");
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();

        var result = app.Check(new CheckRequest(Repair: true));

        Assert.Equal(CheckParts.Database, Assert.Single(result.Problems).Part);
        Assert.Contains("the archive has schema version 2, older than this kk's (3)", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(["upgraded the archive to schema version 3", "rebuilt the search index from the database (2 reports)"], result.Repairs);
        Assert.True(result.Whole);
    }

    [SkippableFact]
    public void Check_ReadOnlyArchive_ChecksAndFindsTheProblem_RepairSaysItIsReadOnly()
    {
        var app = Ingested();
        new ArchiveIndex(temp.Root).Delete();
        using var readOnly = ReadOnlyFolder.TryMake(temp.Root, out var reason);
        Skip.If(readOnly is null, reason);

        var found = app.Check();
        var ex = Assert.Throws<KompassOperationException>(() => app.Check(new CheckRequest(Repair: true)));

        Assert.Equal([new CheckProblem(CheckParts.Index, $"no search index in {temp.Root} for its 2 reports; the next kk ingest builds it")], found.Problems);
        Assert.StartsWith($"the archive at {temp.Root} is read-only (", ex.Message, StringComparison.Ordinal);
    }
}

using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage.Tests;

public sealed class ReportArchiveTests : IDisposable
{
    private readonly TempArchive temp = new("kk-archive-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_NewFolder_CreatesDatabaseAtLatestSchema()
    {
        using var archive = ReportArchive.Open(Path.Combine(temp.Dir, "a"));

        Assert.Equal(Migrator.Latest, archive.SchemaVersion);
        Assert.True(File.Exists(Path.Combine(temp.Dir, "a", "archive.db")));
        var tables = archive.Inspect("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").Select(r => (string)r[0]!);
        Assert.Equal(
            ["areas", "comparison_scores", "comparisons", "evaluators", "files", "findings", "import_log", "known_evaluations", "mentions", "meta", "passages", "questions", "reports", "sources", "warnings"],
            tables);
        Assert.Equal(0, archive.ContentVersion);
    }

    [Fact]
    public void Open_DatabaseOfANewerSchema_FailsNamingTheVersions()
    {
        ReportArchive.Open(temp.Dir).Dispose();
        using (var c = new SqliteConnection($"Data Source={Path.Combine(temp.Dir, "archive.db")};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }

        var ex = Assert.Throws<ArchiveSchemaException>(() => ReportArchive.Open(temp.Dir));

        Assert.True(ex.IsNewer);
        Assert.Equal((99, Migrator.Latest), (ex.Found, ex.Expected));
        Assert.Contains($"schema version 99, newer than this kk knows ({Migrator.Latest})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_FailsClearly()
    {
        File.WriteAllText(Path.Combine(temp.Dir, "archive.db"), "this is not sqlite, just text that is long enough to have a header of its own");

        var ex = Assert.Throws<ArchiveException>(() => ReportArchive.Open(temp.Dir));

        Assert.Equal($"{Path.Combine(temp.Dir, "archive.db")}: not a Kommunkompassen archive (not an SQLite database)", ex.Message);
        Assert.Equal(ArchiveProblem.NotAnArchive, ex.Problem);
    }

    [Fact]
    public void Store_DocxThenPdf_OneRecordWithBothSourcesAndEveryValueInTheTables()
    {
        var docx = SampleRecords.Of(Corpus.Report2005Docx);
        var pdf = SampleRecords.Of(Corpus.Report2005Pdf);
        using var archive = ReportArchive.Open(temp.Dir);

        var first = archive.Store(docx, "/in/a.docx", 1, "v1", "b1");
        var second = archive.Store(pdf, "/in/a.pdf", 1, "v1", "b1");

        Assert.Equal((StoreStatus.Ingested, StoreStatus.Merged), (first.Status, second.Status));
        var record = Assert.Single(archive.Records().ToList());
        Assert.Equal(RecordJson.Serialize(Readings.Combine([docx, pdf])), RecordJson.Serialize(record));
        Assert.Equal(["docx", "pdf"], record.Sources.Select(s => s.Format));

        // The query tables hold the same values as the record.
        Assert.Equal(record.Areas.Select(a => a.Score), archive.Inspect($"SELECT score FROM areas WHERE report_id = '{record.Id}' ORDER BY area").Select(r => (double?)r[0]));
        Assert.Equal(
            record.Questions.Select(q => $"{q.Id}={q.Score}/{q.Max}").Order(StringComparer.Ordinal),
            archive.Inspect($"SELECT question, score, max FROM questions WHERE report_id = '{record.Id}'").Select(r => $"{r[0]}={r[1]}/{r[2]}").Order(StringComparer.Ordinal));
        Assert.Equal(
            record.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements)).Order(StringComparer.Ordinal),
            archive.Inspect($"SELECT text FROM findings WHERE report_id = '{record.Id}'").Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal(record.Passages.Select(p => p.Page), archive.Inspect($"SELECT page FROM passages WHERE report_id = '{record.Id}' ORDER BY position").Select(r => r[0] is long l ? (int?)l : null));
        Assert.Equal(record.Comparisons.Count, Count(archive, "comparisons"));
        Assert.Equal(record.Comparisons.Sum(c => c.AreaScores.Count), Count(archive, "comparison_scores"));
        Assert.Equal(record.Mentions.Count, Count(archive, "mentions"));
        Assert.Equal(record.Warnings.Select(w => w.Code), archive.Inspect("SELECT code FROM warnings ORDER BY position").Select(r => (string)r[0]!));
        Assert.Equal(2, Count(archive, "sources"));
    }

    [Fact]
    public void Store_ChangedFileOfTheSameFormat_ReplacesTheReadingAndSupersedesTheOldFile()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var fixedDocx = docx with
        {
            Total = docx.Total with { Score = 100 },
            Sources = [docx.Sources[0] with { Sha256 = new string('a', 64) }],
        };
        using var archive = ReportArchive.Open(temp.Dir);
        archive.Store(docx, "/in/r.docx", 1, "v1", "b1");

        var result = archive.Store(fixedDocx, "/in/r.docx", 1, "v1", "b2");

        Assert.Equal(StoreStatus.Replaced, result.Status);
        Assert.StartsWith($"replaces {docx.Sources[0].FileName}", result.Message, StringComparison.Ordinal);
        Assert.Equal(100, Assert.Single(archive.Records().ToList()).Total.Score);
        Assert.Equal("superseded", archive.FindFile(docx.Sources[0].Sha256)!.Status);
        Assert.Equal("stored", archive.FindFile(new string('a', 64))!.Status);
        Assert.Equal(1, Count(archive, "sources"));
        Assert.Equal(docx.Areas.Count, Count(archive, "areas"));
    }

    [Fact]
    public void Store_SameReadingAgain_IsAnUpdateAndChangesNothing()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        using var archive = ReportArchive.Open(temp.Dir);
        archive.Store(docx, "/in/r.docx", 1, "v1", "b1");
        var before = Dump(archive);

        var result = archive.Store(docx, "/in/r.docx", 1, "v2", "b2");

        Assert.Equal(StoreStatus.Updated, result.Status);
        Assert.Equal(before, Dump(archive));
        Assert.Equal("v2", archive.FindFile(docx.Sources[0].Sha256)!.ParserVersion);
    }

    [Fact]
    public void Store_ReadingThatMovesToAnotherReport_LeavesNoRecordBehind()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var misread = docx with { Id = "0000-1999", Year = 1999 };
        using var archive = ReportArchive.Open(temp.Dir);
        archive.Store(misread, "/in/r.docx", 1, "v1", "b1");

        var result = archive.Store(docx, "/in/r.docx", 1, "v2", "b2");

        Assert.Equal("0000-1999", result.MovedFrom);
        Assert.Equal([docx.Id], archive.Records().ToList().Select(r => r.Id));
        Assert.Equal(0L, archive.Inspect("SELECT count(*) FROM areas WHERE report_id = '0000-1999'")[0][0]);
    }

    [Fact]
    public void StoreFailure_KeepsRecordsAndLogsTheReason()
    {
        using var archive = ReportArchive.Open(temp.Dir);
        archive.Store(SampleRecords.Of(Corpus.Report2010Docx), "/in/r.docx", 1, "v1", "b1");

        archive.StoreFailure("/in/tom.pdf", "e3b0", 0, "the file is empty", "v1", "b1");

        Assert.Single(archive.Records().ToList());
        var log = archive.ImportLog("b1");
        Assert.Equal(["ingested", "failed"], log.Select(e => e.Status));
        Assert.Equal("the file is empty", log[1].Message);
        Assert.Equal("failed", archive.FindFile("e3b0")!.Status);
    }

    private static long Count(ReportArchive archive, string table) => (long)archive.Inspect($"SELECT count(*) FROM {table}")[0][0]!;

    /// <summary>Every report table's rows, without the update times.</summary>
    internal static string Dump(ReportArchive archive) => TempArchive.Dump(archive);
}

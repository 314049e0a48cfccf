using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage.Tests;

/// <summary>The archive's own check (<see cref="ReportArchive.Verify"/>) and the rebuild of report rows from the stored readings (<see cref="ReportArchive.RebuildReports"/>).</summary>
public sealed class ArchiveCheckTests : IDisposable
{
    private readonly TempArchive temp = new("kk-check-");

    public ArchiveCheckTests()
    {
        BrokenArchive.MakeWhole(temp.Root);
    }

    private static string Id2005 => SampleRecords.Of(Corpus.Report2005Docx).Id;

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Verify_WholeArchive_NothingWrong()
    {
        using var archive = temp.OpenForReading();

        Assert.Empty(archive.Verify());
        Assert.Equal(2, archive.Count);
    }

    [Fact]
    public void Verify_ReportRowsLost_OneReportDefectNamingTheTableAndTheCounts()
    {
        var areas = SampleRecords.Of(Corpus.Report2005Docx).Areas.Count;
        BrokenArchive.Execute(temp.DatabasePath, $"DELETE FROM areas WHERE report_id = '{Id2005}' AND area = 3");
        using var archive = temp.OpenForReading();

        var defect = Assert.Single(archive.Verify());

        Assert.Equal(ArchiveDefectKind.Report, defect.Kind);
        Assert.Equal(Id2005, defect.ReportId);
        Assert.Equal($"{Id2005}: its rows differ from what its stored readings make (areas: {areas - 1} rows, {areas} expected)", defect.Message);
    }

    [Fact]
    public void Verify_AValueChangedInAQueryTable_ReportDefect()
    {
        BrokenArchive.Execute(temp.DatabasePath, $"UPDATE questions SET score = score + 1 WHERE report_id = '{Id2005}' AND question = '2.1'");
        using var archive = temp.OpenForReading();

        var defect = Assert.Single(archive.Verify());

        Assert.Equal($"{Id2005}: its rows differ from what its stored readings make (questions: 1 row differ)", defect.Message);
    }

    [Fact]
    public void Verify_RecordThatNoLongerParses_ReportDefect()
    {
        BrokenArchive.Execute(temp.DatabasePath, $"UPDATE reports SET record_json = substr(record_json, 1, 500) WHERE id = '{Id2005}'");
        using var archive = temp.OpenForReading();

        var defect = Assert.Single(archive.Verify());

        Assert.Equal((ArchiveDefectKind.Report, Id2005), (defect.Kind, defect.ReportId));
        Assert.Equal($"{Id2005}: its rows differ from what its stored readings make (reports: 1 row differ)", defect.Message);
    }

    [Fact]
    public void Verify_ReadingThatNoLongerParses_ReadingDefectNamingTheReportAndTheFile()
    {
        BrokenArchive.Execute(temp.DatabasePath, $"UPDATE sources SET reading = substr(reading, 1, 2000) WHERE report_id = '{Id2005}' AND format = 'pdf'");
        using var archive = temp.OpenForReading();

        var defect = Assert.Single(archive.Verify());

        Assert.Equal((ArchiveDefectKind.Reading, Id2005), (defect.Kind, defect.ReportId));
        Assert.StartsWith($"the stored pdf reading of {Id2005} (/in/{Corpus.Report2005Pdf}) cannot be read (", defect.Message, StringComparison.Ordinal);
        Assert.Equal(SampleRecords.Of(Corpus.Report2005Pdf).Sources[0].Sha256, defect.Sha256);
    }

    [Fact]
    public void Verify_FileRecordedAsStoredWithoutItsReading_FileDefectAndTheReportsRowsDiffer()
    {
        BrokenArchive.Execute(temp.DatabasePath, $"DELETE FROM sources WHERE report_id = '{Id2005}' AND format = 'pdf'");
        using var archive = temp.OpenForReading();

        var defects = archive.Verify();

        Assert.Equal([ArchiveDefectKind.Report, ArchiveDefectKind.File], defects.Select(d => d.Kind));
        Assert.StartsWith($"{Id2005}: its rows differ from what its stored readings make (reports: 1 row differ; ", defects[0].Message, StringComparison.Ordinal);
        Assert.Equal($"/in/{Corpus.Report2005Pdf} is recorded as stored in {Id2005}, but the archive holds no reading of it", defects[1].Message);
    }

    [Fact]
    public void Verify_DamagedPage_DatabaseDefectsFromIntegrityCheck()
    {
        BrokenArchive.OverwritePage(temp.DatabasePath, BrokenArchive.RootPage(temp.DatabasePath, "findings"), seed: 2);
        using var archive = temp.OpenForReading();

        var defects = archive.Verify();

        Assert.NotEmpty(defects);
        Assert.Equal(ArchiveDefectKind.Database, defects[0].Kind);
        Assert.StartsWith($"{temp.DatabasePath}: the database is damaged (integrity_check: ", defects[0].Message, StringComparison.Ordinal);
        NonEmpty.All(defects, d => Assert.DoesNotContain('\n', d.Message));
    }

    [Fact]
    public void RebuildReports_RowsLostAndChanged_RowsAsBeforeAndNoCopyMade()
    {
        var before = TempArchive.Dump(temp.Root);
        BrokenArchive.Execute(temp.DatabasePath, $"DELETE FROM findings WHERE report_id = '{Id2005}'; UPDATE reports SET total = 1 WHERE id = '{Id2005}'");

        ArchiveRepair repair;
        using (var archive = temp.OpenForWriting())
        {
            repair = archive.RebuildReports([Id2005]);
            Assert.Empty(archive.Verify());
        }

        Assert.Equal([$"rebuilt {Id2005} from its stored readings (docx, pdf)"], repair.Actions);
        Assert.Null(repair.Backup);
        Assert.Empty(repair.IngestAgain);
        Assert.Equal(before, TempArchive.Dump(temp.Root));
    }

    [Fact]
    public void RebuildReports_OneUnreadableReading_RebuiltFromTheOtherCopyKeptFileForgotten_NextStoreOfItMakesItWhole()
    {
        var before = TempArchive.Dump(temp.Root);
        var pdf = SampleRecords.Of(Corpus.Report2005Pdf);
        BrokenArchive.Execute(temp.DatabasePath, $"UPDATE sources SET reading = X'00' WHERE report_id = '{Id2005}' AND format = 'pdf'");

        using var archive = temp.OpenForWriting();
        var repair = archive.RebuildReports([Id2005]);

        Assert.Equal(3, repair.Actions.Count);
        Assert.StartsWith($"copied the database to {temp.DatabasePath}.before-repair-", repair.Actions[0], StringComparison.Ordinal);
        Assert.Equal($"removed the unreadable pdf reading of {Id2005}; the next kk ingest of /in/{Corpus.Report2005Pdf} reads it again", repair.Actions[1]);
        Assert.Equal($"rebuilt {Id2005} from its stored reading (docx)", repair.Actions[2]);
        Assert.Equal([$"/in/{Corpus.Report2005Pdf}"], repair.IngestAgain);
        Assert.True(File.Exists(repair.Backup));
        Assert.Empty(archive.Verify());
        Assert.Equal(["docx"], archive.Find(Id2005)!.Sources.Select(s => s.Format));
        Assert.Null(archive.FindFile(pdf.Sources[0].Sha256));

        archive.Store(pdf, "/in/" + Corpus.Report2005Pdf, 1, "v1", "b1");

        Assert.Equal(before, TempArchive.Dump(archive));
    }

    [Fact]
    public void RebuildReports_NoReadableReading_RemovesTheReportAndNamesItsFiles()
    {
        BrokenArchive.Execute(temp.DatabasePath, $"UPDATE sources SET reading = X'00' WHERE report_id = '{Id2005}'");

        using var archive = temp.OpenForWriting();
        var repair = archive.RebuildReports([Id2005]);

        Assert.Equal($"removed {Id2005}: none of its stored readings could be read; ingest /in/{Corpus.Report2005Docx}, /in/{Corpus.Report2005Pdf} again", repair.Actions[^1]);
        Assert.Equal([SampleRecords.Of(Corpus.Report2010Docx).Id], archive.ReportIds());
        Assert.Empty(archive.Verify());
        Assert.Equal(2, archive.KnownFiles().Count);
    }

    [Fact]
    public void RebuildReports_FileWithoutItsReadingForgotten_VerifyClean()
    {
        var sha = SampleRecords.Of(Corpus.Report2005Pdf).Sources[0].Sha256;
        BrokenArchive.Execute(temp.DatabasePath, $"DELETE FROM sources WHERE report_id = '{Id2005}' AND format = 'pdf'");

        using var archive = temp.OpenForWriting();
        var repair = archive.RebuildReports([Id2005], [sha]);

        Assert.Equal([$"rebuilt {Id2005} from its stored reading (docx)", $"forgot /in/{Corpus.Report2005Pdf}, which had no stored reading; the next kk ingest reads it again"], repair.Actions);
        Assert.Empty(archive.Verify());
        Assert.Null(archive.FindFile(sha));
    }

    [Fact]
    public void Verify_ReadOnlyReader_WritesNothing()
    {
        SqliteConnection.ClearAllPools();
        var before = TempArchive.Snapshot(temp.Root).Where(l => !l.Contains("-shm", StringComparison.Ordinal) && !l.Contains("-wal", StringComparison.Ordinal)).ToList();

        using (var archive = temp.OpenForReading())
        {
            archive.Verify();
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, TempArchive.Snapshot(temp.Root).Where(l => !l.Contains("-shm", StringComparison.Ordinal) && !l.Contains("-wal", StringComparison.Ordinal)));
    }
}

using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage.Tests;

/// <summary>Salvaging a damaged archive database into a new one (<see cref="ArchiveSalvage"/>).</summary>
public sealed class ArchiveSalvageTests : IDisposable
{
    private readonly TempArchive temp = new("kk-salvage-");

    public ArchiveSalvageTests()
    {
        BrokenArchive.MakeWhole(temp.Root);
    }

    public void Dispose() => temp.Dispose();

    private static IReadOnlyList<string> SamplePaths => TempArchive.AllSamples.Select(f => "/in/" + f).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("findings")]
    [InlineData("sqlite_autoindex_passages_1")]
    [InlineData("reports")]
    public void Run_DamagedPageOfDerivedRows_EveryReportAsBeforeAndTheDamagedFileKept(string table)
    {
        // Pages of what is made again from the readings (a report table, an index): nothing is lost.
        var before = TempArchive.Dump(temp.Root);
        var log = ImportLog();
        BrokenArchive.OverwritePage(temp.DatabasePath, BrokenArchive.RootPage(temp.DatabasePath, table), seed: 3);
        var damaged = File.ReadAllBytes(temp.DatabasePath);

        var result = ArchiveSalvage.Run(temp.Root);

        Assert.Equal((4, 2), (result.Readings, result.Reports));
        Assert.Empty(result.IngestAgain);
        Assert.Empty(result.ReportsLost);
        Assert.StartsWith($"{temp.DatabasePath}.damaged-", result.Backup, StringComparison.Ordinal);
        Assert.Equal(damaged, File.ReadAllBytes(result.Backup));
        Assert.Equal($"kept the damaged database as {result.Backup}", result.Actions[^1]);
        Assert.Contains("salvaged 4 stored readings, 4 file rows and 4 log rows into a new database, and rebuilt 2 reports from the readings", result.Actions);
        Assert.Equal(before, TempArchive.Dump(temp.Root));
        Assert.Equal(log, ImportLog());
        using var archive = temp.OpenForWriting();
        Assert.Empty(archive.Verify());
        Assert.Equal(4, archive.KnownFiles().Count);
    }

    [Fact]
    public void Run_Truncated_KeepsWhatIsLeftNamesTheFilesToIngestAgainAndForgetsThem()
    {
        // Cut where the readings' pages stop: the header says more pages than the file has.
        BrokenArchive.Truncate(temp.DatabasePath, 0.4);

        var result = ArchiveSalvage.Run(temp.Root);

        using var archive = temp.OpenForWriting();
        Assert.Empty(archive.Verify());
        var kept = archive.Inspect("SELECT path FROM sources").Select(r => (string)r[0]!).ToList();
        Assert.Equal(SamplePaths, kept.Concat(result.IngestAgain).Order(StringComparer.Ordinal));
        Assert.NotEmpty(result.IngestAgain);
        NonEmpty.All(result.IngestAgain, path => Assert.DoesNotContain(archive.KnownFiles().Values, f => f.Path == path));
        NonEmpty.All(result.IngestAgain, path => Assert.Contains($"lost the reading of {path} (", string.Join("\n", result.Actions), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Run_RandomPageOverwritten_ChecksOutAfterwardsAndKeepsEveryRecordItCouldAsItWas(int seed)
    {
        // 4 KB of random bytes over a page in use, chosen by the seed: whatever it held, the
        // salvaged archive checks out, every report in it is the one before, and the files of what
        // was lost are named.
        var records = Records();
        var pages = BrokenArchive.UsedPages(temp.DatabasePath);
        var page = pages[new Random(seed).Next(pages.Count)];
        BrokenArchive.OverwritePage(temp.DatabasePath, page, seed);
        Assert.True(Detected(), $"the damage to page {page} went unnoticed");

        var result = ArchiveSalvage.Run(temp.Root);

        using var archive = temp.OpenForWriting();
        Assert.Empty(archive.Verify());
        var kept = archive.Inspect("SELECT path FROM sources").Select(r => (string)r[0]!);
        Assert.Equal(SamplePaths, kept.Concat(result.IngestAgain).Order(StringComparer.Ordinal));
        NonEmpty.All(archive.Records().ToList(), r =>
        {
            // A report that kept all its readings is as it was; one that lost one is made from the rest.
            var original = records[r.Id];
            var lost = original.Sources.Select(s => "/in/" + s.FileName).Where(result.IngestAgain.Contains).ToList();
            Assert.Equal(original.Sources.Count - lost.Count, r.Sources.Count);
            if (lost.Count == 0)
            {
                Assert.Equal(RecordJson.Serialize(original), RecordJson.Serialize(r));
            }
        });
        Assert.Equal(records.Keys.Order(StringComparer.Ordinal), archive.ReportIds().Concat(result.ReportsLost).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_RandomBytes_RefusesAndTouchesNothing()
    {
        BrokenArchive.Break(temp.Root, ArchiveDamage.RandomBytes);
        var before = TempArchive.Snapshot(temp.Root);

        var ex = Assert.Throws<ArchiveException>(() => ArchiveSalvage.Run(temp.Root));

        Assert.Equal(ArchiveProblem.NotAnArchive, ex.Problem);
        Assert.Equal(before, TempArchive.Snapshot(temp.Root));
    }

    [Fact]
    public void Run_WhileAWriterHoldsTheArchive_Busy()
    {
        using var writer = temp.OpenForWriting();

        Assert.Throws<ArchiveBusyException>(() => ArchiveSalvage.Run(temp.Root));
    }

    /// <summary>Whether opening the archive for reading or its check finds something wrong.</summary>
    private bool Detected()
    {
        try
        {
            using var archive = temp.OpenForReading();
            return archive.Verify().Count > 0;
        }
        catch (ArchiveException)
        {
            return true;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private Dictionary<string, Records.ReportRecord> Records()
    {
        using var archive = temp.OpenForReading();
        var records = archive.Records().ToDictionary(r => r.Id, StringComparer.Ordinal);
        Assert.Equal(2, records.Count);
        return records;
    }

    private List<string> ImportLog()
    {
        SqliteConnection.ClearAllPools();
        return BrokenArchive.Query(temp.DatabasePath, "SELECT id, batch, at, path, sha256, status, report_id, message FROM import_log ORDER BY id", r => string.Join('|', Enumerable.Range(0, 8).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i).ToString())));
    }
}

using System.Diagnostics;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage.Tests;

/// <summary>Opening the archive for reading or writing, the writer lock, reads by key and query, and several users at once.</summary>
public sealed class ArchiveAccessTests : IDisposable
{
    private readonly TempArchive temp = new("kk-access-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void OpenForReading_NoArchive_NotFoundNamingTheFolderAndMakesNothing()
    {
        var ex = Assert.Throws<ArchiveNotFoundException>(() => ReportArchive.OpenForReading(temp.Root));

        Assert.Equal($"no archive at {temp.Root} (no archive.db); run 'kk ingest' first", ex.Message);
        Assert.Equal(ArchiveProblem.Missing, ex.Problem);
        Assert.False(Directory.Exists(temp.Root));
    }

    [Theory]
    [InlineData(ArchiveDamage.RandomBytes)]
    [InlineData(ArchiveDamage.OtherFile)]
    public void OpenForReadingAndWriting_NotSqlite_NotAnArchiveNamingTheFileAndNothingWritten(ArchiveDamage damage)
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, damage);
        var before = TempArchive.Snapshot(temp.Root);

        var reading = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForReading(temp.Root));
        var writing = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForWriting(temp.Root));

        Assert.Equal($"{temp.DatabasePath}: not a Kommunkompassen archive (not an SQLite database)", reading.Message);
        Assert.Equal((ArchiveProblem.NotAnArchive, ArchiveProblem.NotAnArchive), (reading.Problem, writing.Problem));
        Assert.Equal(reading.Message, writing.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, TempArchive.Snapshot(temp.Root).Where(f => !f.StartsWith(ReportArchive.LockFile, StringComparison.Ordinal)));
    }

    [Fact]
    public void OpenForWriting_AnotherProgramsSqliteDatabase_RefusesAndAddsNoTable()
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, ArchiveDamage.OtherProgramsDatabase);

        var writing = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForWriting(temp.Root));
        var reading = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForReading(temp.Root));

        Assert.Equal($"{temp.DatabasePath}: not a Kommunkompassen archive (an SQLite database of another program: it has tables but no archive schema)", writing.Message);
        Assert.Equal(writing.Message, reading.Message);
        Assert.Equal(ArchiveProblem.NotAnArchive, writing.Problem);
        Assert.Equal(["customers"], BrokenArchive.Query(temp.DatabasePath, "SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0)));
    }

    [Fact]
    public void OpenForWriting_DamagedPage_RefusesNamingQuickCheckAndWritesNothing()
    {
        BrokenArchive.MakeWhole(temp.Root);
        // The page of the findings table: the rest reads, so only a check of every page finds it.
        BrokenArchive.OverwritePage(temp.DatabasePath, BrokenArchive.RootPage(temp.DatabasePath, "findings"), seed: 1);
        var before = Hash(temp.DatabasePath);

        var ex = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForWriting(temp.Root));

        Assert.Equal(ArchiveProblem.Damaged, ex.Problem);
        Assert.StartsWith($"{temp.DatabasePath}: the database is damaged (quick_check: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("); run 'kk check --repair'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Hash(temp.DatabasePath));
        // Reading is still allowed (what is whole reads), and the damage is said where it is met.
        using var archive = temp.OpenForReading();
        Assert.Equal(2, archive.Records().Count());
    }

    [Fact]
    public void Read_TruncatedDatabase_DamagedWithTheRepairHint()
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, ArchiveDamage.Truncated);

        var ex = Assert.Throws<ArchiveException>(() =>
        {
            using var archive = ReportArchive.OpenForReading(temp.Root);
            return archive.Records().Count();
        });

        Assert.Equal(ArchiveProblem.Damaged, ex.Problem);
        Assert.Equal($"{temp.DatabasePath}: the database is damaged (database disk image is malformed); run 'kk check --repair'", ex.Message);
    }

    [Fact]
    public void Records_AStoredRecordThatNoLongerParses_RecordExceptionNamingTheReport()
    {
        temp.Store(Corpus.Report2010Docx, Corpus.Report2005Docx);
        var id = SampleRecords.Of(Corpus.Report2005Docx).Id;
        Execute($"UPDATE reports SET record_json = '{{\"id\": \"{id}\", \"year\": ' WHERE id = '{id}'");
        using var archive = temp.OpenForReading();

        var ex = Assert.Throws<ArchiveRecordException>(() => archive.Records().ToList());

        Assert.Equal(id, ex.ReportId);
        Assert.StartsWith($"{temp.DatabasePath}: the stored record of {id} cannot be read (JsonException: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("; run 'kk check --repair'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Throws<ArchiveRecordException>(() => archive.Find(id)).ReportId);
        Assert.NotNull(archive.Find(SampleRecords.Of(Corpus.Report2010Docx).Id));
    }

    [SkippableFact]
    public void OpenForWriting_ReadOnlyFolder_ReadOnlyNamingTheArchive_ReadingWorks()
    {
        temp.Store(Corpus.Report2010Docx);
        SqliteConnection.ClearAllPools();
        using var readOnly = ReadOnlyFolder.TryMake(temp.Root, out var reason);
        Skip.If(readOnly is null, reason);

        var ex = Assert.Throws<ArchiveReadOnlyException>(() => ReportArchive.OpenForWriting(temp.Root));
        using var archive = temp.OpenForReading();

        Assert.Equal(ArchiveProblem.ReadOnly, ex.Problem);
        Assert.StartsWith($"the archive at {temp.Root} is read-only (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("); it can be read but not written", ex.Message, StringComparison.Ordinal);
        Assert.Equal([SampleRecords.Of(Corpus.Report2010Docx).Id], archive.ReportIds());
    }

    [SkippableFact]
    public void OpenForWriting_ImmutableDatabaseFileInAWritableFolder_ReadOnlyNamingTheFile()
    {
        // A database file that cannot be written (as root: the immutable flag) in a folder that
        // can: SQLite opens such a file read-only without a word, which the writer must notice.
        Skip.IfNot(ReadOnlyFolder.IsRoot, "needs root, for chattr +i (as another user a file without write permission is the same case, and SQLite reports it alike)");
        temp.Store(Corpus.Report2010Docx);
        SqliteConnection.ClearAllPools();
        var made = Tool.Run("chattr", "+i", temp.DatabasePath);
        Skip.IfNot(made.Ok, $"chattr +i is not allowed here ({made.Error})");
        try
        {
            var ex = Assert.Throws<ArchiveReadOnlyException>(() => ReportArchive.OpenForWriting(temp.Root));

            Assert.Equal($"the archive at {temp.Root} is read-only (archive.db cannot be written); it can be read but not written", ex.Message);
            using var archive = temp.OpenForReading();
            Assert.Single(archive.ReportIds());
        }
        finally
        {
            Tool.Run("chattr", "-i", temp.DatabasePath);
        }
    }

    [Fact]
    public void OpenForReading_ReadsEverythingAndWritesNothing()
    {
        temp.Store(TempArchive.AllSamples);
        SqliteConnection.ClearAllPools(); // the writer's connections closed, its WAL checkpointed into archive.db
        var database = new FileInfo(temp.DatabasePath);
        var before = (database.Length, database.LastWriteTimeUtc, Hash(database.FullName));
        var filesBefore = Files(temp.Root);

        using (var archive = temp.OpenForReading())
        {
            Assert.False(archive.IsWriter);
            Assert.Equal(Migrator.Latest, archive.SchemaVersion);
            Assert.Equal(2, archive.Count);
            Assert.Equal(4, archive.ContentVersion);
            Assert.Equal(2, archive.Records().Count());
            Assert.Equal(4, archive.KnownFiles().Count);
            Assert.Equal(4, archive.ImportLog().Count);
            Assert.NotNull(archive.Find(archive.ReportIds()[0]));
        }

        SqliteConnection.ClearAllPools();
        database.Refresh();
        Assert.Equal(before, (database.Length, database.LastWriteTimeUtc, Hash(database.FullName)));
        // SQLite's shared-memory index (-shm) and an empty log (-wal) may come and go with a reader; nothing else.
        Assert.Equal(filesBefore, Files(temp.Root));
    }

    [Fact]
    public void OpenForReading_ReadOnlyFolderAndFile_Reads()
    {
        temp.Store(Corpus.Report2010Docx);
        SqliteConnection.ClearAllPools();
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(temp.DatabasePath, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(temp.DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            File.SetUnixFileMode(temp.Root, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var before = Unwritten(temp.Root);

        using (var archive = temp.OpenForReading())
        {
            Assert.Equal([SampleRecords.Of(Corpus.Report2010Docx).Id], archive.ReportIds());
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Unwritten(temp.Root));
    }

    [Fact]
    public void OpenForReading_AsAnImmutableFile_ReadsTheLastCommit()
    {
        // The way taken when the folder is read-only (and the -shm file cannot be made): exercised
        // directly, since a test running as root cannot make a folder it cannot write.
        temp.Store(Corpus.Report2010Docx, Corpus.Report2005Docx);
        SqliteConnection.ClearAllPools();
        var before = Unwritten(temp.Root);

        using (var archive = ReportArchive.OpenForReading(temp.Root, immutable: true))
        {
            Assert.Equal(2, archive.Records().Count());
            Assert.Equal(2, archive.ContentVersion);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Unwritten(temp.Root));
    }

    [Fact]
    public void OpenForReading_OlderSchema_RefusesAndDoesNotMigrate()
    {
        temp.Store(Corpus.Report2010Docx);
        SetUserVersion(1);
        var before = Unwritten(temp.Root);

        var ex = Assert.Throws<ArchiveSchemaException>(() => ReportArchive.OpenForReading(temp.Root));

        Assert.Equal((1, Migrator.Latest, false), (ex.Found, ex.Expected, ex.IsNewer));
        Assert.Equal($"{temp.DatabasePath}: the archive has schema version 1, older than this kk's ({Migrator.Latest}); reading never upgrades it, the next 'kk ingest' does", ex.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, Unwritten(temp.Root));
        Assert.Equal(1L, UserVersion());
    }

    [Fact]
    public void OpenForReading_NewerSchema_RefusesNamingTheVersions()
    {
        temp.Store(Corpus.Report2010Docx);
        SetUserVersion(99);

        var ex = Assert.Throws<ArchiveSchemaException>(() => ReportArchive.OpenForReading(temp.Root));

        Assert.True(ex.IsNewer);
        Assert.Equal($"{temp.DatabasePath}: the archive has schema version 99, newer than this kk knows ({Migrator.Latest}); use a newer kk", ex.Message);
    }

    [Fact]
    public void OpenForReading_StoredReadingsOfANewerFormat_Refuses()
    {
        temp.Store(Corpus.Report2010Docx);
        Execute("UPDATE meta SET value = '2' WHERE key = 'stored_json_format'");

        var reading = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForReading(temp.Root));
        var writing = Assert.Throws<ArchiveException>(() => ReportArchive.OpenForWriting(temp.Root));

        Assert.Equal($"{temp.DatabasePath}: the archive stores readings in format 2, newer than this kk knows (1); use a newer kk", reading.Message);
        Assert.Equal(reading.Message, writing.Message);
    }

    [Fact]
    public void OpenForWriting_RecordsTheStoredFormatAndStoresInIt()
    {
        temp.Store(Corpus.Report2010Docx);

        using var archive = temp.OpenForReading();
        Assert.Equal("1", Assert.Single(archive.Inspect("SELECT value FROM meta WHERE key = 'stored_json_format'"))[0]);
        var record = SampleRecords.Of(Corpus.Report2010Docx);
        Assert.Equal(StoredJson.Serialize(record), Assert.Single(archive.Inspect("SELECT record_json FROM reports"))[0]);
        Assert.Equal(StoredJson.Serialize(record), StoredJson.Serialize(StoredJson.Unpack((byte[])Assert.Single(archive.Inspect("SELECT reading FROM sources"))[0]!)));
    }

    [Fact]
    public void Reader_Store_RefusesAndChangesNothing()
    {
        temp.Store(Corpus.Report2010Docx);
        using var archive = temp.OpenForReading();
        var before = TempArchive.Dump(archive);

        var ex = Assert.Throws<InvalidOperationException>(() => archive.Store(SampleRecords.Of(Corpus.Report2005Docx), "/in/a.docx", 1, "v1", "b2"));

        Assert.Equal($"{temp.Root}: the archive was opened for reading; open it with OpenForWriting to change it", ex.Message);
        Assert.Throws<InvalidOperationException>(() => archive.StoreFailure("/in/x.pdf", "ab", 1, "broken", "v1", "b2"));
        Assert.Throws<InvalidOperationException>(() => archive.LogSkipped([("/in/x.pdf", "ab", null, "unchanged")], "b2"));
        Assert.Equal(before, TempArchive.Dump(archive));
        Assert.Single(archive.ImportLog());
    }

    [Fact]
    public void OpenForWriting_WhileAnotherWriterHoldsIt_BusyWithOneLineNamingTheHolder()
    {
        using var first = temp.OpenForWriting();

        var ex = Assert.Throws<ArchiveBusyException>(() => ReportArchive.OpenForWriting(temp.Root));

        var since = ex.Holder!.Since.ToLocalTime().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{temp.Root} is being written by another kk ingest (pid {Environment.ProcessId} since {since}); try again when it ends", ex.Message);
        Assert.Equal(Environment.ProcessId, ex.Holder.ProcessId);
        Assert.InRange(DateTimeOffset.UtcNow - ex.Holder.Since, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(Environment.ProcessId, ReportArchive.CurrentWriter(temp.Root)?.ProcessId);
    }

    [Fact]
    public void OpenForWriting_AfterTheWriterEnds_TakesIt()
    {
        temp.OpenForWriting().Dispose();

        using var second = temp.OpenForWriting();

        Assert.True(second.IsWriter);
        Assert.Null(ReportArchive.CurrentWriter(Path.Combine(temp.Dir, "elsewhere")));
    }

    [Fact]
    public async Task OpenForWriting_WithAWait_TakesItWhenTheHolderLetsGo()
    {
        var first = temp.OpenForWriting();
        var clock = Stopwatch.StartNew();
        var release = Task.Run(async () =>
        {
            await Task.Delay(400);
            first.Dispose();
        });

        using var second = ReportArchive.OpenForWriting(temp.Root, wait: TimeSpan.FromSeconds(30));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(29));
        await release;
        Assert.True(second.IsWriter);
    }

    [Fact]
    public void OpenForWriting_ShortWait_BusyAfterWaiting()
    {
        using var first = temp.OpenForWriting();
        var clock = Stopwatch.StartNew();

        Assert.Throws<ArchiveBusyException>(() => ReportArchive.OpenForWriting(temp.Root, wait: TimeSpan.FromMilliseconds(300)));

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), clock.Elapsed.ToString());
    }

    [Fact]
    public void ReadsByKeyAndQuery_AnswerAsAFilterOverAllRecordsWould()
    {
        temp.Store(TempArchive.AllSamples);
        using var archive = temp.OpenForReading();
        var all = archive.Records().ToList();
        Assert.Equal(2, all.Count);

        Assert.Equal(all.Select(r => r.Id).Order(StringComparer.Ordinal), archive.ReportIds());
        Assert.Equal(all.Select(r => r.Id), archive.ReportIds()); // Records() is in id order
        Assert.Equal(RecordJsonOf(all[1]), RecordJsonOf(archive.Find(all[1].Id)!));
        Assert.Null(archive.Find("0000-1900"));

        var codes = all.SelectMany(r => r.Comparisons.Select(c => c.Municipality.Code).Concat(r.Mentions.Select(m => m.Municipality.Code)).Append(r.Municipality.Code))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 2, "the samples compare with or cite other municipalities");
        var concerningOthers = 0;
        foreach (var code in codes)
        {
            var expected = all.Where(r => r.Municipality.Code == code || r.Comparisons.Any(c => c.Municipality.Code == code) || r.Mentions.Any(m => m.Municipality.Code == code))
                .Select(r => r.Id).ToList();
            Assert.Equal(expected, archive.RecordsConcerning(code).Select(r => r.Id));
            Assert.Equal(all.Where(r => r.Municipality.Code == code).Select(r => r.Id), archive.RecordsFor(code).Select(r => r.Id));
            concerningOthers += expected.Count(id => all.Single(r => r.Id == id).Municipality.Code != code);
        }

        Assert.True(concerningOthers > 0, "some municipality is concerned by another's report");
        var years = all.Select(r => r.Year).Order().ToList();
        Assert.Equal([all.Single(r => r.Year == years[0]).Id], archive.RecordsBetween(years[0], years[0]).Select(r => r.Id));
        Assert.Equal(all.OrderBy(r => r.Year).Select(r => r.Id), archive.RecordsBetween(years[0], years[^1]).Select(r => r.Id));
        Assert.Empty(archive.RecordsBetween(1900, 1901));
        var snapshot = archive.Snapshot();
        Assert.Equal(archive.ContentVersion, snapshot.ContentVersion);
        Assert.Equal(archive.ReportIds(), snapshot.ReportIds);
    }

    [Fact]
    public async Task ReadersOnManyThreads_WhileTheWriterStores_SeeOnlyWholeCommits()
    {
        using var writer = temp.OpenForWriting();
        using var reader = temp.OpenForReading();
        var samples = TempArchive.AllSamples;
        var stop = new CancellationTokenSource();
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var observed = new System.Collections.Concurrent.ConcurrentBag<(long Version, int Reports)>();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var snapshot = reader.Snapshot();
                    observed.Add((snapshot.ContentVersion, snapshot.ReportIds.Count));
                    foreach (var r in reader.Records())
                    {
                        Assert.Contains(r.Sources, s => samples.Contains(s.FileName));
                    }
                }
                catch (Exception ex)
                {
                    errors.Enqueue(ex);
                }
            }
        })).ToArray();

        // The readers are reading before the writer starts (a loaded machine may start the tasks late).
        Assert.True(SpinWait.SpinUntil(() => !observed.IsEmpty, TimeSpan.FromSeconds(60)), "no reader started");
        for (var round = 0; round < 3; round++)
        {
            foreach (var f in samples)
            {
                writer.Store(SampleRecords.Of(f), "/in/" + f, 1, $"v{round}", $"b{round}");
            }
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Empty(errors);
        Assert.NotEmpty(observed);
        // Each commit is one reading: the docx makes a report, its pdf joins it, and so on.
        var expectedReports = new Dictionary<long, int> { [0] = 0, [1] = 1, [2] = 1, [3] = 2 };
        NonEmpty.All(observed, o => Assert.Equal(o.Version >= 3 ? 2 : expectedReports[o.Version], o.Reports));
        Assert.Equal(12, writer.ContentVersion);
        Assert.Equal(2, reader.Count);
    }

    [Fact]
    public void WriterOnManyThreads_StoresEveryReadingOnce()
    {
        using var writer = temp.OpenForWriting();

        Parallel.ForEach(TempArchive.AllSamples, f => writer.Store(SampleRecords.Of(f), "/in/" + f, 1, "v1", "b1"));

        Assert.Equal(4, writer.ContentVersion);
        Assert.Equal(2, writer.Count);
        Assert.Equal(4, writer.ImportLog().Count);
        NonEmpty.All(writer.Records(), r => Assert.Equal(["docx", "pdf"], r.Sources.Select(s => s.Format)));
    }

    private static string RecordJsonOf(ReportRecord r) => Kommunkompassen.Ingest.Export.RecordJson.Serialize(r);

    private void SetUserVersion(int version) => Execute($"PRAGMA user_version = {version}");

    private long UserVersion()
    {
        using var c = new SqliteConnection($"Data Source={temp.DatabasePath};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA user_version";
        return (long)cmd.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using (var c = new SqliteConnection($"Data Source={temp.DatabasePath};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>
    /// The folder's files as <see cref="TempArchive.Snapshot"/> has them, but SQLite's shared-memory
    /// index (-shm), which every reader of a WAL database maps and may make, and the log (-wal)
    /// while it is empty: a reader may make it, never write to it.
    /// </summary>
    private static List<string> Unwritten(string folder) =>
        TempArchive.Snapshot(folder)
            .Where(line => !line.StartsWith(ReportArchive.DatabaseFile + "-shm ", StringComparison.Ordinal)
                && !line.StartsWith(ReportArchive.DatabaseFile + "-wal 0 ", StringComparison.Ordinal))
            .ToList();

    private static string Hash(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>The folder's files but SQLite's -shm and -wal, which a reader of a WAL database may make (empty) and leave.</summary>
    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.EndsWith("-shm", StringComparison.Ordinal) && !n.EndsWith("-wal", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
}

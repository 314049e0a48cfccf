using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>Every reading operation opens the archive through one path, which says in one line what is wrong with it.</summary>
public sealed partial class KompassAppTests
{
    /// <summary>The reading operations of the application, by name.</summary>
    private static readonly Dictionary<string, Action<KompassApp>> Readers = new(StringComparer.Ordinal)
    {
        ["reports"] = app => app.Reports(),
        ["report"] = app => app.Report("2081-2010"),
        ["profile"] = app => app.Profile("Borlänge"),
        ["coverage"] = app => app.Coverage(),
        ["examples"] = app => app.Examples(new ExamplesQuery("synpunktshantering")),
        ["search"] = app => app.Search(new SearchQuery("kommunen")),
        ["export json"] = app => app.Export(new ExportRequest(ExportFormat.Json), Stream.Null),
        ["export jsonl"] = app => app.Export(new ExportRequest(ExportFormat.Jsonl), Stream.Null),
        ["export csv"] = app => app.Export(new ExportRequest(ExportFormat.Csv, ExportTable.Warnings), Stream.Null),
        ["export xlsx"] = app => app.Export(new ExportRequest(ExportFormat.Xlsx), Stream.Null),
    };

    public static TheoryData<ArchiveDamage, string> BrokenArchiveReads()
    {
        var data = new TheoryData<ArchiveDamage, string>();
        foreach (var damage in Enum.GetValues<ArchiveDamage>())
        {
            foreach (var reader in Readers.Keys)
            {
                data.Add(damage, reader);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenArchiveReads))]
    public void ReadingOperation_BrokenArchive_OperationExceptionOfOneLineNamingIt(ArchiveDamage damage, string reader)
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, damage);
        var app = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).Build();

        if (damage == ArchiveDamage.DamagedReportsPage && reader == "search")
        {
            // The report ids a search checks the index against are read from the id index, not
            // from the damaged page, and the search index is whole: the search answers.
            Readers[reader](app);
            return;
        }

        var ex = Assert.Throws<KompassOperationException>(() => Readers[reader](app));

        var database = Path.Combine(temp.Root, ReportArchive.DatabaseFile);
        var expected = damage switch
        {
            ArchiveDamage.Missing => $"no archive at {temp.Root} (no archive.db); run 'kk ingest' first",
            ArchiveDamage.RandomBytes or ArchiveDamage.OtherFile => $"{database}: not a Kommunkompassen archive (not an SQLite database)",
            ArchiveDamage.OtherProgramsDatabase => $"{database}: not a Kommunkompassen archive (an SQLite database of another program: it has tables but no archive schema)",
            ArchiveDamage.Truncated or ArchiveDamage.DamagedReportsPage => $"{database}: the database is damaged (database disk image is malformed); run 'kk check --repair'",
            ArchiveDamage.NewerSchema => $"{database}: the archive has schema version 99, newer than this kk knows (3); use a newer kk",
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Export_ToAFileFromADamagedArchive_OneLineAndNoFileOrTemporaryFileLeft()
    {
        BrokenArchive.MakeWhole(temp.Root);
        BrokenArchive.Break(temp.Root, ArchiveDamage.DamagedReportsPage);
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();
        var output = Directory.CreateDirectory(Path.Combine(temp.Dir, "out")).FullName;

        var ex = Assert.Throws<KompassOperationException>(() => app.Export(new ExportRequest(ExportFormat.Xlsx), Path.Combine(output, "a.xlsx")));

        Assert.EndsWith("run 'kk check --repair'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Export_ToAFileInAMissingFolder_OneLineBeforeTheArchiveIsRead()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();
        var path = Path.Combine(temp.Dir, "no", "such", "a.json");

        var ex = Assert.Throws<KompassOperationException>(() => app.Export(new ExportRequest(ExportFormat.Json), path));

        Assert.Equal($"{path}: no such folder {Path.Combine(temp.Dir, "no", "such")}; make it first", ex.Message);
        Assert.False(Directory.Exists(temp.Root));
    }

    [SkippableFact]
    public void Export_ReadOnlyArchive_WritesTheExportAsFromAWritableOne()
    {
        BrokenArchive.MakeWhole(temp.Root);
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();
        using var before = new MemoryStream();
        app.Export(new ExportRequest(ExportFormat.Json), before);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var readOnly = ReadOnlyFolder.TryMake(temp.Root, out var reason);
        Skip.If(readOnly is null, reason);
        var path = Path.Combine(temp.Dir, "export.json");

        app.Export(new ExportRequest(ExportFormat.Json), path);

        Assert.Equal(before.ToArray(), File.ReadAllBytes(path));
        var ex = Assert.Throws<KompassOperationException>(() => app.Reclassify(new ReclassifyRequest()));
        Assert.StartsWith($"the archive at {temp.Root} is read-only (", ex.Message, StringComparison.Ordinal);
    }
}

using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

public sealed class StemTableTests : IDisposable
{
    private const string Dic = "4\nälg/AB\nÄlg/C\nbåt/D\nöra\n";

    private readonly string folder = Directory.CreateTempSubdirectory("kk-stems-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Flags_WordListedTwiceInTwoCases_MergesTheFlagsUnderLowerCase()
    {
        var table = StemTable.Build(Dic, '%');

        Assert.Equal("ABC", table.Flags("älg"));
        Assert.Equal(string.Empty, table.Flags("öra"));
        Assert.Null(table.Flags("Älg"));
        Assert.Null(table.Flags("bå"));
    }

    [Fact]
    public void Load_SecondTime_ReadsTheCacheFileWithTheSameEntries()
    {
        var built = StemTable.Load(Dic, '%', folder);
        var file = Assert.Single(Directory.GetFiles(folder));
        var read = StemTable.Load(Dic, '%', folder);

        Assert.Equal(built.Count, read.Count);
        Assert.Equal("D", read.Flags("båt"));
        Assert.Equal(file, Assert.Single(Directory.GetFiles(folder)));
    }

    [Fact]
    public void Load_DamagedCacheFile_BuildsAgain()
    {
        _ = StemTable.Load(Dic, '%', folder);
        File.WriteAllBytes(Assert.Single(Directory.GetFiles(folder)), [1, 0, 0, 0, 9]);

        Assert.Equal("ABC", StemTable.Load(Dic, '%', folder).Flags("älg"));
    }
}

using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis.Lexicon;

public sealed class StemTableTests : IDisposable
{
    private const string Dic = "7\nälg/AB\nÄlg/C\nbåt/D\nöra\nallmän/k\nallmän/XZ\nskol/XZ\n";

    private static readonly CompoundFlags Flags = new(Begin: 'X', OnlyInCompound: 'Z', NeedAffix: '¤', Forbidden: '%');

    private readonly TempArchive temp = new("kk-stems-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Flags_WordListedTwiceInTwoCases_MergesTheFlagsUnderLowerCase()
    {
        var table = StemTable.Build(Dic, Flags);

        Assert.Equal("ABC", table.Flags("älg"));
        Assert.Equal(string.Empty, table.Flags("öra"));
        Assert.Null(table.Flags("Älg"));
        Assert.Null(table.Flags("bå"));
    }

    [Fact]
    public void Flags_WordListedAsWordAndAsCompoundOnlyForm_StaysAWordThatMayBeginACompound()
    {
        var table = StemTable.Build(Dic, Flags);

        Assert.Equal("kX", table.Flags("allmän"));
        Assert.Equal("XZ", table.Flags("skol"));
    }

    [Fact]
    public void Load_SecondTime_ReadsTheCacheFileWithTheSameEntries()
    {
        var built = StemTable.Load(Dic, Flags, temp.Dir);
        var file = Assert.Single(Directory.GetFiles(temp.Dir));
        var read = StemTable.Load(Dic, Flags, temp.Dir);

        Assert.Equal(built.Count, read.Count);
        Assert.Equal("D", read.Flags("båt"));
        Assert.Equal(file, Assert.Single(Directory.GetFiles(temp.Dir)));
    }

    [Fact]
    public void Load_DamagedCacheFile_BuildsAgain()
    {
        _ = StemTable.Load(Dic, Flags, temp.Dir);
        File.WriteAllBytes(Assert.Single(Directory.GetFiles(temp.Dir)), [1, 0, 0, 0, 9]);

        Assert.Equal("ABC", StemTable.Load(Dic, Flags, temp.Dir).Flags("älg"));
    }
}

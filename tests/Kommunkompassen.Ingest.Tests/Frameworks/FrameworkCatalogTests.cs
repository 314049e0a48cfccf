using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    [Fact]
    public void Default_FourVersions_LaterOnesWithoutQuestionsButWithAreaMaxima()
    {
        var catalog = FrameworkCatalog.Default;

        Assert.Equal(["2002", "2010", "2016", "2020"], catalog.Frameworks.Select(f => f.Id));
        Assert.Equal([true, true, false, false], catalog.Frameworks.Select(f => f.QuestionsKnown));
        NonEmpty.All(catalog.Frameworks, f => Assert.Equal(800, f.TotalMax));
        Assert.Equal("2010", catalog.NewestWithQuestions.Id);
        Assert.Equal(["Samspel mellan förtroendevalda och medborgare", "Samhällsutveckling", "Styrning och kontroll", "Effektivitet", "Brukarens fokus", "Kvalitetsutveckling", "Arbetsliv", "Chefs- och ledarskap samt medarbetarskap"], catalog.Find("2020")!.Areas.Select(a => a.Title));
        Assert.True(catalog.Find("2020")!.ReferenceMeans);
        Assert.Contains("Brukarfokus, tillgänglighet och bemötande", catalog.Find("2016")!.Area(2)!.Aliases);
    }

    [Fact]
    public void ToJson_Framework_ReadsBackTheSame()
    {
        using var temp = new TempArchive("kk-catalog-");
        var original = FrameworkCatalog.Default.Find("2010")! with { Id = "2010b" };
        File.WriteAllText(Path.Combine(temp.Dir, "2010b.json"), FrameworkCatalog.ToJson(original));

        var read = FrameworkCatalog.WithFolder(temp.Dir).Find("2010b")!;

        Assert.Equal(original.Areas.SelectMany(a => a.Questions), read.Areas.SelectMany(a => a.Questions));
        Assert.Equal(original.Areas.Select(a => (a.Number, a.Title, a.Max)), read.Areas.Select(a => (a.Number, a.Title, a.Max)));
        Assert.Equal((original.UsedFrom, original.UsedTo, original.QuestionsKnown), (read.UsedFrom, read.UsedTo, read.QuestionsKnown));
    }

    [Theory]
    [InlineData("{ \"id\": \"x\" }")]
    [InlineData("not json")]
    public void WithFolder_FileThatIsNoCatalog_FailsNamingIt(string content)
    {
        using var temp = new TempArchive("kk-catalog-");
        File.WriteAllText(Path.Combine(temp.Dir, "bad.json"), content);

        var error = Assert.Throws<InvalidDataException>(() => FrameworkCatalog.WithFolder(temp.Dir));

        Assert.StartsWith("bad.json: not a framework catalog", error.Message, StringComparison.Ordinal);
    }
}

using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Tests.Text;

public sealed class DehyphenatorTests
{
    public static TheoryData<string, string, string> SyllableBreaks => new()
    {
        { "Kommunenes Sentralfor-", "bund i Norge.", "Kommunenes Sentralforbund i Norge." },
        { "max-po-", "äng", "max-poäng" },
        { "i förhållande till Kommunkom-", "passens åtta områden", "i förhållande till Kommunkompassens åtta områden" },
        { "Udde-", "valla 2005", "Uddevalla 2005" },
        { "resultaten-", "heterna i sin", "resultatenheterna i sin" },
        { "(hös-", "ten 2010)", "(hösten 2010)" },
        { "IT-stra\u00AD", "tegi", "IT-strategi" },
        { "med medborgar\u00AD\u2010", "dialogen", "med medborgardialogen" },
        { "kommun\u2010", "styrelsens", "kommunstyrelsens" },
    };

    public static TheoryData<string, string, string> RealHyphens => new()
    {
        { "synpunkts-", "och klagomålshantering", "synpunkts- och klagomålshantering" },
        { "förskole-", "eller skolverksamhet", "förskole- eller skolverksamhet" },
        { "kultur-", "samt fritidsfrågor", "kultur- samt fritidsfrågor" },
        { "medborgar-", "respektive brukarorientering", "medborgar- respektive brukarorientering" },
        { "medborgar-", "resp. brukarorientering", "medborgar- resp. brukarorientering" },
        { "barn-", "till vuxenutbildning", "barn- till vuxenutbildning" },
        { "Falun-", "Borlänge", "Falun-Borlänge" },
        { "åren 2001-", "2005", "åren 2001-2005" },
        { "under 1990-", "talet", "under 1990-talet" },
        { "ett nytt IT-", "stöd", "ett nytt IT-stöd" },
        { "ett nytt IT\u2010", "stöd", "ett nytt IT-stöd" },
        { "synpunkts\u2010", "och klagomålshantering", "synpunkts- och klagomålshantering" },
        { "fler e-", "tjänster", "fler e-tjänster" },
        { "Genomförs brukar-/", "medborgarundersökningar?", "Genomförs brukar-/medborgarundersökningar?" },
        { "underställda avdelningar/", "enheter?", "underställda avdelningar/enheter?" },
        { "Kommunkompassen -", "Resultat av huvudområden", "Kommunkompassen - Resultat av huvudområden" },
        { "sju kommundelar –", "Alby, Fittja", "sju kommundelar – Alby, Fittja" },
    };

    public static TheoryData<string, string, HyphenJoin> Decisions => new()
    {
        { "Sentralfor", "bund", HyphenJoin.RemoveHyphen },
        { "synpunkts", "och", HyphenJoin.KeepHyphenAndSpace },
        { "IT", "stöd", HyphenJoin.KeepHyphen },
        { "SKL", "nätverket", HyphenJoin.KeepHyphen },
        { "e", "post", HyphenJoin.KeepHyphen },
        { "Hässelby", "Vällingby", HyphenJoin.KeepHyphen },
        { "2001", "2005", HyphenJoin.KeepHyphen },
        { "ut", "bildning", HyphenJoin.RemoveHyphen },
    };

    [Theory]
    [MemberData(nameof(SyllableBreaks))]
    public void Join_SyllableBreak_RemovesHyphen(string left, string right, string expected) =>
        Assert.Equal(expected, Dehyphenator.Default.Join(left, right));

    [Theory]
    [MemberData(nameof(RealHyphens))]
    public void Join_RealHyphenOrDash_KeepsIt(string left, string right, string expected) =>
        Assert.Equal(expected, Dehyphenator.Default.Join(left, right));

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Decide_StemAndNextWord_GivesJoin(string stem, string next, HyphenJoin expected) =>
        Assert.Equal(expected, Dehyphenator.Default.Decide(stem, next));

    [Fact]
    public void Join_LineWithoutHyphen_JoinsWithOneSpace() =>
        Assert.Equal("mellan politiker och tjänstemän", Dehyphenator.Default.Join("mellan politiker ", " och tjänstemän"));

    [Fact]
    public void Join_EmptySide_ReturnsOtherSide()
    {
        Assert.Equal("text", Dehyphenator.Default.Join(string.Empty, "text"));
        Assert.Equal("text", Dehyphenator.Default.Join("text", "  "));
    }

    [Fact]
    public void Join_DocumentWritesHyphenatedFormMidLine_KeepsHyphen()
    {
        var evidence = HyphenationEvidence.FromLines(["ett förslag om bas-tjänster i hela kommunen"]);

        Assert.Equal("bas-tjänster", Dehyphenator.Default.Join("bas-", "tjänster", evidence));
        Assert.Equal("bastjänster", Dehyphenator.Default.Join("bas-", "tjänster"));
    }

    [Fact]
    public void Join_DocumentWritesJoinedFormMidLine_JoinsEvenBeforeUpperCase()
    {
        var evidence = HyphenationEvidence.FromLines(["arbetet i KommunDirekt har gett resultat"]);

        Assert.Equal("KommunDirekt", Dehyphenator.Default.Join("Kommun-", "Direkt", evidence));
        Assert.Equal("Kommun-Direkt", Dehyphenator.Default.Join("Kommun-", "Direkt"));
    }

    [Fact]
    public void Join_EvidenceIgnored_WhenOptionsSayNotTo()
    {
        var evidence = HyphenationEvidence.FromLines(["ett förslag om bas-tjänster i hela kommunen"]);
        var dehyphenator = new Dehyphenator(DehyphenatorOptions.Default with { UseEvidence = false });

        Assert.Equal("bastjänster", dehyphenator.Join("bas-", "tjänster", evidence));
    }

    [Fact]
    public void JoinLines_WrappedTableCell_RebuildsCellText()
    {
        string[] lines = ["4.1 Vilken frihet har in-", "stitutionerna/resultaten-", "heterna i sin resursdispo-", "nering?"];

        Assert.Equal(
            "4.1 Vilken frihet har institutionerna/resultatenheterna i sin resursdisponering?",
            Dehyphenator.Default.JoinLines(lines));
    }
}

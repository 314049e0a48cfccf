using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class DocxNumberingTests
{
    private const string Styles = DocxFactory.DefaultStyles + """
        <w:style w:type="numbering" w:styleId="Rubriker"><w:name w:val="Rubriklista"/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr></w:pPr></w:style>
        <w:style w:type="numbering" w:styleId="UtanLank"><w:name w:val="Lista utan styleLink"/><w:pPr><w:numPr><w:numId w:val="40"/></w:numPr></w:pPr></w:style>
        """;

    private const string Numbering = """
        <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="Rubriker"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Område %1"/><w:pStyle w:val="Omrade"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Rubriker"/></w:abstractNum>
        <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="4"><w:numStyleLink w:val="UtanLank"/></w:abstractNum>
        <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
        <w:num w:numId="10"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="11"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="12"><w:abstractNumId w:val="2"/></w:num>
        <w:num w:numId="13"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        <w:num w:numId="40"><w:abstractNumId w:val="3"/></w:num>
        <w:num w:numId="41"><w:abstractNumId w:val="4"/></w:num>
        <w:num w:numId="50"><w:abstractNumId w:val="5"/></w:num>
        """;

    [Fact]
    public void Next_ListsLinkedToOneListStyle_ShareItsLevelsAndCounters()
    {
        var numbering = Load();

        Assert.Equal(
            ["Område 1", "1.1", "1.2", "Område 2", "2.1"],
            [numbering.Next(11, 0), numbering.Next(12, 1), numbering.Next(11, 1), numbering.Next(10, 0), numbering.Next(12, 1)]);
    }

    [Fact]
    public void Next_LinkedListWithItsOwnStartOverride_CountsOnItsOwn()
    {
        var numbering = Load();
        numbering.Next(11, 0);

        Assert.Equal("Område 5", numbering.Next(13, 0));
        Assert.Equal("Område 2", numbering.Next(11, 0));
    }

    [Fact]
    public void Next_StyleWithoutAStyleLinkAbstract_FollowsTheStylesOwnList()
    {
        var numbering = Load();

        Assert.Equal(["I.", "II."], [numbering.Next(41, 0), numbering.Next(41, 0)]);
    }

    [Fact]
    public void LevelOfStyle_LevelTiedToTheParagraphStyle_IsFoundThroughTheLink()
    {
        Assert.Equal(0, Load().LevelOfStyle(11, "Omrade"));
        Assert.Null(Load().LevelOfStyle(11, "Annan"));
    }

    [Fact]
    public void ShowsNothing_NoneFormatWithoutText_IsTrueOnlyThere()
    {
        var numbering = Load();

        Assert.True(numbering.ShowsNothing(50, 0));
        Assert.False(numbering.ShowsNothing(11, 0));
        Assert.False(numbering.ShowsNothing(1, 0));
    }

    private static DocxNumbering Load()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFactory.Build(DocxFactory.P("x"), Styles, Numbering)), false);
        var main = doc.MainDocumentPart!;
        return new DocxNumbering(main, new DocxStyles(main));
    }
}

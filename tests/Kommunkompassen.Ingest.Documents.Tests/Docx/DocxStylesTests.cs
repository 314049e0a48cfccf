using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class DocxStylesTests
{
    private const string Styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="1000"/></w:tabs></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Bas"><w:name w:val="Tabellbas"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="clear" w:pos="1000"/><w:tab w:val="right" w:pos="6000"/><w:tab w:val="decimal" w:pos="7000" w:leader="dot"/></w:tabs><w:ind w:left="284" w:hanging="284"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Barn"><w:name w:val="Tabellrad"/><w:basedOn w:val="Bas"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="6000"/><w:tab w:val="bar" w:pos="8000"/></w:tabs></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Min rubrik"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Brod"><w:name w:val="Min brödtext"/><w:basedOn w:val="Rubrik"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="H3"><w:name w:val="heading 3"/><w:pPr><w:outlineLvl w:val="7"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Lista"><w:name w:val="Min lista"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="EjLista"><w:name w:val="Ej lista"/><w:basedOn w:val="Lista"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Toc2"><w:name w:val="toc 2"/></w:style>
        <w:style w:type="numbering" w:styleId="KKLista"><w:name w:val="KK-lista"/><w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>
        """;

    [Fact]
    public void Resolve_TabsThroughTheChain_ClearRemovesAndLaterLevelsReplace()
    {
        var stops = Load().Resolve("Barn").Tabs.Stops;

        Assert.Equal([(6000, TabAlignment.Center, false), (7000, TabAlignment.Decimal, true)], stops.Select(s => (s.Position, s.Alignment, s.HasLeader)));
    }

    [Fact]
    public void Resolve_IndentsAreInherited_HangingIsANegativeFirstLine()
    {
        var style = Load().Resolve("Barn");

        Assert.Equal((284, -284), (style.IndentLeft, style.FirstLineIndent));
    }

    [Fact]
    public void Resolve_NoStyleId_IsTheDefaultParagraphStyle()
    {
        Assert.Equal([1000], Load().Resolve(null).Tabs.Stops.Select(s => s.Position));
    }

    [Theory]
    [InlineData("Rubrik", 2)]
    [InlineData("Brod", null)]
    [InlineData("H3", 3)]
    [InlineData("Normal", null)]
    public void Resolve_HeadingLevel_FromNameThenOutlineLevelWhereNineIsBody(string styleId, int? level)
    {
        Assert.Equal(level, Load().Resolve(styleId).HeadingLevel);
    }

    [Fact]
    public void Resolve_NumIdZero_TakesTheListAway()
    {
        var styles = Load();

        Assert.True(styles.Resolve("Lista").IsList);
        Assert.False(styles.Resolve("EjLista").IsList);
    }

    [Fact]
    public void Resolve_TocStyleName_IsToc()
    {
        Assert.True(Load().Resolve("Toc2").IsToc);
        Assert.False(Load().Resolve("Rubrik").IsToc);
    }

    [Fact]
    public void ListOfNumberingStyle_NumberingStyle_GivesItsList()
    {
        var styles = Load();

        Assert.Equal(20, styles.ListOfNumberingStyle("KKLista"));
        Assert.Null(styles.ListOfNumberingStyle("Lista"));
    }

    private static DocxStyles Load()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFactory.Build(DocxFactory.P("x"), Styles)), false);
        return new DocxStyles(doc.MainDocumentPart!);
    }
}

using System.Security;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

/// <summary>Tables typed with tabs, read through the whole DOCX reader so that tab stops come from real styles and settings.</summary>
public sealed class TabTableDetectorTests
{
    /// <summary>Default styles plus a score-list style with three right-aligned stops (as LibreOffice writes it) and a TOC style.</summary>
    private const string Styles = DocxFactory.DefaultStyles + """
        <w:style w:type="paragraph" w:styleId="Poanglista"><w:name w:val="Poänglista"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:tabs><w:tab w:val="clear" w:pos="709"/><w:tab w:val="right" w:pos="6236" w:leader="none"/><w:tab w:val="right" w:pos="7654"/><w:tab w:val="right" w:pos="8787"/></w:tabs></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Tabellhuvud"><w:name w:val="Tabellhuvud"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:tabs><w:tab w:val="left" w:pos="5700"/><w:tab w:val="left" w:pos="7100"/></w:tabs></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Siffror"><w:name w:val="Siffror"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:tabs><w:tab w:val="right" w:pos="6236"/><w:tab w:val="decimal" w:pos="7654"/></w:tabs></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>
          <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs></w:pPr></w:style>
        """;

    private const string Score = "<w:pStyle w:val=\"Poanglista\"/>";
    private const string Bold = "<w:b/>";

    public static TheoryData<string, string> NotTables => new()
    {
        { "a single tabbed line", Line("Fråga\tMax\tPoäng") },
        { "paragraphs indented with a tab", Line("\tKommunen har en tydlig styrning.") + Line("\tUppföljningen sker kvartalsvis.") },
        { "a tab after a bullet glyph", Line("•\tTydliga mål") + Line("•\tUppföljning varje kvartal") },
        { "a tab after a list number", Line("1.\tVad är Kommunkompassen?") + Line("2.\tPoängsammanställning") },
        { "names and organisations on a title page", Line("Anna Andersson\tSveriges Kommuner och Landsting") + Line("Bo Berg\tLunds kommun") },
        { "labels and values", Line("Datum:\t2010-06-15") + Line("År:\t2010") },
        { "findings with the sub-question they address", Line("Inför synpunktshantering\t2.6") + Line("Utveckla e-tjänsterna\t2.3") },
        { "a table of contents typed with dot leaders", Line("Inledning\t3", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9062\"/></w:tabs>") + Line("Område 1 Offentlighet och demokrati\t5", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9062\"/></w:tabs>") + Line("Område 2 Tillgänglighet\t9", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9062\"/></w:tabs>") },
        { "a table of contents in its style", Line("Område 1 Offentlighet\t5", "<w:pStyle w:val=\"TOC1\"/>") + Line("Område 2 Tillgänglighet\t12", "<w:pStyle w:val=\"TOC1\"/>") },
    };

    [Fact]
    public void Read_ScoreListOnStyleTabStops_IsOneTableWithHeaderAndTotalRows()
    {
        var blocks = Read(
            DocxFactory.P("Område 3 Politisk styrning och kontroll", "<w:pStyle w:val=\"Rubrik2Egen\"/>")
            + Line("Fråga\tMax\tPoäng\t%", Score, Bold)
            + Line("3.1 Hur styrs verksamheten?\t20\t15\t75%", Score)
            + Line("3.2 Hur följs målen upp?\t20\t10\t50%", Score)
            + Line("\t40\t25", Score)
            + Line("Totalt\t800\t612", Score, Bold));

        Assert.Equal(2, blocks.Count);
        Assert.IsType<Heading>(blocks[0]);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal(
            ["Fråga|Max|Poäng|%", "3.1 Hur styrs verksamheten?|20|15|75%", "3.2 Hur följs målen upp?|20|10|50%", "|40|25|", "Totalt|800|612|"],
            Grid(table));
        NonEmpty.All(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks), b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void Read_LeadingTabsSkipColumns_EmptyCellsWhereTheStopsSay()
    {
        var blocks = Read(
            Line("Fråga\tMax\tPoäng", Score)
            + Line("\t40\t30", Score)
            + Line("Summa\t\t70", Score)
            + Line("\t\t\t85%", Score));

        Assert.Equal(["Fråga|Max|Poäng|", "|40|30|", "Summa||70|", "|||85%"], Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Fact]
    public void Read_DirectTabsClearingStyleStops_UseTheParagraphsOwnStops()
    {
        // The paragraph clears the style's first stop and sets its own further right.
        const string own = Score + "<w:tabs><w:tab w:val=\"clear\" w:pos=\"6236\"/><w:tab w:val=\"left\" w:pos=\"4000\"/></w:tabs>";
        var blocks = Read(
            Line("Kommun\tÅr\tPoäng\t%", own)
            + Line("Fagersta\t2009\t512\t64", own)
            + Line("Mark\t2009\t601\t75", own));

        Assert.Equal(["Kommun|År|Poäng|%", "Fagersta|2009|512|64", "Mark|2009|601|75"], Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Fact]
    public void Read_DefaultTabStopsOnly_ColumnsFromTheDocumentsTabInterval()
    {
        // No custom stops: 2 cm default stops (1134 twips). Writers add tabs until the figures line up.
        var blocks = Read(
            Line("Område\t\t\tPoäng\tMax", rPr: Bold)
            + Line("Offentlighet och demokrati\t85\t100")
            + Line("Tillgänglighet\t\t78\t100")
            + Line("Totalt\t\t\t163\t200", rPr: Bold),
            "<w:defaultTabStop w:val=\"1134\"/>");

        Assert.Equal(
            ["Område|Poäng|Max", "Offentlighet och demokrati|85|100", "Tillgänglighet|78|100", "Totalt|163|200"],
            Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Fact]
    public void Read_TextEndingNearAStopInANarrowFont_TakesTheLayoutThatLinesUp()
    {
        // Times New Roman is narrower than the reader's estimate: the long question ends just before
        // the first stop in Word, where the reader's nominal estimate pushes its tab to the second stop
        // (without the alternative layouts its figures land one column to the right).
        const string stops = "<w:tabs><w:tab w:val=\"right\" w:pos=\"5670\"/><w:tab w:val=\"right\" w:pos=\"7088\"/><w:tab w:val=\"right\" w:pos=\"8505\"/></w:tabs>";
        const string times = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>";
        var body = Line("Fråga\tMax\tPoäng\t%", stops, times + Bold)
            + Line("3.3 Hur informeras medborgarna?\t20\t15\t75", stops, times)
            + Line("3.4 Hur främjas medborgarnas delaktighet i kommunens arbete?\t20\t10\t50", stops, times)
            + Line("3.5 Hur används synpunkter?\t10\t5\t50", stops, times);

        var blocks = Read(body);

        Assert.Equal(
            ["Fråga|Max|Poäng|%", "3.3 Hur informeras medborgarna?|20|15|75", "3.4 Hur främjas medborgarnas delaktighet i kommunens arbete?|20|10|50", "3.5 Hur används synpunkter?|10|5|50"],
            Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Fact]
    public void Read_HeaderOnLeftStopsOverFiguresOnRightStops_SharesTheirColumns()
    {
        var blocks = Read(
            Line("Område\tPoäng\tMax", "<w:pStyle w:val=\"Tabellhuvud\"/>")
            + Line("1 Offentlighet och demokrati\t85\t100", "<w:pStyle w:val=\"Siffror\"/>")
            + Line("2 Tillgänglighet\t78,5\t100", "<w:pStyle w:val=\"Siffror\"/>"));

        Assert.Equal(["Område|Poäng|Max", "1 Offentlighet och demokrati|85|100", "2 Tillgänglighet|78,5|100"], Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Fact]
    public void Read_RowWrappedOntoAPlainParagraph_ContinuesItsCell()
    {
        var blocks = Read(
            Line("3.1 Hur informeras medborgarna om\t20\t15", Score)
            + DocxFactory.P("kommunens verksamhet?", Score)
            + Line("3.2 Hur följs målen upp och\t20\t10", Score)
            + DocxFactory.P("hur redovisas de?", Score)
            + DocxFactory.P("Tabellen visar poängen per fråga.", Score));

        Assert.Equal(2, blocks.Count);
        Assert.Equal(
            ["3.1 Hur informeras medborgarna om kommunens verksamhet?|20|15", "3.2 Hur följs målen upp och hur redovisas de?|20|10"],
            Grid(Assert.IsType<Table>(blocks[0])));
        Assert.Equal("Tabellen visar poängen per fråga.", Assert.IsType<Paragraph>(blocks[1]).Content);
    }

    [Fact]
    public void Read_TextAfterTheLastRowThatStartsANewSentence_StaysAParagraphAfterTheTable()
    {
        var blocks = Read(
            Line("Totalt\t800\t612", Score)
            + Line("Föregående\t800\t590", Score)
            + DocxFactory.P("Kommunen har förbättrat sig.", Score));

        Assert.IsType<Table>(blocks[0]);
        Assert.Equal("Kommunen har förbättrat sig.", Assert.IsType<Paragraph>(blocks[1]).Content);
    }

    [Fact]
    public void Read_BlankLineBetweenRows_IsSpacingButTwoBlankLinesEndTheTable()
    {
        var blocks = Read(
            Line("Offentlighet\t85\t100", Score)
            + "<w:p/>"
            + Line("Tillgänglighet\t78\t100", Score)
            + "<w:p/><w:p><w:pPr><w:pStyle w:val=\"Poanglista\"/></w:pPr></w:p>"
            + Line("Fagersta\t2009\t512", Score)
            + "<w:p/>"
            + Line("Mark\t2009\t601", Score)
            + "<w:p/>");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(["Offentlighet|85|100", "Tillgänglighet|78|100"], Grid(Assert.IsType<Table>(blocks[0])));
        Assert.Equal(["Fagersta|2009|512", "Mark|2009|601"], Grid(Assert.IsType<Table>(blocks[1])));
    }

    [Fact]
    public void Read_RowsSplitByLineBreaksInOneParagraph_AreRowsOfOneTable()
    {
        var blocks = Read(Line("Fråga\tMax\tPoäng\n3.1 Hur styrs verksamheten?\t20\t15\n3.2 Hur följs målen upp?\t20\t10", Score));

        Assert.Equal(["Fråga|Max|Poäng", "3.1 Hur styrs verksamheten?|20|15", "3.2 Hur följs målen upp?|20|10"], Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    [Theory]
    [MemberData(nameof(NotTables))]
    public void Read_TabsThatDoNotMakeATable_GiveNoTable(string what, string body)
    {
        var blocks = Read(body);

        Assert.True(blocks.Count > 0, what);
        Assert.DoesNotContain(blocks, b => b is Table);
    }

    [Fact]
    public void Read_TabAfterBulletGlyph_IsListItem()
    {
        var blocks = Read(Line("•\tTydliga mål") + Line("•\tUppföljning varje kvartal"));

        Assert.Equal(["Tydliga mål", "Uppföljning varje kvartal"], blocks.Cast<ListItem>().Select(l => l.Content));
    }

    [Fact]
    public void Read_TableOfContentsInsideTocField_StaysParagraphs()
    {
        var blocks = Read($"""
            <w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9062"/></w:tabs></w:pPr>
              <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
              <w:r><w:t>Område 1 Offentlighet</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>5</w:t></w:r></w:p>
            {Line("Område 2 Tillgänglighet\t12", "<w:tabs><w:tab w:val=\"right\" w:pos=\"9062\"/></w:tabs>")}
            <w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            {Line("Område\tPoäng", "<w:tabs><w:tab w:val=\"right\" w:pos=\"9062\"/></w:tabs>")}
            {Line("Offentlighet\t85", "<w:tabs><w:tab w:val=\"right\" w:pos=\"9062\"/></w:tabs>")}
            """);

        Assert.Equal(["Område 1 Offentlighet 5", "Område 2 Tillgänglighet 12"], blocks.Take(2).Select(b => Assert.IsType<Paragraph>(b).Content));
        Assert.Equal(["Område|Poäng", "Offentlighet|85"], Grid(Assert.IsType<Table>(blocks[2])));
    }

    [Fact]
    public void Read_TableOfContentsTypedWithoutLeaders_StaysParagraphsBecauseItsTitlesAreHeadings()
    {
        const string stop = "<w:tabs><w:tab w:val=\"right\" w:pos=\"9062\"/></w:tabs>";
        var blocks = Read(
            Line("Inledning\t3", stop)
            + Line("Område 1 Offentlighet och demokrati\t5", stop)
            + Line("Område 2 Tillgänglighet\t9", stop)
            + DocxFactory.P("Inledning", "<w:pStyle w:val=\"Rubrik2Egen\"/>")
            + DocxFactory.P("Område 1 Offentlighet och demokrati", "<w:pStyle w:val=\"Rubrik2Egen\"/>")
            + Line("Offentlighet\t5", stop)
            + Line("Tillgänglighet\t9", stop)
            + DocxFactory.P("Område 2 Tillgänglighet", "<w:pStyle w:val=\"Rubrik2Egen\"/>"));

        Assert.Equal(
            ["Paragraph", "Paragraph", "Paragraph", "Heading", "Heading", "Table", "Heading"],
            blocks.Select(b => b.GetType().Name));
        Assert.Equal("Område 1 Offentlighet och demokrati 5", blocks[1].Text);
    }

    [Fact]
    public void Read_NumberedRowsThroughTheNumbering_CarryTheirNumberInTheFirstCell()
    {
        var bytes = DocxFactory.Build(
            Line("Hur styrs verksamheten?\t20\t15", Score + "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>")
            + Line("Hur följs målen upp?\t20\t10", Score + "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>"),
            Styles,
            """
            <w:abstractNum w:abstractNumId="5">
              <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>
            """);

        var table = Assert.IsType<Table>(Assert.Single(new DocxReader().Read(bytes, "t.docx").Blocks));

        Assert.Equal(["3.1 Hur styrs verksamheten?|20|15", "3.2 Hur följs målen upp?|20|10"], Grid(table));
    }

    [Fact]
    public void Read_TabTableInsideAShadedBox_IsATableInTheCell()
    {
        var blocks = Read($"""
            <w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="E8EEF4"/></w:tcPr>
            {DocxFactory.P("Sammanfattning område 3", "<w:pStyle w:val=\"Rubrik2Egen\"/>")}
            {Line("Poäng\t85\t100", Score)}
            {Line("Föregående\t78\t100", Score)}
            </w:tc></w:tr></w:tbl>
            """);

        var cell = Assert.IsType<Table>(Assert.Single(blocks)).Rows[0].Cells[0];
        Assert.IsType<Heading>(cell.Blocks[0]);
        Assert.Equal(["Poäng|85|100", "Föregående|78|100"], Grid(Assert.IsType<Table>(cell.Blocks[1])));
    }

    [Fact]
    public void Read_TextBoxAnchoredInARow_ComesAfterTheTable()
    {
        var blocks = Read(
            Line("Offentlighet\t85\t100", Score)
            + $"<w:p><w:pPr>{Score}</w:pPr><w:r><w:t>Tillgänglighet</w:t></w:r><w:r><w:tab/><w:t>78</w:t><w:tab/><w:t>100</w:t></w:r>"
            + DocxFactory.TextBoxRun(DocxFactory.P("Not i rutan")) + "</w:p>");

        Assert.Equal(["Offentlighet|85|100", "Tillgänglighet|78|100"], Grid(Assert.IsType<Table>(blocks[0])));
        Assert.Equal("Not i rutan", Assert.IsType<Paragraph>(Assert.Single(Assert.Single(Assert.IsType<Table>(blocks[1]).Rows).Cells).Blocks.Single()).Content);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void Read_TotalWithoutLabelOnAColumnsStop_IsARow()
    {
        var blocks = Read(
            Line("Offentlighet\t85", Score)
            + Line("Tillgänglighet\t78", Score)
            + Line("\t163", Score));

        Assert.Equal(["Offentlighet|85", "Tillgänglighet|78", "|163"], Grid(Assert.IsType<Table>(Assert.Single(blocks))));
    }

    private static IReadOnlyList<Block> Read(string body, string? settings = null) =>
        new DocxReader().Read(DocxFactory.Build(body, Styles, settingsXml: settings), "test.docx").Blocks;

    private static IEnumerable<string> Grid(Table table) => table.ToGrid().Select(r => string.Join('|', r));

    /// <summary>A paragraph whose text has tabs ('\t') and line breaks ('\n') as Word writes them.</summary>
    private static string Line(string text, string pPr = "", string rPr = "")
    {
        var runs = string.Concat(text.Split('\n').Select((line, i) =>
            (i > 0 ? "<w:br/>" : string.Empty)
            + string.Join("<w:tab/>", line.Split('\t').Select(seg => seg.Length == 0 ? string.Empty : $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(seg)}</w:t>"))));
        return $"<w:p><w:pPr>{pPr}</w:pPr><w:r><w:rPr>{rPr}</w:rPr>{runs}</w:r></w:p>";
    }
}

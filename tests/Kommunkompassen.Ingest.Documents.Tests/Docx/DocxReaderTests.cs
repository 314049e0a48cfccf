using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed partial class DocxReaderTests
{
    private static IReadOnlyList<Block> Read(string body, string? styles = DocxFactory.DefaultStyles) =>
        new DocxReader().Read(DocxFactory.Create(body, styles), "test.docx").Blocks;

    [Fact]
    public void Read_HeadingStyleNamedHeading2WithOtherId_IsLevel2Heading()
    {
        var blocks = Read(DocxFactory.P("Område 2 Tillgänglighet", "<w:pStyle w:val=\"Rubrik2Egen\"/>"));

        var heading = Assert.IsType<Heading>(Assert.Single(blocks));
        Assert.Equal(2, heading.Level);
        Assert.Equal("Område 2 Tillgänglighet", heading.Content);
    }

    [Fact]
    public void Read_StyleWithOutlineLevel_IsHeading()
    {
        var blocks = Read(DocxFactory.P("Sammanfattning", "<w:pStyle w:val=\"MyOutline\"/>"));

        Assert.Equal(1, Assert.IsType<Heading>(Assert.Single(blocks)).Level);
    }

    [Fact]
    public void Read_BoldLargeDirectFormatting_IsHeading()
    {
        var blocks = Read(
            DocxFactory.P("Starka sidor", rPr: "<w:b/><w:sz w:val=\"28\"/>")
            + DocxFactory.P("Vanlig text i brödtexten.", rPr: "<w:sz w:val=\"22\"/>"));

        Assert.Equal(2, Assert.IsType<Heading>(blocks[0]).Level);
        Assert.IsType<Paragraph>(blocks[1]);
    }

    [Fact]
    public void Read_BoldSentenceEndingWithPeriod_IsParagraph()
    {
        var blocks = Read(DocxFactory.P("Detta är en fet mening i brödtext.", rPr: "<w:b/>"));

        Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void Read_HeadingSplitByLineBreak_GivesTwoHeadings()
    {
        var blocks = Read("<w:p><w:pPr><w:pStyle w:val=\"Rubrik2Egen\"/></w:pPr><w:r><w:t>Område 7 Verksamhetsutveckling</w:t><w:br/><w:t>Starka sidor</w:t></w:r></w:p>");

        Assert.Equal(["Område 7 Verksamhetsutveckling", "Starka sidor"], blocks.Select(b => b.Text));
        NonEmpty.All(blocks, b => Assert.IsType<Heading>(b));
    }

    [Fact]
    public void Read_NumberingDirectOrThroughStyle_IsListItem()
    {
        var blocks = Read(
            DocxFactory.P("Direkt numrering", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>")
            + DocxFactory.P("Via formatmallen", "<w:pStyle w:val=\"Punkt\"/>"));

        Assert.Equal([("Direkt numrering", 1), ("Via formatmallen", 0)], blocks.Cast<ListItem>().Select(l => (l.Content, l.Level)));
    }

    [Theory]
    [InlineData("• Medborgarkontor", "Medborgarkontor")]
    [InlineData("\uF0B7\tMedborgarkontor", "Medborgarkontor")]
    [InlineData("– Medborgarkontor", "Medborgarkontor")]
    [InlineData("- Medborgarkontor", "Medborgarkontor")]
    public void Read_LiteralBulletGlyph_IsListItemWithoutGlyph(string text, string expected)
    {
        var blocks = Read($"<w:p><w:r><w:t xml:space=\"preserve\">{text.Replace("\t", "</w:t><w:tab/><w:t>", StringComparison.Ordinal)}</w:t></w:r></w:p>");

        Assert.Equal(expected, Assert.IsType<ListItem>(Assert.Single(blocks)).Content);
    }

    [Fact]
    public void Read_DashWithoutSpace_StaysParagraph()
    {
        var blocks = Read(DocxFactory.P("-5 grader i januari"));

        Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void Read_TrackedChanges_KeepsInsertionsDropsDeletions()
    {
        var blocks = Read("""
            <w:p><w:r><w:t xml:space="preserve">Kommunen har </w:t></w:r>
            <w:del w:id="1" w:author="a"><w:r><w:delText>inte </w:delText></w:r></w:del>
            <w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">nyligen </w:t></w:r></w:ins>
            <w:r><w:t>infört synpunktshantering.</w:t></w:r></w:p>
            """);

        Assert.Equal("Kommunen har nyligen infört synpunktshantering.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_ComplexField_KeepsResultDropsCode()
    {
        var blocks = Read("""
            <w:p><w:r><w:t xml:space="preserve">Se sidan </w:t></w:r>
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r>
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>12</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
            <w:r><w:t xml:space="preserve"> för detaljer.</w:t></w:r></w:p>
            """);

        Assert.Equal("Se sidan 12 för detaljer.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_SimpleFieldAndHyperlink_KeepText()
    {
        var blocks = Read("""
            <w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>2010-06-15</w:t></w:r></w:fldSimple>
            <w:hyperlink w:anchor="x"><w:r><w:t xml:space="preserve"> och webbplatsen</w:t></w:r></w:hyperlink></w:p>
            """);

        Assert.Equal("2010-06-15 och webbplatsen", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_ContentControlsAtBlockAndRunLevel_AreReadInPlace()
    {
        var blocks = Read("""
            <w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Före</w:t></w:r></w:p></w:sdtContent></w:sdt>
            <w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Inne i kontroll</w:t></w:r></w:sdtContent></w:sdt></w:p>
            """);

        Assert.Equal(["Före", "Inne i kontroll"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_TextBox_BecomesBlocksAfterHostParagraph()
    {
        var blocks = Read("""
            <w:p><w:r><w:t xml:space="preserve">Värdtext </w:t></w:r><w:r><mc:AlternateContent>
              <mc:Choice Requires="v"><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Text i rutan</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Choice>
              <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Text i rutan</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
            </mc:AlternateContent></w:r></w:p>
            """);

        Assert.Equal(["Värdtext", "Text i rutan"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_HiddenRun_IsDropped()
    {
        var blocks = Read("<w:p><w:r><w:t xml:space=\"preserve\">Synligt </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>dolt</w:t></w:r></w:p>");

        Assert.Equal("Synligt", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_TableWithMergedCells_KeepsSpanAndEmptiesContinuation()
    {
        var blocks = Read("""
            <w:tbl>
              <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Rubrik över två</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Lodrät</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>
            </w:tbl>
            """);

        var table = Assert.IsType<Table>(Assert.Single(blocks));
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["Rubrik över två", string.Empty, "Lodrät"], table.ToGrid()[0]);
        Assert.Equal(["a", "b", string.Empty], table.ToGrid()[1]);
    }

    [Fact]
    public void Read_ShadedOneCellBox_KeepsHeadingsAndBulletsInsideCell()
    {
        var blocks = Read($"""
            <w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="E8EEF4"/></w:tcPr>
            {DocxFactory.P("Styrkor", "<w:pStyle w:val=\"Rubrik2Egen\"/>")}
            {DocxFactory.P("Medborgarkontor", "<w:pStyle w:val=\"Punkt\"/>")}
            </w:tc></w:tr></w:tbl>
            """);

        var cell = Assert.IsType<Table>(Assert.Single(blocks)).Rows[0].Cells[0];
        Assert.IsType<Heading>(cell.Blocks[0]);
        Assert.Equal("Medborgarkontor", Assert.IsType<ListItem>(cell.Blocks[1]).Content);
    }

    [Fact]
    public void Read_RenderedPageBreaks_GivePageNumbers()
    {
        var blocks = Read(DocxFactory.P("Sida ett") + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Sida två</w:t></w:r></w:p>");

        Assert.Equal([1, 2], blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Read_NoRenderedPageBreaks_PageUnknown()
    {
        var blocks = Read(DocxFactory.P("Text"));

        Assert.Null(Assert.Single(blocks).Page);
    }

    [Fact]
    public void Read_SampleReport_FindsAreaHeadingsAndFindingsBox()
    {
        var doc = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Docx));

        Assert.Equal(8, doc.Blocks.OfType<Heading>().Count(h => h.Content.StartsWith("Område ", StringComparison.Ordinal)));
        var box = doc.Blocks.OfType<Table>().First(t => t.Rows.Count == 1 && t.Rows[0].Cells.Count == 1);
        Assert.Equal("Sammanfattning område 1", box.Rows[0].Cells[0].Blocks[0].Text);
        Assert.Equal(12, box.Rows[0].Cells[0].Blocks.OfType<ListItem>().Count());
    }

    [Fact]
    public void Read_AutoNumberedHeadingStyle_WritesTheNumberInFront()
    {
        const string styles = DocxFactory.DefaultStyles + """
            <w:style w:type="paragraph" w:styleId="H2Num"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="H3Num"><w:name w:val="heading 3"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            """;
        var blocks = new DocxReader().Read(
            DocxFactory.CreateWithNumbering(
                DocxFactory.P("Offentlighet", "<w:pStyle w:val=\"H2Num\"/>")
                + DocxFactory.P("Hur informeras medborgarna?", "<w:pStyle w:val=\"H3Num\"/>")
                + DocxFactory.P("Hur främjas dialog?", "<w:pStyle w:val=\"H3Num\"/>")
                + DocxFactory.P("Tillgänglighet", "<w:pStyle w:val=\"H2Num\"/>")
                + DocxFactory.P("Strategi?", "<w:pStyle w:val=\"H3Num\"/>"),
                styles,
                """
                <w:abstractNum w:abstractNumId="5">
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Område %1"/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>
                """),
            "t.docx").Blocks;

        Assert.Equal(
            ["Område 1 Offentlighet", "1.1 Hur informeras medborgarna?", "1.2 Hur främjas dialog?", "Område 2 Tillgänglighet", "2.1 Strategi?"],
            blocks.Select(b => b.Text));
        NonEmpty.All(blocks, b => Assert.IsType<Heading>(b));
    }

    [Fact]
    public void Read_HeadingStyleRightAfterSkippedStyles_IsStillFound()
    {
        // Latent styles and a character style come first; the reader skips them and must not lose the next style.
        const string styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:latentStyles><w:lsdException w:name="heading 1"/></w:latentStyles>
            <w:style w:type="paragraph" w:styleId="R1"><w:name w:val="heading 1"/></w:style>
            <w:style w:type="character" w:styleId="Tecken"><w:name w:val="Rubrik 1 Char"/><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="R2"><w:name w:val="heading 2"/></w:style>
            """;

        var blocks = Read(DocxFactory.P("Första", "<w:pStyle w:val=\"R1\"/>") + DocxFactory.P("Andra", "<w:pStyle w:val=\"R2\"/>"), styles);

        Assert.Equal([1, 2], blocks.Cast<Heading>().Select(h => h.Level));
    }

    /// <summary>Custom-named heading styles that only an outline level makes headings, several basedOn levels deep.</summary>
    private const string OutlineStyles = DocxFactory.DefaultStyles + """
        <w:style w:type="paragraph" w:styleId="KKOmrade"><w:name w:val="KK Områdesrubrik"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKOmradeBla"><w:name w:val="KK Områdesrubrik blå"/><w:basedOn w:val="KKOmrade"/></w:style>
        <w:style w:type="paragraph" w:styleId="KKOmradeBlaSmal"><w:name w:val="KK Områdesrubrik blå smal"/><w:basedOn w:val="KKOmradeBla"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKFraga"><w:name w:val="Frågerubrik"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKBrod"><w:name w:val="Brödtext efter rubrik"/><w:basedOn w:val="KKOmrade"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKBrodUnder"><w:name w:val="Brödtext efter rubrik 2"/><w:basedOn w:val="KKBrod"/></w:style>
        """;

    /// <summary>A bullet list style (KKLista, list 20) used by lists 21 and 22 through numStyleLink, and heading numbering through list style KKRubriker.</summary>
    private const string ListStyles = DocxFactory.DefaultStyles + """
        <w:style w:type="numbering" w:styleId="KKLista"><w:name w:val="KK-lista"/><w:pPr><w:numPr><w:numId w:val="20"/></w:numPr></w:pPr></w:style>
        <w:style w:type="numbering" w:styleId="KKRubriker"><w:name w:val="KK-rubriker"/><w:pPr><w:numPr><w:numId w:val="30"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKPunkt"><w:name w:val="KK punkt"/><w:pPr><w:numPr><w:numId w:val="22"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKOmrade"><w:name w:val="KK Områdesrubrik"/><w:pPr><w:numPr><w:numId w:val="31"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="KKFraga"><w:name w:val="KK Frågerubrik"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="32"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        """;

    private const string ListNumbering = """
        <w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="KKLista"/></w:abstractNum>
        <w:abstractNum w:abstractNumId="11"><w:styleLink w:val="KKLista"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="12"><w:styleLink w:val="KKRubriker"/>
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Område %1"/><w:pStyle w:val="KKOmrade"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:pStyle w:val="KKFraga"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="13"><w:numStyleLink w:val="KKRubriker"/></w:abstractNum>
        <w:num w:numId="20"><w:abstractNumId w:val="11"/></w:num>
        <w:num w:numId="21"><w:abstractNumId w:val="10"/></w:num>
        <w:num w:numId="22"><w:abstractNumId w:val="10"/></w:num>
        <w:num w:numId="30"><w:abstractNumId w:val="12"/></w:num>
        <w:num w:numId="31"><w:abstractNumId w:val="13"/></w:num>
        <w:num w:numId="32"><w:abstractNumId w:val="13"/></w:num>
        """;

    /// <summary>A summary box's content: a heading, a findings heading and two bullets.</summary>
    private static readonly string BoxContent =
        DocxFactory.P("Sammanfattning område 3", "<w:pStyle w:val=\"Rubrik2Egen\"/>")
        + DocxFactory.P("Styrkor", rPr: "<w:b/>")
        + DocxFactory.P("Tydliga mål för verksamheten", "<w:pStyle w:val=\"Punkt\"/>")
        + DocxFactory.P("Uppföljning varje kvartal", "<w:pStyle w:val=\"Punkt\"/>");

    public static TheoryData<string, string, int?> OutlineCases => new()
    {
        { "custom style with an outline level", "<w:pStyle w:val=\"KKOmrade\"/>", 1 },
        { "based on it", "<w:pStyle w:val=\"KKOmradeBla\"/>", 1 },
        { "two basedOn steps away, smaller than body text", "<w:pStyle w:val=\"KKOmradeBlaSmal\"/>", 1 },
        { "outline level 3 without a basedOn", "<w:pStyle w:val=\"KKFraga\"/>", 3 },
        { "outline level 9 (body text) on a style based on a heading style", "<w:pStyle w:val=\"KKBrod\"/>", null },
        { "based on a body-text style that is based on a heading style", "<w:pStyle w:val=\"KKBrodUnder\"/>", null },
        { "the paragraph's own outline level", "<w:outlineLvl w:val=\"1\"/>", 2 },
        { "the paragraph's own level 9 in a heading-level style", "<w:pStyle w:val=\"KKFraga\"/><w:outlineLvl w:val=\"9\"/>", null },
    };

    public static TheoryData<string, string> TextBoxAnchors => new()
    {
        { "at the start", DocxFactory.TextBoxRun(BoxContent) + "<w:r><w:t xml:space=\"preserve\">Kommunen har en tydlig styrning.</w:t></w:r>" },
        { "in the middle", "<w:r><w:t xml:space=\"preserve\">Kommunen har en </w:t></w:r>" + DocxFactory.TextBoxRun(BoxContent) + "<w:r><w:t>tydlig styrning.</w:t></w:r>" },
        { "at the end", "<w:r><w:t>Kommunen har en tydlig styrning.</w:t></w:r>" + DocxFactory.TextBoxRun(BoxContent) },
        { "inside one run", "<w:r><w:t xml:space=\"preserve\">Kommunen har en </w:t>" + DocxFactory.TextBoxRun(BoxContent)[5..^6] + "<w:t>tydlig styrning.</w:t></w:r>" },
    };

    [Theory]
    [MemberData(nameof(OutlineCases))]
    public void Read_OutlineLevels_DecideHeadings(string what, string pPr, int? level)
    {
        var block = Assert.Single(Read(DocxFactory.P("Område 3 Politisk styrning och kontroll", pPr), OutlineStyles));

        Assert.True(level is null ? block is Paragraph : block is Heading h && h.Level == level, $"{what}: {block}");
    }

    [Fact]
    public void Read_BulletsThroughACustomListStyle_AreListItemsWithLettersForNumberedLevels()
    {
        var blocks = new DocxReader().Read(
            DocxFactory.Build(
                DocxFactory.P("Tydliga mål", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"21\"/></w:numPr>")
                + DocxFactory.P("för nämnderna", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"21\"/></w:numPr>")
                + DocxFactory.P("för bolagen", "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"21\"/></w:numPr>")
                + DocxFactory.P("Uppföljning varje kvartal", "<w:pStyle w:val=\"KKPunkt\"/>"),
                ListStyles,
                ListNumbering),
            "t.docx").Blocks;

        Assert.Equal(
            [("Tydliga mål", 0), ("a) för nämnderna", 1), ("b) för bolagen", 1), ("Uppföljning varje kvartal", 0)],
            blocks.Select(b => (Assert.IsType<ListItem>(b).Content, ((ListItem)b).Level)));
    }

    [Fact]
    public void Read_HeadingsNumberedThroughAListStyle_RenderTheirNumbersWithSharedCounters()
    {
        var blocks = new DocxReader().Read(
            DocxFactory.Build(
                DocxFactory.P("Offentlighet och demokrati", "<w:pStyle w:val=\"KKOmrade\"/>")
                + DocxFactory.P("Hur informeras medborgarna?", "<w:pStyle w:val=\"KKFraga\"/>")
                + DocxFactory.P("Hur främjas dialogen?", "<w:pStyle w:val=\"KKFraga\"/>")
                + DocxFactory.P("Tillgänglighet och brukarorientering", "<w:pStyle w:val=\"KKOmrade\"/>")
                + DocxFactory.P("Finns en strategi?", "<w:pStyle w:val=\"KKFraga\"/>"),
                ListStyles,
                ListNumbering),
            "t.docx").Blocks;

        Assert.Equal(
            [(1, "Område 1 Offentlighet och demokrati"), (2, "1.1 Hur informeras medborgarna?"), (2, "1.2 Hur främjas dialogen?"), (1, "Område 2 Tillgänglighet och brukarorientering"), (2, "2.1 Finns en strategi?")],
            blocks.Select(b => (Assert.IsType<Heading>(b).Level, b.Text)));
    }

    [Fact]
    public void Read_NumberedListItems_CarryTheirNumbers()
    {
        var blocks = new DocxReader().Read(
            DocxFactory.CreateWithNumbering(
                DocxFactory.P("Inför synpunktshantering", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>")
                + DocxFactory.P("Utveckla e-tjänsterna", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"),
                DocxFactory.DefaultStyles,
                """
                <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
                <w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
                """),
            "t.docx").Blocks;

        Assert.Equal(["1. Inför synpunktshantering", "2. Utveckla e-tjänsterna"], blocks.Select(b => Assert.IsType<ListItem>(b).Content));
    }

    [Theory]
    [MemberData(nameof(TextBoxAnchors))]
    public void Read_DrawingMLTextBoxAnywhereInAParagraph_ReadOnceRightAfterIt(string where, string runs)
    {
        var blocks = Read(DocxFactory.P("Före") + $"<w:p>{runs}</w:p>" + DocxFactory.P("Efter"));

        Assert.Equal(
            ["P:Före", "P:Kommunen har en tydlig styrning.", "[", "H:Sammanfattning område 3", "H:Styrkor", "L:Tydliga mål för verksamheten", "L:Uppföljning varje kvartal", "]", "P:Efter"],
            WithBoxes(blocks));
        Assert.Equal(4, blocks.Count);
        Assert.True(WithBoxes(blocks).Count(k => k == "H:Styrkor") == 1, where);
    }

    [Fact]
    public void Read_TextBoxAnchoredInAHeading_ComesAfterTheHeading()
    {
        var blocks = Read($"<w:p><w:pPr><w:pStyle w:val=\"Rubrik2Egen\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Område 3 </w:t></w:r>{DocxFactory.TextBoxRun(BoxContent)}<w:r><w:t>Politisk styrning</w:t></w:r></w:p>");

        Assert.Equal(["H:Område 3 Politisk styrning", "[", "H:Sammanfattning område 3", "H:Styrkor", "L:Tydliga mål för verksamheten", "L:Uppföljning varje kvartal", "]"], WithBoxes(blocks));
    }

    [Fact]
    public void Read_LegacyVmlTextBox_IsRead()
    {
        var blocks = Read($"<w:p><w:r><w:t>Kommunen har en tydlig styrning.</w:t></w:r>{DocxFactory.VmlTextBoxRun(BoxContent)}</w:p>");

        Assert.Equal(["P:Kommunen har en tydlig styrning.", "[", "H:Sammanfattning område 3", "H:Styrkor", "L:Tydliga mål för verksamheten", "L:Uppföljning varje kvartal", "]"], WithBoxes(blocks));
    }

    [Fact]
    public void Read_TextBoxInATableCell_StaysInTheCell()
    {
        var blocks = Read($"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Område 3</w:t></w:r>{DocxFactory.TextBoxRun(BoxContent)}</w:p></w:tc><w:tc>{DocxFactory.P("85")}</w:tc></w:tr></w:tbl>");

        var table = Assert.IsType<Table>(Assert.Single(blocks));
        Assert.Equal(["P:Område 3", "[", "H:Sammanfattning område 3", "H:Styrkor", "L:Tydliga mål för verksamheten", "L:Uppföljning varje kvartal", "]"], WithBoxes(table.Rows[0].Cells[0].Blocks));
        Assert.Equal("85", table.Rows[0].Cells[1].Text);
    }

    [Fact]
    public void Read_GroupedShapes_ReadTheirTextBoxesTopToBottom()
    {
        static string Shape(int y, string text) => $"""
            <wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="{y}"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
              <wps:txbx><w:txbxContent>{DocxFactory.P(text)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
            """;
        var group = $"""
            <wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="1900000"/><a:chOff x="0" y="0"/><a:chExt cx="2000000" cy="1900000"/></a:xfrm></wpg:grpSpPr>
              {Shape(1300000, "Förbättringsområden")}{Shape(0, "Styrkor")}{Shape(650000, "Tydliga mål")}
            </wpg:wgp>
            """;
        var blocks = Read(DocxFactory.P("Före") + $"<w:p>{DocxFactory.DrawingRun("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", group)}</w:p>");

        Assert.Equal(["P:Före", "[", "P:Styrkor", "]", "[", "P:Tydliga mål", "]", "[", "P:Förbättringsområden", "]"], WithBoxes(blocks));
    }

    [Fact]
    public void Read_EmptyDecorativeTextBox_AddsNothing()
    {
        var blocks = Read($"<w:p><w:r><w:t>Text</w:t></w:r>{DocxFactory.TextBoxRun("<w:p/><w:p><w:r><w:t xml:space=\"preserve\">  </w:t></w:r></w:p>")}</w:p>");

        Assert.Equal("Text", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_FramedParagraphs_ReadInPlaceAndDropCapRejoinsItsWord()
    {
        var blocks = Read(
            DocxFactory.P("Styrkor", "<w:framePr w:w=\"3000\" w:hSpace=\"180\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"margin\" w:xAlign=\"right\" w:y=\"1\"/>", "<w:b/>")
            + DocxFactory.P("Tydliga mål", "<w:framePr w:w=\"3000\" w:hSpace=\"180\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"margin\" w:xAlign=\"right\" w:y=\"1\"/><w:pStyle w:val=\"Punkt\"/>")
            + DocxFactory.P("K", "<w:framePr w:dropCap=\"drop\" w:lines=\"3\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"text\"/>")
            + DocxFactory.P("ommunen har en tydlig styrning."));

        Assert.Equal(["H:Styrkor", "L:Tydliga mål", "P:Kommunen har en tydlig styrning."], blocks.Select(Kind));
    }

    [Fact]
    public void Read_FindingsBoxOverAPageBreak_IsOneBoxWithOneList()
    {
        var blocks = Read($"""
            <w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="E8EEF4"/></w:tcPr>
            {DocxFactory.P("Förbättringsområden", "<w:pStyle w:val=\"Rubrik2Egen\"/>")}
            {DocxFactory.P("Inför synpunktshantering", "<w:pStyle w:val=\"Punkt\"/>")}
            <w:p><w:pPr><w:pStyle w:val="Punkt"/></w:pPr><w:r><w:t xml:space="preserve">Utveckla uppföljningen av </w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>nämndernas mål</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Punkt"/></w:pPr><w:r><w:br w:type="page"/><w:t>Samordna e-tjänsterna</w:t></w:r></w:p>
            <w:p><w:r><w:br w:type="page"/></w:r></w:p>
            {DocxFactory.P("Stärk medarbetarsamtalen", "<w:pStyle w:val=\"Punkt\"/>")}
            </w:tc></w:tr></w:tbl>
            """);

        var box = Assert.IsType<Table>(Assert.Single(blocks));
        var cell = Assert.Single(Assert.Single(box.Rows).Cells);
        Assert.Equal(
            ["H:Förbättringsområden", "L:Inför synpunktshantering", "L:Utveckla uppföljningen av nämndernas mål", "L:Samordna e-tjänsterna", "L:Stärk medarbetarsamtalen"],
            cell.Blocks.Select(Kind));
        Assert.Equal([1, 1, 1, 2, 2], cell.Blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Read_TableWithoutBorders_ReadsLikeARuledTableWithHeaderAndTotalRowsNotHeadings()
    {
        static string Table(string borders) => $"""
            <w:tbl><w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="5000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid>
              <w:tr><w:tc>{DocxFactory.P("Område", rPr: "<w:b/><w:sz w:val=\"28\"/>")}</w:tc><w:tc>{DocxFactory.P("Poäng", rPr: "<w:b/>")}</w:tc><w:tc>{DocxFactory.P("Max", rPr: "<w:b/>")}</w:tc></w:tr>
              <w:tr><w:tc>{DocxFactory.P("1 Offentlighet och demokrati")}</w:tc><w:tc>{DocxFactory.P("85")}</w:tc><w:tc>{DocxFactory.P("100")}</w:tc></w:tr>
              <w:tr><w:tc>{DocxFactory.P("Totalt", rPr: "<w:b/>")}</w:tc><w:tc>{DocxFactory.P("85", rPr: "<w:b/>")}</w:tc><w:tc>{DocxFactory.P("100", rPr: "<w:b/>")}</w:tc></w:tr>
            </w:tbl>
            """;
        var none = Read(Table("<w:top w:val=\"none\" w:sz=\"0\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"none\" w:sz=\"0\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"none\" w:sz=\"0\"/><w:insideV w:val=\"none\" w:sz=\"0\"/>"));
        var ruled = Read(Table("<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"));

        var table = Assert.IsType<Table>(Assert.Single(none));
        Assert.Equal(["Område|Poäng|Max", "1 Offentlighet och demokrati|85|100", "Totalt|85|100"], table.ToGrid().Select(r => string.Join('|', r)));
        NonEmpty.All(table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks), b => Assert.IsType<Paragraph>(b));
        var ruledTable = Assert.IsType<Table>(Assert.Single(ruled));
        Assert.Equal(
            ruledTable.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).Select(Kind),
            table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks).Select(Kind));
    }

    [Fact]
    public void Read_ChartSmartArtAndEmbeddedObject_BecomeNotesNotSilence()
    {
        var body =
            DocxFactory.P("Diagram 1 visar poängen.")
            + $"<w:p>{DocxFactory.DrawingRun("http://schemas.openxmlformats.org/drawingml/2006/chart", "<c:chart r:id=\"rIdChart\"/>", "Diagram 1")}</w:p>"
            + $"<w:p>{DocxFactory.DrawingRun("http://schemas.openxmlformats.org/drawingml/2006/diagram", "<dgm:relIds r:dm=\"rIdData\" r:lo=\"rIdLayout\" r:qs=\"rIdStyle\" r:cs=\"rIdColors\"/>")}</w:p>"
            + "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\" type=\"#_x0000_t75\" style=\"width:400pt;height:200pt\"/><o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" ObjectID=\"_1\" r:id=\"rIdOle\"/></w:object></w:r></w:p>"
            + $"<w:p>{DocxFactory.DrawingRun("http://schemas.openxmlformats.org/drawingml/2006/picture", "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/>", "Logotyp")}</w:p>";
        var bytes = DocxFactory.Build(body, addParts: main =>
        {
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.ChartPart>("rIdChart").ChartSpace = new DocumentFormat.OpenXml.Drawing.Charts.ChartSpace("""
                <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
                  <c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Poäng per område</a:t></a:r></a:p></c:rich></c:tx></c:title><c:plotArea/></c:chart>
                </c:chartSpace>
                """);
            main.AddNewPart<DocumentFormat.OpenXml.Packaging.DiagramDataPart>("rIdData").DataModelRoot = new DocumentFormat.OpenXml.Drawing.Diagrams.DataModelRoot("""
                <dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
                  <dgm:ptLst>
                    <dgm:pt modelId="1" type="doc"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>
                    <dgm:pt modelId="2"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Planera</a:t></a:r></a:p></dgm:t></dgm:pt>
                    <dgm:pt modelId="3"><dgm:t><a:bodyPr/><a:p><a:r><a:t>Följa upp</a:t></a:r></a:p></dgm:t></dgm:pt>
                  </dgm:ptLst><dgm:cxnLst/>
                </dgm:dataModel>
                """);
        });

        var result = new DocxReader().Read(bytes, "t.docx");

        Assert.Equal("Diagram 1 visar poängen.", Assert.Single(result.Blocks).Text);
        Assert.Equal(
            ["a chart (\"Poäng per område\") is not read", "a SmartArt diagram is not read: \"Planera; Följa upp\"", "an embedded object (Excel.Sheet.12) is not read"],
            result.Notes.Select(n => n.Message));
        NonEmpty.All(result.Notes, n => Assert.Equal(ReadNoteCodes.TextUnread, n.Code));
    }

    [Fact]
    public void Read_FootnoteReference_KeepsTheSentenceWholeAndNotesTheFootnote()
    {
        var bytes = DocxFactory.Build(
            "<w:p><w:r><w:t>Befolkningen ökar.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Fotnotsreferens\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t xml:space=\"preserve\"> Kommunen växer.</w:t></w:r></w:p>",
            addParts: main => main.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>().Footnotes = new DocumentFormat.OpenXml.Wordprocessing.Footnotes("""
                <w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
                  <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Källa: SCB 2009.</w:t></w:r></w:p></w:footnote>
                </w:footnotes>
                """));

        var result = new DocxReader().Read(bytes, "t.docx");

        Assert.Equal("Befolkningen ökar. Kommunen växer.", Assert.Single(result.Blocks).Text);
        Assert.Equal("a footnote is not read: \"Källa: SCB 2009.\"", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Read_FramedFindingsOverAPageBreak_IsOneList()
    {
        const string frame = "<w:framePr w:w=\"3000\" w:wrap=\"around\" w:vAnchor=\"text\" w:hAnchor=\"margin\" w:xAlign=\"right\" w:y=\"1\"/>";
        var blocks = Read(
            DocxFactory.P("Förbättringsområden", frame + "<w:pStyle w:val=\"Rubrik2Egen\"/>")
            + DocxFactory.P("Inför synpunktshantering", frame + "<w:pStyle w:val=\"Punkt\"/>")
            + $"<w:p><w:pPr>{frame}</w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            + DocxFactory.P("Samordna e-tjänsterna", frame + "<w:pStyle w:val=\"Punkt\"/>"));

        Assert.Equal(["H:Förbättringsområden", "L:Inför synpunktshantering", "L:Samordna e-tjänsterna"], blocks.Select(Kind));
    }

    [Fact]
    public void Read_ChartWithoutItsPart_IsNotedByName()
    {
        var result = new DocxReader().Read(
            DocxFactory.Create($"<w:p>{DocxFactory.DrawingRun("http://schemas.openxmlformats.org/drawingml/2006/chart", "<c:chart r:id=\"rIdSaknas\"/>", "Diagram 4")}</w:p>"),
            "t.docx");

        Assert.Equal("a chart (\"Diagram 4\") is not read", Assert.Single(result.Notes).Message);
    }

    [Fact]
    public void Read_MathText_IsKept()
    {
        var blocks = Read("<w:p><w:r><w:t xml:space=\"preserve\">Andel: </w:t></w:r><m:oMath><m:r><m:t>612/800</m:t></m:r></m:oMath></w:p>");

        Assert.Equal("Andel: 612/800", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Read_ReportWrittenByLibreOffice_ReadsTabTablesTextBoxOnceAndTocAsText()
    {
        // Samples/report-libreoffice.docx is Samples/report-libreoffice.fodt converted by
        // "soffice --headless --convert-to docx": outline-level heading styles tied to LibreOffice's
        // outline numbering, a TOC in a content control, a text frame exported as a DrawingML text
        // box with a VML fallback, tab stops in styles, default tab stops, a borderless table.
        var result = new DocxReader().Read(File.ReadAllBytes(Corpus.TestFile("Kommunkompassen.Ingest.Documents.Tests/Docx/Samples/report-libreoffice.docx")), "report-libreoffice.docx");
        var blocks = result.Blocks;

        Assert.Equal(
            [
                "H:Kommunkompassen", "P:Analys av Exempelby kommun 2012", "P:Innehåll", "P:Kommunkompassen 1", "P:Område 3 Politisk styrning och kontroll 2",
                "P:Anna Andersson Sveriges Kommuner och Landsting", "P:Bo Berg Lunds kommun", "H:Område 3 Politisk styrning och kontroll",
                "P:Kommunfullmäktige styr genom mål. Nämnderna rapporterar varje kvartal.",
                "[", "P:Sammanfattning område 3", "P:Styrkor", "P:Tydliga mål för nämnderna", "P:Uppföljning varje kvartal", "P:Förbättringsområden", "P:Koppla budget till mål", "]",
                "T:", "P:Jämförelse med andra kommuner, tabbat med standardtabbar:", "T:", "T:",
                "P:Rekommendationer:", "L:1. Inför synpunktshantering", "L:2. Utveckla e-tjänsterna", "T:",
            ],
            blocks.SelectMany(b => b is Table { Rows: [{ Cells: [_] }] } && b.Text.StartsWith("Sammanfattning", StringComparison.Ordinal) ? WithBoxes([b]) : [b is Table ? "T:" : Kind(b)]));
        var tables = blocks.OfType<Table>().Skip(1).Select(t => t.ToGrid().Select(r => string.Join('|', r)).ToArray()).ToList();
        Assert.Equal(["Fråga|Max|Poäng|%", "3.1 Hur styrs verksamheten?|20|15|75%", "3.2 Hur följs målen upp?|20|10|50%", "|40|25|", "Totalt|800|612|"], tables[0]);
        Assert.Equal(["Kommun|År|Poäng", "Exempelby|2012|612", "Grannstad|2009|598"], tables[1]);
        Assert.Equal(["Område|Poäng|Max", "3 Politisk styrning och kontroll|85|100", "Totalt|612|800"], tables[2]);
        var box = Assert.Single(Assert.Single(blocks.OfType<Table>().Last().Rows).Cells);
        Assert.Equal(["H:Förbättringsområden", "L:Stärk medarbetarsamtalen", "L:Samordna e-tjänsterna"], box.Blocks.Select(Kind));
        Assert.Empty(result.Notes);
    }

    /// <summary>The kinds and texts of the blocks, a box (a one-cell table) opened between "[" and "]".</summary>
    private static List<string> WithBoxes(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is Table { Rows: [{ Cells: [var cell] }] }
            ? ["[", .. WithBoxes(cell.Blocks), "]"]
            : new[] { Kind(b) }).ToList();

    private static string Kind(Block b) => b switch
    {
        Heading => "H:",
        ListItem => "L:",
        Table => "T:",
        _ => "P:",
    } + b.Text;
}

using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Documents.Docx;

public sealed class DocxReaderTests
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
        Assert.All(blocks, b => Assert.IsType<Heading>(b));
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
        Assert.All(blocks, b => Assert.IsType<Heading>(b));
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
}

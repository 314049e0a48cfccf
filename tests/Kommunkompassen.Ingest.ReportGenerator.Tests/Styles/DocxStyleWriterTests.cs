using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class DocxStyleWriterTests
{
    private const string Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";

    [Theory]
    [MemberData(nameof(StyledSamples.PresetOnceCases), MemberType = typeof(StyledSamples))]
    public void Write_EveryPreset_ValidOpenXml(string preset, string framework)
    {
        using var doc = Open(StyledSamples.Draft(preset, framework).Docx);

        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    /// <summary>The document says everything the report holds: each finding, passage, sub-question text and evaluator, as a reader sees the paragraphs (soft hyphens dropped).</summary>
    [Theory]
    [MemberData(nameof(StyledSamples.PresetCases), MemberType = typeof(StyledSamples))]
    public void Write_EveryPreset_EveryExpectedTextIsInTheDocument(string preset, string framework)
    {
        var draft = StyledSamples.Draft(preset, framework);
        using var doc = Open(draft.Docx);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(ParagraphText).ToHashSet(StringComparer.Ordinal);
        var all = string.Join('\n', paragraphs);
        var e = draft.Expected;

        NonEmpty.All(e.Strengths.Values.Concat(e.Improvements.Values).SelectMany(x => x), f => Assert.Contains(f, paragraphs));
        NonEmpty.All(e.Passages, p => Assert.Contains(p.Text, paragraphs));
        NonEmpty.All(e.Evaluators, x => Assert.Contains(x.Name, all, StringComparison.Ordinal));
        NonEmpty.All(e.Questions, q => Assert.Contains(q.Text, all, StringComparison.Ordinal));
        Assert.Contains(e.MunicipalityName, all, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TabStopTables_NoTableButTabRowsOnTabStops()
    {
        var draft = StyledSamples.Draft("tab-stop-tables", "2010");
        using var doc = Open(draft.Docx);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var tabRows = body.Elements<W.Paragraph>().Where(p => p.Descendants<W.TabChar>().Any() && p.ParagraphProperties?.Tabs is not null).ToList();

        Assert.Empty(body.Descendants<W.Table>());
        NonEmpty.All(tabRows, p => Assert.NotEmpty(p.ParagraphProperties!.Tabs!.Elements<W.TabStop>()));
        Assert.Contains(tabRows, p => p.Descendants<W.TabStop>().Any(t => t.Val?.Value == W.TabStopValues.Right));
        var scoreRow = draft.Expected.Questions.First(q => q.Id == "1.2");
        Assert.Contains(tabRows, p => ParagraphText(p).StartsWith("1.2 ", StringComparison.Ordinal) && p.Descendants<W.TabChar>().Count() == 3);
        Assert.Contains(tabRows, p => p.Descendants<W.Bold>().Any() && ParagraphText(p).StartsWith("Totalt", StringComparison.Ordinal));
        Assert.Contains(tabRows, p => ParagraphText(p).Contains(scoreRow.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_BorderlessTables_EveryBorderNone_BoldHeaderAndTotalRows()
    {
        using var doc = Open(StyledSamples.Draft("borderless-tables", "2002").Docx);
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().ToList();

        Assert.True(tables.Count >= 10, $"{tables.Count} tables");
        NonEmpty.All(tables, t =>
        {
            var borders = t.GetFirstChild<W.TableProperties>()!.TableBorders!.ChildElements.Cast<W.BorderType>().ToList();
            Assert.Equal(6, borders.Count);
            NonEmpty.All(borders, b => Assert.Equal(W.BorderValues.None, b.Val!.Value));
            var rows = t.Elements<W.TableRow>().ToList();
            Assert.NotEmpty(rows[0].Descendants<W.Bold>());
            Assert.NotEmpty(rows[^1].Descendants<W.Bold>());
        });
    }

    [Theory]
    [InlineData("text-box-start")]
    [InlineData("text-box-middle")]
    [InlineData("text-box-end")]
    [InlineData("text-box-next-heading")]
    public void Write_TextBoxes_AlternateContentWithWpsTextBoxAndVmlFallback(string preset)
    {
        var draft = StyledSamples.Draft(preset, "2010");
        using var doc = Open(draft.Docx);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var boxes = body.Descendants<AlternateContent>().ToList();

        Assert.Equal(8, boxes.Count);
        NonEmpty.All(boxes, box =>
        {
            var choice = Assert.Single(box.Elements<AlternateContentChoice>());
            Assert.Equal("wps", choice.Requires?.Value);
            Assert.Single(choice.Descendants(), d => d.LocalName == "txbx" && d.NamespaceUri == Wps);
            var fallback = Assert.Single(box.Elements<AlternateContentFallback>());
            Assert.NotNull(fallback.Descendants<DocumentFormat.OpenXml.Vml.TextBox>().SingleOrDefault());
            var texts = box.Descendants<W.TextBoxContent>().Select(c => string.Join('\n', c.Elements<W.Paragraph>().Select(ParagraphText))).ToList();
            Assert.Equal(2, texts.Count);
            Assert.Equal(texts[0], texts[1]);
            Assert.StartsWith("Sammanfattning område ", texts[0], StringComparison.Ordinal);
        });
        var area3 = draft.Expected.Strengths[3];
        Assert.Contains(boxes, b => area3.All(s => b.InnerText.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_TextBoxInTheMiddle_RunsOfThePassageOnBothSides()
    {
        using var doc = Open(StyledSamples.Draft("text-box-middle", "2002").Docx);
        var hosts = doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().Where(p => p.Elements<W.Run>().Any(r => r.GetFirstChild<AlternateContent>() is not null)).ToList();

        Assert.Equal(8, hosts.Count);
        NonEmpty.All(hosts, p =>
        {
            var runs = p.Elements<W.Run>().ToList();
            var at = runs.FindIndex(r => r.GetFirstChild<AlternateContent>() is not null);
            Assert.InRange(at, 1, runs.Count - 2);
            Assert.EndsWith(" ", string.Concat(runs[at - 1].Elements<W.Text>().Select(t => t.Text)), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_ListStyleBullets_NumStyleLinkToAListStyleWhoseDefinitionHasStyleLink()
    {
        using var doc = Open(StyledSamples.Draft("list-style-bullets", "2010").Docx);
        var main = doc.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var bulletNumIds = main.Document!.Body!.Descendants<W.NumberingId>().Select(n => n.Val!.Value).Distinct().ToList();

        var numId = Assert.Single(bulletNumIds);
        var abstractId = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        var linked = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
        var styleId = linked.GetFirstChild<W.NumberingStyleLink>()!.Val!.Value!;
        Assert.Empty(linked.Elements<W.Level>());
        var listStyle = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Single(s => s.StyleId == styleId);
        Assert.Equal(W.StyleValues.Numbering, listStyle.Type!.Value);
        var styleNum = listStyle.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var defining = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == styleNum).AbstractNumId!.Val!.Value;
        var definition = numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == defining);
        Assert.Equal(styleId, definition.GetFirstChild<W.StyleLink>()!.Val!.Value);
        Assert.Equal(W.NumberFormatValues.Bullet, definition.Elements<W.Level>().Single().NumberingFormat!.Val!.Value);
    }

    [Theory]
    [InlineData("custom-heading-styles", false)]
    [InlineData("based-on-heading-styles", true)]
    public void Write_CustomHeadingStyles_OutlineLevelInTheStyleOrItsBase_NoBuiltInHeadings(string preset, bool throughBase)
    {
        using var doc = Open(StyledSamples.Draft(preset, "2010").Docx);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        var used = doc.MainDocumentPart.Document!.Body!.Descendants<W.ParagraphStyleId>().Select(p => p.Val!.Value!).Distinct().Where(id => id != "Liststycke" && id != "Beskrivning").ToList();

        Assert.Equal(3, used.Count);
        NonEmpty.All(used, id =>
        {
            var style = styles[id];
            Assert.DoesNotMatch("^heading", style.StyleName!.Val!.Value!);
            Assert.Equal(style.CustomStyle?.Value, true);
            var own = style.StyleParagraphProperties?.OutlineLevel;
            Assert.Equal(throughBase, own is null);
            var level = own ?? styles[style.BasedOn!.Val!.Value!].StyleParagraphProperties!.OutlineLevel;
            Assert.InRange(level!.Val!.Value, 0, 2);
        });
    }

    [Fact]
    public void Write_DirectFormattingHeadings_NoHeadingStyle_BoldAndLarger()
    {
        var draft = StyledSamples.Draft("direct-formatting-headings", "2002");
        using var doc = Open(draft.Docx);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var heading = body.Elements<W.Paragraph>().First(p => ParagraphText(p).StartsWith("Område 3 ", StringComparison.Ordinal));

        Assert.Null(heading.ParagraphProperties!.ParagraphStyleId);
        var run = heading.Elements<W.Run>().First().RunProperties!;
        Assert.NotNull(run.Bold);
        Assert.True(int.Parse(run.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) > 21);
    }

    [Fact]
    public void Write_TwoColumnsAndLandscape_SectionsWithTwoColumnsAndLandscapePages()
    {
        using var doc = Open(StyledSamples.Draft(StyledSamples.PdfStyle(PdfProducer.LibreOffice), "2010").Docx);
        var sections = doc.MainDocumentPart!.Document!.Body!.Descendants<W.SectionProperties>().ToList();

        Assert.Contains(sections, s => s.GetFirstChild<W.Columns>()!.ColumnCount!.Value == 2 && s.GetFirstChild<W.PageSize>()!.Orient is null);
        var landscape = sections.Where(s => s.GetFirstChild<W.PageSize>()!.Orient?.Value == W.PageOrientationValues.Landscape).ToList();
        Assert.Equal(8, landscape.Count);
        NonEmpty.All(landscape, s =>
        {
            Assert.True(s.GetFirstChild<W.PageSize>()!.Width!.Value > s.GetFirstChild<W.PageSize>()!.Height!.Value);
            Assert.Equal(W.SectionMarkValues.NextPage, s.GetFirstChild<W.SectionType>()!.Val!.Value);
            Assert.Equal(1, s.GetFirstChild<W.Columns>()!.ColumnCount!.Value);
        });
    }

    [Fact]
    public void Write_ShadedBox_OneCellTableWithShadingHeadedSammanfattning()
    {
        using var doc = Open(StyledSamples.Draft("shaded-box", "2010").Docx);
        var boxes = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Where(t => t.Elements<W.TableRow>().Count() == 1 && t.Elements<W.TableRow>().Single().Elements<W.TableCell>().Count() == 1)
            .ToList();

        Assert.Equal(8, boxes.Count);
        NonEmpty.All(boxes, b =>
        {
            Assert.Equal("E7EEF6", b.Descendants<W.Shading>().Single().Fill!.Value);
            Assert.StartsWith("Sammanfattning område ", ParagraphText(b.Descendants<W.Paragraph>().First()), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_SoftHyphens_SoftHyphenElementsInLongWords()
    {
        using var doc = Open(StyledSamples.Draft("two-column-narrative", "2010").Docx);

        Assert.True(doc.MainDocumentPart!.Document!.Body!.Descendants<W.SoftHyphen>().Count() > 50);
    }

    [Fact]
    public void Write_RunningHeaderAndSidaAvFooter_AsFields()
    {
        var draft = StyledSamples.Draft("chromium", "2010");
        using var doc = Open(draft.Docx);
        var main = doc.MainDocumentPart!;

        var header = Assert.Single(main.HeaderParts).Header!;
        Assert.StartsWith($"{TextBank.Association(draft.Content.Year).FullName} {draft.Content.PrintDate:yyyy-MM-dd}", header.InnerText, StringComparison.Ordinal);
        Assert.Equal([" PAGE ", " NUMPAGES "], header.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value!));
        var footer = Assert.Single(main.FooterParts).Footer!;
        Assert.StartsWith("Sida ", footer.InnerText, StringComparison.Ordinal);
        Assert.True(main.Document!.Body!.Descendants<W.SectionProperties>().First().GetFirstChild<W.TitlePage>() is not null);
    }

    [Theory]
    [InlineData("text-box-middle", "2010")]
    [InlineData("tab-stop-tables", "2002")]
    public void Write_SameSpec_SameBytes(string preset, string framework)
    {
        var spec = new StyledReportSpec(preset, HouseStyle.Preset(preset)!, framework, 123);

        var first = StyledReportGenerator.Default.Draft(spec).Docx;
        var second = StyledReportGenerator.Default.Draft(spec).Docx;

        Assert.Equal(first, second);
        Assert.NotEqual(first, StyledReportGenerator.Default.Draft(spec with { Seed = 124 }).Docx);
    }

    internal static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>A paragraph's text as a reader sees it: its own runs (not a text box's), tabs and breaks as spaces, soft hyphens dropped, a literal bullet and its tab dropped.</summary>
    internal static string ParagraphText(W.Paragraph p)
    {
        var text = string.Concat(p.Elements<W.Run>().SelectMany(r => r.ChildElements).Select(c => c switch
        {
            W.Text t => t.Text,
            W.TabChar or W.Break => " ",
            _ => string.Empty,
        })).Trim();
        return text.StartsWith("• ", StringComparison.Ordinal) ? text[2..] : text;
    }
}

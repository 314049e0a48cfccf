using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using Kommunkompassen.Ingest.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>Reports of the 2016 and 2020 revisions and the made-up version as laid out and written to Word: the statement of the version, the reference means, the expected values.</summary>
public sealed class LaterVersionReportTests
{
    private static StyledDraft Draft(string framework, int seed, HouseStyle? style = null, StatementChoice statement = StatementChoice.Drawn) =>
        StyledReportGenerator.Default.Draft(new StyledReportSpec("t", style ?? HouseStyle.Plain, framework, seed) { Statement = statement });

    /// <summary>The first seed from 0 whose content meets a condition.</summary>
    private static int SeedWhere(string framework, Func<ReportContent, bool> condition, StatementChoice statement = StatementChoice.Drawn) =>
        Enumerable.Range(0, 200).First(seed => condition(ReportContent.Draw(new ContentRequest(framework, seed) { Statement = statement })));

    /// <summary>The body's paragraphs as a reader sees them (table cells included), in document order.</summary>
    private static List<string> Paragraphs(byte[] docx)
    {
        using var doc = DocxStyleWriterTests.Open(docx);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(DocxStyleWriterTests.ParagraphText).ToList();
    }

    /// <summary>The body's tables, each as rows of cell texts.</summary>
    private static List<List<List<string>>> Tables(byte[] docx)
    {
        using var doc = DocxStyleWriterTests.Open(docx);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => string.Join(' ', c.Elements<W.Paragraph>().Select(DocxStyleWriterTests.ParagraphText))).ToList()).ToList())
            .ToList();
    }

    [Theory]
    [MemberData(nameof(StyledSamples.LaterVersionCases), MemberType = typeof(StyledSamples))]
    public void Write_LaterVersionRandomStyle_ValidOpenXml_EveryExpectedTextInTheDocument(int style, string framework)
    {
        var draft = StyledSamples.Draft(HouseStyle.Random(style), framework);
        using var doc = DocxStyleWriterTests.Open(draft.Docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(DocxStyleWriterTests.ParagraphText).ToHashSet(StringComparer.Ordinal);
        var all = string.Join('\n', paragraphs);
        var e = draft.Expected;

        Assert.Empty(errors);
        NonEmpty.All(e.Strengths.Values.Concat(e.Improvements.Values).SelectMany(x => x), f => Assert.Contains(f, paragraphs));
        NonEmpty.All(e.Passages, p => Assert.Contains(p.Text, paragraphs));
        NonEmpty.All(e.Questions, q => Assert.Contains(q.Text, all, StringComparison.Ordinal));
        NonEmpty.All(draft.Content.Areas, a => Assert.Contains(a.Title, all, StringComparison.Ordinal));
        Assert.Equal(framework, e.Framework);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Write_StatementInTheIntroduction_DocxHasItAfterTheFirstParagraph(string framework)
    {
        var seed = SeedWhere(framework, c => c.Statement?.Placement == StatementPlacement.Introduction, StatementChoice.Printed);
        var draft = Draft(framework, seed, statement: StatementChoice.Printed);
        var paragraphs = Paragraphs(draft.Docx);

        var at = paragraphs.IndexOf(draft.Content.Introduction[0]);
        Assert.Equal(draft.Content.Statement!.Text, paragraphs[at + 1]);
        Assert.Equal(draft.Content.Introduction[1], paragraphs[at + 2]);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Write_StatementOnTheTitlePage_DocxHasTheLineBeforeThePageBreak(string framework)
    {
        var seed = SeedWhere(framework, c => c.Statement?.Placement == StatementPlacement.FrontPage, StatementChoice.Printed);
        var draft = Draft(framework, seed, statement: StatementChoice.Printed);
        using var doc = DocxStyleWriterTests.Open(draft.Docx);
        var body = doc.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>().ToList();
        var pageBreak = body.FindIndex(p => p.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page));

        Assert.Contains(draft.Content.Statement!.Text, body.Take(pageBreak).Select(DocxStyleWriterTests.ParagraphText));
        Assert.DoesNotContain(draft.Content.Statement.Text, body.Skip(pageBreak).Select(DocxStyleWriterTests.ParagraphText));
    }

    /// <summary>A report that does not say which version it is: only the area titles, the questions and the year tell.</summary>
    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Write_StatementAbsent_DocxSaysNothingOfTheVersion_TitlesAndQuestionsStillPrinted(string framework)
    {
        var draft = Draft(framework, 21, statement: StatementChoice.Absent);
        var text = string.Join('\n', Paragraphs(draft.Docx));

        var statements = PrintedFrameworks.Ids.Select(PrintedFrameworks.Edition).SelectMany(e => e.IntroductionStatements.Concat(e.FrontStatements));

        Assert.Null(draft.Content.Statement);
        NonEmpty.All(statements, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Kommunkompassen reviderades", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(SKR)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(SKL)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("version", text, StringComparison.OrdinalIgnoreCase);
        NonEmpty.All(PrintedFrameworks.Catalog.Find(framework)!.Areas, a => Assert.Contains(a.Aliases.Prepend(a.Title), t => text.Contains(t, StringComparison.Ordinal)));
        NonEmpty.All(draft.Expected.Questions, q => Assert.Contains($"{q.Id} {q.Text}", text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReferenceMeanForm.MedelColumn, "Medel")]
    [InlineData(ReferenceMeanForm.GenomsnittColumn, "Genomsnitt")]
    public void Write_2020_MeanColumn_AreaSummaryHasEveryMeanAndTheTotals(ReferenceMeanForm form, string header)
    {
        var draft = Draft("2020", 4, HouseStyle.Plain with { ReferenceMeans = form });
        var content = draft.Content;
        var summary = Assert.Single(Tables(draft.Docx), t => t[0][0] == "Område" && t[0].Contains(header));
        var column = summary[0].IndexOf(header);

        Assert.Equal(column, summary[0].Count - 1);
        Assert.Equal(content.Areas.Select(a => StyleWords.Points(a.ReferenceMean!.Value)), summary.Skip(1).Take(8).Select(r => r[column]));
        Assert.Equal(StyleWords.Points(content.TotalReferenceMean!.Value), summary[^1][column]);
        Assert.DoesNotContain("Genomsnitt för kommuner", string.Join('\n', Paragraphs(draft.Docx)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_2020_MeansInHeadings_EveryAreaHeadingScoreAndMean_TotalInTheSummary()
    {
        var draft = Draft("2020", 4, HouseStyle.Plain with { ReferenceMeans = ReferenceMeanForm.InHeading });
        var content = draft.Content;
        var paragraphs = Paragraphs(draft.Docx);

        NonEmpty.All(content.Areas, a => Assert.Contains($"Område {a.Number} {a.Title} {StyleWords.Points(a.Score)} ({StyleWords.Points(a.ReferenceMean!.Value)})", paragraphs));
        Assert.Contains($"Totalt {StyleWords.Points(content.Total)} ({StyleWords.Points(content.TotalReferenceMean!.Value)})", paragraphs);
        Assert.Contains(StyleWords.MeanInBrackets, paragraphs);
        Assert.DoesNotContain(Tables(draft.Docx), t => t[0].Contains("Medel") || t[0].Contains("Genomsnitt"));
    }

    [Fact]
    public void Write_2020_MeansOnAScoreLine_ALineUnderEveryAreaHeading()
    {
        var draft = Draft("2020", 4, HouseStyle.Plain with { ReferenceMeans = ReferenceMeanForm.ScoreLine });
        var content = draft.Content;
        var paragraphs = Paragraphs(draft.Docx);

        foreach (var a in content.Areas)
        {
            var heading = paragraphs.IndexOf($"Område {a.Number} {a.Title}");
            Assert.Equal($"{a.Title} {StyleWords.Points(a.Score)} ({StyleWords.Points(a.ReferenceMean!.Value)})", paragraphs[heading + 1]);
        }

        Assert.Contains($"Totalt {StyleWords.Points(content.Total)} ({StyleWords.Points(content.TotalReferenceMean!.Value)})", paragraphs);
    }

    [Fact]
    public void Write_2020_MeansInSentences_GenomsnittForKommunerSomUtvarderats()
    {
        var draft = Draft("2020", 4, HouseStyle.Plain with { ReferenceMeans = ReferenceMeanForm.Sentence });
        var content = draft.Content;
        var paragraphs = Paragraphs(draft.Docx);

        NonEmpty.All(content.Areas, a => Assert.Contains(
            $"Kommunen får {StyleWords.Points(a.Score)} av 100 poäng inom området. Genomsnitt för kommuner som utvärderats: {StyleWords.Points(a.ReferenceMean!.Value)}.",
            paragraphs));
        Assert.Contains(
            $"Kommunen får totalt {StyleWords.Points(content.Total)} av 800 poäng. Genomsnitt för kommuner som utvärderats: {StyleWords.Points(content.TotalReferenceMean!.Value)}.",
            paragraphs);
    }

    public static TheoryData<ReferenceMeanForm> Forms => [.. Enum.GetValues<ReferenceMeanForm>()];

    [Theory]
    [MemberData(nameof(Forms))]
    public void Compose_2020_EveryForm_ExpectedMeansAsDrawn_NotTakenForTheBody(ReferenceMeanForm form)
    {
        var draft = Draft("2020", 6, HouseStyle.Plain with { ReferenceMeans = form, QuestionHeadings = true });
        var content = draft.Content;

        Assert.Equal(content.Areas.ToDictionary(a => a.Number, a => a.ReferenceMean!.Value), draft.Expected.AreaReferenceMeans);
        Assert.Equal(content.TotalReferenceMean, draft.Expected.TotalReferenceMean);
        Assert.Equal(content.Areas.SelectMany(a => a.Passages).Select(p => p.Text), draft.Expected.Passages.Select(p => p.Text));
        Assert.DoesNotContain(draft.Layout.Blocks.OfType<ParagraphBlock>(), p => p.Role == ParagraphRole.Narrative && p.Text.Contains('(', StringComparison.Ordinal));
    }

    /// <summary>A 2020 report comparing with its previous evaluation prints the means in their own column, never equal to the previous year's figures.</summary>
    [Fact]
    public void Compose_2020WithPrevious_MeanColumnAfterThePreviousYearAndChange_FiguresDiffer()
    {
        var seed = SeedWhere("2020", c => c.Previous is not null);
        var draft = Draft("2020", seed);
        var summary = draft.Layout.Blocks.OfType<GridBlock>().Single(g => g.Role == GridRole.Summary);
        var previous = draft.Content.Previous!;

        Assert.Equal(["Område", previous.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), draft.Content.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "Förändring", "Medel"], summary.Rows[0].Cells);
        NonEmpty.All(summary.Rows.Skip(1).Take(8), r => Assert.NotEqual(r.Cells[1], r.Cells[4]));
        Assert.Equal(new Records.PreviousEvaluation(previous.Year, previous.Total), draft.Expected.Previous);
        Assert.NotEqual(previous.Total, draft.Expected.TotalReferenceMean);
    }

    public static TheoryData<string, ReferenceMeanForm> WithoutMeans
    {
        get
        {
            var data = new TheoryData<string, ReferenceMeanForm>();
            foreach (var framework in new[] { "2010", "2016", PrintedFrameworks.MadeUpId })
            {
                foreach (var form in Enum.GetValues<ReferenceMeanForm>())
                {
                    data.Add(framework, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(WithoutMeans))]
    public void Compose_VersionWithoutMeans_AnyForm_NoMeanPrinted_ExpectedNone(string framework, ReferenceMeanForm form)
    {
        var (layout, expected) = ReportComposer.Compose(ReportContent.Draw(new ContentRequest(framework, 9)), HouseStyle.Plain with { ReferenceMeans = form });
        var texts = layout.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

        Assert.Empty(expected.AreaReferenceMeans);
        Assert.Null(expected.TotalReferenceMean);
        Assert.DoesNotContain(layout.Blocks.OfType<GridBlock>(), g => g.Rows[0].Cells.Contains("Medel") || g.Rows[0].Cells.Contains("Genomsnitt"));
        Assert.DoesNotContain(texts, t => t.Contains("Genomsnitt för kommuner", StringComparison.Ordinal) || t == StyleWords.MeanInBrackets);
        Assert.DoesNotContain(layout.Blocks.OfType<HeadingBlock>(), h => h.Role == HeadingRole.Area && h.Text.Contains('(', StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_2016UnderTheAlias_HeadingAndSummaryPrintTheAlias()
    {
        var seed = SeedWhere("2016", c => c.Areas[1].Title == "Brukarfokus, tillgänglighet och bemötande");
        var (layout, _) = ReportComposer.Compose(ReportContent.Draw(new ContentRequest("2016", seed)), HouseStyle.Plain);

        Assert.Contains(layout.Blocks.OfType<HeadingBlock>(), h => h.Text == "Område 2 Brukarfokus, tillgänglighet och bemötande");
        Assert.Contains(layout.Blocks.OfType<GridBlock>().Single(g => g.Role == GridRole.Summary).Rows, r => r.Cells[0] == "2 Brukarfokus, tillgänglighet och bemötande");
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Compose_QuestionHeadings_LaterVersion_HeadingsThePrintedQuestions(string framework)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, 2));
        var (layout, expected) = ReportComposer.Compose(content, HouseStyle.Plain with { QuestionHeadings = true });
        var printed = PrintedFrameworks.Catalog.Find(framework)!.Areas.SelectMany(a => a.Questions).Select(q => $"{q.Id} {q.Text}");

        Assert.Equal(printed, layout.Blocks.OfType<HeadingBlock>().Where(h => h.Role == HeadingRole.Question).Select(h => h.Text));
        Assert.Equal(content.Questions.Select(q => (q.Id, q.Text, q.Max, q.Score)), expected.Questions.Select(q => (q.Id, q.Text, q.Max, q.Score)));
    }

    [Theory]
    [InlineData("2016", true)]
    [InlineData("2020", true)]
    [InlineData("x-2031", false)]
    public void Compose_LaterVersion_ExpectedFrameworkTheTrueId_CataloguedUnlessMadeUp(string framework, bool catalogued)
    {
        var (_, expected) = ReportComposer.Compose(ReportContent.Draw(new ContentRequest(framework, 3)), HouseStyle.Plain);

        Assert.Equal(framework, expected.Framework);
        Assert.Equal(catalogued, expected.FrameworkCatalogued);
    }

    [Fact]
    public void WriteFiles_MadeUpVersion_ManifestNamesTheTrueIdAndSaysNotCatalogued()
    {
        var draft = Draft(PrintedFrameworks.MadeUpId, 5);
        var report = new StyledReport("made-up", draft.Docx, [0x25, 0x50, 0x44, 0x46], null, "LibreOffice", draft.Spec.Style, draft.Expected);
        using var temp = new TempArchive("kk-styled-");
        StyledReportGenerator.WriteFiles(report, temp.Dir);
        var json = File.ReadAllText(Path.Combine(temp.Dir, "made-up.expected.json"));
        var back = StyledManifest.FromJson(json);

        Assert.Contains("\"framework\": \"x-2031\"", json, StringComparison.Ordinal);
        Assert.Contains("\"frameworkCatalogued\": false", json, StringComparison.Ordinal);
        Assert.False(back.FrameworkCatalogued);
        Assert.False(back.Expected.FrameworkCatalogued);
        Assert.Equal("x-2031", back.Expected.Framework);
    }

    [Fact]
    public void Manifest_2020_JsonRoundTrip_KeepsTheReferenceMeans()
    {
        var draft = Draft("2020", 5);
        var manifest = new StyledManifest("n", "2020", "LibreOffice", draft.Spec.Style, draft.Expected);

        var back = StyledManifest.FromJson(manifest.ToJson());

        Assert.Equal(draft.Expected.AreaReferenceMeans, back.Expected.AreaReferenceMeans);
        Assert.Equal(draft.Expected.TotalReferenceMean, back.Expected.TotalReferenceMean);
        Assert.True(back.FrameworkCatalogued);
        Assert.Empty(FieldCheck.Default.Compare(back.Expected, FieldCheckTests.RecordOf(draft.Expected)).Failures);
    }

    /// <summary>A manifest written before the framework flag and the reference means reads as a catalogued version without means.</summary>
    [Fact]
    public void Manifest_WithoutTheNewFields_ReadsAsCataloguedWithoutMeans()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(new StyledManifest("n", "2010", "LibreOffice", HouseStyle.Plain, StyledSamples.Draft("plain", "2010").Expected).ToJson())!.AsObject();
        node.Remove("frameworkCatalogued");
        var expected = node["expected"]!.AsObject();
        Assert.True(expected.Remove("frameworkCatalogued") && expected.Remove("areaReferenceMeans") && expected.Remove("totalReferenceMean"));
        var json = node.ToJsonString();

        var back = StyledManifest.FromJson(json);

        Assert.DoesNotContain("frameworkCatalogued", json, StringComparison.Ordinal);
        Assert.True(back.FrameworkCatalogued && back.Expected.FrameworkCatalogued);
        Assert.Empty(back.Expected.AreaReferenceMeans);
        Assert.Null(back.Expected.TotalReferenceMean);
    }
}

using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Parsing;

/// <summary>
/// A report written without heading styles (bold, larger text), with glyph bullets and the two
/// findings headings merged into the area heading by a line break, as older reports are: the
/// parser must read it by structure alone.
/// </summary>
public sealed class ReportParserStructureTests
{
    private const string Bold14 = "<w:b/><w:sz w:val=\"28\"/>";

    private static ReportRecord ParseSynthetic()
    {
        var body = string.Concat(
            DocxFactory.P("Kommunkompassen", rPr: "<w:b/><w:sz w:val=\"64\"/>"),
            DocxFactory.P("Analys av Vännäs kommun"),
            DocxFactory.P("3-4 mars 2008"),
            DocxFactory.P("Karin Ek, Sveriges Kommuner och Landsting"),
            DocxFactory.P("1 Vad är Kommunkompassen?", rPr: Bold14),
            DocxFactory.P("Område 2 Tillgänglighet och brukarorientering", rPr: Bold14),
            DocxFactory.P("2.5 Hur är systemet för synpunkts- och klagomålshantering organiserat?", rPr: "<w:b/>"),
            DocxFactory.P("Kommunen har ett system för synpunktshantering i alla förvaltningar."),
            DocxFactory.P("• Punkt i löptexten som inte är ett fynd"),
            $"<w:p><w:r><w:rPr>{Bold14}</w:rPr><w:t>Område 2 Tillgänglighet</w:t><w:br/><w:t>Starka sidor</w:t></w:r></w:p>",
            DocxFactory.P("• Synpunktshantering i alla förvaltningar"),
            DocxFactory.P("\uF0B7 Medborgarkontor"),
            DocxFactory.P("Förbättringsområden", rPr: "<w:b/>"),
            DocxFactory.P("– Inför e-tjänster"),
            DocxFactory.P("Kommunens resultat per område", rPr: Bold14),
            """
            <w:tbl>
              <w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>max-poäng</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>egna poäng</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>%</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>2.5 Hur är systemet organiserat?</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>10</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>7,5</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>75%</w:t></w:r></w:p></w:tc></w:tr>
              <w:tr><w:tc><w:p><w:r><w:t>2.6 Bedrivs utbildning?</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>10</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>4</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>40%</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """);
        var doc = DocumentLoader.Default.Load(DocxFactory.Create(body, stylesXml: null), "vannas.docx");
        return ReportParser.Default.Parse(doc);
    }

    [Fact]
    public void Parse_ReportWithoutHeadingStyles_ReadsMetadataByStructure()
    {
        var record = ParseSynthetic();

        Assert.Equal(("2460-2008", "Vännäs", "2002"), (record.Id, record.Municipality.Name, record.Framework));
        Assert.Equal(new DateRange(new DateOnly(2008, 3, 3), new DateOnly(2008, 3, 4)), record.EvaluationDates);
        Assert.Equal("Karin Ek", Assert.Single(record.Evaluators).Name);
    }

    [Fact]
    public void Parse_ReportWithoutHeadingStyles_FindsGlyphBulletFindingsUnderMergedHeading()
    {
        var area = ParseSynthetic().Areas.Single(a => a.Number == 2);

        Assert.Equal(["Synpunktshantering i alla förvaltningar", "Medborgarkontor"], area.Strengths);
        Assert.Equal(["Inför e-tjänster"], area.Improvements);
    }

    [Fact]
    public void Parse_ReportWithoutHeadingStyles_PassagesGetAreaAndBoldQuestionHeading()
    {
        var passages = ParseSynthetic().Passages;

        Assert.Equal(
            ["2 2.5 Kommunen har ett system för synpunktshantering i alla förvaltningar.", "2 2.5 Punkt i löptexten som inte är ett fynd"],
            passages.Select(p => $"{p.Area} {p.Question} {p.Text}"));
    }

    [Fact]
    public void Parse_ReportWithoutHeadingStyles_ScoresAndMissingQuestionsWarned()
    {
        var record = ParseSynthetic();

        Assert.Equal(7.5, record.Questions.Single(q => q.Id == "2.5").Score);
        Assert.Equal(4, record.Questions.Single(q => q.Id == "2.6").Score);
        Assert.Contains(record.Warnings, w => w.Code == "question-missing" && w.Message.StartsWith("sub-question 1.1 ", StringComparison.Ordinal));
        Assert.Contains(record.Warnings, w => w.Code == "area-summary-missing");
    }
}

using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class FrontMatterExtractorTests
{
    public static TheoryData<string, string, string> Dates => new()
    {
        { "7-8 september 2005", "2005-09-07", "2005-09-08" },
        { "2010-06-15--17", "2010-06-15", "2010-06-17" },
        { "2010-06-15 – 2010-06-17", "2010-06-15", "2010-06-17" },
        { "15 juni 2010", "2010-06-15", "2010-06-15" },
        { "30 september - 1 oktober 2008", "2008-09-30", "2008-10-01" },
        { "Besöket ägde rum 3–4 Maj 2007", "2007-05-03", "2007-05-04" },
        { "2009-11-30", "2009-11-30", "2009-11-30" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void ParseDates_SwedishForms_GivesRange(string text, string from, string to)
    {
        var range = FrontMatterExtractor.ParseDates(text);

        Assert.NotNull(range);
        Assert.Equal((from, to), (range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("31-32 januari 2005")]
    [InlineData("september 2005")]
    [InlineData("Kommunkompassen")]
    public void ParseDates_NoValidDate_ReturnsNull(string text)
    {
        Assert.Null(FrontMatterExtractor.ParseDates(text));
    }

    [Fact]
    public void Extract_TitlePage_ReadsMunicipalityDatesAndEvaluators()
    {
        Block[] blocks =
        [
            new Heading(1, "Kommunkompassen", 1),
            new Paragraph("Utvärdering av Marks kommun", 1),
            new Paragraph("12-13 oktober 2009", 1),
            new Paragraph("Anna-Karin Berg, Göteborgs stad", 1),
            new Paragraph("Per Olsson, Sveriges Kommuner och Landsting", 1),
            new Heading(1, "1 Vad är Kommunkompassen?", 2),
            new Paragraph("Falun nämns sedan många gånger, Falun, Falun.", 2),
        ];

        var front = FrontMatterExtractor.Extract(blocks, MunicipalityRegistry.Default, "x.docx");

        Assert.Equal(("Mark", "1463"), (front.Municipality.Name, front.Municipality.Code));
        Assert.Equal(2009, front.Year);
        Assert.Equal(new DateOnly(2009, 10, 12), front.Dates?.From);
        Assert.Equal(["Anna-Karin Berg|Göteborgs stad", "Per Olsson|Sveriges Kommuner och Landsting"], front.Evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
    }

    [Fact]
    public void Extract_EvaluatorOrganisationIsAMunicipality_DoesNotTakeItAsEvaluated()
    {
        Block[] blocks =
        [
            new Paragraph("Kommunkompassen 2008", 1),
            new Paragraph("Lisa Holm, Falu kommun", 1),
            new Paragraph("Analys av Åre kommun", 1),
        ];

        var front = FrontMatterExtractor.Extract(blocks, MunicipalityRegistry.Default, "x.docx");

        Assert.Equal("Åre", front.Municipality.Name);
        Assert.Equal(2008, front.Year);
    }

    [Fact]
    public void Extract_NoMunicipalityAnywhere_ThrowsParseError()
    {
        Block[] blocks = [new Paragraph("Årsredovisning 2010", 1), new Paragraph("Inget om någon kommun här.", 1)];

        var ex = Assert.Throws<ReportParseException>(() => FrontMatterExtractor.Extract(blocks, MunicipalityRegistry.Default, "x.docx"));
        Assert.Contains("not a Kommunkompassen report", ex.Reason, StringComparison.Ordinal);
    }
}

using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Parsing.FrontPage;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Tests.Parsing.FrontPage;

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

    /// <summary>Title lines as real reports print them, and the municipality each names.</summary>
    public static TheoryData<string, string> Titles => new()
    {
        { "Analys av Borås kommun september 2007", "Borås" },
        { "KommunKompassen ANALYS AV BORÅS KOMMUN 2013", "Borås" },
        { "Kommunkompassen Borås kommun 2013 Analys av", "Borås" },
        { "Utvärdering av Göteborgs stad", "Göteborg" },
        { "av Upplands Väsby kommun", "Upplands Väsby" },
        { "Kommunkompassen – Ödeshög 2013", "Ödeshög" },
        { "Falu kommun", "Falun" },
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

    [Theory]
    [MemberData(nameof(Titles))]
    public void TitleMunicipality_RealTitleForms_NamesTheMunicipality(string line, string expected)
    {
        Assert.Equal(expected, FrontMatterExtractor.TitleMunicipality(line, MunicipalityRegistry.Default)?.Name);
    }

    [Fact]
    public void Extract_TitlePage_ReadsMunicipalityDatesAndEvaluators()
    {
        var front = Extract(
            new Heading(1, "Kommunkompassen", 1),
            new Paragraph("Utvärdering av Marks kommun", 1),
            new Paragraph("12-13 oktober 2009", 1),
            new Paragraph("Anna-Karin Berg, Göteborgs stad", 1),
            new Paragraph("Per Olsson, Sveriges Kommuner och Landsting", 1),
            new Heading(1, "1 Vad är Kommunkompassen?", 2),
            new Paragraph("Falun nämns sedan många gånger, Falun, Falun.", 2));

        Assert.Equal(("Mark", "1463"), (front.TitleMunicipality?.Name, front.TitleMunicipality?.Code));
        Assert.Equal(2009, front.DateYear);
        Assert.Equal(new DateOnly(2009, 10, 12), front.Dates?.From);
        Assert.Equal(["Anna-Karin Berg|Göteborgs stad", "Per Olsson|Sveriges Kommuner och Landsting"], front.Evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
    }

    [Fact]
    public void Extract_EvaluatorFromAnotherMunicipality_IsNotTheEvaluatedOne()
    {
        var front = Extract(
            new Paragraph("Kommunkompassen 2008", 1),
            new Paragraph("Lisa Holm, Orust kommun", 1),
            new Paragraph("Analys av Borås stad", 1));

        Assert.Equal("Borås", front.TitleMunicipality?.Name);
        Assert.Equal(2008, front.TitleYear);
        Assert.Equal(["Lisa Holm|Orust kommun"], front.Evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
    }

    [Fact]
    public void Extract_MonthOnly_GivesTheYearAndNoDays()
    {
        var front = Extract(new Paragraph("Analys av Borås kommun september 2007", 1), new Paragraph("RAPPORT 2007-11-28", 1));

        Assert.Null(front.Dates);
        Assert.Equal(2007, front.DateYear);
        Assert.Equal(2007, front.ReportDateYear);
    }

    [Theory]
    [InlineData("RAPPORT 2008-01-28")]
    [InlineData("Datum: 2008-01-28")]
    [InlineData("Sveriges Kommuner och Landsting 2008-01-28 2 (25)")]
    [InlineData("Rapporten färdigställd 2008-01-28")]
    public void Extract_ReportOrPrintDate_IsNotTheEvaluationDate(string line)
    {
        var front = Extract(new Paragraph("Analys av Kungälvs kommun", 1), new Paragraph(line, 1), new Paragraph("5-6 november 2007", 1));

        Assert.Equal(new DateRange(new DateOnly(2007, 11, 5), new DateOnly(2007, 11, 6)), front.Dates);
        Assert.Equal(2008, front.ReportDateYear);
    }

    [Fact]
    public void Extract_DateOfTheVisitLabelledDatum_IsTheEvaluationDate()
    {
        var front = Extract(new Paragraph("Analys av Kungälvs kommun", 1), new Paragraph("Datum för platsbesök: 5-6 november 2007", 1));

        Assert.Equal(new DateRange(new DateOnly(2007, 11, 5), new DateOnly(2007, 11, 6)), front.Dates);
        Assert.Null(front.ReportDateYear);
    }

    [Fact]
    public void Extract_AddressBlock_NamesNoEvaluatorAndNoMunicipality()
    {
        var front = Extract(
            new Paragraph("Sveriges Kommuner och Landsting", 1),
            new Paragraph("118 82 STOCKHOLM Besök: Hornsgatan 20 Tfn 08-452 70 00", 1),
            new Paragraph("info@skl.se, www.skl.se", 1),
            new Paragraph("Kommunkompassen Analys av Ale kommun", 1),
            new Paragraph("Utvärderare: Karin Ek, SKL och Jonas Berg, Lerums kommun", 1));

        Assert.Equal("Ale", front.TitleMunicipality?.Name);
        Assert.Equal(["Karin Ek|SKL", "Jonas Berg|Lerums kommun"], front.Evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
    }

    [Fact]
    public void Extract_EvaluatorsInATitleTable_AreRead()
    {
        var table = new Table(
            [
                new TableRow([TableCell.FromText("Utvärderare", 1), TableCell.FromText("Karin Ek, SKL", 1)]),
                new TableRow([TableCell.FromText(string.Empty, 1), TableCell.FromText("Jonas Berg, Lerums kommun", 1)]),
            ],
            1);

        var front = Extract(new Paragraph("Analys av Ale kommun 2009", 1), table);

        Assert.Equal(["Karin Ek|SKL", "Jonas Berg|Lerums kommun"], front.Evaluators.Select(e => $"{e.Name}|{e.Organisation}"));
    }

    private static FrontMatter Extract(params Block[] blocks) =>
        FrontMatterExtractor.Extract(ReportBlocks.Flatten(blocks), MunicipalityRegistry.Default);
}

using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Parsing.FrontPage;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Tests.Parsing.FrontPage;

public sealed class ReportIdentityTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Default;

    [Fact]
    public void Decide_TitleAndTextAgree_NoDoubt()
    {
        var identity = Decide(
            [new Paragraph("Analys av Borås stad", 1), new Paragraph("3-4 maj 2011", 1)],
            ["Borås har infört en ny styrmodell.", "I Borås finns ett medborgarkontor.", "Uddevalla är ett gott exempel."],
            "rapport.pdf");

        Assert.Equal(("Borås", 2011), (identity.Municipality.Name, identity.Year));
        Assert.Empty(identity.Doubts);
    }

    [Fact]
    public void Decide_TextSpeaksOfAnotherMunicipality_IsUncertainAndNamesBoth()
    {
        var identity = Decide(
            [new Paragraph("Analys av Borås stad", 1), new Paragraph("3-4 maj 2011", 1)],
            ["Orust har infört en ny styrmodell.", "I Orust finns ett medborgarkontor.", "Orust arbetar med dialog.", "Orust följer upp."],
            "rapport.pdf");

        Assert.Equal("Borås", identity.Municipality.Name);
        var doubt = Assert.Single(identity.Doubts);
        Assert.Equal(WarningCodes.IdentityUncertain, doubt.Code);
        Assert.Equal("the title names Borås, but the text names Orust 4 times and Borås 0 times", doubt.Message);
    }

    [Fact]
    public void Decide_NoMunicipalityOnTheTitlePage_TakesTheTextsAndSaysSo()
    {
        var identity = Decide(
            [new Paragraph("Kommunkompassen", 1), new Paragraph("3-4 maj 2011", 1)],
            ["Ljusdal har infört en ny styrmodell.", "I Ljusdal finns ett medborgarkontor."],
            "rapport.pdf");

        Assert.Equal("Ljusdal", identity.Municipality.Name);
        Assert.Contains(identity.Doubts, d => d.Message.StartsWith("no municipality is named on the title page; Ljusdal", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_OnlyTheReportDate_GivesItsYearWithADoubt()
    {
        var identity = Decide(
            [new Paragraph("Analys av Ljusdals kommun", 1), new Paragraph("RAPPORT 2007-11-28", 1)],
            ["Ljusdal har infört en ny styrmodell."],
            "rapport.pdf");

        Assert.Equal(2007, identity.Year);
        Assert.Contains(identity.Doubts, d => d.Message.Contains("report's own date", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_TextGivesAnotherYearThanTheTitlePage_IsUncertain()
    {
        var identity = Decide(
            [new Paragraph("Analys av Ljusdals kommun", 1), new Paragraph("3-4 maj 2011", 1), new Paragraph("Utvärderingen genomfördes i maj 2012 av två utvärderare.", 2)],
            ["Ljusdal har infört en ny styrmodell."],
            "rapport.pdf");

        Assert.Equal(2011, identity.Year);
        Assert.Contains(identity.Doubts, d => d.Message.Contains("the text says the evaluation took place in 2012", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_AnEarlierEvaluationInTheText_IsNoDoubt()
    {
        var identity = Decide(
            [new Paragraph("Analys av Ljusdals kommun", 1), new Paragraph("3-4 maj 2011", 1), new Paragraph("Den förra utvärderingen genomfördes 2007.", 2)],
            ["Ljusdal har infört en ny styrmodell."],
            "rapport.pdf");

        Assert.Empty(identity.Doubts);
    }

    [Theory]
    [InlineData("Kommunkompassen Orust 2011.pdf", "names Orust")]
    [InlineData("Kommunkompassen Ljusdal 2009.docx", "gives the year 2009")]
    public void Decide_FileNameDisagrees_IsUncertain(string fileName, string expected)
    {
        var identity = Decide(
            [new Paragraph("Analys av Ljusdals kommun", 1), new Paragraph("3-4 maj 2011", 1)],
            ["Ljusdal har infört en ny styrmodell."],
            fileName);

        Assert.Contains(identity.Doubts, d => d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("rapport-2010.pdf")]
    [InlineData("plain-2002.docx")]
    [InlineData("Ljusdal 2011.docx")]
    public void Decide_FileNameWithAYearButNotAboutAnotherReport_IsNoDoubt(string fileName)
    {
        var identity = Decide(
            [new Paragraph("Analys av Ljusdals kommun", 1), new Paragraph("3-4 maj 2011", 1)],
            ["Ljusdal har infört en ny styrmodell."],
            fileName);

        Assert.Empty(identity.Doubts);
    }

    private static Identity Decide(Block[] front, string[] passages, string fileName)
    {
        var blocks = ReportBlocks.Flatten(front);
        var narrative = new Narrative([], passages.Select(p => new Passage(1, null, p, 3)).ToList(), new Dictionary<int, string>(), [], new HashSet<string>());
        return ReportIdentity.Decide(FrontMatterExtractor.Extract(blocks, Registry), blocks, narrative, null, Registry, fileName);
    }
}

using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Parsing.Versions;

/// <summary>
/// Reports of every framework version, and of one nobody catalogued, read back: the version, the
/// sub-questions as printed, the means of other municipalities, and what the record says when it
/// is not sure.
/// </summary>
public sealed class FrameworkDetectorTests
{
    private const string Statement2016 = "Kommunkompassen togs fram 2002 och reviderades åren 2010 och 2016 av Sveriges Kommuner och Landsting.";
    private const string Statement2020 = "Sveriges Kommuner och Regioner (SKR) har reviderat Kommunkompassen, och denna utvärdering följer den reviderade versionen från 2020.";

    public static TheoryData<string, int, string?, MeanForm> Reports => new()
    {
        { "2016", 2017, Statement2016, MeanForm.None },
        { "2016", 2018, null, MeanForm.None },
        { "2020", 2021, Statement2020, MeanForm.Column },
        { "2020", 2022, Statement2020, MeanForm.Brackets },
        { "2020", 2023, null, MeanForm.Lines },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_ReportOfRevisionWithoutCataloguedQuestions_ReadsVersionAndPrintedQuestions(string version, int year, string? statement, MeanForm means)
    {
        var printed = version == "2016" ? PrintedCatalogs.Revision2016 : PrintedCatalogs.Revision2020;
        var report = new VersionedReport(printed, year) { Statement = statement, MeanForm = means };

        var record = Parse(report.Docx());

        Assert.Equal(version, record.Framework);
        Assert.Equal(
            printed.Areas.SelectMany(a => a.Questions).Select(q => (q.Id, q.Text, q.Max, (double?)report.Scores[q.Id])),
            record.Questions.Select(q => (q.Id, q.Text, q.Max, q.Score)));
        Assert.Equal(printed.Areas.Select(a => (a.Number, (double?)report.AreaScore(a.Number))), record.Areas.Select(a => (a.Number, a.Score)));
        Assert.Equal(report.Total, record.Total.Score);
        Assert.Contains(record.Warnings, w => w.Code == WarningCodes.FrameworkCatalogFromReport);
        Assert.DoesNotContain(record.Warnings, w => w.Code is WarningCodes.QuestionMissing or WarningCodes.QuestionUnknown or WarningCodes.QuestionTextMismatch or WarningCodes.QuestionMaxMismatch or WarningCodes.FrameworkUncertain);
    }

    [Theory]
    [InlineData(MeanForm.Column)]
    [InlineData(MeanForm.Brackets)]
    [InlineData(MeanForm.Lines)]
    public void Parse_Report2020WithMeans_ReadsReferenceMeansNotOlderOrPreviousScores(MeanForm means)
    {
        var report = new VersionedReport(PrintedCatalogs.Revision2020, 2021) { Statement = Statement2020, MeanForm = means };

        var record = Parse(report.Docx());

        Assert.Equal(report.Means.OrderBy(m => m.Key).Select(m => (m.Key, (double?)m.Value)), record.Areas.Select(a => (a.Number, a.ReferenceMean)));
        NonEmpty.All(record.Areas, a => Assert.Null(a.OlderScaleScore));
        NonEmpty.All(record.Areas, a => Assert.Null(a.PreviousScore));
        Assert.Equal(means == MeanForm.Lines ? null : report.TotalMean, record.Total.ReferenceMean);
        Assert.Null(record.Previous);
        Assert.Equal(printed2020Titles, record.Areas.Select(a => a.Title));
    }

    private static readonly string[] printed2020Titles = [.. PrintedCatalogs.Revision2020.Areas.Select(a => a.Title)];

    [Theory]
    [InlineData("4.2", "sub-question 4.2 was not read from the score tables (the ids read skip it)")]
    [InlineData("4.4", "area 4: the sub-questions read (4.1, 4.2, 4.3) have maxima summing to")]
    public void Parse_Report2020WithARowLost_QuestionMissingForItsArea(string leftOut, string message)
    {
        var report = new VersionedReport(PrintedCatalogs.Revision2020, 2021) { LeftOut = leftOut };

        var record = Parse(report.Docx());

        var missing = Assert.Single(record.Warnings, w => w.Code == WarningCodes.QuestionMissing);
        Assert.Contains(message, missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Questions, q => q.Id == leftOut);
    }

    [Fact]
    public void Parse_Report2010_NoMeansAndNoDoubt()
    {
        var record = Parse(SmallReport.Docx());

        Assert.Equal("2010", record.Framework);
        NonEmpty.All(record.Areas, a => Assert.Null(a.ReferenceMean));
        Assert.Null(record.Total.ReferenceMean);
        Assert.DoesNotContain(record.Warnings, w => w.Code is WarningCodes.FrameworkUncertain or WarningCodes.FrameworkCatalogFromReport or WarningCodes.QuestionTextMismatch);
    }

    [Fact]
    public void Parse_Report2010WithOneQuestionAskedDifferently_2010WithQuestionTextMismatchOnIt()
    {
        var catalog = FrameworkCatalog.Default.Find("2010")!;
        var changed = PrintedCatalogs.Revision2016.Question("5.1")!;
        var printed = catalog with
        {
            Areas = [.. catalog.Areas.Select(a => a with { Questions = [.. a.Questions.Select(q => q.Id == "5.1" ? changed : q)] })],
        };

        var record = Parse(new VersionedReport(printed, 2013).Docx());

        Assert.Equal("2010", record.Framework);
        var mismatch = Assert.Single(record.Warnings, w => w.Code == WarningCodes.QuestionTextMismatch);
        Assert.StartsWith("sub-question 5.1 asks \"Hur används jämförelser med andra kommuner", mismatch.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Warnings, w => w.Code is WarningCodes.FrameworkUncertain or WarningCodes.QuestionMaxMismatch);
    }

    [Fact]
    public void Parse_Report2016ReadAgainstOnly2002And2010_NotForcedIntoEither()
    {
        var catalog = new FrameworkCatalog(FrameworkCatalog.Default.Frameworks.Where(f => f.QuestionsKnown));
        var report = new VersionedReport(PrintedCatalogs.Revision2016, 2017);

        var record = new ReportParser(MunicipalityRegistry.Default, catalog).Parse(DocumentLoader.Default.Load(report.Docx(), "report.docx"));

        Assert.Equal(Framework.UnknownId, record.Framework);
        Assert.Contains(record.Warnings, w => w.Code == WarningCodes.FrameworkUncertain);
        Assert.DoesNotContain(record.Warnings, w => w.Code == WarningCodes.QuestionTextMismatch);
    }

    [Fact]
    public void Parse_UncataloguedVersion_ReadCompletelyAsUnknownWithDoubt()
    {
        var printed = PrintedCatalogs.Uncatalogued;
        var report = new VersionedReport(printed, 2032) { Statement = "Kommunkompassen reviderades senast 2031." };

        var record = Parse(report.Docx());

        Assert.Equal(Framework.UnknownId, record.Framework);
        var doubt = Assert.Single(record.Warnings, w => w.Code == WarningCodes.FrameworkUncertain);
        Assert.Contains("fits no catalogued framework version well", doubt.Message, StringComparison.Ordinal);
        Assert.Equal(
            printed.Areas.SelectMany(a => a.Questions).Select(q => (q.Id, q.Text, q.Max, (double?)report.Scores[q.Id])),
            record.Questions.Select(q => (q.Id, q.Text, q.Max, q.Score)));
        Assert.Equal(printed.Areas.Select(a => (a.Number, a.Title, a.Max)), record.Areas.Select(a => (a.Number, a.Title, a.Max)));
        Assert.Equal(printed.Areas.Select(a => VersionedReport.Strength(a.Number)), record.Areas.Select(a => Assert.Single(a.Strengths)));
        Assert.Equal(printed.TotalMax, record.Total.Max);
        Assert.DoesNotContain(record.Warnings, w => WarningCodes.Losses.Contains(w.Code));
    }

    [Fact]
    public void Draft_UncataloguedVersion_AddedCatalogReadsSameReportWithoutDoubt()
    {
        var report = new VersionedReport(PrintedCatalogs.Uncatalogued, 2032) { Statement = "Kommunkompassen reviderades senast 2031." };
        var document = DocumentLoader.Default.Load(report.Docx(), "report.docx");

        var draft = ReportParser.Default.Draft(document, "2031");
        using var temp = new TempArchive("kk-draft-");
        File.WriteAllText(Path.Combine(temp.Dir, "2031.json"), FrameworkCatalog.ToJson(draft));
        var record = new ReportParser(MunicipalityRegistry.Default, FrameworkCatalog.WithFolder(temp.Dir)).Parse(document);

        Assert.Equal((2031, true), (draft.UsedFrom, draft.QuestionsKnown));
        Assert.Equal("2031", record.Framework);
        Assert.DoesNotContain(record.Warnings, w => w.Code is WarningCodes.FrameworkUncertain or WarningCodes.FrameworkCatalogFromReport or WarningCodes.QuestionMissing or WarningCodes.QuestionUnknown or WarningCodes.QuestionTextMismatch);
        Assert.Equal(PrintedCatalogs.Uncatalogued.Areas.SelectMany(a => a.Questions).Select(q => (q.Id, q.Text, q.Max)), record.Questions.Select(q => (q.Id, q.Text, q.Max)));
    }

    private static ReportRecord Parse(byte[] docx) => ReportParser.Default.Parse(DocumentLoader.Default.Load(docx, "report.docx"));
}

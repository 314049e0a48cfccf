using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Ingestion;

public sealed class ReadingsTests
{
    [Theory]
    [InlineData(Corpus.Report2005Docx, Corpus.Report2005Pdf)]
    [InlineData(Corpus.Report2010Docx, Corpus.Report2010Pdf)]
    public void Combine_SampleDocxAndPdf_KeepsDocxNoDifferencesPagesFromPdf(string docxFile, string pdfFile)
    {
        var docx = SampleRecords.Of(docxFile);
        var pdf = SampleRecords.Of(pdfFile);

        var record = Readings.Combine([pdf, docx]);

        Assert.Equal(["docx", "pdf"], record.Sources.Select(s => s.Format));
        Assert.Equal(docx.Warnings, record.Warnings);
        Assert.Equal(pdf.Passages.Select(p => p.Page), record.Passages.Select(p => p.Page));
        Assert.Equal(docx.Areas, record.Areas);
        Assert.Empty(ReadingComparer.Differences(docx, pdf));
    }

    [Fact]
    public void Combine_InEitherOrder_GivesTheSameRecord()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var pdf = SampleRecords.Of(Corpus.Report2010Pdf);

        var a = Readings.Combine([docx, pdf]);
        var b = Readings.Combine([pdf, docx]);

        Assert.Equal(Kommunkompassen.Ingest.Export.RecordJson.Serialize(a), Kommunkompassen.Ingest.Export.RecordJson.Serialize(b));
    }

    [Fact]
    public void Combine_PdfReadsValuesDifferently_KeepsDocxValuesAndWarnsOncePerDifference()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var pdf = SampleRecords.Of(Corpus.Report2010Pdf);
        var area3 = pdf.Areas[2];
        var changed = pdf with
        {
            Areas = [.. pdf.Areas.Take(2), area3 with { Score = area3.Score + 1, Strengths = [.. area3.Strengths.Skip(1)] }, .. pdf.Areas.Skip(3)],
            Questions = [.. pdf.Questions.Select(q => q.Id == "2.6" ? q with { Score = 0 } : q)],
        };

        var record = Readings.Combine([changed, docx]);

        Assert.Equal(docx.Areas, record.Areas);
        var warnings = record.Warnings.Where(w => w.Code == WarningCodes.FormatDifference).Select(w => w.Message).ToList();
        var q26 = docx.Questions.Single(q => q.Id == "2.6");
        Assert.Equal(
            [
                $"docx and pdf readings differ: area 3 score {docx.Areas[2].Score} vs {docx.Areas[2].Score + 1}; the docx value is kept",
                $"docx and pdf readings differ: area 3 strengths: {area3.Strengths.Count} vs {area3.Strengths.Count - 1} items, 1 differ, first at item 1: \"{Clip(area3.Strengths[0])}\" vs \"{Clip(area3.Strengths[1])}\"; the docx value is kept",
                $"docx and pdf readings differ: sub-question 2.6 score {q26.Score} vs 0; the docx value is kept",
            ],
            warnings);
    }

    [Fact]
    public void Combine_OnlyAPdf_KeepsThePdfReading()
    {
        var pdf = SampleRecords.Of(Corpus.Report2005Pdf);

        var record = Readings.Combine([pdf]);

        Assert.Equal(pdf, record with { Sources = pdf.Sources, Passages = pdf.Passages, Mentions = pdf.Mentions, Warnings = pdf.Warnings });
        Assert.Equal(["pdf"], record.Sources.Select(s => s.Format));
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";

    [Fact]
    public void Differences_PassageSplitInTwo_PointsAtTheFirstDifferingCharacter()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var text = "Kommunen har ett omfattande samarbete med bostadsbolaget om kultur- och fritidsverksamhet.";
        var a = docx with { Passages = [new Passage(1, null, text, null)] };
        var b = docx with { Passages = [new Passage(1, null, "Kommunen har ett omfattande samarbete med bostadsbolaget om", 3), new Passage(1, null, "kultur- och fritidsverksamhet.", 3)] };

        var difference = Assert.Single(ReadingComparer.Differences(a, b));

        Assert.Equal("passages: 1 vs 2 items, 2 differ, first at item 1: \"...ete med bostadsbolaget om kultur- och fritidsverksamhet.\" vs \"...ete med bostadsbolaget om\"", difference);
    }
}

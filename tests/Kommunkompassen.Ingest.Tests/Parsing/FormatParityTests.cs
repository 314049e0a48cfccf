using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Parsing;

/// <summary>The DOCX and the PDF of the same report must give the same record, sources and page numbers aside.</summary>
public sealed class FormatParityTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { Corpus.Report2005Docx, Corpus.Report2005Pdf },
        { Corpus.Report2010Docx, Corpus.Report2010Pdf },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Parse_DocxAndPdfOfOneReport_GiveTheSameRecord(string docx, string pdf)
    {
        var a = Comparable(SampleRecords.Of(docx));
        var b = Comparable(SampleRecords.Of(pdf));

        Assert.Equal(RecordJson.Serialize(a with { Passages = [] }), RecordJson.Serialize(b with { Passages = [] }));
        Assert.Equal(a.Passages.Select(p => $"{p.Area} {p.Question}: {p.Text}"), b.Passages.Select(p => $"{p.Area} {p.Question}: {p.Text}"));
    }

    [Fact]
    public void Parse_PdfReport_PassagesHavePageNumbers()
    {
        var record = SampleRecords.Of(Corpus.Report2010Pdf);

        NonEmpty.All(record.Passages, p => Assert.InRange(p.Page ?? 0, 2, record.Sources[0].Pages ?? 0));
    }

    private static ReportRecord Comparable(ReportRecord r) =>
        r with
        {
            Sources = [],
            Passages = r.Passages.Select(p => p with { Page = null }).ToList(),
            Mentions = r.Mentions.Select(m => m with { Page = null }).ToList(),
        };
}

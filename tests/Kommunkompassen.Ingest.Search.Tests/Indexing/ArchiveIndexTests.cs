using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Search.Tests.Indexing;

public sealed class ArchiveIndexTests : IDisposable
{
    private readonly TempArchive temp = new("kk-index-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Replace_SameReportTwice_DoesNotDuplicateDocuments()
    {
        var record = SampleRecords.Of(Corpus.Report2010Docx);
        var index = new ArchiveIndex(temp.Dir);
        var expected = SearchDocument.From(record).Count();

        index.Replace([record]);
        index.Replace([record]);

        using var searcher = new ArchiveSearcher(temp.Dir);
        Assert.Equal(expected, searcher.DocumentCount);
        Assert.Equal(record.Passages.Count + record.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count), expected);
    }

    [Fact]
    public void From_Record_PassageUnderSubQuestionCarriesItsScore()
    {
        var record = SampleRecords.Of(Corpus.Report2010Docx);

        var doc = SearchDocument.From(record).First(d => d.Text.StartsWith("System för synpunktshantering", StringComparison.Ordinal));

        Assert.Equal(("2.6", 1.5, 15.0, 2, "2081"), (doc.Question, doc.Score, doc.Max, doc.Area, doc.Code));
    }
}

using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Ingestion;

public sealed class IngestorTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("kk-ingest-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Ingest_BatchWithBadFiles_StoresGoodOnesAndReportsEachFailure()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(dir, "in")).FullName;
        File.Copy(Corpus.PathOf(Corpus.Report2010Docx), Path.Combine(inbox, "a.docx"));
        File.WriteAllBytes(Path.Combine(inbox, "tom.pdf"), []);
        File.WriteAllText(Path.Combine(inbox, "sida.docx"), "<html><body>inte en rapport</body></html>");
        File.WriteAllBytes(Path.Combine(inbox, "annan.docx"), DocxFactory.Create(DocxFactory.P("Protokoll från kommunstyrelsen i Åre kommun 2009")));
        var archive = new RecordArchive(Path.Combine(dir, "archive"));

        var outcomes = Ingestor.Default.Ingest(Ingestor.ExpandInputs([inbox], out _), archive);

        Assert.Equal(
            ["a.docx: Ingested", "annan.docx: Failed", "sida.docx: Failed", "tom.pdf: Failed"],
            outcomes.Select(o => $"{Path.GetFileName(o.Path)}: {o.Status}"));
        Assert.Equal("the file is empty", outcomes.Single(o => o.Path.EndsWith("tom.pdf", StringComparison.Ordinal)).Error);
        Assert.StartsWith("not a Kommunkompassen report", outcomes.Single(o => o.Path.EndsWith("annan.docx", StringComparison.Ordinal)).Error, StringComparison.Ordinal);
        Assert.Equal("2081-2010", Assert.Single(archive.LoadAll()).Id);
    }

    [Fact]
    public void Ingest_SameFileTwice_SecondIsUnchangedAndArchiveHasOneRecord()
    {
        var archive = new RecordArchive(Path.Combine(dir, "archive"));
        var file = Corpus.PathOf(Corpus.Report2005Docx);

        Ingestor.Default.Ingest([file], archive);
        var second = Ingestor.Default.Ingest([file], archive);

        Assert.Equal(IngestStatus.Unchanged, Assert.Single(second).Status);
        Assert.Single(archive.LoadAll());
    }

    [Fact]
    public void Merge_PdfThenDocxOfSameReport_KeepsDocxValuesAndBothSources()
    {
        var docx = SampleRecords.Of(Corpus.Report2010Docx);
        var pdfLike = docx with
        {
            Total = docx.Total with { Score = 1 },
            Sources = [new Kommunkompassen.Ingest.Records.SourceFile("r.pdf", "pdf", "abc", 26)],
        };

        var (afterPdf, s1) = Ingestor.Merge(null, pdfLike);
        var (afterDocx, s2) = Ingestor.Merge(afterPdf, docx);

        Assert.Equal((IngestStatus.Ingested, IngestStatus.Merged), (s1, s2));
        Assert.Equal(docx.Total.Score, afterDocx.Total.Score);
        Assert.Equal(["docx", "pdf"], afterDocx.Sources.Select(s => s.Format));
    }

    [Fact]
    public void Parse_WordFileThatIsNotAReport_ThrowsNotAReport()
    {
        var bytes = DocxFactory.Create(DocxFactory.P("Analys av Åre kommun") + DocxFactory.P("7 maj 2008") + DocxFactory.P("Här finns varken poäng eller styrkor."));
        var doc = Kommunkompassen.Ingest.Documents.DocumentLoader.Default.Load(bytes, "x.docx");

        var ex = Assert.Throws<ReportParseException>(() => ReportParser.Default.Parse(doc));

        Assert.StartsWith("not a Kommunkompassen report", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_DocxAndPdfOfOneReport_OneRecordWithBothSourcesAndPdfPages()
    {
        var archive = new RecordArchive(Path.Combine(dir, "archive"));

        var outcomes = Ingestor.Default.Ingest([Corpus.PathOf(Corpus.Report2005Pdf), Corpus.PathOf(Corpus.Report2005Docx)], archive);

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Merged], outcomes.Select(o => o.Status));
        var record = Assert.Single(archive.LoadAll());
        Assert.Equal(["docx", "pdf"], record.Sources.Select(s => s.Format));
        Assert.Equal([null, 26], record.Sources.Select(s => s.Pages));
        Assert.All(record.Passages, p => Assert.NotNull(p.Page));
        Assert.Equal(SampleRecords.Of(Corpus.Report2005Pdf).Passages.Select(p => p.Page), record.Passages.Select(p => p.Page));
    }
}

using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Ingestion;

public sealed class IngestorTests : IDisposable
{
    private readonly TempArchive temp = new("kk-ingest-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void ParseFile_SampleDocx_GivesTheRecord()
    {
        var result = Ingestor.Default.ParseFile(Corpus.PathOf(Corpus.Report2010Docx));

        Assert.Null(result.Error);
        Assert.Equal(SampleRecords.Of(Corpus.Report2010Docx).Id, result.Record!.Id);
    }

    [Fact]
    public void ParseFile_WordFileThatIsNotAReport_FailsWithNotAReport()
    {
        var path = Path.Combine(temp.Dir, "annan.docx");
        File.WriteAllBytes(path, DocxFactory.Create(DocxFactory.P("Protokoll från kommunstyrelsen i Åre kommun 2009")));

        var result = Ingestor.Default.ParseFile(path);

        Assert.Null(result.Record);
        Assert.StartsWith("not a Kommunkompassen report", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFile_MissingFile_FailsWithCannotRead()
    {
        var result = Ingestor.Default.ParseFile(Path.Combine(temp.Dir, "saknas.pdf"));

        Assert.StartsWith("cannot read the file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WordFileThatIsNotAReport_ThrowsNotAReport()
    {
        var bytes = DocxFactory.Create(DocxFactory.P("Analys av Åre kommun") + DocxFactory.P("7 maj 2008") + DocxFactory.P("Här finns varken poäng eller styrkor."));
        var doc = DocumentLoader.Default.Load(bytes, "x.docx");

        var ex = Assert.Throws<ReportParseException>(() => ReportParser.Default.Parse(doc));

        Assert.StartsWith("not a Kommunkompassen report", ex.Reason, StringComparison.Ordinal);
    }
}

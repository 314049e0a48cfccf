using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class ClassifierSetTests : IDisposable
{
    private readonly TempArchive temp = new("kk-classify-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Ingest_WithClassifierStep_StoresEveryFindingWithAPredictionInItsArea()
    {
        var catalog = FrameworkCatalog.Default;
        var models = ClassifierSet.Train(catalog, TrainingSet.Build(catalog, [SampleRecords.Of(Corpus.Report2010Docx)], []));
        models.Save(temp.Dir);
        var loaded = ClassifierSet.Load(temp.Dir, catalog)!;
        var ingestor = new Ingestor(DocumentLoader.Default, ReportParser.Default, [loaded.WithFindings]);

        using (var archive = ReportArchive.Open(temp.Root))
        {
            new BatchImporter(ingestor, "test").Run([Corpus.PathOf(Corpus.Report2010Docx)], archive);
        }

        var record = Assert.Single(ReportArchive.ReadAll(temp.Root));

        Assert.Equal(100, record.Findings.Count);
        Assert.Equal(record.Areas.Sum(a => a.Strengths.Count), record.Findings.Count(f => f.Kind == "strength"));
        NonEmpty.All(record.Findings, f => Assert.StartsWith($"{f.Area}.", f.PredictedQuestion, StringComparison.Ordinal));
        NonEmpty.All(record.Findings, f => Assert.InRange(f.Confidence ?? -1, 0, 1));
        Assert.Equal(["2002", "2010"], loaded.Frameworks.Order());

        // The 2005 report has no sub-question headings: its mention gets the classifier's sub-question.
        var older = loaded.WithFindings(SampleRecords.Of(Corpus.Report2005Docx));
        var huddinge = Assert.Single(older.Mentions);
        Assert.StartsWith("4.", huddinge.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void WithFindings_RunAgainOnItsOwnOutput_TheSameRecord()
    {
        var models = ClassifierSet.Load(Corpus.ModelsFolder, FrameworkCatalog.Default)!;
        var once = models.WithFindings(SampleRecords.Of(Corpus.Report2005Docx));

        var twice = models.WithFindings(once);

        Assert.Contains(once.Mentions, m => m.QuestionInferred);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(once), System.Text.Json.JsonSerializer.Serialize(twice));
    }

    [Fact]
    public void Unclassified_ClassifiedRecord_NoFindingsAndOnlyTheHeadingsSubQuestions()
    {
        var models = ClassifierSet.Load(Corpus.ModelsFolder, FrameworkCatalog.Default)!;
        var read = SampleRecords.Of(Corpus.Report2005Docx);

        var undone = ClassifierSet.Unclassified(models.WithFindings(read));

        Assert.Empty(undone.Findings);
        Assert.Equal(read.Mentions.Select(m => m.Question), undone.Mentions.Select(m => m.Question));
        Assert.DoesNotContain(undone.Mentions, m => m.QuestionInferred);
    }
}

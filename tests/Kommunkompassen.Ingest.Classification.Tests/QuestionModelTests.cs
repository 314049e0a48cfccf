using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Classification.Tests;

/// <summary>The model trained on the sample archive (catalog texts and passages under sub-question headings; no findings).</summary>
public sealed class QuestionModelTests
{
    private static readonly Lazy<IReadOnlyList<TrainingExample>> Examples = new(() =>
        TrainingSet.Build(FrameworkCatalog.Default, [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)], []));

    private static Framework F2010 => FrameworkCatalog.Default.Find("2010")!;

    [Fact]
    public void Rank_ComplaintSystemFinding_AnswersSubQuestion26First()
    {
        var model = QuestionModel.Train(F2010, Examples.Value);

        var ranked = model.Rank("Inför ett kommungemensamt system för synpunktshantering", area: null);

        Assert.Equal("2.6", ranked[0].Question);
        Assert.Equal(1.0, ranked.Sum(p => p.Confidence), 6);
    }

    [Fact]
    public void Train_Twice_GivesIdenticalPredictions()
    {
        var a = QuestionModel.Train(F2010, Examples.Value);
        var b = QuestionModel.Train(F2010, Examples.Value);

        foreach (var text in new[] { "Utveckla medborgardialogen", "Tydligare mål i budgeten", "Systematiskt arbetsmiljöarbete", "Stöd till föreningslivet" })
        {
            Assert.Equal(a.Rank(text, null).Select(p => (p.Question, p.Confidence)), b.Rank(text, null).Select(p => (p.Question, p.Confidence)));
        }
    }

    [Fact]
    public void Rank_WithKnownArea_OnlyThatAreasSubQuestionsAndRenormalised()
    {
        var model = QuestionModel.Train(F2010, Examples.Value);

        var ranked = model.Rank("Inför ett kommungemensamt system för synpunktshantering", area: 6);

        Assert.Equal(F2010.Area(6)!.Questions.Select(q => q.Id).Order(), ranked.Select(p => p.Question).Order());
        Assert.Equal(1.0, ranked.Sum(p => p.Confidence), 6);
    }

    [Fact]
    public void Save_TwoTrainings_GivesIdenticalFiles()
    {
        using var temp = new TempArchive("kk-model-");
        QuestionModel.Train(F2010, Examples.Value).Save(Path.Combine(temp.Dir, "a.zip"));
        Thread.Sleep(2100); // a zip entry's time has a resolution of two seconds
        QuestionModel.Train(F2010, Examples.Value).Save(Path.Combine(temp.Dir, "b.zip"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Dir, "a.zip")), File.ReadAllBytes(Path.Combine(temp.Dir, "b.zip")));
    }

    [Fact]
    public void SaveAndLoad_RoundTrip_SamePredictions()
    {
        var model = QuestionModel.Train(F2010, Examples.Value);
        using var temp = new TempArchive("kk-model-");
        var path = Path.Combine(temp.Dir, "2010.zip");
        model.Save(path);

        var loaded = QuestionModel.Load(path, F2010);

        Assert.Equal(model.Rank("Fördjupa arbetet mot korruption", 1).Select(p => p.Question), loaded.Rank("Fördjupa arbetet mot korruption", 1).Select(p => p.Question));
    }
}

using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Classification.Tests;

/// <summary>
/// Findings of a version without a model, tied to the report's own sub-questions by the report's
/// own evidence: what they are like, and how often that is right on the labelled sample findings.
/// </summary>
public sealed class ReportEvidenceRankerTests(ITestOutputHelper output)
{
    private static ReportRecord Uncatalogued(ReportRecord sample) => sample with { Framework = "unknown" };

    [Fact]
    public void Rank_FindingAboutOneQuestionsNarrative_RanksThatQuestionFirstAmongItsAreasOwn()
    {
        var record = SampleRecords.Of(Corpus.Report2010Docx) with
        {
            Framework = "unknown",
            Passages =
            [
                new(2, "2.5", "Brukarundersökningar görs vartannat år inom hemtjänsten. Resultaten redovisas för nämnden.", 4),
                new(2, "2.6", "Ett gemensamt system för synpunkter och klagomål infördes förra året. Klagomålen sammanställs årligen.", 4),
            ],
        };
        var ranker = new ReportEvidenceRanker(record);

        var ranked = ranker.Rank("Sammanställ klagomålen och synpunkterna i ett gemensamt system", 2);

        Assert.Equal("2.6", ranked[0].Question);
        Assert.Equal(record.Questions.Where(q => q.Area == 2).Select(q => q.Id).Order(), ranked.Select(p => p.Question).Order());
        Assert.Equal(1.0, ranked.Sum(p => p.Confidence), 6);
    }

    [Fact]
    public void WithFindings_VersionWithoutModel_ReportEvidenceOnOwnQuestions()
    {
        var models = ClassifierSet.Load(Corpus.ModelsFolder, Kommunkompassen.Ingest.Frameworks.FrameworkCatalog.Default)!;
        var record = Uncatalogued(SampleRecords.Of(Corpus.Report2010Docx));

        var classified = models.WithFindings(record);

        Assert.NotEmpty(classified.Findings);
        NonEmpty.All(classified.Findings, f => Assert.Equal(FindingMethods.ReportEvidence, f.Method));
        NonEmpty.All(classified.Findings, f => Assert.Contains(record.Questions, q => q.Id == f.PredictedQuestion && q.Area == f.Area));
    }

    [Fact]
    public void WithFindings_VersionWithModel_SaysModel()
    {
        var models = ClassifierSet.Load(Corpus.ModelsFolder, Kommunkompassen.Ingest.Frameworks.FrameworkCatalog.Default)!;

        var classified = models.WithFindings(SampleRecords.Of(Corpus.Report2010Docx));

        NonEmpty.All(classified.Findings, f => Assert.Equal(FindingMethods.Model, f.Method));
    }

    /// <summary>
    /// The labelled findings of both samples ranked as if their version had no model: the report's
    /// own evidence and the list order only. It must beat taking each list's findings in the order
    /// of the area's sub-questions spread evenly (the best guess with no evidence at all).
    /// </summary>
    [Fact]
    public void Classify_LabelledSamplesAsIfWithoutModel_BeatsOrderAlone()
    {
        var labels = LabelFile.ReadFindings(Corpus.LabelsFile);
        var models = new ClassifierSet(new Dictionary<string, QuestionModel>());
        int right = 0, byOrder = 0, total = 0;
        foreach (var file in new[] { Corpus.Report2005Docx, Corpus.Report2010Docx })
        {
            var record = Uncatalogued(SampleRecords.Of(file));
            var original = SampleRecords.Of(file);
            foreach (var f in models.Classify(record))
            {
                var label = labels.FirstOrDefault(l => l.ReportId == original.Id && l.Area == f.Area && l.Kind == f.Kind && l.Text == f.Text);
                if (label is null)
                {
                    continue;
                }

                total++;
                right += f.PredictedQuestion == label.Question ? 1 : 0;
                var list = f.Kind == "strength" ? original.Areas.Single(a => a.Number == f.Area).Strengths : original.Areas.Single(a => a.Number == f.Area).Improvements;
                var own = original.Questions.Where(q => q.Area == f.Area).Select(q => q.Id).ToList();
                var guess = own[Math.Min(own.Count - 1, list.ToList().IndexOf(f.Text) * own.Count / Math.Max(1, list.Count))];
                byOrder += guess == label.Question ? 1 : 0;
            }
        }

        output.WriteLine($"report evidence alone: top-1 {right}/{total} = {(double)right / total:0.000}; list order alone: {byOrder}/{total} = {(double)byOrder / total:0.000}");
        Assert.True(total > 100, $"only {total} labelled findings matched");
        Assert.True(right > byOrder, $"report evidence {right} of {total}, order alone {byOrder}");
    }
}

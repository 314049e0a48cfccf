using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Classification.Tests;

/// <summary>
/// The evaluation protocol on the sample archive: (a) each report's labelled findings classified
/// by models trained without them, (b) the held-out findings written for the test; model and
/// TF-IDF baseline in the same run. Prints the figures.
/// </summary>
public sealed class EvaluationProtocolTests(EvaluationProtocolTests.Protocol protocol, ITestOutputHelper output) : IClassFixture<EvaluationProtocolTests.Protocol>
{
    private static readonly IReadOnlyList<ReportRecord> Records = [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];

    /// <summary>One run of the protocol (it trains five models) for the tests that read its figures.</summary>
    public sealed class Protocol
    {
        public ProtocolResult Result { get; } = EvaluationProtocol.Run(
            FrameworkCatalog.Default,
            Records,
            LabelFile.ReadFindings(Corpus.LabelsFile),
            EvaluationProtocol.ReadHeldOut(Path.Combine(AppContext.BaseDirectory, "Classification", "heldout-findings.csv")),
            written: LabelFile.ReadWritten(Corpus.WrittenTrainingFile));
    }

    [Fact]
    public void Build_SampleArchive_UsesCatalogPassagesAndLabelledFindings()
    {
        var examples = TrainingSet.Build(FrameworkCatalog.Default, Records, LabelFile.ReadFindings(Corpus.LabelsFile), written: LabelFile.ReadWritten(Corpus.WrittenTrainingFile));

        Assert.Equal(
            ["2002 catalog: 37", "2002 finding: 56", "2002 written: 135", "2010 catalog: 45", "2010 finding: 100", "2010 passage: 132", "2010 written: 167"],
            examples.GroupBy(e => $"{e.Framework} {e.Source.Split(' ')[0]}").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}"));
    }

    [Fact]
    public void Run_SampleArchive_ModelBeatsTfIdfBaselineOnBothSets()
    {
        var result = protocol.Result;

        foreach (var r in new[] { result.LeaveOneReportOut, result.LeaveOneReportOutEachAlone, result.BaselineLeaveOneReportOut, result.HeldOut!, result.BaselineHeldOut! }.Concat(result.Breakdown))
        {
            output.WriteLine($"{r.Name,-62} n={r.Count,3} top-1 {r.Top1:0.000} top-3 {r.Top3:0.000} macro-F1 {r.MacroF1:0.000}");
        }

        Assert.Equal(156, result.LeaveOneReportOut.Count);
        Assert.Equal(156, result.LeaveOneReportOutEachAlone.Count);
        Assert.True(result.LeaveOneReportOut.Top1 > result.LeaveOneReportOutEachAlone.Top1, "ranking findings in their lists should beat ranking each alone");
        Assert.Equal(164, result.HeldOut!.Count);
        Assert.True(result.LeaveOneReportOut.Top1 > result.BaselineLeaveOneReportOut.Top1);
        Assert.True(result.LeaveOneReportOut.MacroF1 > result.BaselineLeaveOneReportOut.MacroF1);
        Assert.True(result.HeldOut.Top1 > result.BaselineHeldOut!.Top1);
        Assert.True(result.HeldOut.Top3 > result.BaselineHeldOut.Top3);
        Assert.True(result.HeldOut.MacroF1 > result.BaselineHeldOut.MacroF1);
    }

    /// <summary>
    /// The bar (top-1 ≥ 0.90, top-3 ≥ 0.95 on unseen findings), where it is met: the
    /// held-out set and the revised framework's real findings, also when the models have not seen
    /// the report at all (the report's own narrative then carries it); top-3 on all real findings. Top-1
    /// on all real findings (0.86) is below it, held down by the original framework; that figure
    /// is printed, and guarded only against falling back.
    /// </summary>
    [Fact]
    public void Run_SampleArchive_MeetsTheAccuracyBarWhereTheREADMESaysItDoes()
    {
        var result = protocol.Result;
        var revised = result.Breakdown.Single(r => r.Name == "model in lists, leave one out, framework 2010");
        var revisedUnseen = result.Breakdown.Single(r => r.Name == "model in lists, whole report left out (passages too), framework 2010");

        foreach (var r in new[] { result.HeldOut!, revised, revisedUnseen })
        {
            Assert.True(r.Top1 >= 0.90 && r.Top3 >= 0.95, $"{r.Name}: top-1 {r.Top1:0.000}, top-3 {r.Top3:0.000}");
        }

        Assert.True(result.LeaveOneReportOut.Top3 >= 0.95, $"top-3 {result.LeaveOneReportOut.Top3:0.000}");
        Assert.True(result.LeaveOneReportOut.Top1 >= 0.85, $"top-1 {result.LeaveOneReportOut.Top1:0.000}");
        Assert.Equal(156, result.Breakdown.Single(r => r.Name == "model in lists, whole report left out (passages too)").Count);
        Assert.Equal(131, result.Breakdown.Single(r => r.Name == "model in lists, leave one out, labels marked high").Count);
    }

    [Fact]
    public void Crosswalk_OlderToNewerFramework_MapsIdenticalQuestionsOntoEachOther()
    {
        var catalog = FrameworkCatalog.Default;
        var labels = LabelFile.ReadFindings(Corpus.LabelsFile);
        var model = QuestionModel.Train(catalog.Find("2010")!, TrainingSet.Build(catalog, Records, labels));

        var rows = Crosswalk.Build(catalog.Find("2002")!, model, labels, Records.ToDictionary(r => r.Id, r => r.Framework));

        Assert.Equal(37, rows.Count);
        NonEmpty.All(rows, r => Assert.Equal(2, r.Nearest.Count));
        NonEmpty.All(rows, r => Assert.StartsWith(r.FromQuestion[..2], r.Nearest[0].Question, StringComparison.Ordinal));

        // "Hur informeras medborgarna om resultat?" is word for word 1.3 in both versions.
        Assert.Equal("1.3", rows.Single(r => r.FromQuestion == "1.3").Nearest[0].Question);
    }
}

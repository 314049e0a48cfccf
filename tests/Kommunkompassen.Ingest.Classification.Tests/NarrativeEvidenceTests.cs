using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class NarrativeEvidenceTests
{
    /// <summary>The 2010 sample with its narrative replaced by three passages under headings of area 2 and one without.</summary>
    private static ReportRecord WithNarrative(params Passage[] passages) =>
        SampleRecords.Of(Corpus.Report2010Docx) with { Passages = passages };

    private static readonly Passage[] Narrative =
    [
        new(2, "2.5", "Brukarundersökningar görs vartannat år inom hemtjänsten. Resultaten redovisas för nämnden.", 4),
        new(2, "2.6", "Ett gemensamt system för synpunkter och klagomål infördes förra året. Klagomålen sammanställs årligen.", 4),
        new(2, "2.2", "Receptionen har långa öppettider och telefontiderna har utökats.", 5),
        new(3, null, "Fullmäktige har antagit tydliga mål för alla nämnder.", 6),
    ];

    /// <summary>A model that cannot tell 2.2, 2.5 and 2.6 apart.</summary>
    private sealed class Undecided : IQuestionRanker
    {
        public IReadOnlyList<Prediction> Rank(string text, int? area) =>
            new[] { "2.2", "2.5", "2.6" }.Select(q => new Prediction(q, q, 1.0 / 3)).ToList();
    }

    [Fact]
    public void For_FindingThatRepeatsAPoint_IsMostLikeTheSentenceUnderItsHeading()
    {
        var evidence = NarrativeEvidence.Of(WithNarrative(Narrative));

        var similarity = evidence.For("Sammanställ klagomålen och synpunkterna i ett gemensamt system", 2);

        Assert.Equal(["2.2", "2.5", "2.6"], similarity.Keys.Order());
        Assert.Equal("2.6", similarity.MaxBy(kv => kv.Value).Key);
        Assert.Empty(evidence.For("Fullmäktige har antagit tydliga mål", 3));
    }

    [Fact]
    public void Of_ReportWithoutHeadings_IsEmptyAndLeavesTheModelsRanking()
    {
        var evidence = NarrativeEvidence.Of(WithNarrative(Narrative[3]));
        var ranking = new NarrativeRanker(new Undecided(), evidence).Rank("Sammanställ klagomålen årligen", 2);

        Assert.True(evidence.IsEmpty);
        Assert.Equal(new Undecided().Rank("x", 2), ranking);
    }

    [Fact]
    public void Rank_UndecidedModel_TakesTheSubQuestionTheNarrativeFilesThePointUnder()
    {
        var ranker = new NarrativeRanker(new Undecided(), NarrativeEvidence.Of(WithNarrative(Narrative)));

        var ranked = ranker.Rank("Sammanställ klagomålen och synpunkterna i ett gemensamt system", 2);

        Assert.Equal("2.6", ranked[0].Question);
        Assert.Equal(1.0, ranked.Sum(p => p.Confidence), 9);
        Assert.True(ranked[0].Confidence > 0.9, $"confidence {ranked[0].Confidence:0.000}");
    }

    [Fact]
    public void Rank_NoSentenceAlike_KeepsTheModelsRanking()
    {
        var ranker = new NarrativeRanker(new Undecided(), NarrativeEvidence.Of(WithNarrative(Narrative)));

        var ranked = ranker.Rank("Utveckla det internationella arbetet", 2);

        NonEmpty.All(ranked, p => Assert.Equal(1.0 / 3, p.Confidence, 9));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    public void Constructor_TemperatureNotAboveZero_Throws(double temperature)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NarrativeRanker(new Undecided(), NarrativeEvidence.Of(WithNarrative(Narrative)), temperature));
    }
}

using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Insights;

public sealed class GoodExamplesTests : IDisposable
{
    private static readonly IReadOnlyList<ReportRecord> Records = [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];
    private readonly string dir = Directory.CreateTempSubdirectory("kk-examples-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Rank_Synpunktshantering_ListsTheThreeCitedWithTheSentenceAndBotkyrkasOwnScore()
    {
        new ArchiveIndex(dir).Rebuild(Records);
        using var searcher = new ArchiveSearcher(dir);
        var hits = searcher.Search(new SearchRequest("synpunktshantering", Top: 1000)).Hits.Select(h => new TopicHit(h.ReportId, h.Kind, h.Text)).ToList();
        HashSet<QuestionKey> questions = [new("2002", "2.5"), new("2010", "2.6")];

        var examples = GoodExamples.Rank(Records, questions, hits);

        Assert.Equal(["Botkyrka", "Kungsbacka", "Uddevalla"], examples.Select(e => e.Municipality.Name));
        Assert.All(examples, e => Assert.Contains(e.Evidence, ev => ev.Kind == "cited" && ev.Report == "2081-2010" && ev.Text.StartsWith("Botkyrka, Kungsbacka och Uddevalla", StringComparison.Ordinal)));
        var botkyrka = examples[0];
        Assert.Contains(botkyrka.Evidence, ev => ev is { Kind: "score", Report: "0127-2005", Framework: "2002", Question: "2.5", Score: 9.5, Max: 10.0 });
        Assert.Contains(botkyrka.Evidence, ev => ev.Kind == "narrative" && ev.Text.StartsWith("Botkyrka kommun har en synpunktspolicy", StringComparison.Ordinal));
        Assert.Equal(3 + 0.95, botkyrka.Rank, 6);
        Assert.DoesNotContain(examples, e => e.Municipality.Name == "Borlänge"); // its 2.6 score is 1.5 of 15 and nobody cites it
    }

    [Fact]
    public void Rank_Rule_CitationsOutweighStrengthsOutweighScore()
    {
        // Strengths on 2010 2.5 of the 2010 sample ("Brukarundersökningar genomförs ...") count 2 each, its score 5.7/15.
        var examples = GoodExamples.Rank(Records, new HashSet<QuestionKey> { new("2010", "2.5") }, [new TopicHit("2081-2010", "strength", "Brukarundersökningar genomförs i nästan alla verksamheter")]);

        var borlange = Assert.Single(examples);
        Assert.Equal((2 * 1) + (5.7 / 15), borlange.Rank, 6);
    }
}

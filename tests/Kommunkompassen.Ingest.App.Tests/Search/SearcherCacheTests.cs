using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>An app that keeps its searcher open (the web app's) answers as one that opens the index for each search, and sees what an ingest adds.</summary>
public sealed class SearcherCacheTests : IDisposable
{
    private readonly TempArchive temp = new("kk-app-cache-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Search_KeptOpen_SameAnswersAsOpenedEachTimeAndTheNextIngestSeen()
    {
        var writer = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).Build();
        writer.Ingest(new IngestRequest([temp.Inbox("a", Corpus.Report2005Docx)]));
        var kept = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).KeepSearcherOpen().Build();
        var query = new SearchQuery("synpunktshantering");

        var first = kept.Search(query);
        var again = kept.Search(query);
        writer.Ingest(new IngestRequest([temp.Inbox("b", Corpus.Report2010Docx)]));
        var after = kept.Search(query);

        Assert.True(kept.Options.KeepSearcherOpen);
        Assert.Equal(writer.Search(query).TotalHits, after.TotalHits);
        Assert.Equal(first.Hits.Select(h => h.Text), again.Hits.Select(h => h.Text));
        Assert.True(after.TotalHits > first.TotalHits, $"{after.TotalHits} hits after the second report, {first.TotalHits} before");
        Assert.Equal(2, after.Facets["year"].Count);
    }

    [Fact]
    public void Search_KeptOpenNoArchive_OperationExceptionNamingIt()
    {
        var kept = new KompassAppBuilder().UseArchive(temp.Root).KeepSearcherOpen().Build();

        var ex = Assert.Throws<KompassOperationException>(() => kept.Search(new SearchQuery("styrning")));

        Assert.StartsWith($"no archive at {Path.GetFullPath(temp.Root)}", ex.Message, StringComparison.Ordinal);
    }
}

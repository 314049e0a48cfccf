using System.Text.Json;
using Kommunkompassen.Ingest.Search.Tests.Support;

namespace Kommunkompassen.Ingest.Search.Tests;

/// <summary>
/// Search/quality-set-forms.json is well formed. It says nothing about how well any analysis
/// scores on it: that is measured by `dotnet run --project tests/Kommunkompassen.Ingest.Quality -- search-quality`.
/// </summary>
public sealed class QualitySetFormsTests
{
    private static readonly FormsSet Set = FormsSet.Load(FormsSet.DefaultPath);

    [Fact]
    public void Load_File_HasAnAboutAndAtLeast50AddedQueries()
    {
        Assert.False(string.IsNullOrWhiteSpace(Set.About));
        Assert.True(Set.Queries.Count(q => !q.Original) >= 50, $"{Set.Queries.Count(q => !q.Original)} added queries");
        Assert.True(Set.Queries.Count >= 60);
    }

    [Fact]
    public void Load_EveryQuery_HasFormsTheJudgeAccepts()
    {
        NonEmpty.All(Set.Queries, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Query));
            Assert.NotEmpty(q.Forms);
            NonEmpty.All(q.Forms, f => Assert.False(string.IsNullOrWhiteSpace(f), q.Query));
            _ = new FormsJudge(q.Forms);
        });
    }

    [Fact]
    public void Load_Queries_AreNotDuplicated()
    {
        var duplicates = Set.Queries.GroupBy(q => q.Query.Trim().ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Load_FormsOfEachQuery_AreNotDuplicated()
    {
        var duplicates = Set.Queries
            .SelectMany(q => q.Forms.GroupBy(f => f.Trim().ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => $"{q.Query}: {g.Key}"));

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Load_EveryQuery_IsRelevantToItsOwnWords()
    {
        // A query typed as a text must be found by its own forms; a typo in a form shows here.
        var deaf = Set.Queries.Where(q => !new FormsJudge(q.Forms).IsRelevant(q.Query)).Select(q => q.Query);

        Assert.Empty(deaf);
    }

    [Fact]
    public void Load_OriginalQueries_AreTheTwelveJudgedByReading()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "quality-set.json")));
        var judged = json.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("query").GetString()).ToList();

        Assert.Equal(judged, Set.Queries.Where(q => q.Original).Select(q => q.Query));
    }
}

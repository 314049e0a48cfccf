using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>Searches as a front end makes them, on the two sample reports ingested once for the class.</summary>
public sealed partial class KompassAppTests : IClassFixture<KompassAppTests.SampleArchive>
{
    private readonly SampleArchive samples;

    public KompassAppTests(SampleArchive samples)
    {
        this.samples = samples;
    }

    /// <summary>The two sample reports (DOCX) ingested through the application, once for the class.</summary>
    public sealed class SampleArchive : IDisposable
    {
        private readonly TempArchive temp = new("kk-app-search-");

        public SampleArchive()
        {
            App = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).Build();
            var result = App.Ingest(new IngestRequest([temp.Inbox("in", Corpus.Report2005Docx, Corpus.Report2010Docx)]));
            Assert.Equal(2, result.ReportsInArchive);
        }

        public KompassApp App { get; }

        public void Dispose() => temp.Dispose();
    }

    private static SearchQuery Query(QueryCase c) => new(c.Text, c.Area, c.Question, null, c.YearFrom, c.YearTo, c.Framework, c.Kind, c.Top, c.Related);

    [Theory]
    [MemberData(nameof(HostileQueries.Refused), MemberType = typeof(HostileQueries))]
    public void Search_HostileQuery_RequestExceptionWithItsReasonOnOneLine(string name, QueryCase query, string reason)
    {
        _ = name;

        var ex = Assert.Throws<KompassRequestException>(() => samples.App.Search(Query(query)));

        Assert.Equal(reason, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.DoesNotContain("(Parameter", ex.Message, StringComparison.Ordinal);
        if (query.Text.Length > 100)
        {
            Assert.DoesNotContain(query.Text, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, "0 hits asked for: a search shows 1 to 1,000")]
    [InlineData(-5, "-5 hits asked for: a search shows 1 to 1,000")]
    public void Search_TopBelowOne_RequestException(int top, string reason)
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.Search(new SearchQuery("styrning", Top: top)));

        Assert.Equal(reason, ex.Message);
    }

    [Theory]
    [MemberData(nameof(HostileQueries.Meant), MemberType = typeof(HostileQueries))]
    public void Search_OddQueryWithAMeaning_Answered(string name, QueryCase query)
    {
        _ = name;

        var answer = samples.App.Search(Query(query));

        Assert.Equal(Math.Min(query.Top, answer.TotalHits), answer.Hits.Count);
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void Search_Star_EveryPassageAndFindingOfTheArchive()
    {
        var texts = samples.App.Reports().Sum(r => r.Passages.Count + r.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count));

        var answer = samples.App.Search(new SearchQuery("*"));

        Assert.Equal(texts, answer.TotalHits);
    }

    [Fact]
    public void Search_WildcardOverItsLimit_AnsweredWithANote()
    {
        var answer = samples.App.Search(new SearchQuery(string.Join(' ', "abfkms".Select(c => $"{c}*"))));

        Assert.True(answer.TotalHits > 0);
        Assert.NotEmpty(answer.Notes);
        NonEmpty.All(answer.Notes, n => Assert.Matches(@"^'[abfkms]\*' matches [\d,]+ indexed words; the 128 found in most texts were searched$", n));
    }

    [Theory]
    [InlineData("", null, 10, "the query is empty: give a word to search for (or * for every text)")]
    [InlineData("och att som", null, 10, "the query has only common words ('och', 'att', 'som'), which the search leaves out: add a word that says what to look for")]
    [InlineData("\"ledarskap", null, 10, "a quote (\") is not closed: close the phrase, or leave the quotes out")]
    [InlineData("ledarskap", "2011", 10, "'2011' is not a framework version (2002, 2010, 2016, 2020)")]
    [InlineData("9.9", null, 10, "framework 2010 has no sub-question 9.9 (its sub-questions are 1.1 to 8.6)")]
    [InlineData("ledarskap", null, 0, "0 examples asked for: 1 to 1,000")]
    public void Examples_HostileTopic_RequestExceptionWithItsReason(string topic, string? framework, int top, string reason)
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.Examples(new ExamplesQuery(topic, framework, top)));

        Assert.Equal(reason, ex.Message);
    }

    [Fact]
    public void Examples_LongTopic_RequestExceptionQuotingOnlyItsBeginning()
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.Examples(new ExamplesQuery(HostileQueries.TenThousandCharacters)));

        Assert.StartsWith("the query is 10,000 characters long", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 200, ex.Message);
    }
}

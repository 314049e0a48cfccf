using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

/// <summary>Searching an index of the two sample reports (read from their DOCX files).</summary>
public sealed class ArchiveSearcherTests : IDisposable
{
    private readonly TempArchive temp = new("kk-search-");
    private readonly ArchiveSearcher searcher;

    public ArchiveSearcherTests()
    {
        new ArchiveIndex(temp.Dir).Rebuild([SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)]);
        searcher = new ArchiveSearcher(temp.Dir);
    }

    public void Dispose()
    {
        searcher.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Search_Synpunktshantering_FindsCoordinatedAndLongerCompoundsInBothReportsMarked()
    {
        var result = searcher.Search(new SearchRequest("synpunktshantering"));

        Assert.Contains(result.Hits, h => h.ReportId == "0127-2005" && h.Snippet.Contains("«synpunkts- och klagomålshanteringssystemet»", StringComparison.Ordinal));
        Assert.Contains(result.Hits, h => h.ReportId == "0127-2005" && h.Snippet.Contains("«synpunktshanteringssystem»", StringComparison.Ordinal));
        Assert.Contains(result.Hits, h => h.ReportId == "2081-2010" && h.Text.Contains("synpunkts- och klagomålshanteringssystem", StringComparison.Ordinal));
        NonEmpty.All(result.Hits, h => Assert.NotEmpty(h.Marks));
    }

    [Fact]
    public void Search_RareWordFillsNoPage_TextsWithTheCommonWordFollowThoseWithTheRareOne()
    {
        // "rådslag" is in two texts of the samples, "medborgare" in far more than 5 % of them.
        var rare = searcher.Search(new SearchRequest("rådslag", Related: false)).Hits;
        var result = searcher.Search(new SearchRequest("medborgarnas rådslag", Top: 10));

        Assert.InRange(rare.Count, 1, 9);
        Assert.Equal(10, result.Hits.Count);
        Assert.Equal(rare.Select(h => h.Text).Order(), result.Hits.Take(rare.Count).Select(h => h.Text).Order());
        NonEmpty.All(result.Hits.Skip(rare.Count), h => Assert.Contains("medborgar", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.True(result.TotalHits > 10, $"{result.TotalHits}");
    }

    [Fact]
    public void Search_Hit_CarriesSubQuestionScoreFromItsReport()
    {
        var hit = searcher.Search(new SearchRequest("\"System för synpunktshantering är positiva\"")).Hits.Single();

        Assert.Equal(("Borlänge", 2010, 2, "2.6", 1.5, 15.0, "narrative"), (hit.Municipality, hit.Year, hit.Area, hit.Question, hit.Score, hit.Max, hit.Kind));
    }

    [Fact]
    public void Search_Filters_NarrowTheResultSet()
    {
        var all = searcher.Search(new SearchRequest("kompetensutveckling"));
        var improvements2005 = searcher.Search(new SearchRequest("kompetensutveckling", MunicipalityCode: "0127", Kind: SearchDocument.Improvement));
        var area6Of2010 = searcher.Search(new SearchRequest("kompetensutveckling", Area: 6, YearFrom: 2010, YearTo: 2010));
        var question = searcher.Search(new SearchRequest("kompetensutveckling", Question: "6.3"));

        // 13 texts with the word, and one with "fortbildning", which the thesaurus has it find one way.
        Assert.Equal(14, all.TotalHits);
        Assert.Equal("Infoga kostnader för exempelvis arbetstidsåtgång för deltagare och vikariekostnader i redovisningssystemet för kompetensutveckling.", Assert.Single(improvements2005.Hits).Text);
        NonEmpty.All(area6Of2010.Hits, h => Assert.Equal((6, 2010), (h.Area, h.Year)));
        NonEmpty.All(question.Hits, h => Assert.Equal("6.3", h.Question));
        Assert.NotEmpty(question.Hits);
    }

    [Fact]
    public void Search_Facets_CountTheWholeResultSet()
    {
        var result = searcher.Search(new SearchRequest("kompetensutveckling", Top: 1));

        Assert.Single(result.Hits);
        Assert.Equal(result.TotalHits, result.Facets["municipality"].Sum(f => f.Count));
        Assert.Equal(["Botkyrka:8", "Borlänge:6"], result.Facets["municipality"].Select(f => $"{f.Value}:{f.Count}"));
        Assert.Equal(result.TotalHits, result.Facets["kind"].Sum(f => f.Count));
        Assert.Equal(result.TotalHits, result.Facets["year"].Sum(f => f.Count));
    }

    [Theory]
    [InlineData("\"gemensam värdegrund\"", 4)] // with "kommungemensam värdegrund": the part stands at the compound's position
    [InlineData("internkontroll OR korruption", 4)] // with "oegentligheter", which the thesaurus has "korruption" find one way
    [InlineData("+internkontroll +korruption", 0)]
    [InlineData("medborgardialog*", 6)]
    public void Search_LuceneSyntax_PhrasesOrAndWildcards(string query, int expected)
    {
        // Top no larger than the expected count: no texts with single compound parts are added.
        Assert.Equal(expected, searcher.Search(new SearchRequest(query, Top: Math.Max(1, expected))).TotalHits);
    }

    [Fact]
    public void Search_SeveralWords_FindsAnyRankingTextsWithAllFirst()
    {
        var result = searcher.Search(new SearchRequest("gemensam värdegrund", Top: 20));

        Assert.True(result.TotalHits > 4, $"{result.TotalHits} hits");
        Assert.Contains("gemensam värdegrund", result.Hits[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(result.Hits, h => !h.Text.Contains("värdegrund", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_FewWholeCompoundHits_FillsUpWithSinglePartsRankedAfter()
    {
        var result = searcher.Search(new SearchRequest("internkontroll"));

        Assert.Equal(10, result.Hits.Count);
        NonEmpty.All(result.Hits.Take(2), h => Assert.Contains("internkontroll", h.Text, StringComparison.OrdinalIgnoreCase));
        NonEmpty.All(result.Hits.Skip(2), h => Assert.DoesNotContain("internkontroll", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.True(result.Hits[2].Relevance < result.Hits[1].Relevance / 5, "a single part weighs far less than the whole compound");
    }

    [Fact]
    public void Search_FewerMatchesThanAsked_RelatedTextsFollowTheMatchesMarkedAndNamedInANote()
    {
        // "omorganisation" is in a few texts of the samples (as "organisationsförändring", "ny organisation").
        var exact = searcher.Search(new SearchRequest("omorganisation", Related: false));
        var result = searcher.Search(new SearchRequest("omorganisation"));

        Assert.InRange(exact.Hits.Count, 1, 9);
        Assert.Equal(10, result.Hits.Count);
        Assert.Equal(exact.TotalHits, result.TotalHits);
        Assert.Equal(exact.Hits.Select(h => h.Text), result.Hits.TakeWhile(h => !h.Related).Select(h => h.Text));
        NonEmpty.All(result.Hits.Skip(exact.Hits.Count), h => Assert.True(h.Related));
        NonEmpty.All(result.Hits.Where(h => h.Related), h => Assert.DoesNotContain(h.Text, exact.Hits.Select(e => e.Text)));
        Assert.Contains(result.Notes, n => n.Contains("related", StringComparison.Ordinal));
        Assert.Empty(exact.Notes);
        Assert.Equal(10, searcher.Search(new SearchRequest("omorganisation", Top: 1000)).Hits.Count); // a first page, not a thousand
    }

    [Theory]
    [InlineData("\"kommande organisationsförändring\"")]
    [InlineData("+omorganisation")]
    [InlineData("organisationsförändr*")]
    public void Search_FewerMatchesWithSearchSyntax_NoRelatedTexts(string query)
    {
        var result = searcher.Search(new SearchRequest(query));

        Assert.InRange(result.Hits.Count, 1, 9);
        Assert.DoesNotContain(result.Hits, h => h.Related);
    }

    [Theory]
    [InlineData("omorganisation", true)]
    [InlineData("samverkan med e-tjänster", true)]
    [InlineData("\"goda exempel\"", false)]
    [InlineData("styr*", false)]
    [InlineData("budget -kultur", false)]
    [InlineData("budget AND kultur", false)]
    public void PlainWords_Query_TrueOnlyWithoutSearchSyntax(string query, bool plain)
    {
        Assert.Equal(plain, ArchiveSearcher.PlainWords(query));
    }

    [Fact]
    public void Search_Misspelled_NoHitsAndSuggestsTheIndexedWord()
    {
        var result = searcher.Search(new SearchRequest("synpunktshantrering"));

        Assert.Equal(0, result.TotalHits);
        Assert.Contains("synpunktshantering", result.Suggestions);
    }

    [Fact]
    public void Search_OneTypo_SuggestsOnlyWordsOneEditAway()
    {
        var result = searcher.Search(new SearchRequest("synpunktshantrering"));

        Assert.Equal(["synpunktshantering"], result.Suggestions);
    }

    [Fact]
    public void Search_TwoTypos_SuggestsTheWordTwoEditsAway()
    {
        // "hantering" with an r put in and the i left out: nothing indexed is one edit away.
        var result = searcher.Search(new SearchRequest("synpunktshantrerng"));

        Assert.Equal(0, result.TotalHits);
        Assert.Contains("synpunktshantering", result.Suggestions);
    }

    [Fact]
    public void Search_CompoundNoTextHolds_TextsWithItsHeadSaidSo()
    {
        // "närdemokrati" is a dictionary word no sample text holds; "demokrati" and its compounds are in several.
        var result = searcher.Search(new SearchRequest("närdemokrati", Related: false));

        Assert.NotEmpty(result.Hits);
        NonEmpty.All(result.Hits, h => Assert.Contains("demokrati", h.Text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Notes, n => n.Contains("no text holds", StringComparison.Ordinal) && n.Contains("närdemokrati", StringComparison.Ordinal));
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void Search_CompoundFound_PiecesNotNoted()
    {
        var result = searcher.Search(new SearchRequest("demokratiutveckling", Related: false));

        Assert.NotEmpty(result.Hits);
        Assert.DoesNotContain(result.Notes, n => n.Contains("no text holds", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_Found_SuggestsNothing()
    {
        Assert.Empty(searcher.Search(new SearchRequest("synpunktshantering")).Suggestions);
    }

    private static SearchRequest Request(QueryCase c) => new(c.Text, c.Area, c.Question, null, c.YearFrom, c.YearTo, c.Framework, c.Kind, c.Top, c.Related);

    [Theory]
    [MemberData(nameof(HostileQueries.Refused), MemberType = typeof(HostileQueries))]
    public void Search_HostileQuery_RefusedWithItsReasonOnOneLine(string name, QueryCase query, string reason)
    {
        _ = name;

        var ex = Assert.Throws<QueryException>(() => searcher.Search(Request(query)));

        Assert.Equal(reason, ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
        if (query.Text.Length > 100)
        {
            Assert.DoesNotContain(query.Text, ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(HostileQueries.Meant), MemberType = typeof(HostileQueries))]
    public void Search_OddQueryWithAMeaning_AnsweredWithoutNotes(string name, QueryCase query)
    {
        _ = name;

        var result = searcher.Search(Request(query));

        Assert.Equal(result.TotalHits == 0 ? 0 : Math.Min(query.Top, result.TotalHits), result.Hits.Count);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Search_Star_EveryTextOfTheFilters()
    {
        var records = new[] { SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx) };
        var improvements = records.Sum(r => r.Areas.Sum(a => a.Improvements.Count));

        var all = searcher.Search(new SearchRequest("*"));
        var onlyImprovements = searcher.Search(new SearchRequest("*", Kind: SearchDocument.Improvement, Top: 1000));

        Assert.Equal(searcher.DocumentCount, all.TotalHits);
        Assert.Equal(improvements, onlyImprovements.TotalHits);
        Assert.Equal(records.SelectMany(r => r.Areas.SelectMany(a => a.Improvements)).Order(StringComparer.Ordinal), onlyImprovements.Hits.Select(h => h.Text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("NOT styrning")]
    [InlineData("-styrning")]
    public void Search_OnlyAnExcludedWord_EveryTextWithoutIt(string query)
    {
        var with = searcher.Search(new SearchRequest("styrning", Top: 1000));
        var without = searcher.Search(new SearchRequest(query, Top: 1000));

        Assert.InRange(with.TotalHits, 1, searcher.DocumentCount - 1);
        Assert.Equal(searcher.DocumentCount - with.TotalHits, without.TotalHits);
        Assert.Empty(with.Hits.Select(h => h.Text).Intersect(without.Hits.Select(h => h.Text)));
    }

    [Fact]
    public void Search_LeadingWildcard_FindsWordsEndingSoMarked()
    {
        var result = searcher.Search(new SearchRequest("*tion", Top: 50));

        Assert.True(result.TotalHits > 10, $"{result.TotalHits}");
        NonEmpty.All(result.Hits, h => Assert.Contains(h.Marks, m => h.Text[m.Start..m.End].Contains("tion", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Search_SlashBetweenWords_AnOrdinaryCharacterBothWordsFound()
    {
        var result = searcher.Search(new SearchRequest("kvalitets-/verksamhetsutveckling", Top: 50));

        Assert.Contains(result.Hits, h => h.Text.Contains("kvalitetsutveckling", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Hits, h => h.Text.Contains("verksamhetsutveckling", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_YearsOpenOnOneSide_TheYearsOnThatSide()
    {
        var upTo2005 = searcher.Search(new SearchRequest("styrning", YearTo: 2005, Top: 100));
        var from2006 = searcher.Search(new SearchRequest("styrning", YearFrom: 2006, Top: 100));
        var all = searcher.Search(new SearchRequest("styrning", Top: 100));

        NonEmpty.All(upTo2005.Hits, h => Assert.Equal(2005, h.Year));
        NonEmpty.All(from2006.Hits, h => Assert.Equal(2010, h.Year));
        Assert.Equal(all.TotalHits, upTo2005.TotalHits + from2006.TotalHits);
    }

    [Fact]
    public void Search_WildcardOfMoreWordsThanTheLimit_SearchesTheCommonestAndSaysSo()
    {
        using var limited = new ArchiveSearcher(temp.Dir, QueryLimits.Default with { MaxExpansions = 5 });

        var result = limited.Search(new SearchRequest("kommun*", Top: 1000));
        var unlimited = searcher.Search(new SearchRequest("kommun*", Top: 1000));

        var note = Assert.Single(result.Notes);
        var matched = int.Parse(System.Text.RegularExpressions.Regex.Match(note, @"^'kommun\*' matches (\d+) indexed words; the 5 found in most texts were searched$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(matched > 5, note);
        Assert.Empty(unlimited.Notes);
        Assert.InRange(result.TotalHits, 1, unlimited.TotalHits - 1);
        NonEmpty.All(result.Hits, h => Assert.Contains(h.Marks, m => h.Text[m.Start..m.End].Contains("kommun", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Search_TimeLimitReached_AnswersWithWhatItFoundAndSaysSo()
    {
        // A clock that moves a millisecond each time it is read: the limit of 20 is reached after about 20 texts.
        using var slow = new ArchiveSearcher(temp.Dir, QueryLimits.Default with { Timeout = TimeSpan.FromMilliseconds(20) }, new SteppingClock());

        var result = slow.Search(new SearchRequest("*", Top: 1000));

        Assert.InRange(result.TotalHits, 1, 30);
        Assert.Equal(result.TotalHits, result.Hits.Count);
        Assert.Equal(["the search stopped after 20 ms, its time limit: the hits and counts are of the texts it read until then"], result.Notes);
    }

    /// <summary>A clock in milliseconds that moves one each time it is read.</summary>
    private sealed class SteppingClock : Lucene.Net.Util.Counter
    {
        private long now;

        public override long Value => ++now;

        public override long AddAndGet(long delta) => now += delta;
    }
}

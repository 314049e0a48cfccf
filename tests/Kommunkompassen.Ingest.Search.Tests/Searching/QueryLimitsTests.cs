using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

/// <summary>The limits at their edges: what is just allowed, and the first thing that is not.</summary>
public sealed class QueryLimitsTests
{
    [Fact]
    public void CheckText_AtTheLengthLimit_AllowedOneMoreRefused()
    {
        var limits = QueryLimits.Default;
        var longest = new string('x', limits.MaxCharacters);

        limits.CheckText(longest);
        limits.CheckText($"  {longest}  ");
        var ex = Assert.Throws<QueryException>(() => limits.CheckText(longest + "y"));

        Assert.Equal("the query is 1,001 characters long, more than the 1,000 a query may have (it begins 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…')", ex.Message);
    }

    [Theory]
    [InlineData(1, null, null)]
    [InlineData(1000, 1900, 2100)]
    [InlineData(10, 2005, 2005)]
    [InlineData(10, null, 2005)]
    [InlineData(10, 2005, null)]
    public void Check_WithinTheLimits_Allowed(int top, int? from, int? to)
    {
        QueryLimits.Default.Check(new SearchRequest("styrning", YearFrom: from, YearTo: to, Top: top));
    }

    [Fact]
    public void Check_OtherLimits_TheirOwnFiguresInTheMessage()
    {
        var limits = QueryLimits.Default with { MaxTop = 50 };

        var ex = Assert.Throws<QueryException>(() => limits.Check(new SearchRequest("styrning", Top: 51)));

        Assert.Equal("51 hits asked for: a search shows 1 to 50", ex.Message);
    }
}

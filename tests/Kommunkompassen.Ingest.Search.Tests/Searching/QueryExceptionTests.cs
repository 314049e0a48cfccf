using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

public sealed class QueryExceptionTests
{
    [Theory]
    [InlineData("styrning", "'styrning'")]
    [InlineData("en rad\noch en till", "'en rad och en till'")]
    [InlineData("abcdefghijklmnopqrstuvwxyzåäöABCDEFG", "'abcdefghijklmnopqrstuvwxyzåäöA…'")]
    public void Quote_TypedText_OneLineCutToAnExcerpt(string typed, string quoted)
    {
        Assert.Equal(quoted, QueryException.Quote(typed));
    }
}

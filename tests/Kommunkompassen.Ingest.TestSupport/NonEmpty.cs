namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// <see cref="Assert.All{T}(IEnumerable{T}, Action{T})"/> that first requires the collection to
/// have items: a check over an empty list passes without checking anything, so a reader that
/// stopped finding what a test looks at would go unnoticed. Where nothing is a right answer, say
/// so with <see cref="Assert.Empty"/> instead.
/// </summary>
public static class NonEmpty
{
    public static void All<T>(IEnumerable<T> collection, Action<T> action)
    {
        var items = collection as IReadOnlyCollection<T> ?? collection.ToList();
        Assert.NotEmpty(items);
        Assert.All(items, action);
    }
}

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// A search that is not run as asked: a query the syntax cannot read, one over a limit
/// (<see cref="QueryLimits"/>), one with nothing to search for, or a filter no text can have.
/// The message is one line that says why, quoting at most a short excerpt of what was typed.
/// </summary>
public sealed class QueryException : Exception
{
    /// <summary>The most of a typed text a message quotes.</summary>
    public const int ExcerptLength = 30;

    public QueryException(string message)
        : base(message)
    {
    }

    public QueryException()
    {
    }

    public QueryException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>A typed text in quotes, on one line, cut to <see cref="ExcerptLength"/> characters ("…" where cut).</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= ExcerptLength ? $"'{line}'" : $"'{line[..ExcerptLength]}…'";
    }
}

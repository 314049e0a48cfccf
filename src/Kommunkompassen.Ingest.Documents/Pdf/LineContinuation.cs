namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Tells whether text on a new line goes on from the line above (a wrapped cell, a row split by a
/// page break) or starts something new.
/// </summary>
internal static class LineContinuation
{
    /// <summary>True when the text above breaks off with a hyphen, or mid-sentence with the text below going on in lower case.</summary>
    public static bool RunsOn(string above, string below) =>
        above.Length > 0 && below.Length > 0 &&
        (above.EndsWith('-') || (!EndsSentence(above) && char.IsLower(below[0])));

    /// <summary>
    /// True when the text below clearly starts a new entry: a capital or a digit after a finished
    /// sentence, or a number below a number.
    /// </summary>
    public static bool StartsNewEntry(string above, string below) =>
        above.Length > 0 && below.Length > 0 &&
        ((EndsSentence(above) && (char.IsUpper(below[0]) || char.IsDigit(below[0]))) || (IsNumber(above) && IsNumber(below)));

    private static bool EndsSentence(string text) => text[^1] is '.' or '?' or '!' or ':';

    private static bool IsNumber(string text) =>
        text.Any(char.IsDigit) && text.All(c => char.IsDigit(c) || c is ' ' or '.' or ',' or '%' or '-' or '−' or '+');
}

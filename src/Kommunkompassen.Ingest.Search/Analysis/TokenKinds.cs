namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// The token types (Lucene's TypeAttribute) the Swedish analysis gives its terms, so a query
/// can weigh a whole word above the parts of a compound. All of a word's terms stand at the
/// word's position and offsets.
/// </summary>
public static class TokenKinds
{
    /// <summary>The word itself: its lemma(s), or the word as written when the lexicon does not know it. Lucene's default type.</summary>
    public const string Word = "word";

    /// <summary>A part of a compound or of a hyphenated word: "styrelse" in "kommunstyrelsen".</summary>
    public const string Part = "part";

    /// <summary>
    /// A part of a word the dictionary does not know, read as unknown letters before a known head
    /// ("lean" and "metodik" in "leanmetodik"): indexed, so the loan word typed alone finds it; a
    /// query reads such a word whole, as typed (a misspelt word is no compound to look for).
    /// </summary>
    public const string Guessed = "guessed";

    /// <summary>A compound of neighbouring parts inside a longer one: "synpunktshantering" in "synpunktshanteringssystem".</summary>
    public const string Inner = "inner";
}

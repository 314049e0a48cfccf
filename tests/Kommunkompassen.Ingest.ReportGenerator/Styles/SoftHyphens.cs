using System.Text;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Puts soft hyphens (U+00AD) into long words, as a writer or a word processor's hyphenation
/// leaves them: before a consonant that starts a syllable (consonant followed by a vowel),
/// keeping at least four letters on either side and between two hyphens. Words with a hyphen
/// or a capital are left alone. Removing every U+00AD gives the text back.
/// </summary>
internal static class SoftHyphens
{
    public const char Mark = '\u00AD';

    /// <summary>Words shorter than this are not hyphenated.</summary>
    private const int MinWord = 13;

    private const int MinPart = 4;

    private const string Vowels = "aeiouyåäöé";

    public static string Insert(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                AppendWord(sb, text.AsSpan(start, i - start));
            }

            if (i < text.Length)
            {
                sb.Append(text[i]);
            }

            start = i + 1;
        }

        return sb.ToString();
    }

    private static void AppendWord(StringBuilder sb, ReadOnlySpan<char> word)
    {
        if (word.Length < MinWord || char.IsUpper(word[0]))
        {
            sb.Append(word);
            return;
        }

        var last = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i >= MinPart && i - last >= MinPart && word.Length - i >= MinPart
                && !IsVowel(word[i]) && IsVowel(word[i + 1]))
            {
                sb.Append(Mark);
                last = i;
            }

            sb.Append(word[i]);
        }
    }

    private static bool IsVowel(char c) => Vowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal);
}

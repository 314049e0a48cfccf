using System.Text;

namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>Whitespace and Unicode clean-up shared by both readers, so both give the same strings.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// NFC-normalises, turns tabs, non-breaking and other spaces into plain spaces, drops
    /// zero-width characters and soft hyphens, collapses runs of spaces and trims.
    /// </summary>
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        foreach (var ch in normalized)
        {
            if (ch is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u2007' or '\u202F')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}

namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>
/// Literal bullet characters that writers type or that symbol fonts produce: •, ◦, ▪, ■, ●, ○,
/// ►, ➢, ✓, the Symbol-font bullet U+F0B7 and its Wingdings kin, and a dash (-, –) followed
/// by a space.
/// </summary>
public static class BulletGlyphs
{
    private static readonly HashSet<char> Glyphs =
    [
        '•', '◦', '▪', '■', '●', '○', '►', '➢', '➤', '✓', '✔', '·', '∙', '\uF0B7', '\uF0A7', '\uF076', '\uF0D8',
    ];

    public static bool IsGlyph(char c) => Glyphs.Contains(c) || (c >= '\uF000' && c <= '\uF0FF');

    /// <summary>True when the text opens with a bullet glyph followed by text.</summary>
    public static bool StartsWithGlyph(string text)
    {
        if (text.Length < 2)
        {
            return false;
        }

        if (IsGlyph(text[0]))
        {
            return true;
        }

        // A dash counts only when followed by a space: "- text", "– text"; not "-5" or "–".
        return text[0] is '-' or '–' && text[1] == ' ' && text.Length > 2;
    }

    /// <summary>Removes one leading bullet glyph and the space after it.</summary>
    public static string StripLeading(string text) =>
        StartsWithGlyph(text) ? text[1..].TrimStart() : text;
}

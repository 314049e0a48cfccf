using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>One replacement in a text: the span it covers and what goes there.</summary>
internal readonly record struct TextEdit(int Index, int Length, string Replacement);

/// <summary>
/// Rewrites a paragraph's text for the new municipality and year. The municipality's name is
/// replaced wherever a word starts with it ("Borlänge", "Borlänges", "Borlängeborna",
/// lower-case "borlängeborna"), a genitive "s" following it becoming the new name's genitive.
/// The evaluation year is replaced only where it is the evaluation's: in dates ("2010-06-15",
/// "7-8 september 2005", "i juni 2010") and after the municipality's name ("Borlänge 2010",
/// "Botkyrka kommun 2003 och 2005"); other evaluations' years and other years stay.
/// </summary>
internal sealed class TextRewriter
{
    private const string Months = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

    private readonly string oldName;
    private readonly string newName;
    private readonly string newYear;
    private readonly Regex name;
    private readonly Regex year;

    public TextRewriter(string oldName, int oldYear, string newName, int newYear)
    {
        this.oldName = oldName;
        this.newName = newName;
        this.newYear = newYear.ToString(CultureInfo.InvariantCulture);
        var n = Regex.Escape(oldName);
        var lower = Regex.Escape(oldName.ToLowerInvariant());
        var y = oldYear.ToString(CultureInfo.InvariantCulture);
        name = new Regex($@"(?<!\p{{L}})(?:(?<upper>{n})|(?<lower>{lower}))(?<gen>s(?!\p{{L}}))?", RegexOptions.CultureInvariant);
        year = new Regex(
            $@"(?<=\b(?:{Months})\s+){y}\b" +
            $@"|\b{y}(?=-\d{{2}}-\d{{2}})" +
            $@"|(?<=(?<!\p{{L}}){n}s?(?:\s+(?:kommun|stad))?\s+(?:(?:19|20)\d{{2}}\s+och\s+)?){y}\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    public static string Genitive(string name) =>
        name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? name : name + "s";

    /// <summary>The edits for a text, in order and not overlapping.</summary>
    public List<TextEdit> Edits(string text)
    {
        var edits = new List<TextEdit>();
        if (text.Length == 0)
        {
            return edits;
        }

        foreach (Match m in year.Matches(text))
        {
            edits.Add(new TextEdit(m.Index, m.Length, newYear));
        }

        foreach (Match m in name.Matches(text))
        {
            var replacement = m.Groups["upper"].Success ? newName : newName.ToLowerInvariant();
            if (m.Groups["gen"].Success)
            {
                replacement = Genitive(replacement);
            }

            edits.Add(new TextEdit(m.Index, m.Length, replacement));
        }

        edits.Sort((a, b) => a.Index.CompareTo(b.Index));
        return edits;
    }

    public string Rewrite(string text)
    {
        var edits = Edits(text);
        if (edits.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var e in edits)
        {
            sb.Append(text, at, e.Index - at).Append(e.Replacement);
            at = e.Index + e.Length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    public override string ToString() => $"{oldName} -> {newName}";
}

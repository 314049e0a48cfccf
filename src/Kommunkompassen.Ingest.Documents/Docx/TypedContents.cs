using System.Globalization;
using System.Text;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// A table of contents typed by hand, without Word's TOC field or styles and without dot
/// leaders, looks like a two-column tab table: titles and rising page numbers. What gives it
/// away is that its titles are the document's headings. A tab table of that shape whose titles
/// mostly match headings is turned back into its paragraphs, so that "Område 3 … 12" is never
/// read as a score of 12.
/// </summary>
internal static class TypedContents
{
    /// <summary>Two columns, the second holding page numbers that never fall.</summary>
    public static bool HasShape(Table table)
    {
        if (table.ColumnCount != 2 || table.Rows.Count < 2)
        {
            return false;
        }

        var last = 0;
        foreach (var row in table.ToGrid())
        {
            if (row[0].Length == 0 || !int.TryParse(row[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < last)
            {
                return false;
            }

            last = page;
        }

        return true;
    }

    /// <summary>At least half of the titles are headings of the document.</summary>
    public static bool MatchesHeadings(Table table, IReadOnlySet<string> headingKeys) =>
        table.Rows.Count(r => headingKeys.Contains(Key(r.Cells[0].Text))) * 2 >= table.Rows.Count;

    /// <summary>Letters and digits only, lower case: "3. Politisk styrning" and "3 Politisk styrning" agree.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}

using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

/// <summary>
/// Compares the text sequence of two block lists (the PDF's and the DOCX's): each block is one
/// entry "kind: text" (H, P, LI), a table is an entry "TABLE rows x columns" followed by one entry
/// per row with the grid's cell texts. Heading levels are not compared. The difference is the
/// entries of either side that a longest common subsequence does not pair.
/// </summary>
internal static class BlockTextDiff
{
    public static IReadOnlyList<string> Entries(IReadOnlyList<Block> blocks)
    {
        var entries = new List<string>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    entries.Add("H: " + h.Content);
                    break;
                case ListItem li:
                    entries.Add("LI: " + li.Content);
                    break;
                case Paragraph p:
                    entries.Add("P: " + p.Content);
                    break;
                case Table t:
                    entries.Add($"TABLE {t.Rows.Count}x{t.ColumnCount}");
                    entries.AddRange(t.ToGrid().Select(row => "ROW: " + string.Join(" | ", row)));
                    break;
            }
        }

        return entries;
    }

    /// <summary>The unpaired entries: "- " for the expected side only, "+ " for the actual side only, in order.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var n = expected.Count;
        var m = actual.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var diff = new List<string>();
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && expected[a] == actual[b])
            {
                a++;
                b++;
            }
            else if (b >= m || (a < n && lcs[a + 1, b] >= lcs[a, b + 1]))
            {
                diff.Add("- " + expected[a++]);
            }
            else
            {
                diff.Add("+ " + actual[b++]);
            }
        }

        return diff;
    }
}

using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// The block stream the parser works on: one-cell tables (the shaded "ruta" boxes) are opened
/// up so their headings and bullets read like the text around them, and a heading that also
/// carries a findings marker ("Område 7 Verksamhetsutveckling Starka sidor") is split in two.
/// </summary>
internal static class ReportBlocks
{
    public static IReadOnlyList<Block> Flatten(IReadOnlyList<Block> blocks)
    {
        var list = new List<Block>(blocks.Count);
        Add(blocks, list);
        return list;
    }

    private static void Add(IReadOnlyList<Block> blocks, List<Block> into)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Table { Rows.Count: 1 } t when t.Rows[0].Cells.Count == 1:
                    Add(t.Rows[0].Cells[0].Blocks, into);
                    break;
                case Heading h when ReportPatterns.TrailingMarker().Match(h.Content) is { Success: true } m:
                    into.Add(h with { Content = m.Groups["head"].Value });
                    into.Add(h with { Level = h.Level + 1, Content = m.Groups["marker"].Value });
                    break;
                default:
                    into.Add(block);
                    break;
            }
        }
    }
}

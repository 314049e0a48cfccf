using System.Text;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.App;

/// <summary>Prints a document's blocks one per line: the debugging view behind `kk blocks`.</summary>
internal static class BlockDump
{
    public static string Render(IReadOnlyList<Block> blocks)
    {
        var sb = new StringBuilder();
        Write(blocks, sb, indent: string.Empty);
        return sb.ToString();
    }

    /// <summary>The parser's view: each block (boxes opened, "│" in front of a box's blocks) marked + read, · skipped on purpose, ! not read.</summary>
    public static string RenderAccounted(IReadOnlyList<BlockAccount> accounts)
    {
        var sb = new StringBuilder();
        foreach (var account in accounts)
        {
            var mark = account.Use switch
            {
                BlockUse.Used => "+ ",
                BlockUse.Skipped => "· ",
                _ => "! ",
            };
            Write([account.Block], sb, mark + (account.Box == 0 ? string.Empty : "│ "));
        }

        return sb.ToString();
    }

    private static void Write(IReadOnlyList<Block> blocks, StringBuilder sb, string indent)
    {
        foreach (var block in blocks)
        {
            var page = block.Page is { } p ? $"p{p}" : "p-";
            switch (block)
            {
                case Heading h:
                    sb.Append(indent).Append($"[{page}] H{h.Level} ").AppendLine(h.Content);
                    break;
                case ListItem li:
                    sb.Append(indent).Append($"[{page}] LI{li.Level} ").AppendLine(li.Content);
                    break;
                case Paragraph para:
                    sb.Append(indent).Append($"[{page}] P ").AppendLine(para.Content);
                    break;
                case Table t:
                    sb.Append(indent).Append($"[{page}] TABLE {t.Rows.Count}x{t.ColumnCount}").AppendLine();
                    var r = 0;
                    foreach (var row in t.Rows)
                    {
                        var c = 0;
                        foreach (var cell in row.Cells)
                        {
                            if (cell.Blocks.Count == 1 && cell.Blocks[0] is Paragraph single)
                            {
                                sb.Append(indent).Append($"  r{r}c{c}{(cell.ColumnSpan > 1 ? $"/{cell.ColumnSpan}" : string.Empty)}: ").AppendLine(single.Content);
                            }
                            else if (cell.Blocks.Count > 0)
                            {
                                sb.Append(indent).Append($"  r{r}c{c}:").AppendLine();
                                Write(cell.Blocks, sb, indent + "    ");
                            }

                            c += cell.ColumnSpan;
                        }

                        r++;
                    }

                    break;
            }
        }
    }
}

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>What became of a block in a parse.</summary>
public enum BlockUse
{
    /// <summary>Nothing yet: at the end, content nobody read.</summary>
    None,

    /// <summary>Skipped on purpose: front matter, table of contents, the fixed introduction, section headings.</summary>
    Skipped,

    /// <summary>Read into the record: a value, a finding, a passage, a table, or a heading that set the structure.</summary>
    Used,
}

/// <summary>
/// Keeps account of every block of one parse (by its index in <see cref="ReportBlocks"/>): each
/// reader marks the blocks it read, so that whatever nobody read can be reported rather than lost.
/// A block once used stays used. One ledger per parse; not thread-safe.
/// </summary>
internal sealed class BlockLedger
{
    private readonly BlockUse[] uses;

    public BlockLedger(int count)
    {
        uses = new BlockUse[count];
    }

    public int Count => uses.Length;

    public BlockUse this[int index] => uses[index];

    public void Use(int index) => uses[index] = BlockUse.Used;

    public void Skip(int index)
    {
        if (uses[index] == BlockUse.None)
        {
            uses[index] = BlockUse.Skipped;
        }
    }
}

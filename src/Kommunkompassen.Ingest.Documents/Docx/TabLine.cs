namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// A piece of a line that tabs set apart: its text, the position it is aligned by (the tab stop
/// it jumped to, or the line's start for the text before the first tab), and its estimated left
/// and right edges, all in twips from the text column's left edge.
/// </summary>
internal sealed record TabCell(string Text, int Anchor, int Left, int Right);

/// <summary>
/// One line of a paragraph as tab stops lay it out: its non-empty cells left to right, where the
/// line starts, and whether it is a table-of-contents entry (a dot leader before a page number).
/// Text widths are estimates, so a tab after text that ends near a stop may in truth reach the
/// stop before or after: <see cref="Alternatives"/> are the layouts with narrower and wider text
/// that put some cell at another stop (same cells, other anchors).
/// </summary>
internal sealed record TabLine(IReadOnlyList<TabCell> Cells, int Start, bool IsTocEntry)
{
    public IReadOnlyList<TabLine> Alternatives { get; init; } = [];

    /// <summary>The line's first cell begins after a tab, not at the line's start.</summary>
    public bool StartsWithTab => Cells.Count > 0 && Cells[0].Anchor != Start;
}

/// <summary>
/// What the tab-table detector knows of one paragraph: its lines laid out by its tab stops (for a
/// paragraph without tabs, its text as one cell at the line start), whether it may be a row at
/// all (not a styled heading, a bullet, a table-of-contents entry), whether it may continue a
/// cell (a plain paragraph), and its page.
/// </summary>
internal sealed record TabParagraph(IReadOnlyList<TabLine> Lines, bool CanBeRow, bool CanContinue, int? Page)
{
    /// <summary>A paragraph that is neither a row nor a continuation: it ends any table.</summary>
    public static TabParagraph Barrier { get; } = new([], false, false, null);

    /// <summary>An empty paragraph: a blank line between rows does not end their table, two do.</summary>
    public static TabParagraph Blank { get; } = new([], false, false, null) { IsBlank = true };

    public bool IsBlank { get; private init; }
}

/// <summary>A table made of tabbed paragraphs <see cref="First"/>..<see cref="Last"/> (inclusive) of a run.</summary>
internal sealed record TabTable(int First, int Last, Model.Table Table);

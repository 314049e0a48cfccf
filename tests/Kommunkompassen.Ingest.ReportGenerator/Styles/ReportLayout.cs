namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// A report laid out in a house style but not yet in a file format: the blocks in reading order
/// and the page furniture. <see cref="DocxStyleWriter"/> and <see cref="HtmlStyleWriter"/> each
/// write it in their format's own means (tab stops, text boxes, numbering; CSS), so the DOCX
/// and the HTML of a report say the same.
/// </summary>
public sealed record ReportLayout(HouseStyle Style, IReadOnlyList<LayoutBlock> Blocks, string? RunningHeader, string Title);

/// <summary>One block of a laid-out report.</summary>
public abstract record LayoutBlock;

/// <summary>The kind of a title-page line, which sets its size.</summary>
public enum LineKind
{
    Brand,
    Title,
    Subtitle,
    Normal,
    Small,
}

/// <summary>A line of the title page.</summary>
public sealed record FrontLine(string Text, LineKind Kind) : LayoutBlock;

/// <summary>The title page ends here.</summary>
public sealed record PageBreakBlock : LayoutBlock;

/// <summary>A new section starts here: its number of text columns and its orientation.</summary>
public sealed record SectionBlock(int Columns, bool Landscape) : LayoutBlock;

/// <summary>What a heading is in the report's structure.</summary>
public enum HeadingRole
{
    Chapter,
    Area,
    Question,
    Marker,
    BoxTitle,
}

/// <summary>Where in its host a floating box is anchored.</summary>
public enum BoxPosition
{
    Start,
    Middle,
    End,
}

/// <summary>A floating text box and where in its host paragraph or heading it is anchored.</summary>
public sealed record FloatingBox(IReadOnlyList<LayoutBlock> Content, BoxPosition Position);

/// <summary>A heading of level 1-3, perhaps hosting a floating box.</summary>
public sealed record HeadingBlock(int Level, string Text, HeadingRole Role) : LayoutBlock
{
    public FloatingBox? Box { get; init; }

    /// <summary>The heading starts a new page.</summary>
    public bool PageBreakBefore { get; init; }
}

/// <summary>What a paragraph is.</summary>
public enum ParagraphRole
{
    /// <summary>An area's narrative: a passage a parser should read.</summary>
    Narrative,

    /// <summary>Other running text (introduction, summary).</summary>
    Body,

    /// <summary>A table's caption.</summary>
    Caption,
}

/// <summary>A paragraph, perhaps hosting a floating box.</summary>
public sealed record ParagraphBlock(string Text, ParagraphRole Role) : LayoutBlock
{
    public FloatingBox? Box { get; init; }
}

/// <summary>A bulleted list.</summary>
public sealed record BulletsBlock(IReadOnlyList<string> Items) : LayoutBlock;

/// <summary>A shaded frame (a one-cell table in Word) holding other blocks.</summary>
public sealed record BoxBlock(IReadOnlyList<LayoutBlock> Content) : LayoutBlock;

/// <summary>A two-column table: the strengths' and the improvements' headers, then a row of two bullet lists.</summary>
public sealed record FindingsTableBlock(string StrengthsHeader, string ImprovementsHeader, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements) : LayoutBlock;

/// <summary>What a grid of figures is.</summary>
public enum GridRole
{
    Scores,
    Summary,
    Comparison,
}

/// <summary>A column of a grid: its share of the width and whether it holds figures (right-aligned).</summary>
public sealed record GridColumn(double Share, bool Numeric);

/// <summary>A row of a grid; a bold row is a header or total row.</summary>
public sealed record GridRow(IReadOnlyList<string> Cells, bool Bold);

/// <summary>A table of figures in one of the style's table forms.</summary>
public sealed record GridBlock(GridRole Role, TableForm Form, IReadOnlyList<GridColumn> Columns, IReadOnlyList<GridRow> Rows) : LayoutBlock;

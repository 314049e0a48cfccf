namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="ColumnSegmenter"/>; distances are fractions of the page's body font size.</summary>
public sealed record ColumnSegmenterOptions
{
    public static ColumnSegmenterOptions Default { get; } = new();

    /// <summary>A gutter is at least this wide (narrower gaps are spaces between words, however stretched).</summary>
    public double MinGutterWidth { get; init; } = 0.8;

    /// <summary>Each column of a band holds at least this many lines.</summary>
    public int MinColumnLines { get; init; } = 3;

    /// <summary>Each column is at least this wide...</summary>
    public double MinColumnWidth { get; init; } = 10;

    /// <summary>...and at least this fraction of the band's width (narrower: a column of a table).</summary>
    public double MinColumnShare { get; init; } = 0.25;

    /// <summary>A column's lines hold at least this many words on average (a table column of figures holds one).</summary>
    public double MinWordsPerLine { get; init; } = 2;

    /// <summary>At most this fraction of a column's words are figures (more: the figures of a table set without rules, beside its labels).</summary>
    public double MaxFigureShare { get; init; } = 0.5;

    /// <summary>
    /// At least this fraction of the lines right of a gutter start at one x (a column's left edge);
    /// the words after a river of wide spaces in justified text do not.
    /// </summary>
    public double MinAlignedShare { get; init; } = 0.4;

    /// <summary>Line starts this close (points) are one left edge.</summary>
    public double AlignTolerance { get; init; } = 1.5;

    /// <summary>
    /// At least this fraction of a column's consecutive lines lie at most
    /// <see cref="MaxLineGap"/> apart, baseline to baseline (running text, not a sparse list of labels).
    /// </summary>
    public double MinDenseShare { get; init; } = 0.5;

    /// <summary>See <see cref="MinDenseShare"/>.</summary>
    public double MaxLineGap { get; init; } = 2.5;

    /// <summary>
    /// Lines within one column whose baselines lie at least this much more than the line pitch
    /// below the line above and above the line below, across the whole page, may part a band: a
    /// heading with the other columns' text above and below it, or short lines in the first column
    /// before or after the other columns' text (a heading set across the page).
    /// </summary>
    public double MinCutGap { get; init; } = 0.6;

    /// <summary>Short lines (see <see cref="MinCutGap"/>) end at least this far before the gutter (a column's own lines reach it).</summary>
    public double ShortOfGutter { get; init; } = 1.0;

    /// <summary>
    /// This many consecutive lines with labels left of a gutter and nothing but figures right of it
    /// are the rows of a table set across the page without rules, not two columns of text.
    /// </summary>
    public int MinTableRows { get; init; } = 2;

    /// <summary>Up to this many short lines right above such rows are the table's header...</summary>
    public int MaxTableHeaderLines { get; init; } = 3;

    /// <summary>...when each side of the gutter holds at most this many words and none ends a sentence.</summary>
    public int MaxTableHeaderWords { get; init; } = 4;

    /// <summary>Finds the frames of tables and boxes, which no gutter crosses.</summary>
    public RuledTableDetector Frames { get; init; } = RuledTableDetector.Default;
}

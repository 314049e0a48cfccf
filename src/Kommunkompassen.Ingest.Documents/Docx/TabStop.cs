namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>How text after a tab lines up with the tab stop it jumps to.</summary>
internal enum TabAlignment
{
    /// <summary>The text starts at the stop (Word's left/start and list stops).</summary>
    Left,

    /// <summary>The text is centred on the stop.</summary>
    Center,

    /// <summary>The text ends at the stop (Word's right/end stops).</summary>
    Right,

    /// <summary>The decimal separator sits at the stop (whole numbers end there).</summary>
    Decimal,
}

/// <summary>
/// One tab stop of a paragraph: position in twips from the text column's left edge, alignment,
/// and whether a leader (dots, dashes, a line) fills the space before it, as tables of contents have.
/// </summary>
internal readonly record struct TabStop(int Position, TabAlignment Alignment, bool HasLeader);

/// <summary>
/// The custom tab stops of a paragraph, resolved through its style chain and its own
/// <c>w:tabs</c>: each level adds stops or clears inherited ones (<c>w:val="clear"</c>), bar tabs
/// are drawn lines, not stops. Sorted by position; immutable.
/// </summary>
internal sealed class TabStops
{
    private readonly TabStop[] stops;

    private TabStops(TabStop[] stops)
    {
        this.stops = stops;
    }

    /// <summary>No custom stops: only the document's default interval applies.</summary>
    public static TabStops None { get; } = new([]);

    public IReadOnlyList<TabStop> Stops => stops;

    /// <summary>
    /// These stops with one level's <c>w:tab</c> definitions applied in order: "clear" removes an
    /// inherited stop at that position, "bar" is ignored, anything else sets a stop there.
    /// </summary>
    public TabStops Apply(IReadOnlyList<TabDefinition> definitions)
    {
        if (definitions.Count == 0)
        {
            return this;
        }

        var list = new List<TabStop>(stops);
        foreach (var d in definitions)
        {
            list.RemoveAll(s => s.Position == d.Position);
            if (AlignmentOf(d.Kind) is { } alignment)
            {
                list.Add(new TabStop(d.Position, alignment, d.Leader is not (null or "none")));
            }
        }

        list.Sort((a, b) => a.Position.CompareTo(b.Position));
        return new TabStops([.. list]);
    }

    /// <summary>
    /// The stop a tab at <paramref name="x"/> jumps to: the first custom stop (or the hanging
    /// indent's implicit stop) right of x; past the last custom stop, the next multiple of the
    /// document's default interval (Word drops default stops left of a custom one).
    /// </summary>
    public TabStop Next(int x, int? implicitStop, int defaultInterval)
    {
        TabStop? best = null;
        foreach (var s in stops)
        {
            if (s.Position > x)
            {
                best = s;
                break;
            }
        }

        if (implicitStop is { } hang && hang > x && (best is null || hang < best.Value.Position))
        {
            return new TabStop(hang, TabAlignment.Left, false);
        }

        if (best is { } found)
        {
            return found;
        }

        var interval = Math.Max(1, defaultInterval);
        var next = x < 0 ? 0 : ((x / interval) + 1) * interval;
        return new TabStop(next, TabAlignment.Left, false);
    }

    /// <summary>Word's <c>ST_TabJc</c> values, transitional and strict; null for "clear" and "bar".</summary>
    private static TabAlignment? AlignmentOf(string? kind) => kind switch
    {
        "center" => TabAlignment.Center,
        "right" or "end" => TabAlignment.Right,
        "decimal" => TabAlignment.Decimal,
        "clear" or "bar" => null,
        _ => TabAlignment.Left,
    };
}

/// <summary>One <c>w:tab</c> element as written: kind ("left", "right", "clear", …), position in twips, leader.</summary>
internal readonly record struct TabDefinition(string? Kind, int Position, string? Leader);

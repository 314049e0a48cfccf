using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Renders automatic numbers ("Område 3", "2.6", "4.") that Word keeps in the numbering part
/// rather than in the text. Counters run per list and level in document order, deeper levels
/// restart when a shallower one advances, and <c>lvlText</c> patterns such as "%1.%2" are filled
/// in. Bullet levels render as nothing. A list defined through a custom list style (an
/// abstractNum with only <c>w:numStyleLink</c>) takes its levels from the abstractNum whose
/// <c>w:styleLink</c> names the same numbering style (or, failing that, from the list the style's
/// own <c>w:numPr</c> points at), and shares that list's counters, as Word does.
/// </summary>
internal sealed class DocxNumbering
{
    private const int MaxLevels = 9;
    private readonly Dictionary<int, ListDefinition> lists = [];
    private readonly Dictionary<int, int[]> counters = [];

    public DocxNumbering(MainDocumentPart main, DocxStyles styles)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

        var levelsOfAbstract = new Dictionary<int, Dictionary<int, Level>>();
        var linkOfAbstract = new Dictionary<int, string>();
        var abstractOfStyle = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var abs in numbering.Elements<W.AbstractNum>())
        {
            if (abs.AbstractNumberId?.Value is not { } absId)
            {
                continue;
            }

            var levels = new Dictionary<int, Level>();
            foreach (var lvl in abs.Elements<W.Level>())
            {
                var index = lvl.LevelIndex?.Value ?? 0;
                levels[index] = new Level(
                    lvl.StartNumberingValue?.Val?.Value ?? 1,
                    lvl.NumberingFormat?.Val?.InnerText ?? "decimal",
                    lvl.LevelText?.Val?.Value ?? string.Empty,
                    lvl.ParagraphStyleIdInLevel?.Val?.Value);
            }

            levelsOfAbstract[absId] = levels;
            if (abs.NumberingStyleLink?.Val?.Value is { } link)
            {
                linkOfAbstract[absId] = link;
            }

            if (abs.StyleLink?.Val?.Value is { } own)
            {
                abstractOfStyle.TryAdd(own, absId);
            }
        }

        var abstractOfNum = new Dictionary<int, int>();
        var overridesOfNum = new Dictionary<int, Dictionary<int, int>>();
        foreach (var num in numbering.Elements<W.NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId)
            {
                continue;
            }

            abstractOfNum[numId] = absId;
            foreach (var ov in num.Elements<W.LevelOverride>())
            {
                if (ov.LevelIndex?.Value is { } li && ov.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    (overridesOfNum.TryGetValue(numId, out var map) ? map : overridesOfNum[numId] = [])[li] = start;
                }
            }
        }

        foreach (var (numId, absId) in abstractOfNum)
        {
            // Follow numStyleLink → numbering style → the abstractNum that defines it; a style
            // can point at another linked list, so follow a few steps, never round in circles.
            var target = absId;
            var counterKey = numId;
            for (var step = 0; step < 4 && linkOfAbstract.TryGetValue(target, out var styleId); step++)
            {
                var styleList = styles.ListOfNumberingStyle(styleId);
                int? next = abstractOfStyle.TryGetValue(styleId, out var linked) ? linked
                    : styleList is { } sl && abstractOfNum.TryGetValue(sl, out var viaStyle) ? viaStyle
                    : null;
                if (next is not { } found || found == target)
                {
                    break;
                }

                target = found;
                if (!overridesOfNum.ContainsKey(numId))
                {
                    // All lists that use one list style are one list; its counters are keyed by
                    // the style's own list where there is one.
                    counterKey = styleList ?? -(found + 1);
                }
            }

            if (levelsOfAbstract.TryGetValue(target, out var levels))
            {
                lists[numId] = new ListDefinition(levels, counterKey, overridesOfNum.GetValueOrDefault(numId));
            }
        }
    }

    /// <summary>True when the level draws a bullet (or nothing) rather than a number.</summary>
    public bool IsBullet(int numId, int level) =>
        LevelOf(numId, level) is not { } l || l.Format is "bullet" or "none";

    /// <summary>
    /// True when the level shows no marker at all (format "none" with no label text), as the
    /// outline numbering LibreOffice ties to its heading styles: such a paragraph is not a list item.
    /// </summary>
    public bool ShowsNothing(int numId, int level) =>
        LevelOf(numId, level) is { Format: "none" } l && l.Text.Trim().Length == 0;

    /// <summary>
    /// The level of the list whose <c>w:pStyle</c> is this paragraph style, for a paragraph
    /// numbered through its style without a level of its own.
    /// </summary>
    public int? LevelOfStyle(int numId, string? styleId)
    {
        if (styleId is null || !lists.TryGetValue(numId, out var list))
        {
            return null;
        }

        foreach (var (index, level) in list.Levels)
        {
            if (level.ParagraphStyle == styleId)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>Advances the counter of (list, level) and returns the rendered label, or "" for bullets.</summary>
    public string Next(int numId, int level)
    {
        if (!lists.TryGetValue(numId, out var list) || !list.Levels.TryGetValue(level, out var current))
        {
            return string.Empty;
        }

        if (!counters.TryGetValue(list.CounterKey, out var values))
        {
            values = new int[MaxLevels];
            for (var i = 0; i < MaxLevels; i++)
            {
                values[i] = list.StartOf(i) - 1;
            }

            counters[list.CounterKey] = values;
        }

        values[level]++;
        for (var deeper = level + 1; deeper < MaxLevels; deeper++)
        {
            values[deeper] = list.StartOf(deeper) - 1;
        }

        if (current.Format is "bullet" or "none")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var text = current.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && text[i + 1] != '0')
            {
                var referenced = text[i + 1] - '1';
                var format = list.Levels.TryGetValue(referenced, out var refLevel) ? refLevel.Format : "decimal";
                sb.Append(Format(Math.Max(values[referenced], list.StartOf(referenced)), format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private Level? LevelOf(int numId, int level) =>
        lists.TryGetValue(numId, out var list) && list.Levels.TryGetValue(level, out var l) ? l : null;

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Letters(int value) =>
        value <= 0 ? string.Empty : new string((char)('A' + ((value - 1) % 26)), ((value - 1) / 26) + 1);

    private static string Roman(int value)
    {
        (int V, string S)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var sb = new StringBuilder();
        foreach (var (v, s) in table)
        {
            while (value >= v)
            {
                sb.Append(s);
                value -= v;
            }
        }

        return sb.ToString();
    }

    /// <summary>One level of a list: start value, number format, label pattern, and the paragraph style tied to it.</summary>
    private sealed record Level(int Start, string Format, string Text, string? ParagraphStyle);

    /// <summary>A list as a paragraph's numId reaches it: its levels, whose counters it uses, its own start overrides.</summary>
    private sealed record ListDefinition(Dictionary<int, Level> Levels, int CounterKey, Dictionary<int, int>? StartOverrides)
    {
        public int StartOf(int level) =>
            StartOverrides is { } map && map.TryGetValue(level, out var start)
                ? start
                : Levels.TryGetValue(level, out var l) ? l.Start : 1;
    }
}

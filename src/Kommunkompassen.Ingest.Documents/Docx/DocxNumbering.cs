using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Renders automatic numbers ("Område 3", "2.6", "4.") that Word keeps in the numbering part
/// rather than in the text. Counters run per list instance and level in document order, deeper
/// levels restart when a shallower one advances, and <c>lvlText</c> patterns such as "%1.%2" are
/// filled in. Bullet levels render as nothing.
/// </summary>
internal sealed class DocxNumbering
{
    private readonly Dictionary<int, int> abstractOfNum = [];
    private readonly Dictionary<int, Dictionary<int, Level>> levelsOfAbstract = [];
    private readonly Dictionary<int, Dictionary<int, int>> startOverrides = [];
    private readonly Dictionary<int, int[]> counters = [];

    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

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
                    lvl.LevelText?.Val?.Value ?? string.Empty);
            }

            levelsOfAbstract[absId] = levels;
        }

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
                    (startOverrides.TryGetValue(numId, out var map) ? map : startOverrides[numId] = [])[li] = start;
                }
            }
        }
    }

    /// <summary>True when the level draws a bullet (or nothing) rather than a number.</summary>
    public bool IsBullet(int numId, int level) =>
        LevelOf(numId, level) is not { } l || l.Format is "bullet" or "none";

    /// <summary>Advances the counter of (numId, level) and returns the rendered label, or "" for bullets.</summary>
    public string Next(int numId, int level)
    {
        if (!abstractOfNum.TryGetValue(numId, out var absId) || !levelsOfAbstract.TryGetValue(absId, out var levels)
            || !levels.TryGetValue(level, out var current))
        {
            return string.Empty;
        }

        if (!counters.TryGetValue(numId, out var values))
        {
            values = new int[9];
            for (var i = 0; i < 9; i++)
            {
                values[i] = StartOf(numId, i, levels) - 1;
            }

            counters[numId] = values;
        }

        values[level]++;
        for (var deeper = level + 1; deeper < 9; deeper++)
        {
            values[deeper] = StartOf(numId, deeper, levels) - 1;
        }

        if (current.Format is "bullet" or "none")
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var text = current.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                var referenced = text[i + 1] - '1';
                var format = levels.TryGetValue(referenced, out var refLevel) ? refLevel.Format : "decimal";
                sb.Append(Format(Math.Max(values[referenced], StartOf(numId, referenced, levels)), format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        return sb.ToString();
    }

    private int StartOf(int numId, int level, Dictionary<int, Level> levels) =>
        startOverrides.TryGetValue(numId, out var map) && map.TryGetValue(level, out var start)
            ? start
            : levels.TryGetValue(level, out var l) ? l.Start : 1;

    private Level? LevelOf(int numId, int level) =>
        abstractOfNum.TryGetValue(numId, out var absId) && levelsOfAbstract.TryGetValue(absId, out var levels) && levels.TryGetValue(level, out var l)
            ? l
            : null;

    private static string Format(int value, string format) => format switch
    {
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
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

    private sealed record Level(int Start, string Format, string Text);
}

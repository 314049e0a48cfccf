using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// The facts of a paragraph style that matter for structure, resolved through its basedOn chain:
/// heading level (by style name or outline level, never by style id), list membership, and the
/// run formatting that direct-formatting heading detection compares against.
/// </summary>
internal sealed record ResolvedStyle(int? HeadingLevel, bool IsList, bool Bold, double? FontSizePt);

/// <summary>Style sheet of one document, resolved once.</summary>
internal sealed partial class DocxStyles
{
    private readonly Dictionary<string, W.Style> byId;
    private readonly Dictionary<string, ResolvedStyle> resolved = new(StringComparer.Ordinal);

    public DocxStyles(MainDocumentPart main)
    {
        var styles = main.StyleDefinitionsPart?.Styles;
        byId = styles?.Elements<W.Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
            ?? new Dictionary<string, W.Style>(StringComparer.Ordinal);

        var defaultSize = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value;
        var defaultParagraph = styles?.Elements<W.Style>()
            .FirstOrDefault(s => s.Type?.Value == W.StyleValues.Paragraph && s.Default?.Value == true);
        BodyFontSizePt = (defaultParagraph is null ? null : Resolve(defaultParagraph.StyleId?.Value).FontSizePt)
            ?? ParseHalfPoints(defaultSize) ?? 10;
    }

    /// <summary>Font size of ordinary body text, the yardstick for "larger than body".</summary>
    public double BodyFontSizePt { get; }

    public ResolvedStyle Resolve(string? styleId)
    {
        if (styleId is null)
        {
            return new ResolvedStyle(null, false, false, null);
        }

        if (resolved.TryGetValue(styleId, out var hit))
        {
            return hit;
        }

        var result = Compute(styleId, depth: 0);
        resolved[styleId] = result;
        return result;
    }

    private ResolvedStyle Compute(string styleId, int depth)
    {
        if (depth > 20 || !byId.TryGetValue(styleId, out var style))
        {
            return new ResolvedStyle(null, false, false, null);
        }

        var parent = style.BasedOn?.Val?.Value is { } baseId ? Compute(baseId, depth + 1) : new ResolvedStyle(null, false, false, null);
        var name = style.StyleName?.Val?.Value ?? string.Empty;

        var level = HeadingLevelFromName(name);
        if (level is null && style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            level = outline + 1;
        }

        level ??= parent.HeadingLevel;
        var isList = style.StyleParagraphProperties?.NumberingProperties is not null
            || name.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("List Number", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Punktlista", StringComparison.OrdinalIgnoreCase)
            || parent.IsList;
        var runProps = style.StyleRunProperties;
        var bold = runProps?.Bold is { } b ? b.Val is null || b.Val.Value : parent.Bold;
        var size = ParseHalfPoints(runProps?.FontSize?.Val?.Value) ?? parent.FontSizePt;
        return new ResolvedStyle(level, isList && level is null, bold, size);
    }

    /// <summary>"heading 2", "Heading 2", "Rubrik 2", "Title", "Rubrik" (Swedish Word).</summary>
    internal static int? HeadingLevelFromName(string name)
    {
        var m = HeadingName().Match(name.Trim());
        if (m.Success)
        {
            return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        return name.Trim().ToLowerInvariant() switch
        {
            "title" or "rubrik" or "titel" => 1,
            "subtitle" or "underrubrik" => 2,
            _ => null,
        };
    }

    internal static double? ParseHalfPoints(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var halfPoints)
            ? halfPoints / 2.0
            : null;

    [GeneratedRegex(@"^(?:heading|rubrik)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}

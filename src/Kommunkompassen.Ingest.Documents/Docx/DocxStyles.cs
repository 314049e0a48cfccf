using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// The facts of a paragraph style that matter for structure, resolved through its basedOn chain:
/// heading level (by style name or outline level, never by style id), list membership, and the
/// run formatting that direct-formatting heading detection compares against.
/// </summary>
internal sealed record ResolvedStyle(int? HeadingLevel, bool IsList, bool Bold, double? FontSizePt, int? NumId = null, int? NumLevel = null);

/// <summary>
/// Style sheet of one document, resolved once. The styles part is read with a streaming XML
/// reader, not the SDK's DOM: Word's style sheets are often larger than the document itself.
/// </summary>
internal sealed partial class DocxStyles
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Dictionary<string, RawStyle> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedStyle> resolved = new(StringComparer.Ordinal);

    public DocxStyles(MainDocumentPart main)
    {
        double? defaultSize = null;
        string? defaultParagraph = null;
        if (main.StyleDefinitionsPart is { } part)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != WordNs)
                {
                    xml.Read();
                }
                else if (xml.LocalName == "latentStyles"
                    || (xml.LocalName == "style" && xml.GetAttribute("type", WordNs) is not (null or "paragraph")))
                {
                    // Latent styles, and character, table and numbering styles, never decide a
                    // paragraph's role. Skip() already moves to the next node.
                    xml.Skip();
                }
                else if (xml.LocalName == "rPrDefault")
                {
                    using (var sub = xml.ReadSubtree())
                    {
                        defaultSize = ReadRunDefaults(sub);
                    }

                    xml.Read();
                }
                else if (xml.LocalName == "style")
                {
                    var isParagraphDefault = xml.GetAttribute("default", WordNs) is "1" or "true" or "on";
                    var id = xml.GetAttribute("styleId", WordNs);
                    RawStyle raw;
                    using (var sub = xml.ReadSubtree())
                    {
                        raw = ReadStyle(sub);
                    }

                    if (id is not null)
                    {
                        byId.TryAdd(id, raw);
                        if (isParagraphDefault)
                        {
                            defaultParagraph ??= id;
                        }
                    }

                    xml.Read();
                }
                else
                {
                    xml.Read();
                }
            }
        }

        BodyFontSizePt = (defaultParagraph is null ? null : Resolve(defaultParagraph).FontSizePt) ?? defaultSize ?? 10;
    }

    /// <summary>Font size of ordinary body text, the yardstick for "larger than body".</summary>
    public double BodyFontSizePt { get; }

    /// <summary>The few facts of one w:style element the reader needs.</summary>
    private sealed record RawStyle(string Name, string? BasedOn, int? OutlineLevel, bool HasNumbering, bool? Bold, double? SizePt, int? NumId, int? NumLevel);

    private static double? ReadRunDefaults(XmlReader sub)
    {
        double? size = null;
        while (sub.Read())
        {
            if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "sz" && sub.NamespaceURI == WordNs)
            {
                size = ParseHalfPoints(sub.GetAttribute("val", WordNs));
            }
        }

        return size;
    }

    private static RawStyle ReadStyle(XmlReader sub)
    {
        string name = string.Empty;
        string? basedOn = null;
        int? outline = null;
        var numbering = false;
        bool? bold = null;
        double? size = null;
        int? numId = null, numLevel = null;
        var inRunProps = false;
        sub.Read();
        var depth = sub.Depth;
        while (sub.Read())
        {
            if (sub.NodeType == XmlNodeType.EndElement && sub.LocalName == "rPr")
            {
                inRunProps = false;
            }

            if (sub.NodeType != XmlNodeType.Element || sub.NamespaceURI != WordNs)
            {
                continue;
            }

            var val = sub.GetAttribute("val", WordNs);
            switch (sub.LocalName)
            {
                case "name" when sub.Depth == depth + 1:
                    name = val ?? string.Empty;
                    break;
                case "basedOn":
                    basedOn = val;
                    break;
                case "outlineLvl":
                    outline = int.TryParse(val, System.Globalization.CultureInfo.InvariantCulture, out var o) ? o : null;
                    break;
                case "numPr":
                    numbering = true;
                    break;
                case "numId":
                    numId = int.TryParse(val, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
                    break;
                case "ilvl":
                    numLevel = int.TryParse(val, System.Globalization.CultureInfo.InvariantCulture, out var l) ? l : null;
                    break;
                case "rPr":
                    inRunProps = !sub.IsEmptyElement;
                    break;
                case "b" when inRunProps:
                    bold = val is null || val is "1" or "true" or "on";
                    break;
                case "sz" when inRunProps:
                    size = ParseHalfPoints(val);
                    break;
            }
        }

        return new RawStyle(name, basedOn, outline, numbering, bold, size, numId, numLevel);
    }

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

        var parent = style.BasedOn is { } baseId ? Compute(baseId, depth + 1) : new ResolvedStyle(null, false, false, null);
        var level = HeadingLevelFromName(style.Name);
        if (level is null && style.OutlineLevel is { } outline && outline < 9)
        {
            level = outline + 1;
        }

        level ??= parent.HeadingLevel;
        var isList = style.HasNumbering
            || style.Name.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase)
            || style.Name.StartsWith("List Number", StringComparison.OrdinalIgnoreCase)
            || style.Name.StartsWith("Punktlista", StringComparison.OrdinalIgnoreCase)
            || parent.IsList;
        return new ResolvedStyle(
            level,
            isList && level is null,
            style.Bold ?? parent.Bold,
            style.SizePt ?? parent.FontSizePt,
            style.NumId ?? parent.NumId,
            style.NumLevel ?? parent.NumLevel);
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

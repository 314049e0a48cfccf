using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// The facts of a paragraph style that matter for structure, resolved through its basedOn chain:
/// heading level (by style name or outline level, never by style id; outline level 9 is body
/// text), list membership, the run formatting that direct-formatting heading detection compares
/// against, and the tab stops and indents that tab-aligned tables are laid out by.
/// </summary>
internal sealed record ResolvedStyle(int? HeadingLevel, bool IsList, bool Bold, double? FontSizePt, int? NumId = null, int? NumLevel = null)
{
    /// <summary>No style at all.</summary>
    public static ResolvedStyle Empty { get; } = new(null, false, false, null);

    /// <summary>The style's id, for matching a numbering level's <c>w:pStyle</c>.</summary>
    public string? StyleId { get; init; }

    /// <summary>Custom tab stops through the chain.</summary>
    public TabStops Tabs { get; init; } = TabStops.None;

    /// <summary>Left (start) indent in twips.</summary>
    public int? IndentLeft { get; init; }

    /// <summary>First-line indent in twips, negative for a hanging indent.</summary>
    public int? FirstLineIndent { get; init; }

    /// <summary>A table-of-contents entry style ("toc 1", "Contents 2", "Innehåll 1", "table of figures").</summary>
    public bool IsToc { get; init; }
}

/// <summary>
/// Style sheet of one document, resolved once. The styles part is read with a streaming XML
/// reader, not the SDK's DOM: Word's style sheets are often larger than the document itself.
/// Paragraph styles are read in full; of numbering styles (custom list styles) only the list
/// they point at.
/// </summary>
internal sealed partial class DocxStyles
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly Dictionary<string, RawStyle> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedStyle> resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numberingStyleLists = new(StringComparer.Ordinal);
    private readonly string? defaultParagraph;

    public DocxStyles(MainDocumentPart main)
    {
        double? defaultSize = null;
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
                else if (xml.LocalName == "style" && xml.GetAttribute("type", WordNs) == "numbering")
                {
                    var id = xml.GetAttribute("styleId", WordNs);
                    int? numId;
                    using (var sub = xml.ReadSubtree())
                    {
                        numId = ReadNumberingStyle(sub);
                    }

                    if (id is not null && numId is { } n)
                    {
                        numberingStyleLists.TryAdd(id, n);
                    }

                    xml.Read();
                }
                else if (xml.LocalName == "latentStyles"
                    || (xml.LocalName == "style" && xml.GetAttribute("type", WordNs) is not (null or "paragraph")))
                {
                    // Latent styles, and character and table styles, never decide a paragraph's
                    // role. Skip() already moves to the next node.
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
    private sealed record RawStyle(
        string Name,
        string? BasedOn,
        int? OutlineLevel,
        bool? Bold,
        double? SizePt,
        int? NumId,
        int? NumLevel,
        IReadOnlyList<TabDefinition> Tabs,
        int? IndentLeft,
        int? FirstLineIndent);

    /// <summary>The list (w:num id) a numbering style stands for, or null when the id names none.</summary>
    public int? ListOfNumberingStyle(string styleId) =>
        numberingStyleLists.TryGetValue(styleId, out var numId) ? numId : null;

    private static int? ReadNumberingStyle(XmlReader sub)
    {
        int? numId = null;
        while (sub.Read())
        {
            if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "numId" && sub.NamespaceURI == WordNs)
            {
                numId = ParseInt(sub.GetAttribute("val", WordNs));
            }
        }

        return numId;
    }

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
        bool? bold = null;
        double? size = null;
        int? numId = null, numLevel = null, left = null, firstLine = null;
        var tabs = new List<TabDefinition>();
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
                    outline = ParseInt(val);
                    break;
                case "numId":
                    numId = ParseInt(val);
                    break;
                case "ilvl":
                    numLevel = ParseInt(val);
                    break;
                case "tab" when !inRunProps && ParseInt(sub.GetAttribute("pos", WordNs)) is { } pos:
                    tabs.Add(new TabDefinition(val, pos, sub.GetAttribute("leader", WordNs)));
                    break;
                case "ind" when !inRunProps:
                    left = ParseInt(sub.GetAttribute("start", WordNs) ?? sub.GetAttribute("left", WordNs)) ?? left;
                    firstLine = ParseInt(sub.GetAttribute("hanging", WordNs)) is { } hanging
                        ? -hanging
                        : ParseInt(sub.GetAttribute("firstLine", WordNs)) ?? firstLine;
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

        return new RawStyle(name, basedOn, outline, bold, size, numId, numLevel, tabs, left, firstLine);
    }

    /// <summary>
    /// The style of a paragraph with this <c>w:pStyle</c>; a paragraph without one has the
    /// document's default paragraph style.
    /// </summary>
    public ResolvedStyle Resolve(string? styleId)
    {
        styleId ??= defaultParagraph;
        if (styleId is null)
        {
            return ResolvedStyle.Empty;
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
            return ResolvedStyle.Empty;
        }

        var parent = style.BasedOn is { } baseId ? Compute(baseId, depth + 1) : ResolvedStyle.Empty;

        // The name decides first ("heading 2" is level 2 whatever its outline level says); else
        // the style's own outline level, where 9 is body text and stops the inheritance; else
        // the level of the style it is based on.
        var level = HeadingLevelFromName(style.Name);
        if (level is null)
        {
            level = style.OutlineLevel is { } outline
                ? (outline is >= 0 and < 9 ? outline + 1 : null)
                : parent.HeadingLevel;
        }

        // numId 0 takes the numbering away, also from a list style it is based on.
        var numId = style.NumId ?? parent.NumId;
        var isList = style.NumId is not 0
            && (numId is > 0
                || style.Name.StartsWith("List Bullet", StringComparison.OrdinalIgnoreCase)
                || style.Name.StartsWith("List Number", StringComparison.OrdinalIgnoreCase)
                || style.Name.StartsWith("Punktlista", StringComparison.OrdinalIgnoreCase)
                || parent.IsList);
        return new ResolvedStyle(
            level,
            isList && level is null,
            style.Bold ?? parent.Bold,
            style.SizePt ?? parent.FontSizePt,
            numId,
            style.NumLevel ?? parent.NumLevel)
        {
            StyleId = styleId,
            Tabs = parent.Tabs.Apply(style.Tabs),
            IndentLeft = style.IndentLeft ?? parent.IndentLeft,
            FirstLineIndent = style.FirstLineIndent ?? parent.FirstLineIndent,
            IsToc = TocName().IsMatch(style.Name.Trim()) || parent.IsToc,
        };
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

    /// <summary>An integer attribute; Word also writes some as decimals ("720.0"), which are rounded.</summary>
    internal static int? ParseInt(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? (int)Math.Round(d)
                : null;

    [GeneratedRegex(@"^(?:heading|rubrik)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    /// <summary>Word's "toc 1".."toc 9" and "table of figures", LibreOffice's "Contents 1", Swedish "Innehåll 1".</summary>
    [GeneratedRegex(@"^(?:toc|contents|innehåll|innehållsförteckning)\s*[1-9]$|^table of figures$|^figurförteckning$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TocName();
}

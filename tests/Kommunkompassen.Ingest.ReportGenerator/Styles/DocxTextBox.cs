using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// A floating text box as Word 2010 and later writes it: a run holding
/// <c>mc:AlternateContent</c> whose choice (Requires="wps") is a DrawingML anchor with a
/// <c>wps:wsp</c> shape and its <c>wps:txbx</c>, and whose fallback is the same box as a VML
/// shape with a <c>v:textbox</c>; both hold the same <c>w:txbxContent</c>. The box floats at the
/// right margin beside the paragraph it is anchored in, shaded, square wrapping.
/// </summary>
internal static class DocxTextBox
{
    public const string WordprocessingShapeNamespace = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    public const string WordprocessingDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string MarkupCompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string VmlNamespace = "urn:schemas-microsoft-com:vml";
    public const string OfficeNamespace = "urn:schemas-microsoft-com:office:office";
    public const string Word10Namespace = "urn:schemas-microsoft-com:office:word";
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>EMU per point.</summary>
    private const long EmuPerPoint = 12700;

    /// <summary>The box's width: 8 cm, or the text column's width if that is less.</summary>
    public const double MaxWidthPoints = 226.8;

    private const string Fill = "E7EEF6";

    /// <summary>
    /// The run holding the box; <paramref name="paragraphs"/> are the box's content, <paramref name="id"/>
    /// unique in the document. The VML text-box shape type is defined once per document, with the first box.
    /// </summary>
    public static Run Create(IReadOnlyList<Paragraph> paragraphs, int id, double widthPoints, double heightPoints, bool withShapeType)
    {
        var shapeType = withShapeType
            ? "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
            : string.Empty;
        var content = string.Concat(paragraphs.Select(p => p.OuterXml));
        var cx = ((long)(widthPoints * EmuPerPoint)).ToString(CultureInfo.InvariantCulture);
        var cy = ((long)(heightPoints * EmuPerPoint)).ToString(CultureInfo.InvariantCulture);
        var n = id.ToString(CultureInfo.InvariantCulture);
        var width = widthPoints.ToString("0.0", CultureInfo.InvariantCulture);
        var height = heightPoints.ToString("0.0", CultureInfo.InvariantCulture);
        var xml =
            $"<w:r xmlns:w=\"{WordNamespace}\" xmlns:mc=\"{MarkupCompatibilityNamespace}\" xmlns:wp=\"{WordprocessingDrawingNamespace}\" " +
            $"xmlns:a=\"{DrawingNamespace}\" xmlns:wps=\"{WordprocessingShapeNamespace}\" xmlns:v=\"{VmlNamespace}\" xmlns:o=\"{OfficeNamespace}\" xmlns:w10=\"{Word10Namespace}\">" +
            "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>" +
            $"<wp:anchor distT=\"45720\" distB=\"45720\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"{251659264 + id}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
            "<wp:simplePos x=\"0\" y=\"0\"/>" +
            "<wp:positionH relativeFrom=\"margin\"><wp:align>right</wp:align></wp:positionH>" +
            "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>" +
            $"<wp:extent cx=\"{cx}\" cy=\"{cy}\"/>" +
            "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>" +
            "<wp:wrapSquare wrapText=\"bothSides\"/>" +
            $"<wp:docPr id=\"{n}\" name=\"Textruta {n}\"/>" +
            "<wp:cNvGraphicFramePr/>" +
            $"<a:graphic><a:graphicData uri=\"{WordprocessingShapeNamespace}\"><wps:wsp>" +
            "<wps:cNvSpPr txBox=\"1\"/>" +
            $"<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>" +
            $"<a:solidFill><a:srgbClr val=\"{Fill}\"/></a:solidFill><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"808080\"/></a:solidFill></a:ln></wps:spPr>" +
            $"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>" +
            "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\" anchor=\"t\" anchorCtr=\"0\"><a:spAutoFit/></wps:bodyPr>" +
            "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict>" +
            shapeType +
            $"<v:shape id=\"Textruta_{n}\" o:spid=\"_x0000_s{1024 + id}\" type=\"#_x0000_t202\" " +
            $"style=\"position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;z-index:{251659264 + id};mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text\" " +
            $"fillcolor=\"#{Fill.ToLowerInvariant()}\" strokecolor=\"gray\" strokeweight=\".5pt\">" +
            $"<v:textbox style=\"mso-fit-shape-to-text:t\"><w:txbxContent>{content}</w:txbxContent></v:textbox>" +
            "<w10:wrap type=\"square\" anchorx=\"margin\"/>" +
            "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        return new Run(xml);
    }
}

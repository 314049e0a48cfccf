using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>Writes small Word documents in memory from WordprocessingML fragments, for reader tests.</summary>
public static class DocxFactory
{
    private const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
        + "xmlns:dgm=\"http://schemas.openxmlformats.org/drawingml/2006/diagram\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
        + "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        + "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <summary>Default styles: "Normal" 11 pt, a heading style whose id is not its name, a bullet list style.</summary>
    public const string DefaultStyles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Rubrik2Egen"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="MyOutline"><w:name w:val="Kapitel"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Punktlista egen"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        """;

    public static byte[] Create(string bodyXml, string? stylesXml = DefaultStyles) => Build(bodyXml, stylesXml);

    /// <summary>As <see cref="Create"/>, with extra abstractNum/num definitions after the default bullet list (numId 1).</summary>
    public static byte[] CreateWithNumbering(string bodyXml, string? stylesXml, string numberingXml) =>
        Build(bodyXml, stylesXml, numberingXml);

    /// <summary>
    /// A document with everything optional: styles, numbering definitions (abstractNums first, then nums;
    /// the default bullet list numId 1 is always there), a settings part (its inner XML, e.g.
    /// <c>&lt;w:defaultTabStop w:val="1134"/&gt;</c>; none when null), and further parts a test adds itself.
    /// </summary>
    public static byte[] Build(
        string bodyXml,
        string? stylesXml = DefaultStyles,
        string numberingXml = "",
        string? settingsXml = null,
        Action<MainDocumentPart>? addParts = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document($"<w:document {Ns}><w:body>{bodyXml}</w:body></w:document>");
            if (stylesXml is not null)
            {
                var styles = main.AddNewPart<StyleDefinitionsPart>();
                styles.Styles = new W.Styles($"<w:styles {Ns}>{stylesXml}</w:styles>");
            }

            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new W.Numbering($"""
                <w:numbering {Ns}>
                  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
                  {numberingXml}
                  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                </w:numbering>
                """);
            if (settingsXml is not null)
            {
                var settings = main.AddNewPart<DocumentSettingsPart>();
                settings.Settings = new W.Settings($"<w:settings {Ns}>{settingsXml}</w:settings>");
            }

            addParts?.Invoke(main);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A floating text box as Word writes it, in a run: <c>mc:AlternateContent</c> with the
    /// DrawingML shape (<c>wp:anchor/a:graphic/wps:wsp/wps:txbx/w:txbxContent</c>) as the choice
    /// and the same content in a VML <c>v:textbox</c> as the fallback.
    /// </summary>
    public static string TextBoxRun(string contentXml, string name = "Textruta 1") => $"""
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
          <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
            <wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3581400</wp:posOffset></wp:positionH>
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
            <wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/>
            <wp:docPr id="1" name="{name}"/><wp:cNvGraphicFramePr/>
            <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp><wps:cNvSpPr txBox="1"/>
                <wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8EEF4"/></a:solidFill></wps:spPr>
                <wps:txbx><w:txbxContent>{contentXml}</w:txbxContent></wps:txbx>
                <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
              </wps:wsp>
            </a:graphicData></a:graphic>
            <wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth></wp14:sizeRelH>
          </wp:anchor>
        </w:drawing></mc:Choice>
        <mc:Fallback><w:pict>
          <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
          <v:shape id="{name}" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:282pt;margin-top:3.6pt;width:185.9pt;height:110.6pt;z-index:251659264" fillcolor="#e8eef4">
            <v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{contentXml}</w:txbxContent></v:textbox><w10:wrap type="square"/>
          </v:shape>
        </w:pict></mc:Fallback></mc:AlternateContent></w:r>
        """;

    /// <summary>A legacy VML-only text box in a run (<c>w:pict/v:shape/v:textbox</c>), as Word 2003 wrote them.</summary>
    public static string VmlTextBoxRun(string contentXml) => $"""
        <w:r><w:pict><v:shape id="Text Box 2" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:90pt;z-index:1">
          <v:textbox><w:txbxContent>{contentXml}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>
        """;

    /// <summary>A run holding an inline DrawingML object of the given kind (its <c>a:graphicData</c> URI and content).</summary>
    public static string DrawingRun(string graphicDataUri, string graphicXml, string name = "Objekt 1") => $"""
        <w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="7" name="{name}"/>
          <a:graphic><a:graphicData uri="{graphicDataUri}">{graphicXml}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """;

    /// <summary>A paragraph with one run of text and optional paragraph/run properties.</summary>
    public static string P(string text, string pPr = "", string rPr = "") =>
        $"<w:p><w:pPr>{pPr}</w:pPr><w:r><w:rPr>{rPr}</w:rPr><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary>Edits a Word file in place: one paragraph more at the end of its body.</summary>
    public static void AppendParagraph(string path, string text)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, isEditable: true);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
        var sectionProperties = body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().LastOrDefault();
        if (sectionProperties is null)
        {
            body.AppendChild(paragraph);
        }
        else
        {
            body.InsertBefore(paragraph, sectionProperties);
        }
    }
}

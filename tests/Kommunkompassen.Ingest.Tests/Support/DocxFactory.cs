using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>Writes small Word documents in memory from WordprocessingML fragments, for reader tests.</summary>
public static class DocxFactory
{
    private const string Ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

    /// <summary>Default styles: "Normal" 11 pt, a heading style whose id is not its name, a bullet list style.</summary>
    public const string DefaultStyles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Rubrik2Egen"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="MyOutline"><w:name w:val="Kapitel"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Punkt"><w:name w:val="Punktlista egen"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        """;

    public static byte[] Create(string bodyXml, string? stylesXml = DefaultStyles) => CreateWithNumbering(bodyXml, stylesXml, string.Empty);

    /// <summary>As <see cref="Create"/>, with extra abstractNum/num definitions after the default bullet list (numId 1).</summary>
    public static byte[] CreateWithNumbering(string bodyXml, string? stylesXml, string numberingXml)
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
        }

        return stream.ToArray();
    }

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

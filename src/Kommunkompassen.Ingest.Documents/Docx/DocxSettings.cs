using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// The document settings that lay out tabs: the default tab interval (<c>w:defaultTabStop</c>,
/// twips; Word's own default is half an inch when the part does not say) and the decimal symbol
/// that decimal tab stops align on. Read with a streaming reader; the part is small but may hold
/// long revision-id lists.
/// </summary>
internal sealed record DocxSettings(int DefaultTabStop, char DecimalSymbol)
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Word's defaults: 720 twips (1.27 cm), decimal comma unless the file says otherwise.</summary>
    public static DocxSettings Default { get; } = new(720, ',');

    public static DocxSettings Read(MainDocumentPart main)
    {
        if (main.DocumentSettingsPart is not { } part)
        {
            return Default;
        }

        var interval = Default.DefaultTabStop;
        var symbol = Default.DecimalSymbol;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == WordNs)
            {
                if (xml.LocalName is "rsids" or "compat" or "docVars")
                {
                    // Skip() already moves to the next node.
                    xml.Skip();
                    continue;
                }

                if (xml.LocalName == "defaultTabStop" && DocxStyles.ParseInt(xml.GetAttribute("val", WordNs)) is > 0 and var value)
                {
                    interval = value;
                }
                else if (xml.LocalName == "decimalSymbol" && xml.GetAttribute("val", WordNs) is { Length: 1 } s)
                {
                    symbol = s[0];
                }
            }

            xml.Read();
        }

        return new DocxSettings(interval, symbol);
    }
}

using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class DocxSettingsTests
{
    [Fact]
    public void Read_SettingsAfterSkippedLists_ReadsTabIntervalAndDecimalSymbol()
    {
        var settings = Load("<w:rsids><w:rsidRoot w:val=\"00B47730\"/></w:rsids><w:defaultTabStop w:val=\"1304\"/><w:compat/><w:decimalSymbol w:val=\".\"/>");

        Assert.Equal(new DocxSettings(1304, '.'), settings);
    }

    [Fact]
    public void Read_NoSettingsPart_WordsDefaults()
    {
        Assert.Equal(new DocxSettings(720, ','), Load(null));
    }

    private static DocxSettings Load(string? settingsXml)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxFactory.Build(DocxFactory.P("x"), settingsXml: settingsXml)), false);
        return DocxSettings.Read(doc.MainDocumentPart!);
    }
}

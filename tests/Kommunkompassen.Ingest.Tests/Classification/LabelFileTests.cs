using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Tests.Classification;

public sealed class LabelFileTests
{
    [Fact]
    public void ReadFindings_QuotedFieldsWithCommasAndQuotes_ReadExactly()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "report,area,kind,text,question,confidence,note\r\n0127-2005,2,strength,\"Policys kring bemötande, dialog och \"\"Brukaren i fokus\"\"\",2.1,high,\r\n");

        var row = Assert.Single(LabelFile.ReadFindings(path));

        Assert.Equal(("0127-2005", 2, "strength", "Policys kring bemötande, dialog och \"Brukaren i fokus\"", "2.1"), (row.ReportId, row.Area, row.Kind, row.Text, row.Question));
        File.Delete(path);
    }
}

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

        Assert.Equal(("0127-2005", 2, "strength", "Policys kring bemötande, dialog och \"Brukaren i fokus\"", "2.1", "high"), (row.ReportId, row.Area, row.Kind, row.Text, row.Question, row.Confidence));
        File.Delete(path);
    }

    [Fact]
    public void ReadFindings_SampleLabels_KeepTheLabellersConfidence()
    {
        var labels = LabelFile.ReadFindings(Support.Corpus.LabelsFile);

        Assert.Equal((156, 131, 25), (labels.Count, labels.Count(l => l.Confidence == "high"), labels.Count(l => l.Confidence == "low")));
    }

    [Fact]
    public void ReadWritten_ExtraBatchColumn_IsIgnored()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "framework,area,kind,text,question,batch\n2002,2,strength,Kontaktcenter för alla frågor,2.2,2\n");

        var row = Assert.Single(LabelFile.ReadWritten(path));

        Assert.Equal(("2002", 2, "2.2", "Kontaktcenter för alla frågor", "written"), (row.Framework, row.Area, row.Question, row.Text, row.Source));
        File.Delete(path);
    }
}

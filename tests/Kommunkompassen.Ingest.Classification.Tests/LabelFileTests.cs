using Kommunkompassen.Ingest.Classification;
using Support = Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Classification.Tests;

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

    /// <summary>
    /// The written training findings must not give away the test sets: none is a labelled finding
    /// of the samples, and none shares four consecutive words with a held-out finding of the same
    /// sub-question (rows that did were taken out, see corpus/labels/README.md).
    /// </summary>
    public static TheoryData<string, int> WrittenFiles => new()
    {
        { Support.Corpus.WrittenTrainingFile, 302 },
        { Support.Corpus.WrittenTrainingBatch2File, 308 },
    };

    [Theory]
    [MemberData(nameof(WrittenFiles))]
    public void ReadWritten_TrainingFile_EveryRowNamesASubQuestionOfItsAreaAndNoneEchoesATestText(string path, int count)
    {
        var written = LabelFile.ReadWritten(path);
        var labelled = LabelFile.ReadFindings(Support.Corpus.LabelsFile).Select(l => string.Join(' ', Words(l.Text))).ToHashSet(StringComparer.Ordinal);
        var heldOut = EvaluationProtocol.ReadHeldOut(Path.Combine(AppContext.BaseDirectory, "Classification", "heldout-findings.csv"));

        Assert.Equal(count, written.Count);
        NonEmpty.All(written, w => Assert.Equal(w.Area, Kommunkompassen.Ingest.Frameworks.FrameworkCatalog.Default.Find(w.Framework)?.Question(w.Question)?.AreaNumber));
        Assert.Equal(written.Count, written.Select(w => string.Join(' ', Words(w.Text))).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(written, w => labelled.Contains(string.Join(' ', Words(w.Text))));
        Assert.DoesNotContain(written, w => heldOut.Any(h => h.Framework == w.Framework && h.Question == w.Question && FourWordRuns(h.Text).Overlaps(FourWordRuns(w.Text))));

        static string[] Words(string text) => text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);

        static HashSet<string> FourWordRuns(string text)
        {
            var words = Words(text);
            return Enumerable.Range(0, Math.Max(0, words.Length - 3)).Select(i => string.Join(' ', words[i..(i + 4)])).ToHashSet(StringComparer.Ordinal);
        }
    }
}

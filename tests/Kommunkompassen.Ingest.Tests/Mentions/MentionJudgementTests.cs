using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Tests.Mentions;

/// <summary>
/// Mention extraction against the judged list of every municipality mention in the two sample
/// reports' narrative (Mentions/judged-mentions.csv): precision and recall, both at least 0.95.
/// </summary>
public sealed class MentionJudgementTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_SampleReports_PrecisionAndRecallAtLeast95PercentAgainstJudgedList()
    {
        var judged = LabelFile.ReadCsv(Path.Combine(AppContext.BaseDirectory, "Mentions", "judged-mentions.csv"))
            .Select(r => (Report: r["report"], Passage: r["passage_start"], Code: r["code"]))
            .ToList();
        var found = new List<(string Report, string Passage, string Code)>();
        foreach (var file in new[] { Corpus.Report2005Docx, Corpus.Report2010Docx, Corpus.Report2005Pdf, Corpus.Report2010Pdf })
        {
            var record = SampleRecords.Of(file);
            if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                // The PDF reading must give the same mentions as the DOCX reading.
                Assert.Equal(SampleRecords.Of(file.Replace(".pdf", ".docx", StringComparison.Ordinal)).Mentions.Select(m => (m.Municipality.Code, m.Sentence)), record.Mentions.Select(m => (m.Municipality.Code, m.Sentence)));
                continue;
            }

            found.AddRange(record.Mentions.Select(m => (record.Id, PassageStart(record, m), m.Municipality.Code)));
        }

        var unmatched = judged.ToList();
        var truePositives = 0;
        var falsePositives = new List<(string, string, string)>();
        foreach (var f in found)
        {
            var i = unmatched.IndexOf(f);
            if (i >= 0)
            {
                unmatched.RemoveAt(i);
                truePositives++;
            }
            else
            {
                falsePositives.Add(f);
            }
        }

        var precision = (double)truePositives / found.Count;
        var recall = (double)truePositives / judged.Count;
        output.WriteLine($"judged {judged.Count}, found {found.Count}, correct {truePositives}: precision {precision:0.000}, recall {recall:0.000}");
        foreach (var fp in falsePositives)
        {
            output.WriteLine($"  not judged: {fp}");
        }

        foreach (var fn in unmatched)
        {
            output.WriteLine($"  missed: {fn}");
        }

        Assert.True(precision >= 0.95, $"precision {precision:0.000}");
        Assert.True(recall >= 0.95, $"recall {recall:0.000}");
    }

    private static string PassageStart(ReportRecord record, Mention mention)
    {
        var passage = record.Passages.First(p => p.Area == mention.Area && p.Question == mention.Question && p.Text.Contains(mention.Sentence, StringComparison.Ordinal));
        return passage.Text[..Math.Min(50, passage.Text.Length)];
    }
}

using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.Tests.Parsing;

/// <summary>
/// Whether a file is plausibly one report: a report joined to itself is refused, two reports in
/// one file are refused, a sub-question scored twice with other scores is a warning, and the
/// sample reports raise none of it.
/// </summary>
public sealed class PlausibilityTests
{
    public static TheoryData<string> Samples => new() { Corpus.Report2005Docx, Corpus.Report2005Pdf, Corpus.Report2010Docx, Corpus.Report2010Pdf };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_SampleReport_NoPlausibilityWarnings(string sample)
    {
        var document = DocumentLoader.Default.Load(Corpus.PathOf(sample));

        var record = ReportParser.Default.Parse(document);
        var repetition = Plausibility.Measure(document.Blocks, PlausibilityOptions.Default);

        Assert.DoesNotContain(record.Warnings, w => w.Code is WarningCodes.ContentRepeated or WarningCodes.DocumentLong or WarningCodes.QuestionScoreConflict);
        Assert.True(repetition.RepeatedShare < 0.05, $"{sample}: {repetition.RepeatedShare:0.000} of its text repeats");
        Assert.True(repetition.ComparedChars > 50_000, $"{sample}: only {repetition.ComparedChars} characters compared");
    }

    [Theory]
    [InlineData(2, "twice")]
    [InlineData(25, "25 times")]
    public void Parse_PdfOfAReportJoinedToItself_RefusedAsRepeated(int copies, string times)
    {
        var pdf = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Pdf));
        var joined = PdfMerger.Merge(Enumerable.Repeat(pdf, copies).ToArray());
        var document = DocumentLoader.Default.Load(joined, "joined.pdf");

        var ex = Assert.Throws<ReportParseException>(() => ReportParser.Default.Parse(document));

        Assert.Equal(copies * 33, document.PageCount);
        Assert.StartsWith($"the content repeats: 100 % of the text appears {times}, from \"", ex.Reason, StringComparison.Ordinal);
        Assert.EndsWith("several copies of a report joined into one file? Ingest each report once", ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Parse_TwoDifferentReportsInOneFile_RefusedAsSeveralReports()
    {
        var first = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Docx));
        var second = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2005Docx));
        var both = first with { FileName = "två.docx", Blocks = [.. first.Blocks, .. second.Blocks] };

        var ex = Assert.Throws<ReportParseException>(() => ReportParser.Default.Parse(both));

        Assert.Matches(@"^score tables disagree on \d+ of 45 sub-questions \(1\.1: [\d.]+, [\d.]+\): several reports in one file\? Ingest each report on its own$", ex.Reason);
    }

    [Fact]
    public void Parse_OneSubQuestionScoredAgainDifferently_WarnsAndKeepsTheFirst()
    {
        var document = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2005Docx));
        var original = ReportParser.Default.Parse(document);
        var scored = original.Questions.First(q => q.Score is not null);
        var table = document.Blocks.OfType<Table>().First(t => RowOf(t, scored.Id) is not null);
        var changed = WithScore(table, scored.Id, scored.Score!.Value, scored.Score.Value + 1);

        var record = ReportParser.Default.Parse(document with { Blocks = [.. document.Blocks, changed] });

        var warning = Assert.Single(record.Warnings, w => w.Code == WarningCodes.QuestionScoreConflict);
        Assert.Equal(
            $"sub-question {scored.Id}: {Number(scored.Score.Value)}, {Number(scored.Score.Value + 1)}: scored twice with different scores; the first is kept",
            warning.Message);
        Assert.Equal(scored.Score, record.Questions.Single(q => q.Id == scored.Id).Score);
    }

    [Fact]
    public void Parse_DocumentOfManyPages_WarnsItIsLong()
    {
        var document = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Pdf)) with { PageCount = 1_200 };

        var record = ReportParser.Default.Parse(document);

        var warning = Assert.Single(record.Warnings, w => w.Code == WarningCodes.DocumentLong);
        Assert.Equal("the document has 1,200 pages, far more than a report (more than 300): check that the file holds one report", warning.Message);
    }

    public static TheoryData<string[], double, int> Repetitions => new()
    {
        // Short blocks do not count; each block below is 60 characters or more.
        { [Long("a"), Long("b"), Long("c"), Long("d")], 0.0, 1 },
        { [Long("a"), Long("b"), Long("a"), Long("c")], 0.5, 2 },
        { [Long("a"), Long("b"), Long("a"), Long("b"), Long("a"), Long("b")], 1.0, 3 },
        { [Long("a"), "Styrkor", "Styrkor", "Styrkor", Long("b")], 0.0, 1 },
    };

    [Theory]
    [MemberData(nameof(Repetitions))]
    public void Measure_Blocks_ShareAndCopiesOfRepeatedText(string[] texts, double share, int copies)
    {
        var blocks = texts.Select((t, i) => (Block)new Paragraph(t, i + 1)).ToList();

        var repetition = Plausibility.Measure(blocks, PlausibilityOptions.Default);

        Assert.Equal(share, repetition.RepeatedShare, 3);
        Assert.Equal(copies, repetition.Copies);
    }

    [Fact]
    public void Measure_SameTextOtherSpacingAndCase_CountsAsRepeated()
    {
        Block[] blocks = [new Paragraph(Long("a"), 1), new Paragraph("  " + Long("a").ToUpperInvariant().Replace(" ", "\n  ", StringComparison.Ordinal), 2)];

        var repetition = Plausibility.Measure(blocks, PlausibilityOptions.Default);

        Assert.Equal(1.0, repetition.RepeatedShare, 3);
        Assert.Equal(1, repetition.FirstRepeatedPage);
    }

    private static string Long(string seed) =>
        $"Stycke {seed}: kommunen redovisar sina resultat för medborgarna på webben varje år {seed}.";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static TableRow? RowOf(Table table, string id) =>
        table.Rows.FirstOrDefault(r => r.Cells.Count > 0 && r.Cells[0].Text.StartsWith(id + " ", StringComparison.Ordinal));

    /// <summary>The table with the sub-question's score cell (the cell reading the score, after its label) changed.</summary>
    private static Table WithScore(Table table, string id, double from, double to)
    {
        var target = RowOf(table, id)!;
        var text = from.ToString(CultureInfo.GetCultureInfo("sv-SE"));
        var at = target.Cells.ToList().FindLastIndex(c => c.Text.Trim() == text);
        Assert.True(at > 0, $"no cell reads {text} in the row of {id}");
        var cells = target.Cells.Select((c, i) => i == at ? TableCell.FromText(to.ToString(CultureInfo.GetCultureInfo("sv-SE")), c.Blocks.FirstOrDefault()?.Page, c.ColumnSpan) : c).ToList();
        return table with { Rows = table.Rows.Select(r => ReferenceEquals(r, target) ? new TableRow(cells) : r).ToList() };
    }
}

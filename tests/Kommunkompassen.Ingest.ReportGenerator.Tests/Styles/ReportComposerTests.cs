using System.Globalization;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class ReportComposerTests
{
    private static ReportContent Content(string framework = "2010", int seed = 11, DateForm dates = DateForm.DayRange) =>
        ReportContent.Draw(new ContentRequest(framework, seed) { Municipality = "Ödeshög", Year = framework == "2010" ? 2013 : 2007, Dates = dates });

    /// <summary>Every printed figure agrees: percentages with score and max, area rows and totals with their parts, change with the years compared.</summary>
    [Theory]
    [MemberData(nameof(StyledSamples.PresetCases), MemberType = typeof(StyledSamples))]
    public void Compose_EveryPreset_PrintedFiguresAgree(string preset, string framework) =>
        AssertFiguresAgree(StyledSamples.Draft(preset, framework).Layout);

    /// <summary>The same in random styles of the later versions, whose areas need not give 100 points and whose summary may have a column of reference means.</summary>
    [Theory]
    [MemberData(nameof(StyledSamples.LaterVersionCases), MemberType = typeof(StyledSamples))]
    public void Compose_LaterVersionRandomStyle_PrintedFiguresAgree(int style, string framework) =>
        AssertFiguresAgree(StyledSamples.Draft(HouseStyle.Random(style), framework).Layout);

    internal static void AssertFiguresAgree(ReportLayout layout)
    {
        var grids = layout.Blocks.OfType<GridBlock>().ToList();

        foreach (var grid in grids.Where(g => g.Role == GridRole.Scores))
        {
            var header = grid.Rows[0].Cells;
            var (max, score, pct) = (IndexOf(header, "Max", "Maxpoäng"), IndexOf(header, "Poäng", "Egna poäng", "Uppnådd poäng"), IndexOf(header, "%"));
            var rows = grid.Rows.Skip(1).ToList();
            // Only a table with a % column is checked for it.
            Assert.All(rows.Where(r => pct >= 0), r => Assert.Equal(Percent(Number(r.Cells[score]) / Number(r.Cells[max]) * 100), r.Cells[pct]));
            var total = rows[^1];
            var parts = rows.Where(r => !r.Bold).ToList();
            Assert.Equal(parts.Sum(r => Number(r.Cells[score])), Number(total.Cells[score]), 9);
            Assert.Equal(parts.Sum(r => Number(r.Cells[max])), Number(total.Cells[max]), 9);
        }

        var summary = Assert.Single(grids, g => g.Role == GridRole.Summary);
        var areaRows = summary.Rows.Skip(1).Take(8).ToList();
        for (var c = 1; c < summary.Rows[0].Cells.Count; c++)
        {
            if (summary.Rows[0].Cells[c] != "Förändring")
            {
                Assert.Equal(areaRows.Sum(r => Number(r.Cells[c])), Number(summary.Rows[^1].Cells[c]), 9);
            }
            else
            {
                NonEmpty.All(summary.Rows.Skip(1), r => Assert.Equal(Percent((Number(r.Cells[c - 1]) - Number(r.Cells[c - 2])) / Number(r.Cells[c - 2]) * 100), r.Cells[c]));
            }
        }

        var comparison = Assert.Single(grids, g => g.Role == GridRole.Comparison);
        var columnsAreMunicipalities = comparison.Rows[0].Cells[0] == "Område";
        var figures = comparison.Rows.Skip(1).Select(r => r.Cells.Skip(1).Select(Number).ToList()).ToList();
        if (columnsAreMunicipalities)
        {
            NonEmpty.All(Enumerable.Range(0, figures[0].Count), c => Assert.Equal(figures.Take(8).Sum(r => r[c]), figures[^1][c], 9));
        }
        else
        {
            NonEmpty.All(figures, r => Assert.Equal(r.Take(8).Sum(), r[^1], 9));
        }
    }

    [Fact]
    public void Compose_MonthOnly_DatesOnlyAsAMonth_ExpectedDatesNull()
    {
        var style = HouseStyle.Preset("front-month-only")!;
        var (layout, expected) = ReportComposer.Compose(Content(dates: DateForm.MonthOnly), style);
        var lines = layout.Blocks.OfType<FrontLine>().Select(l => l.Text).ToList();

        Assert.Null(expected.Dates);
        Assert.Matches(@"^Analys av Ödeshögs kommun \p{Ll}+ 2013$", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("RAPPORT 2013-", StringComparison.Ordinal) || l.StartsWith("RAPPORT 2014-", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_DayRange_ExpectedDatesTheVisit()
    {
        var content = Content();
        var (layout, expected) = ReportComposer.Compose(content, HouseStyle.Plain);

        Assert.Equal(new Records.DateRange(content.Dates.From, content.Dates.To), expected.Dates);
        Assert.Contains(layout.Blocks.OfType<FrontLine>(), l => l.Text == StyleWords.Dates(content.Dates));
    }

    public static TheoryData<EvaluatorForm> EvaluatorForms => [.. Enum.GetValues<EvaluatorForm>()];

    [Theory]
    [MemberData(nameof(EvaluatorForms))]
    public void Compose_EvaluatorForm_TitlePageNamesEveryEvaluator_ExpectedAsPrinted(EvaluatorForm form)
    {
        var content = Content(seed: 3);
        var (layout, expected) = ReportComposer.Compose(content, HouseStyle.Plain with { Evaluators = form });
        var front = string.Join('\n', layout.Blocks.OfType<FrontLine>().Select(l => l.Text));

        Assert.Equal(content.Evaluators.Select(e => e.Name), expected.Evaluators.Select(e => e.Name));
        NonEmpty.All(expected.Evaluators, e =>
        {
            Assert.Contains(e.Name, front, StringComparison.Ordinal);
            if (e.Organisation is { } org)
            {
                Assert.Contains(org, front, StringComparison.Ordinal);
            }
        });
        Assert.Equal(form == EvaluatorForm.LastWithoutOrganisation, expected.Evaluators[^1].Organisation is null);
        var shortForms = form is EvaluatorForm.UtvarderareSentence or EvaluatorForm.LastWithoutOrganisation or EvaluatorForm.NamesThenOrganisation;
        Assert.Equal(shortForms ? "SKL" : "Sveriges Kommuner och Landsting", expected.Evaluators[0].Organisation);
    }

    [Fact]
    public void Compose_LastWithoutOrganisation_OneLineJoinedWithOch()
    {
        var content = Content(seed: 3);
        var (layout, _) = ReportComposer.Compose(content, HouseStyle.Plain with { Evaluators = EvaluatorForm.LastWithoutOrganisation });
        var e = content.Evaluators;
        var expectedLine = e.Count == 2
            ? $"{e[0].Name}, {e[0].Organisation.ShortName} och {e[1].Name}"
            : $"{e[0].Name}, {e[0].Organisation.ShortName}, {e[1].Name}, {e[1].Organisation.ShortName} och {e[2].Name}";

        Assert.Contains(layout.Blocks.OfType<FrontLine>(), l => l.Text == expectedLine);
    }

    [Fact]
    public void Compose_AddressBlockAndRunningHeader_NoEvaluatorInThem_PrintDateAfterTheVisit()
    {
        var content = Content();
        var (layout, _) = ReportComposer.Compose(content, HouseStyle.Plain with { AddressBlock = true, PrintDate = PrintDateForm.RunningHeader });
        var small = layout.Blocks.OfType<FrontLine>().Where(l => l.Kind == LineKind.Small).Select(l => l.Text).ToList();

        Assert.Contains(small, l => l.Contains("Hornsgatan 20", StringComparison.Ordinal) && l.Contains("118 82 STOCKHOLM", StringComparison.Ordinal));
        Assert.DoesNotContain(small, l => content.Evaluators.Any(e => l.Contains(e.Name, StringComparison.Ordinal)));
        Assert.Equal($"Sveriges Kommuner och Landsting {content.PrintDate:yyyy-MM-dd}", layout.RunningHeader);
        Assert.True(content.PrintDate > content.Dates.To);
    }

    [Theory]
    [InlineData("text-box-start", BoxPosition.Start)]
    [InlineData("text-box-middle", BoxPosition.Middle)]
    [InlineData("text-box-end", BoxPosition.End)]
    public void Compose_TextBox_AnchoredInEachAreasFirstPassage(string preset, BoxPosition position)
    {
        var blocks = StyledSamples.Draft(preset, "2010").Layout.Blocks;
        var areaHeadings = blocks.Select((b, i) => (b, i)).Where(x => x.b is HeadingBlock { Role: HeadingRole.Area }).Select(x => x.i).ToList();

        Assert.Equal(8, areaHeadings.Count);
        foreach (var at in areaHeadings)
        {
            var first = (ParagraphBlock)blocks.Skip(at).First(b => b is ParagraphBlock { Role: ParagraphRole.Narrative });
            Assert.Equal(position, first.Box?.Position);
            Assert.Equal("Sammanfattning område " + ((HeadingBlock)blocks[at]).Text.Split(' ')[1], ((HeadingBlock)first.Box!.Content[0]).Text);
        }

        Assert.Equal(8, blocks.OfType<ParagraphBlock>().Count(p => p.Box is not null));
    }

    [Fact]
    public void Compose_TextBoxInNextHeading_AreaNsBoxInAreaNPlusOnesHeading()
    {
        var blocks = StyledSamples.Draft("text-box-next-heading", "2002").Layout.Blocks;
        var hosts = blocks.OfType<HeadingBlock>().Where(h => h.Box is not null).ToList();

        Assert.Equal(Enumerable.Range(2, 7).Select(n => $"Område {n}"), hosts.Select(h => string.Join(' ', h.Text.Split(' ').Take(2))));
        NonEmpty.All(hosts, h => Assert.Equal($"Sammanfattning område {int.Parse(h.Text.Split(' ')[1], CultureInfo.InvariantCulture) - 1}", ((HeadingBlock)h.Box!.Content[0]).Text));
        var last = Assert.Single(blocks.OfType<ParagraphBlock>(), p => p.Box is not null);
        Assert.Equal("Sammanfattning område 8", ((HeadingBlock)last.Box!.Content[0]).Text);
        Assert.True(hosts.All(h => h.PageBreakBefore));
    }

    [Fact]
    public void Compose_QuestionHeadings_ExpectedPassagesUnderTheirSubQuestion_ElseNone()
    {
        var content = Content();
        var (withHeadings, expectedWith) = ReportComposer.Compose(content, HouseStyle.Plain with { QuestionHeadings = true });
        var (_, expectedWithout) = ReportComposer.Compose(content, HouseStyle.Plain);

        Assert.Equal(content.Areas.SelectMany(a => a.Passages).Select(p => p.Question), expectedWith.Passages.Select(p => p.Question));
        NonEmpty.All(expectedWithout.Passages, p => Assert.Null(p.Question));
        Assert.Equal(45, withHeadings.Blocks.OfType<HeadingBlock>().Count(h => h.Role == HeadingRole.Question));
        Assert.Contains(withHeadings.Blocks.OfType<HeadingBlock>(), h => h.Text == "2.6 " + content.Questions.First(q => q.Id == "2.6").Text);
    }

    [Fact]
    public void Compose_SummaryWithoutPrevious_ExpectedPreviousNull_OwnComparisonColumnNotExpected()
    {
        var content = Enumerable.Range(0, 50).Select(s => Content(seed: s)).First(c => c.Previous is not null && c.Comparisons.Any(x => x.IsSelf));
        var (_, shown) = ReportComposer.Compose(content, HouseStyle.Plain);
        var (_, hidden) = ReportComposer.Compose(content, HouseStyle.Plain with { SummaryPrevious = false });

        Assert.Equal(new Records.PreviousEvaluation(content.Previous!.Year, content.Previous.Total), shown.Previous);
        Assert.Null(hidden.Previous);
        Assert.Equal(content.Comparisons.Count - 1, shown.Comparisons.Count);
        Assert.DoesNotContain(shown.Comparisons, c => c.Code == content.Municipality.Code);
    }

    [Theory]
    [InlineData(TitleForm.Classic, "Analys av Ödeshögs kommun")]
    [InlineData(TitleForm.CapitalsWithBrand, "ANALYS AV ÖDESHÖGS KOMMUN 2013")]
    [InlineData(TitleForm.NameYearThenAnalysAv, "Ödeshögs kommun 2013")]
    public void Compose_TitleForm_TitleLine(TitleForm form, string title)
    {
        var (layout, _) = ReportComposer.Compose(Content(), HouseStyle.Plain with { Title = form });

        Assert.Equal(title, layout.Blocks.OfType<FrontLine>().Single(l => l.Kind == LineKind.Title).Text);
    }

    [Fact]
    public void Compose_TwoColumnsAndLandscape_TablesInOneColumnSections_ScoreTablesLandscape()
    {
        var style = HouseStyle.Plain with { TwoColumnNarrative = true, LandscapeScoreTables = true };
        var (layout, _) = ReportComposer.Compose(Content(), style);
        var section = (Columns: 1, Landscape: false);
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case SectionBlock s:
                    section = (s.Columns, s.Landscape);
                    break;
                case GridBlock g:
                    Assert.Equal((1, g.Role == GridRole.Scores), section);
                    break;
                case ParagraphBlock { Role: ParagraphRole.Narrative }:
                    Assert.Equal((2, false), section);
                    break;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> header, params string[] names) => header.ToList().FindIndex(names.Contains);

    private static double Number(string cell) => SwedishNumber.TryParse(cell, out var n) ? n.Value : throw new FormatException(cell);

    private static string Percent(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "%";
}

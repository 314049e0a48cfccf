using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>The content of reports in the 2016 and 2020 revisions and the made-up version.</summary>
public sealed class LaterVersionContentTests
{
    public static TheoryData<string, int> Seeds => new()
    {
        { "2016", 1 },
        { "2016", 4711 },
        { "2020", 2 },
        { "2020", 31337 },
        { "x-2031", 3 },
        { "x-2031", 99 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_LaterVersion_AreasSumQuestions_MaximaOfTheVersion_TotalSumsAreas(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));
        var catalog = PrintedFrameworks.Catalog.Find(framework)!;

        Assert.Same(catalog, content.Framework);
        NonEmpty.All(content.Areas, a =>
        {
            Assert.Equal(a.Questions.Sum(q => q.Score), a.Score, 9);
            Assert.Equal(catalog.Area(a.Number)!.Max, a.Max);
            Assert.Equal(a.Questions.Sum(q => q.Max), a.Max);
        });
        Assert.Equal(content.Areas.Sum(a => a.Score), content.Total, 9);
        Assert.Equal(catalog.TotalMax, content.TotalMax);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_LaterVersion_QuestionsAsPrinted_ScoresInSteps_YearOfTheVersion(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));
        var catalog = PrintedFrameworks.Catalog.Find(framework)!;
        var step = content.HalfPoints ? 0.5 : 1.0;

        Assert.Equal(catalog.Areas.SelectMany(a => a.Questions).Select(q => (q.Id, q.Text, q.Max)), content.Questions.Select(q => (q.Id, q.Text, q.Max)));
        NonEmpty.All(content.Questions, q =>
        {
            Assert.InRange(q.Score, 0, q.Max);
            Assert.Equal(0, q.Score % step);
        });
        Assert.InRange(content.Year, catalog.UsedFrom, catalog.UsedTo ?? catalog.UsedFrom + 5);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_LaterVersion_PassagesUnderEverySubQuestion_FindingsDistinct_NoSentenceTwice(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));

        foreach (var area in content.Areas)
        {
            Assert.Null(area.Passages[0].Question);
            Assert.Equal(area.Questions.Select(q => q.Id), area.Passages.Skip(1).Select(p => p.Question!).Distinct());
            Assert.InRange(area.Strengths.Count, 2, 8);
            Assert.InRange(area.Improvements.Count, 1, 7);
        }

        var findings = content.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements)).ToList();
        Assert.Equal(findings.Count, findings.Distinct().Count());
        var sentences = content.Areas.SelectMany(a => a.Passages).SelectMany(p => p.Text.Split(". ")).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
        Assert.DoesNotContain(sentences, s => s.Contains('{', StringComparison.Ordinal));
    }

    /// <summary>Each area's narrative and findings come from the theme its title has (2020 area 5 "Brukarens fokus" from the 2010 area 2 texts, area 2 "Samhällsutveckling" from its own).</summary>
    [Fact]
    public void Draw_2020_AreasWrittenOnTheirThemes()
    {
        var content = ReportContent.Draw(new ContentRequest("2020", 5));

        foreach (var area in content.Areas)
        {
            var texts = TextBank.Themes[PrintedFrameworks.Edition("2020").Theme(area.Number)];
            NonEmpty.All(area.Strengths, s => Assert.Contains(s, texts.Strengths));
            NonEmpty.All(area.Improvements, s => Assert.Contains(s, texts.Improvements));
        }

        NonEmpty.All(content.Areas.Single(a => a.Number == 5).Strengths, s => Assert.Contains(s, TextBank.Themes[AreaTheme.UserFocus].Strengths));
        NonEmpty.All(content.Areas.Single(a => a.Number == 2).Strengths, s => Assert.Contains(s, TextBank.Themes[AreaTheme.SocietalDevelopment].Strengths));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(31337)]
    [InlineData(8)]
    public void Draw_2020_ReferenceMeanOnEveryAreaWithinZeroAndMax_TotalTheirSum(int seed)
    {
        var content = ReportContent.Draw(new ContentRequest("2020", seed));

        NonEmpty.All(content.Areas, a => Assert.InRange(a.ReferenceMean!.Value, 0, a.Max));
        Assert.Equal(content.Areas.Sum(a => a.ReferenceMean!.Value), content.TotalReferenceMean);
        Assert.InRange(content.TotalReferenceMean!.Value, 0, content.TotalMax);
    }

    [Theory]
    [InlineData("2002")]
    [InlineData("2010")]
    [InlineData("2016")]
    [InlineData("x-2031")]
    public void Draw_VersionWithoutReferenceMeans_NoneDrawn(string framework)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var content = ReportContent.Draw(new ContentRequest(framework, seed));

            NonEmpty.All(content.Areas, a => Assert.Null(a.ReferenceMean));
            Assert.Null(content.TotalReferenceMean);
        }
    }

    /// <summary>A reader that takes a reference mean for the report's own score or the previous evaluation's is caught: the figures always differ, per area and in total.</summary>
    [Fact]
    public void Draw_2020_ManySeeds_ReferenceMeanNeverTheScoreNorThePreviousScore()
    {
        var contents = Enumerable.Range(0, 100).Select(seed => ReportContent.Draw(new ContentRequest("2020", seed))).ToList();

        Assert.Contains(contents, c => c.Previous is not null);
        NonEmpty.All(contents, c =>
        {
            NonEmpty.All(c.Areas, a =>
            {
                Assert.NotEqual(a.Score, a.ReferenceMean);
                if (c.Previous is { } previous)
                {
                    Assert.NotEqual(previous.AreaScores[a.Number], a.ReferenceMean);
                }
            });
            Assert.NotEqual(c.Total, c.TotalReferenceMean);
            Assert.NotEqual(c.Previous?.Total, c.TotalReferenceMean);
        });
    }

    public static TheoryData<string, string> StatementWords => new()
    {
        { "2016", "2016" },
        { "2020", "2020" },
        { "x-2031", "2031" },
    };

    [Theory]
    [MemberData(nameof(StatementWords))]
    public void Draw_StatementPrinted_NamesTheVersion(string framework, string year)
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var statement = ReportContent.Draw(new ContentRequest(framework, seed) { Statement = StatementChoice.Printed }).Statement;

            Assert.NotNull(statement);
            Assert.Contains(year, statement.Text, StringComparison.Ordinal);
            var edition = PrintedFrameworks.Edition(framework);
            Assert.Contains(statement.Text, statement.Placement == StatementPlacement.FrontPage ? edition.FrontStatements : edition.IntroductionStatements);
        }
    }

    [Fact]
    public void Draw_StatementsOfTheRevisions_SayWhatTheirReportsSay()
    {
        var v2016 = PrintedFrameworks.Edition("2016").IntroductionStatements;
        var v2020 = PrintedFrameworks.Edition("2020").IntroductionStatements;

        NonEmpty.All(v2016, s => Assert.Contains("reviderades åren 2010 och 2016", s, StringComparison.Ordinal));
        NonEmpty.All(v2016, s => Assert.Contains("SKL", s, StringComparison.Ordinal));
        Assert.Contains(v2016, s => s.Contains("Sveriges Kommuner och Landsting", StringComparison.Ordinal));
        NonEmpty.All(v2020, s => Assert.Contains("Sveriges Kommuner och Regioner (SKR)", s, StringComparison.Ordinal));
        Assert.Contains(v2020, s => s.Contains("reviderades 2020", StringComparison.Ordinal));
        Assert.Contains(v2020, s => s.Contains("den reviderade versionen från 2020", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Draw_StatementAbsent_NoneAndTheRestAsDrawn(string framework)
    {
        var absent = ReportContent.Draw(new ContentRequest(framework, 7) { Statement = StatementChoice.Absent });
        var printed = ReportContent.Draw(new ContentRequest(framework, 7) { Statement = StatementChoice.Printed });

        Assert.Null(absent.Statement);
        Assert.Equal(printed.Questions.Select(q => q.Score), absent.Questions.Select(q => q.Score));
        Assert.Equal(printed.Introduction, absent.Introduction);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    public void Draw_ManySeeds_StatementSometimesAbsent_SometimesOnTheTitlePage(string framework)
    {
        var statements = Enumerable.Range(0, 60).Select(seed => ReportContent.Draw(new ContentRequest(framework, seed)).Statement).ToList();

        Assert.Contains(statements, s => s is null);
        Assert.Contains(statements, s => s?.Placement == StatementPlacement.Introduction);
        Assert.Contains(statements, s => s?.Placement == StatementPlacement.FrontPage);
    }

    [Theory]
    [InlineData("2002")]
    [InlineData("2010")]
    public void Draw_ClassicVersion_NoStatementEvenWhenAsked(string framework)
    {
        Assert.Null(ReportContent.Draw(new ContentRequest(framework, 1) { Statement = StatementChoice.Printed }).Statement);
    }

    [Fact]
    public void Draw_2016_ManySeeds_Area2SometimesUnderItsAlias()
    {
        var titles = Enumerable.Range(0, 40).Select(seed => ReportContent.Draw(new ContentRequest("2016", seed)).Areas[1].Title).ToList();

        Assert.Contains("Brukarfokus, tillgänglighet och bemötande", titles);
        Assert.Contains("Tillgänglighet och brukarorientering", titles);
    }

    [Fact]
    public void Draw_MadeUp_ComparisonAndPreviousScoresWithinTheAreasMaxima()
    {
        var contents = Enumerable.Range(0, 20).Select(seed => ReportContent.Draw(new ContentRequest(PrintedFrameworks.MadeUpId, seed))).ToList();

        NonEmpty.All(contents, c =>
        {
            var max = c.Areas.ToDictionary(a => a.Number, a => a.Max);
            // A report may have no comparison table or no previous evaluation; the Contains below makes sure some have.
            Assert.All(c.Comparisons, x => NonEmpty.All(x.AreaScores, kv => Assert.InRange(kv.Value, 0, max[kv.Key])));
            Assert.All(c.Comparisons, x => Assert.Equal(x.AreaScores.Values.Sum(), x.Total, 9));
            Assert.All(c.Previous?.AreaScores ?? new Dictionary<int, double>(), kv => Assert.InRange(kv.Value, 0, max[kv.Key]));
        });
        Assert.Contains(contents, c => c.Comparisons.Any(x => x.AreaScores[1] > 100));
    }

    [Fact]
    public void Draw_MadeUp_IntroductionSaysItsOwnMaxima_Not100PerArea()
    {
        var texts = Enumerable.Range(0, 10).SelectMany(seed => ReportContent.Draw(new ContentRequest(PrintedFrameworks.MadeUpId, seed)).Introduction).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("100 poäng", StringComparison.Ordinal) || t.Contains("800", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("mellan 50 och 125 poäng", StringComparison.Ordinal) || t.Contains("högst 850", StringComparison.Ordinal));
    }

    /// <summary>The generator's catalog holds the project's 2002 and 2010 as they are, so those reports come out as from the project's catalog.</summary>
    [Theory]
    [InlineData("2002", 12)]
    [InlineData("2010", 13)]
    public void Draw_ClassicVersion_SameAsFromTheProjectsCatalog(string framework, int seed)
    {
        var request = new ContentRequest(framework, seed);
        var ours = ReportContent.Draw(request);
        var theirs = ContentDrawer.Draw(request, FrameworkCatalog.Default, MunicipalityRegistry.Default);

        Assert.Equal(theirs.Questions, ours.Questions);
        Assert.Equal(theirs.Areas.SelectMany(a => a.Passages), ours.Areas.SelectMany(a => a.Passages));
        Assert.Equal(theirs.Areas.Select(a => a.Title), ours.Areas.Select(a => a.Title));
        Assert.Equal(theirs.Introduction, ours.Introduction);
    }
}

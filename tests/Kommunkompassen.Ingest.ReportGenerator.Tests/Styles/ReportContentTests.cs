using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class ReportContentTests
{
    public static TheoryData<string, int> Seeds => new()
    {
        { "2002", 1 },
        { "2002", 77 },
        { "2002", 4711 },
        { "2010", 2 },
        { "2010", 99 },
        { "2010", 31337 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Scores_AreasSumQuestionsAndTotalSumsAreas(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));

        NonEmpty.All(content.Areas, a => Assert.Equal(a.Questions.Sum(q => q.Score), a.Score, 9));
        Assert.Equal(content.Areas.Sum(a => a.Score), content.Total, 9);
        Assert.Equal(800, content.TotalMax);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Questions_CatalogIdsTextsAndMaxima_ScoresInSteps(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));
        var catalog = FrameworkCatalog.Default.Find(framework)!;
        var step = content.HalfPoints ? 0.5 : 1.0;

        Assert.Equal(
            catalog.Areas.SelectMany(a => a.Questions).Select(q => (q.Id, q.Text, q.Max)),
            content.Questions.Select(q => (q.Id, q.Text, q.Max)));
        NonEmpty.All(content.Questions, q =>
        {
            Assert.InRange(q.Score, 0, q.Max);
            Assert.Equal(0, q.Score % step);
        });
        Assert.InRange(content.Year, catalog.UsedFrom, catalog.UsedTo!.Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_SameRequest_SameContent(string framework, int seed)
    {
        var a = ReportContent.Draw(new ContentRequest(framework, seed));
        var b = ReportContent.Draw(new ContentRequest(framework, seed));

        Assert.Equal((a.Municipality, a.Year, a.Dates, a.PrintDate), (b.Municipality, b.Year, b.Dates, b.PrintDate));
        Assert.Equal(a.Evaluators, b.Evaluators);
        Assert.Equal(a.Questions.Select(q => q.Score), b.Questions.Select(q => q.Score));
        Assert.Equal(a.Areas.SelectMany(x => x.Passages), b.Areas.SelectMany(x => x.Passages));
        Assert.Equal(a.Areas.SelectMany(x => x.Strengths.Concat(x.Improvements)), b.Areas.SelectMany(x => x.Strengths.Concat(x.Improvements)));
    }

    [Fact]
    public void Draw_DifferentSeeds_DifferentScores()
    {
        var a = ReportContent.Draw(new ContentRequest("2010", 1) { Municipality = "Ödeshög", Year = 2012 });
        var b = ReportContent.Draw(new ContentRequest("2010", 2) { Municipality = "Ödeshög", Year = 2012 });

        Assert.NotEqual(a.Questions.Select(q => q.Score), b.Questions.Select(q => q.Score));
    }

    [Fact]
    public void Draw_ManySeeds_NeverASampleReportsMunicipality()
    {
        var names = Enumerable.Range(0, 400).Select(seed => ReportContent.Draw(new ContentRequest(seed % 2 == 0 ? "2002" : "2010", seed)).Municipality.Name).ToList();

        Assert.DoesNotContain(names, n => ReportContent.SampleMunicipalities.Contains(n));
        Assert.True(names.Distinct().Count() > 150, $"only {names.Distinct().Count()} municipalities in 400 draws");
    }

    [Fact]
    public void Draw_SampleMunicipalityAsked_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportContent.Draw(new ContentRequest("2010", 1) { Municipality = "Borlänge" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportContent.Draw(new ContentRequest("2010", 1) { Year = 2005 }));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Evaluators_TwoOrThree_FirstFromTheAssociation_NoneFromTheEvaluatedMunicipality(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));

        Assert.InRange(content.Evaluators.Count, 2, 3);
        Assert.Equal(TextBank.Association(content.Year), content.Evaluators[0].Organisation);
        Assert.Equal(content.Evaluators.Count, content.Evaluators.Select(e => e.Name).Distinct().Count());
        Assert.DoesNotContain(content.Evaluators, e => e.Organisation.FullName == TextBank.OfficialName(content.Municipality.Name));
    }

    [Fact]
    public void Draw_ManySeeds_SomeEvaluatorFromAnotherMunicipality()
    {
        var organisations = Enumerable.Range(0, 40)
            .SelectMany(seed => ReportContent.Draw(new ContentRequest("2010", seed)).Evaluators.Skip(1))
            .Select(e => e.Organisation.FullName)
            .ToList();

        Assert.Contains(organisations, o => o.EndsWith(" kommun", StringComparison.Ordinal) && MunicipalityRegistry.Default.Find(o) is not null);
        Assert.Contains(organisations, o => o == "Sveriges Kommuner och Landsting");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Comparisons_TwoToFiveOthers_SelfColumnIsTheReportsOwnScores(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));
        var others = content.Comparisons.Where(c => !c.IsSelf).ToList();

        Assert.InRange(others.Count, 2, 5);
        Assert.Equal(others.Count, others.Select(c => c.Municipality.Code).Distinct().Count());
        Assert.DoesNotContain(others, c => c.Municipality.Code == content.Municipality.Code);
        NonEmpty.All(content.Comparisons, c =>
        {
            Assert.Equal(c.AreaScores.Values.Sum(), c.Total, 9);
            Assert.InRange(c.Year, 2002, content.Year);
        });
        foreach (var self in content.Comparisons.Where(c => c.IsSelf))
        {
            Assert.Equal(content.Areas.Select(a => a.Score), content.Areas.Select(a => self.AreaScores[a.Number]));
            Assert.Equal(content.Year, self.Year);
        }
    }

    [Fact]
    public void Draw_ManySeeds_PreviousEvaluationsBeforeTheYearAndSummed()
    {
        var contents = Enumerable.Range(0, 30).Select(seed => ReportContent.Draw(new ContentRequest("2010", seed))).ToList();
        var withPrevious = contents.Where(c => c.Previous is not null).ToList();

        Assert.NotEmpty(withPrevious);
        Assert.Contains(contents, c => c.Previous is null);
        NonEmpty.All(withPrevious, c =>
        {
            Assert.InRange(c.Previous!.Year, 2002, c.Year - 2);
            Assert.Equal(c.Previous.AreaScores.Values.Sum(), c.Previous.Total, 9);
            NonEmpty.All(c.Previous.AreaScores, kv => Assert.InRange(kv.Value, 1, 100));
        });
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Findings_TwoToEightStrengthsOneToSevenImprovements_Distinct(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));

        NonEmpty.All(content.Areas, a =>
        {
            Assert.InRange(a.Strengths.Count, 2, 8);
            Assert.InRange(a.Improvements.Count, 1, 7);
        });
        var all = content.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements)).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Draw_LongFindings_OneAreaWithEightLongStrengthsAndSevenLongImprovements()
    {
        var content = ReportContent.Draw(new ContentRequest("2002", 5) { LongFindings = true });

        var area = Assert.Single(content.Areas, a => a.Strengths.Count == 8 && a.Improvements.Count == 7 && a.Strengths.Concat(a.Improvements).All(f => f.Length > 120));
        Assert.InRange(area.Number, 2, 8);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Draw_Passages_AnOpeningThenEverySubQuestion_NoSentenceTwice(string framework, int seed)
    {
        var content = ReportContent.Draw(new ContentRequest(framework, seed));

        foreach (var area in content.Areas)
        {
            Assert.Null(area.Passages[0].Question);
            Assert.Equal(area.Questions.Select(q => q.Id), area.Passages.Skip(1).Select(p => p.Question!).Distinct());
            NonEmpty.All(area.Passages, p => Assert.Equal(area.Number, p.Area));
        }

        var sentences = content.Areas.SelectMany(a => a.Passages).SelectMany(p => p.Text.Split(". ")).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct().Count());
        Assert.DoesNotContain(sentences, s => s.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public void Draw_ManySeeds_SomePassagesNameAnotherMunicipalityAsAnExample()
    {
        var content = ReportContent.Draw(new ContentRequest("2010", 12));
        var passages = content.Areas.SelectMany(a => a.Passages).Select(p => p.Text).ToList();

        Assert.Contains(passages, p => TextBank.ExampleFrames.Any(f => p.Contains(f[..f.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Ödeshög", "Ödeshögs kommun")]
    [InlineData("Nacka", "Nacka kommun")]
    [InlineData("Borås", "Borås stad")]
    [InlineData("Falun", "Falu kommun")]
    [InlineData("Upplands Väsby", "Upplands Väsby kommun")]
    public void OfficialName_AsTitlePagesPrintIt_ResolvesToTheMunicipality(string name, string official)
    {
        Assert.Equal(official, TextBank.OfficialName(name));
        Assert.Equal(name, MunicipalityRegistry.Default.Find(official)?.Name);
    }

    [Theory]
    [InlineData(DateForm.DayRange)]
    [InlineData(DateForm.IsoRange)]
    [InlineData(DateForm.CrossMonth)]
    [InlineData(DateForm.MonthOnly)]
    public void Draw_Dates_InTheYear_PrintDateAfterTheVisit(DateForm form)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var content = ReportContent.Draw(new ContentRequest("2002", seed) { Dates = form });

            Assert.Equal(form, content.Dates.Form);
            Assert.Equal(content.Year, content.Dates.From.Year);
            Assert.InRange(content.Dates.To.DayNumber - content.Dates.From.DayNumber, 0, 3);
            Assert.True(content.PrintDate > content.Dates.To);
            Assert.Equal(form == DateForm.CrossMonth, content.Dates.From.Month != content.Dates.To.Month);
        }
    }
}

using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class PrintedFrameworksTests
{
    private static Framework V2010 => FrameworkCatalog.Default.Find("2010")!;

    private static IEnumerable<FrameworkQuestion> Questions(Framework f) => f.Areas.SelectMany(a => a.Questions);

    [Fact]
    public void Catalog_FiveVersions_2002And2010FromTheProjectsCatalog()
    {
        Assert.Equal(["2002", "2010", "2016", "2020", "x-2031"], PrintedFrameworks.Ids);
        Assert.Same(FrameworkCatalog.Default.Find("2002"), PrintedFrameworks.Catalog.Find("2002"));
        Assert.Same(FrameworkCatalog.Default.Find("2010"), PrintedFrameworks.Catalog.Find("2010"));
        Assert.Same(PrintedFrameworks.Revision2016, PrintedFrameworks.Catalog.Find("2016"));
        Assert.Same(PrintedFrameworks.Revision2020, PrintedFrameworks.Catalog.Find("2020"));
        Assert.Same(PrintedFrameworks.MadeUp, PrintedFrameworks.Catalog.Find(PrintedFrameworks.MadeUpId));
    }

    public static TheoryData<string, double[]> Maxima => new()
    {
        { "2016", [100, 100, 100, 100, 100, 100, 100, 100] },
        { "2020", [100, 100, 100, 100, 100, 100, 100, 100] },
        { "x-2031", [125, 125, 125, 125, 125, 125, 50, 50] },
    };

    [Theory]
    [MemberData(nameof(Maxima))]
    public void Catalog_LaterVersions_EightAreasWithTheirMaxima_QuestionsNumberedInOrder(string id, double[] maxima)
    {
        var framework = PrintedFrameworks.Catalog.Find(id)!;

        Assert.Equal(Enumerable.Range(1, 8), framework.Areas.Select(a => a.Number));
        Assert.Equal(maxima, framework.Areas.Select(a => a.Max));
        NonEmpty.All(framework.Areas, a =>
        {
            Assert.Equal(Enumerable.Range(1, a.Questions.Count).Select(i => $"{a.Number}.{i}"), a.Questions.Select(q => q.Id));
            Assert.InRange(a.Questions.Count, id.StartsWith("x-", StringComparison.Ordinal) ? 3 : 4, 7);
            NonEmpty.All(a.Questions, q => Assert.EndsWith("?", q.Text, StringComparison.Ordinal));
        });
        Assert.Equal(Questions(framework).Count(), Questions(framework).Select(q => q.Text).Distinct().Count());
    }

    /// <summary>The parser must notice a sub-question that keeps its id and maximum but asks something else.</summary>
    [Fact]
    public void Revision2016_AgainstThe2010Catalog_SomeQuestionsSameIdAndMaxButOtherText()
    {
        var changed = Questions(PrintedFrameworks.Revision2016)
            .Where(q => V2010.Question(q.Id) is { } old && old.Max == q.Max && old.Text != q.Text)
            .Select(q => q.Id)
            .ToList();

        Assert.Equal(["1.5", "2.3", "3.3", "3.4", "4.4", "5.3", "6.2", "6.6", "7.2", "7.4", "7.5", "8.3"], changed);
    }

    [Fact]
    public void Revision2016_AgainstThe2010Catalog_SomeQuestionsWordForWordTheSame()
    {
        var same = Questions(PrintedFrameworks.Revision2016).Count(q => V2010.Question(q.Id) is { } old && old.Max == q.Max && old.Text == q.Text);

        Assert.InRange(same, 10, 30);
    }

    [Fact]
    public void Revision2016_AgainstThe2010Catalog_SomeAreasWithAnotherNumberOfQuestions()
    {
        var differ = PrintedFrameworks.Revision2016.Areas.Where(a => a.Questions.Count != V2010.Area(a.Number)!.Questions.Count).Select(a => a.Number);

        Assert.Equal([1, 2, 4, 6, 8], differ);
    }

    [Fact]
    public void Revision2016_Area2_AliasBrukarfokus()
    {
        Assert.Equal("Tillgänglighet och brukarorientering", PrintedFrameworks.Revision2016.Area(2)!.Title);
        Assert.Contains("Brukarfokus, tillgänglighet och bemötande", PrintedFrameworks.Revision2016.Area(2)!.Aliases);
    }

    [Fact]
    public void Revision2020_AreaTitlesOfTheRevision()
    {
        Assert.Equal(
            [
                "Samspel mellan förtroendevalda och medborgare", "Samhällsutveckling", "Styrning och kontroll", "Effektivitet",
                "Brukarens fokus", "Kvalitetsutveckling", "Arbetsliv", "Chefs- och ledarskap samt medarbetarskap",
            ],
            PrintedFrameworks.Revision2020.Areas.Select(a => a.Title));
    }

    /// <summary>The made-up version shares only the layout with the known ones: no area title, alias or question text of theirs, and few (id, max) pairs.</summary>
    [Fact]
    public void MadeUp_AgainstEveryKnownVersion_NoTitleNoQuestionText_FewIdAndMaxPairs()
    {
        var known = PrintedFrameworks.CataloguedIds.Select(id => PrintedFrameworks.Catalog.Find(id)!).ToList();
        var titles = known.SelectMany(f => f.Areas).SelectMany(a => a.Aliases.Append(a.Title)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var texts = known.SelectMany(Questions).Select(q => q.Text).ToHashSet(StringComparer.Ordinal);
        var made = PrintedFrameworks.MadeUp;

        Assert.DoesNotContain(made.Areas, a => titles.Contains(a.Title));
        Assert.DoesNotContain(Questions(made), q => texts.Contains(q.Text));
        NonEmpty.All(known, f => Assert.True(
            Questions(made).Count(q => f.Question(q.Id) is { } k && k.Max == q.Max) < Questions(made).Count() / 3,
            $"too many of the made-up version's (id, max) pairs are {f.Id}'s"));
        Assert.Equal(850, made.TotalMax);
    }

    [Fact]
    public void IsCatalogued_KnownVersionsTrue_MadeUpAndStrangersFalse()
    {
        NonEmpty.All(["2002", "2010", "2016", "2020"], id => Assert.True(PrintedFrameworks.IsCatalogued(id)));
        Assert.False(PrintedFrameworks.IsCatalogued(PrintedFrameworks.MadeUpId));
        Assert.False(PrintedFrameworks.IsCatalogued("2031"));
    }

    /// <summary>A report gives each area its own theme (else findings and sentences would repeat), and every theme has enough texts for the longest findings.</summary>
    [Theory]
    [InlineData("2002")]
    [InlineData("2010")]
    [InlineData("2016")]
    [InlineData("2020")]
    [InlineData("x-2031")]
    public void Edition_EveryVersion_EightDistinctThemesWithEnoughTexts(string id)
    {
        var themes = PrintedFrameworks.Edition(id).Themes;

        Assert.Equal(8, themes.Distinct().Count());
        NonEmpty.All(themes, t =>
        {
            var texts = TextBank.Themes[t];
            Assert.True(texts.Strengths.Count >= 8 && texts.Improvements.Count >= 7 && texts.Subjects.Count >= 8 && texts.Sentences.Count >= 8, $"{t} has too few texts");
        });
    }

    [Fact]
    public void Themes_NoFindingOrSentenceInTwoThemes()
    {
        var all = TextBank.Themes.Values.SelectMany(t => t.Strengths.Concat(t.Improvements).Concat(t.Sentences)).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }
}

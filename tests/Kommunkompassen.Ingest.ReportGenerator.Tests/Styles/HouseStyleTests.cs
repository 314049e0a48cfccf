using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class HouseStyleTests
{
    [Fact]
    public void Presets_NamesUniqueAndNormalized()
    {
        var names = HouseStyle.Presets.Select(p => p.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        NonEmpty.All(HouseStyle.Presets, p => Assert.Equal(p.Normalized(), p));
    }

    /// <summary>Every layout the issue lists has a preset showing it.</summary>
    [Fact]
    public void Presets_CoverEveryLayoutOfTheIssue()
    {
        var presets = HouseStyle.Presets;

        Assert.Contains(presets, p => p.ScoreTables == TableForm.TabStops && p.SummaryTable == TableForm.TabStops && p.ComparisonTable == TableForm.TabStops);
        Assert.Contains(presets, p => p.ScoreTables == TableForm.Borderless && p.SummaryTable == TableForm.Borderless);
        Assert.Contains(presets, p => p.Headings == HeadingFormat.CustomOutlineDirect);
        Assert.Contains(presets, p => p.Headings == HeadingFormat.CustomOutlineBasedOn);
        Assert.Contains(presets, p => p.Bullets == BulletForm.ListStyleLink);
        NonEmpty.All(Enum.GetValues<TextBoxAnchor>(), a => Assert.Contains(presets, p => p.Findings == FindingsPlacement.TextBox && p.Anchor == a));
        Assert.Contains(presets, p => p.TwoColumnNarrative && p.Producer == PdfProducer.LibreOffice);
        Assert.Contains(presets, p => p.LandscapeScoreTables && p.Producer == PdfProducer.LibreOffice);
        Assert.Contains(presets, p => p.Producer == PdfProducer.Chromium && p.SoftHyphens && p.Footer == FooterForm.SidaXAvY);
        Assert.Contains(presets, p => p.LongFindingsBox && p.Producer == PdfProducer.LibreOffice);
        Assert.Contains(presets, p => p.LongFindingsBox && p.Producer == PdfProducer.Chromium);
        NonEmpty.All(Enum.GetValues<TitleForm>(), t => Assert.Contains(presets, p => p.Title == t));
        NonEmpty.All(Enum.GetValues<EvaluatorForm>(), e => Assert.Contains(presets, p => p.Evaluators == e));
        NonEmpty.All(Enum.GetValues<PrintDateForm>(), d => Assert.Contains(presets, p => p.PrintDate == d));
        NonEmpty.All(Enum.GetValues<DateForm>(), d => Assert.Contains(presets, p => p.Dates == d));
        NonEmpty.All(Enum.GetValues<FindingsPlacement>(), f => Assert.Contains(presets, p => p.Findings == f));
        Assert.Contains(presets, p => p.AddressBlock);
        Assert.Contains(presets, p => p.Comparison == ComparisonOrientation.MunicipalitiesAsRows);
    }

    [Fact]
    public void Random_SameSeed_SameStyle_OtherSeedOther()
    {
        Assert.Equal(HouseStyle.Random(5), HouseStyle.Random(5));
        Assert.NotEqual(HouseStyle.Random(5) with { Name = "x" }, HouseStyle.Random(6) with { Name = "x" });
        Assert.Equal("random-5", HouseStyle.Random(5).Name);
    }

    [Fact]
    public void Random_ManySeeds_DrawEveryValueOfEveryAxis()
    {
        var styles = Enumerable.Range(0, 300).Select(HouseStyle.Random).ToList();
        var seen = styles.SelectMany(s => s.Axes()).ToHashSet();

        foreach (var property in typeof(HouseStyle).GetProperties().Where(p => p.PropertyType.IsEnum || p.PropertyType == typeof(bool)))
        {
            var values = property.PropertyType == typeof(bool) ? ["False", "True"] : Enum.GetNames(property.PropertyType);
            NonEmpty.All(values, v => Assert.Contains((property.Name, v), seen));
        }

        NonEmpty.All(styles, s => Assert.Equal(s.Normalized(), s));
    }

    [Fact]
    public void Normalized_ChoicesThatCannotApply_Dropped()
    {
        var inline = HouseStyle.Plain with { Anchor = TextBoxAnchor.NextHeading, LongFindingsBox = true };
        var box = HouseStyle.Plain with { Findings = FindingsPlacement.TextBox, LongFindingsBox = true };
        var numbered = HouseStyle.Plain with { AreaHeadings = AreaHeadingWording.NumberDot, NumberedSections = true };

        Assert.Equal((null, false), (inline.Normalized().Anchor, inline.Normalized().LongFindingsBox));
        Assert.Equal((TextBoxAnchor.ParagraphEnd, false, true), (box.Normalized().Anchor, box.Normalized().LongFindingsBox, box.Normalized().AreaOnNewPage));
        Assert.False(numbered.Normalized().NumberedSections);
    }

    [Fact]
    public void Axes_EveryChoiceButTheName_NullAnchorLeftOut()
    {
        var axes = HouseStyle.Plain.Axes().ToList();

        Assert.DoesNotContain(axes, a => a.Axis == nameof(HouseStyle.Name) || a.Axis == nameof(HouseStyle.Anchor));
        Assert.Contains((nameof(HouseStyle.Findings), nameof(FindingsPlacement.InlineAfterArea)), axes);
        Assert.Contains((nameof(HouseStyle.Anchor), nameof(TextBoxAnchor.ParagraphMiddle)), HouseStyle.Preset("text-box-middle")!.Axes());
    }
}

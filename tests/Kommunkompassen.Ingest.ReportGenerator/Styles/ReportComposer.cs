using System.Globalization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Lays a report's content out in a house style: title page, introduction, summary with the
/// area summary and comparison tables, a section per area (narrative, sub-question headings,
/// score table, findings in the style's placement), the score summary and the collected
/// findings where the style puts them there; the statement of the framework version on the
/// title page or in the introduction where the content has one, and reference means in the
/// style's form where the content has them. The values a parser should read follow from the
/// same decisions, so <see cref="Compose"/> returns both the layout and the
/// <see cref="StyledExpected"/>.
/// </summary>
internal sealed class ReportComposer
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private readonly ReportContent content;
    private readonly HouseStyle style;
    private readonly GridComposer grids;
    private readonly List<LayoutBlock> blocks = [];
    private (int Columns, bool Landscape) section = (1, false);
    private FloatingBox? pendingBox;
    private int chapter;

    private ReportComposer(ReportContent content, HouseStyle style)
    {
        this.content = content;
        this.style = style.Normalized();
        grids = new GridComposer(content, this.style);
    }

    private int AreaLevel => style.AreaHeadings == AreaHeadingWording.NumberDot ? 1 : 2;

    private int BodyColumns => style.TwoColumnNarrative ? 2 : 1;

    private string Name => content.Municipality.Name;

    /// <summary>The municipality as a body, as title pages name it ("Ödeshögs kommun", "Borås stad").</summary>
    private string OfficialName => TextBank.OfficialName(content.Municipality.Name);

    private string Year => content.Year.ToString(CultureInfo.InvariantCulture);

    public static (ReportLayout Layout, StyledExpected Expected) Compose(ReportContent content, HouseStyle style)
    {
        var composer = new ReportComposer(content, style);
        var evaluators = composer.FrontPage();
        composer.Body();
        var runningHeader = composer.style.PrintDate == PrintDateForm.RunningHeader
            ? $"{TextBank.Association(content.Year).FullName} {content.PrintDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : null;
        var layout = new ReportLayout(composer.style, composer.blocks, runningHeader, $"Kommunkompassen {composer.Name} {composer.Year}");
        return (layout, composer.Expected(evaluators));
    }

    // ---- title page ----------------------------------------------------------------------

    private List<Evaluator> FrontPage()
    {
        var dates = StyleWords.Dates(content.Dates);
        var month = $"{StyleWords.Month(content.Dates.From.Month)} {Year}";
        switch (style.Title)
        {
            case TitleForm.Classic:
                Line("Kommunkompassen", LineKind.Brand);
                Line($"Analys av {OfficialName}", LineKind.Title);
                Line(dates, LineKind.Subtitle);
                break;
            case TitleForm.AnalysAvMonth:
                Line($"Analys av {OfficialName} {month}", LineKind.Title);
                if (content.Dates.Form != DateForm.MonthOnly)
                {
                    Line($"Utvärderingen genomfördes {dates}", LineKind.Normal);
                }

                break;
            case TitleForm.CapitalsWithBrand:
                Line("KommunKompassen", LineKind.Brand);
                Line($"ANALYS AV {OfficialName.ToUpper(Swedish)} {Year}", LineKind.Title);
                Line(dates, LineKind.Subtitle);
                break;
            default:
                Line("Kommunkompassen", LineKind.Brand);
                Line($"{OfficialName} {Year}", LineKind.Title);
                Line("Analys av", LineKind.Subtitle);
                Line(dates, LineKind.Normal);
                break;
        }

        if (content.Statement is { Placement: StatementPlacement.FrontPage } front)
        {
            Line(front.Text, LineKind.Normal);
        }

        if (style.PrintDate == PrintDateForm.FrontPageRapport)
        {
            Line($"RAPPORT {content.PrintDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", LineKind.Small);
        }

        var evaluators = EvaluatorLines();
        if (style.AddressBlock)
        {
            foreach (var line in TextBank.AddressBlock(content.Year))
            {
                Line(line, LineKind.Small);
            }
        }

        blocks.Add(new PageBreakBlock());
        return evaluators;
    }

    /// <summary>Writes the evaluators in the style's form and returns them as a reader should read them.</summary>
    private List<Evaluator> EvaluatorLines()
    {
        var list = content.Evaluators;
        switch (style.Evaluators)
        {
            case EvaluatorForm.LinePerEvaluator:
                Line("Utvärderare:", LineKind.Normal);
                foreach (var e in list)
                {
                    Line($"{e.Name}, {e.Organisation.FullName}", LineKind.Normal);
                }

                return list.Select(e => new Evaluator(e.Name, e.Organisation.FullName)).ToList();
            case EvaluatorForm.UtvarderareSentence:
                Line("Utvärderare: " + JoinSwedish(list.Select(e => e.Role is { } role ? $"{e.Name}, {role} ({e.Organisation.ShortName})" : $"{e.Name}, {e.Organisation.ShortName}")), LineKind.Normal);
                return list.Select(e => new Evaluator(e.Name, e.Organisation.ShortName)).ToList();
            case EvaluatorForm.LastWithoutOrganisation:
                Line(JoinSwedish(list.Select((e, i) => i == list.Count - 1 ? e.Name : $"{e.Name}, {e.Organisation.ShortName}")), LineKind.Normal);
                return list.Select((e, i) => new Evaluator(e.Name, i == list.Count - 1 ? null : e.Organisation.ShortName)).ToList();
            case EvaluatorForm.NamesThenOrganisation:
                var groups = new List<(List<string> Names, string Org)>();
                foreach (var e in list)
                {
                    if (groups.Count > 0 && groups[^1].Org == e.Organisation.ShortName)
                    {
                        groups[^1].Names.Add(e.Name);
                    }
                    else
                    {
                        groups.Add(([e.Name], e.Organisation.ShortName));
                    }
                }

                Line(string.Join(" och ", groups.Select(g => string.Join(", ", g.Names) + ", " + g.Org)), LineKind.Normal);
                return list.Select(e => new Evaluator(e.Name, e.Organisation.ShortName)).ToList();
            default:
                Line("Utvärderare", LineKind.Normal);
                foreach (var e in list)
                {
                    Line(e.Name, LineKind.Normal);
                    Line(e.Organisation.FullName, LineKind.Small);
                }

                return list.Select(e => new Evaluator(e.Name, e.Organisation.FullName)).ToList();
        }
    }

    private static string JoinSwedish(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " och " + list[^1];
    }

    private void Line(string text, LineKind kind) => blocks.Add(new FrontLine(text, kind));

    // ---- body ------------------------------------------------------------------------------

    private void Body()
    {
        Section(BodyColumns, false);
        Chapter("Inledning");
        for (var i = 0; i < content.Introduction.Count; i++)
        {
            blocks.Add(new ParagraphBlock(content.Introduction[i], ParagraphRole.Body));
            if (i == 0 && content.Statement is { Placement: StatementPlacement.Introduction } statement)
            {
                blocks.Add(new ParagraphBlock(statement.Text, ParagraphRole.Body));
            }
        }

        Chapter("Sammanfattning");
        blocks.Add(new ParagraphBlock(content.Summary[0], ParagraphRole.Body));
        var visit = content.Dates.Form == DateForm.MonthOnly ? "i " + StyleWords.Dates(content.Dates) : StyleWords.Dates(content.Dates);
        // The earlier evaluation is named only where the summary table compares with it.
        var earlier = style.SummaryPrevious && content.Previous is { } p0 ? $" Kommunen utvärderades tidigare {p0.Year.ToString(CultureInfo.InvariantCulture)}." : string.Empty;
        blocks.Add(new ParagraphBlock($"Platsbesöket i kommunen genomfördes {visit}.{earlier}", ParagraphRole.Body));
        blocks.Add(new ParagraphBlock(content.Summary[1], ParagraphRole.Body));
        Table(new ParagraphBlock($"Tabell 1. Poäng per område, {Name} {Year}", ParagraphRole.Caption), grids.Summary(), landscape: false);
        TotalMean();
        Table(new ParagraphBlock($"Tabell 2. {Name} jämfört med andra kommuner", ParagraphRole.Caption), grids.Comparison(), landscape: false);

        if (AreaLevel == 2)
        {
            Chapter("Resultat per område", style.AreaOnNewPage);
        }

        foreach (var area in content.Areas)
        {
            Area(area, newPage: style.AreaOnNewPage && (AreaLevel == 1 || area != content.Areas[0]));
        }

        if (style.Findings == FindingsPlacement.FinalSection)
        {
            Chapter("Styrkor och förbättringsområden", style.AreaOnNewPage);
            foreach (var area in content.Areas)
            {
                Heading(2, StyleWords.AreaHeading(style.AreaHeadings, area.Number, area.Title), HeadingRole.Area);
                blocks.AddRange(FindingsContent(area, boxTitle: false));
            }
        }

        if (style.ScorePlacement == ScorePlacement.End)
        {
            Chapter("Poängsammanställning", style.AreaOnNewPage);
            Table(null, grids.Scores(content.Areas, withAreaRows: true), style.LandscapeScoreTables);
        }

        if (pendingBox is { } box)
        {
            // No heading follows the last area: the box goes to the end of its last passage.
            AttachToNarrative(box with { Position = BoxPosition.End }, blocks.FindLastIndex(b => b is HeadingBlock { Role: HeadingRole.Area }));
        }
    }

    /// <summary>The total's reference mean in the summary, after the area summary table, where the style prints the means in the text.</summary>
    private void TotalMean()
    {
        if (content.TotalReferenceMean is not { } mean || StyleWords.MeansInColumn(style.ReferenceMeans))
        {
            return;
        }

        if (style.ReferenceMeans == ReferenceMeanForm.Sentence)
        {
            blocks.Add(new ParagraphBlock(StyleWords.TotalMeanSentence(content.Total, content.TotalMax, mean), ParagraphRole.Body));
            return;
        }

        blocks.Add(new ParagraphBlock($"{StyleWords.Total(style.TotalWord)} {StyleWords.WithMean(content.Total, mean)}", ParagraphRole.Body));
        blocks.Add(new ParagraphBlock(StyleWords.MeanInBrackets, ParagraphRole.Body));
    }

    private void Area(AreaContent area, bool newPage)
    {
        var heading = StyleWords.AreaHeading(style.AreaHeadings, area.Number, area.Title);
        var mean = StyleWords.MeansInColumn(style.ReferenceMeans) ? null : area.ReferenceMean;
        if (mean is { } inHeading && style.ReferenceMeans == ReferenceMeanForm.InHeading)
        {
            heading += " " + StyleWords.WithMean(area.Score, inHeading);
        }

        Heading(AreaLevel, heading, HeadingRole.Area, newPage);
        if (mean is { } m && style.ReferenceMeans == ReferenceMeanForm.ScoreLine)
        {
            blocks.Add(new ParagraphBlock($"{area.Title} {StyleWords.WithMean(area.Score, m)}", ParagraphRole.Body));
        }
        else if (mean is { } s && style.ReferenceMeans == ReferenceMeanForm.Sentence)
        {
            blocks.Add(new ParagraphBlock(StyleWords.AreaMeanSentence(area.Score, area.Max, s), ParagraphRole.Body));
        }

        var firstPassage = blocks.Count;
        string? question = null;
        foreach (var passage in area.Passages)
        {
            if (style.QuestionHeadings && passage.Question is { } id && id != question)
            {
                question = id;
                var q = area.Questions.First(x => x.Id == id);
                Heading(AreaLevel + 1, $"{q.Id} {q.Text}", HeadingRole.Question);
            }

            blocks.Add(new ParagraphBlock(passage.Text, ParagraphRole.Narrative));
        }

        if (style.ScorePlacement == ScorePlacement.PerArea)
        {
            Table(null, grids.Scores([area], withAreaRows: false), style.LandscapeScoreTables);
        }

        switch (style.Findings)
        {
            case FindingsPlacement.InlineAfterArea:
                blocks.AddRange(FindingsContent(area, boxTitle: false));
                break;
            case FindingsPlacement.ShadedBox:
                blocks.Add(new BoxBlock(FindingsContent(area, boxTitle: true)));
                break;
            case FindingsPlacement.TextBox:
                var box = new FloatingBox(FindingsContent(area, boxTitle: true), style.Anchor switch
                {
                    TextBoxAnchor.ParagraphStart => BoxPosition.Start,
                    TextBoxAnchor.ParagraphMiddle => BoxPosition.Middle,
                    TextBoxAnchor.NextHeading => BoxPosition.Start,
                    _ => BoxPosition.End,
                });
                if (style.Anchor == TextBoxAnchor.NextHeading)
                {
                    pendingBox = box;
                }
                else
                {
                    AttachToNarrative(box, firstPassage);
                }

                break;
            case FindingsPlacement.TwoColumnTable:
                Section(1, false);
                blocks.Add(new FindingsTableBlock(StyleWords.Strengths(style.StrengthsWord), StyleWords.Improvements(style.ImprovementsWord), area.Strengths, area.Improvements));
                Section(BodyColumns, false);
                break;
        }
    }

    /// <summary>The findings of an area: perhaps the box title, then each marker and its bullets.</summary>
    private List<LayoutBlock> FindingsContent(AreaContent area, bool boxTitle)
    {
        var list = new List<LayoutBlock>();
        if (boxTitle)
        {
            list.Add(new HeadingBlock(3, StyleWords.BoxTitle(area.Number), HeadingRole.BoxTitle));
        }

        list.Add(new HeadingBlock(3, StyleWords.Strengths(style.StrengthsWord), HeadingRole.Marker));
        list.Add(new BulletsBlock(area.Strengths));
        list.Add(new HeadingBlock(3, StyleWords.Improvements(style.ImprovementsWord), HeadingRole.Marker));
        list.Add(new BulletsBlock(area.Improvements));
        return list;
    }

    /// <summary>Anchors a box in the first narrative paragraph from <paramref name="from"/> on (the area's first passage, where the page has room for it).</summary>
    private void AttachToNarrative(FloatingBox box, int from)
    {
        var i = blocks.FindIndex(from, b => b is ParagraphBlock { Role: ParagraphRole.Narrative });
        blocks[i] = ((ParagraphBlock)blocks[i]) with { Box = box };
    }

    private void Chapter(string title, bool newPage = false)
    {
        var text = style.NumberedSections ? $"{(++chapter).ToString(CultureInfo.InvariantCulture)} {title}" : title;
        Heading(1, text, HeadingRole.Chapter, newPage);
    }

    private void Heading(int level, string text, HeadingRole role, bool newPage = false)
    {
        var heading = new HeadingBlock(level, text, role) { PageBreakBefore = newPage };
        if (pendingBox is { } box && role is HeadingRole.Area or HeadingRole.Chapter)
        {
            heading = heading with { Box = box };
            pendingBox = null;
        }

        blocks.Add(heading);
    }

    /// <summary>A table in a one-column section (landscape if asked), the body's columns after it.</summary>
    private void Table(ParagraphBlock? caption, GridBlock grid, bool landscape)
    {
        Section(1, landscape);
        if (caption is not null)
        {
            blocks.Add(caption);
        }

        blocks.Add(grid);
        Section(BodyColumns, false);
    }

    private void Section(int columns, bool landscape)
    {
        if (section != (columns, landscape))
        {
            section = (columns, landscape);
            blocks.Add(new SectionBlock(columns, landscape));
        }
    }

    // ---- expected values -------------------------------------------------------------------

    private StyledExpected Expected(List<Evaluator> evaluators)
    {
        var previous = style.SummaryPrevious && content.Previous is { } p ? new PreviousEvaluation(p.Year, p.Total) : null;
        var means = content.Areas.Where(a => a.ReferenceMean is not null).ToDictionary(a => a.Number, a => a.ReferenceMean!.Value);
        return new StyledExpected(
            content.Municipality.Name,
            content.Municipality.Code,
            content.Year,
            content.Dates.Form == DateForm.MonthOnly ? null : new DateRange(content.Dates.From, content.Dates.To),
            evaluators,
            content.Framework.Id,
            content.Total,
            content.Areas.ToDictionary(a => a.Number, a => a.Score),
            content.Questions.Select(q => new ExpectedQuestion(q.Id, q.Text, q.Max, q.Score)).ToList(),
            content.Areas.ToDictionary(a => a.Number, a => a.Strengths),
            content.Areas.ToDictionary(a => a.Number, a => a.Improvements),
            content.Comparisons.Where(c => !c.IsSelf)
                .Select(c => new ExpectedComparison(c.Municipality.Code, c.Municipality.Name, c.Year, c.AreaScores, c.Total))
                .ToList(),
            previous,
            content.Areas.SelectMany(a => a.Passages)
                .Select(x => new ExpectedPassage(x.Area, style.QuestionHeadings ? x.Question : null, x.Text))
                .ToList())
        {
            FrameworkCatalogued = content.FrameworkCatalogued,
            AreaReferenceMeans = means,
            TotalReferenceMean = content.TotalReferenceMean,
        };
    }
}

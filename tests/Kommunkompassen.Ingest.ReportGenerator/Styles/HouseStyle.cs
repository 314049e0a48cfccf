using System.Reflection;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// A house style: independent layout choices for one report (title page, headings, bullets,
/// findings, tables, page layout, PDF producer). The defaults are <see cref="Plain"/>; the
/// <see cref="Presets"/> each show one layout the issue lists, and <see cref="Random"/> mixes
/// all axes. A few choices only mean something together with another (a text box's anchor,
/// a findings box long enough to cross a page); <see cref="Normalized"/> settles those.
/// </summary>
public sealed record HouseStyle
{
    public string Name { get; init; } = "plain";

    public TitleForm Title { get; init; } = TitleForm.Classic;

    public DateForm Dates { get; init; } = DateForm.DayRange;

    public EvaluatorForm Evaluators { get; init; } = EvaluatorForm.LinePerEvaluator;

    /// <summary>The association's address block (post, visiting address, telephone, e-mail) on the title page.</summary>
    public bool AddressBlock { get; init; }

    public PrintDateForm PrintDate { get; init; } = PrintDateForm.None;

    public HeadingFormat Headings { get; init; } = HeadingFormat.BuiltIn;

    /// <summary>Chapter headings numbered "1 Inledning"; never with <see cref="AreaHeadingWording.NumberDot"/>, whose areas are the numbered chapters.</summary>
    public bool NumberedSections { get; init; } = true;

    public AreaHeadingWording AreaHeadings { get; init; } = AreaHeadingWording.OmradeNumber;

    /// <summary>Each area starts on a new page (always with text boxes, so that a box has the page to float on).</summary>
    public bool AreaOnNewPage { get; init; }

    /// <summary>Narrative under "N.M question" headings.</summary>
    public bool QuestionHeadings { get; init; }

    public BulletForm Bullets { get; init; } = BulletForm.DirectNumbering;

    public FindingsPlacement Findings { get; init; } = FindingsPlacement.InlineAfterArea;

    /// <summary>Where a text box is anchored; null unless <see cref="Findings"/> is <see cref="FindingsPlacement.TextBox"/>.</summary>
    public TextBoxAnchor? Anchor { get; init; }

    public StrengthsWord StrengthsWord { get; init; } = StrengthsWord.StarkaSidor;

    public ImprovementsWord ImprovementsWord { get; init; } = ImprovementsWord.Forbattringsomraden;

    /// <summary>One area's findings box is long enough to continue over a page break (only with <see cref="FindingsPlacement.ShadedBox"/>).</summary>
    public bool LongFindingsBox { get; init; }

    public TableForm ScoreTables { get; init; } = TableForm.Ruled;

    public ScorePlacement ScorePlacement { get; init; } = ScorePlacement.PerArea;

    public ScoreColumns ScoreColumns { get; init; } = ScoreColumns.MaxThenScore;

    public MaxHeader MaxHeader { get; init; } = MaxHeader.Max;

    public ScoreHeader ScoreHeader { get; init; } = ScoreHeader.Poang;

    public bool PercentColumn { get; init; } = true;

    public TableForm SummaryTable { get; init; } = TableForm.Ruled;

    /// <summary>The area summary shows the previous evaluation's scores and the change, when there is one.</summary>
    public bool SummaryPrevious { get; init; } = true;

    public TotalWord TotalWord { get; init; } = TotalWord.Totalt;

    public TableForm ComparisonTable { get; init; } = TableForm.Ruled;

    public ComparisonOrientation Comparison { get; init; } = ComparisonOrientation.MunicipalitiesAsColumns;

    /// <summary>Narrative in two justified columns, tables in one-column sections.</summary>
    public bool TwoColumnNarrative { get; init; }

    /// <summary>Score tables on landscape pages.</summary>
    public bool LandscapeScoreTables { get; init; }

    /// <summary>Long compound words carry soft hyphens, so some line ends are hyphenated.</summary>
    public bool SoftHyphens { get; init; }

    public FooterForm Footer { get; init; } = FooterForm.PageNumber;

    public BodyFont Font { get; init; } = BodyFont.Sans;

    public PdfProducer Producer { get; init; } = PdfProducer.LibreOffice;

    /// <summary>How reference means are printed, in the reports that have them (2020); no effect on other reports.</summary>
    public ReferenceMeanForm ReferenceMeans { get; init; } = ReferenceMeanForm.MedelColumn;

    /// <summary>The style closest to what the parser was first built on; every preset changes it in one respect.</summary>
    public static HouseStyle Plain { get; } = new();

    /// <summary>The named layouts: at least one per layout of the issue, and the title-page variants.</summary>
    public static IReadOnlyList<HouseStyle> Presets { get; } = new HouseStyle[]
    {
        Plain,
        Plain with { Name = "tab-stop-tables", ScoreTables = TableForm.TabStops, SummaryTable = TableForm.TabStops, ComparisonTable = TableForm.TabStops },
        Plain with { Name = "borderless-tables", ScoreTables = TableForm.Borderless, SummaryTable = TableForm.Borderless, ComparisonTable = TableForm.Borderless },
        Plain with { Name = "custom-heading-styles", Headings = HeadingFormat.CustomOutlineDirect, QuestionHeadings = true },
        Plain with { Name = "based-on-heading-styles", Headings = HeadingFormat.CustomOutlineBasedOn, QuestionHeadings = true },
        Plain with { Name = "direct-formatting-headings", Headings = HeadingFormat.DirectFormatting },
        Plain with { Name = "list-style-bullets", Bullets = BulletForm.ListStyleLink, StrengthsWord = StrengthsWord.Styrkor },
        Plain with { Name = "literal-bullets", Bullets = BulletForm.LiteralGlyph, ImprovementsWord = ImprovementsWord.Utvecklingsomraden },
        Plain with { Name = "text-box-start", Findings = FindingsPlacement.TextBox, Anchor = TextBoxAnchor.ParagraphStart },
        Plain with { Name = "text-box-middle", Findings = FindingsPlacement.TextBox, Anchor = TextBoxAnchor.ParagraphMiddle },
        Plain with { Name = "text-box-end", Findings = FindingsPlacement.TextBox, Anchor = TextBoxAnchor.ParagraphEnd, StrengthsWord = StrengthsWord.Styrkor },
        Plain with { Name = "text-box-next-heading", Findings = FindingsPlacement.TextBox, Anchor = TextBoxAnchor.NextHeading, QuestionHeadings = true },
        Plain with { Name = "shaded-box", Findings = FindingsPlacement.ShadedBox },
        Plain with { Name = "long-shaded-box", Findings = FindingsPlacement.ShadedBox, LongFindingsBox = true, ImprovementsWord = ImprovementsWord.Forbattringsmojligheter },
        Plain with { Name = "findings-table", Findings = FindingsPlacement.TwoColumnTable, StrengthsWord = StrengthsWord.Styrkor },
        Plain with { Name = "findings-at-end", Findings = FindingsPlacement.FinalSection },
        Plain with { Name = "two-column-narrative", TwoColumnNarrative = true, SoftHyphens = true, Font = BodyFont.Serif },
        Plain with
        {
            Name = "landscape-scores", LandscapeScoreTables = true, ScorePlacement = ScorePlacement.End,
            ScoreColumns = ScoreColumns.ScoreThenMax, ScoreHeader = ScoreHeader.UppnaddPoang,
        },
        Plain with { Name = "chromium", Producer = PdfProducer.Chromium, SoftHyphens = true, Footer = FooterForm.SidaXAvY, PrintDate = PrintDateForm.RunningHeader },
        Plain with
        {
            Name = "chromium-columns-landscape", Producer = PdfProducer.Chromium, SoftHyphens = true, Footer = FooterForm.SidaXAvY,
            TwoColumnNarrative = true, LandscapeScoreTables = true, Font = BodyFont.Serif,
        },
        Plain with { Name = "chromium-long-box", Producer = PdfProducer.Chromium, SoftHyphens = true, Findings = FindingsPlacement.ShadedBox, LongFindingsBox = true },
        Plain with { Name = "front-month-only", Title = TitleForm.AnalysAvMonth, Dates = DateForm.MonthOnly, PrintDate = PrintDateForm.FrontPageRapport },
        Plain with { Name = "front-capitals", Title = TitleForm.CapitalsWithBrand, Evaluators = EvaluatorForm.UtvarderareSentence, AddressBlock = true },
        Plain with
        {
            Name = "front-name-year-analys", Title = TitleForm.NameYearThenAnalysAv, Evaluators = EvaluatorForm.LastWithoutOrganisation,
            PrintDate = PrintDateForm.RunningHeader, Dates = DateForm.IsoRange,
        },
        Plain with { Name = "front-names-then-organisation", Evaluators = EvaluatorForm.NamesThenOrganisation, Dates = DateForm.CrossMonth, AddressBlock = true },
        Plain with { Name = "front-name-line-organisation-line", Evaluators = EvaluatorForm.NameLineOrganisationLine, NumberedSections = false },
        Plain with { Name = "comparison-rows", Comparison = ComparisonOrientation.MunicipalitiesAsRows },
        Plain with
        {
            Name = "scores-at-end", ScorePlacement = ScorePlacement.End, ScoreColumns = ScoreColumns.IdColumnMaxThenScore,
            MaxHeader = MaxHeader.Maxpoang, ScoreHeader = ScoreHeader.EgnaPoang, PercentColumn = false, SummaryPrevious = false,
            TotalWord = TotalWord.Summa, AreaHeadings = AreaHeadingWording.NumberDot, NumberedSections = false,
        },
        Plain with { Name = "area-heading-colon", AreaHeadings = AreaHeadingWording.OmradeColon, QuestionHeadings = true },
    }.Select(p => p.Normalized()).ToList();

    /// <summary>The preset of a name, or null.</summary>
    public static HouseStyle? Preset(string name) => Presets.FirstOrDefault(p => p.Name == name);

    /// <summary>A style with every axis drawn from the seed, then <see cref="Normalized"/>.</summary>
    public static HouseStyle Random(int seed)
    {
        var dice = new Dice(((ulong)(uint)seed * 0xD1B54A32D192ED03UL) ^ 0x5151UL);
        T Any<T>()
            where T : struct, Enum => dice.Pick(Enum.GetValues<T>());
        var findings = Any<FindingsPlacement>();
        return new HouseStyle
        {
            Name = $"random-{seed}",
            Title = Any<TitleForm>(),
            Dates = Any<DateForm>(),
            Evaluators = Any<EvaluatorForm>(),
            AddressBlock = dice.Chance(0.5),
            PrintDate = Any<PrintDateForm>(),
            Headings = Any<HeadingFormat>(),
            NumberedSections = dice.Chance(0.6),
            AreaHeadings = Any<AreaHeadingWording>(),
            AreaOnNewPage = dice.Chance(0.3),
            QuestionHeadings = dice.Chance(0.5),
            Bullets = Any<BulletForm>(),
            Findings = findings,
            Anchor = Any<TextBoxAnchor>(),
            StrengthsWord = Any<StrengthsWord>(),
            ImprovementsWord = Any<ImprovementsWord>(),
            LongFindingsBox = dice.Chance(0.3),
            ScoreTables = Any<TableForm>(),
            ScorePlacement = Any<ScorePlacement>(),
            ScoreColumns = Any<ScoreColumns>(),
            MaxHeader = Any<MaxHeader>(),
            ScoreHeader = Any<ScoreHeader>(),
            PercentColumn = dice.Chance(0.6),
            SummaryTable = Any<TableForm>(),
            SummaryPrevious = dice.Chance(0.6),
            TotalWord = Any<TotalWord>(),
            ComparisonTable = Any<TableForm>(),
            Comparison = Any<ComparisonOrientation>(),
            TwoColumnNarrative = dice.Chance(0.3),
            LandscapeScoreTables = dice.Chance(0.3),
            SoftHyphens = dice.Chance(0.5),
            Footer = Any<FooterForm>(),
            Font = Any<BodyFont>(),
            Producer = Any<PdfProducer>(),

            // Drawn last, so the axes before it are what they were before it existed.
            ReferenceMeans = Any<ReferenceMeanForm>(),
        }.Normalized();
    }

    /// <summary>
    /// The style with choices that cannot apply dropped: an anchor only for text boxes, a long
    /// box only for shaded boxes (a text box has a fixed size and cannot run over a page), no
    /// chapter numbers beside areas numbered as chapters, and areas on pages of their own with
    /// text boxes (a box floats beside its area's first passage and must not run off the page).
    /// </summary>
    public HouseStyle Normalized() => this with
    {
        AreaOnNewPage = AreaOnNewPage || Findings == FindingsPlacement.TextBox,
        Anchor = Findings == FindingsPlacement.TextBox ? Anchor ?? TextBoxAnchor.ParagraphEnd : null,
        LongFindingsBox = LongFindingsBox && Findings == FindingsPlacement.ShadedBox,
        NumberedSections = NumberedSections && AreaHeadings != AreaHeadingWording.NumberDot,
    };

    /// <summary>The layout choices as (axis, value) pairs, for figures per axis; axes that do not apply (null) are left out.</summary>
    public IEnumerable<(string Axis, string Value)> Axes() =>
        typeof(HouseStyle).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(Name) && p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, p.GetValue(this)))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.Name, x.Item2!.ToString()!));
}

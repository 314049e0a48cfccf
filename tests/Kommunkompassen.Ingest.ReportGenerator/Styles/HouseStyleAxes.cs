namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>How the title page names the report.</summary>
public enum TitleForm
{
    /// <summary>"Kommunkompassen" / "Analys av X kommun" / the date on a line of its own.</summary>
    Classic,

    /// <summary>"Analys av X kommun september 2007": title and evaluation month in one line.</summary>
    AnalysAvMonth,

    /// <summary>"KommunKompassen" / "ANALYS AV X KOMMUN 2013", in capitals.</summary>
    CapitalsWithBrand,

    /// <summary>"Kommunkompassen" / "X kommun 2013" / "Analys av": the lines in the order a title page's boxes give them.</summary>
    NameYearThenAnalysAv,
}

/// <summary>How the title page lists the evaluators.</summary>
public enum EvaluatorForm
{
    /// <summary>"Anna Berg, Sveriges Kommuner och Landsting", one evaluator per line.</summary>
    LinePerEvaluator,

    /// <summary>"Utvärderare: A, senior konsult (SKL), B, SKL och C, Orust kommun".</summary>
    UtvarderareSentence,

    /// <summary>"A, SKL och B": the last evaluator without organisation.</summary>
    LastWithoutOrganisation,

    /// <summary>"A, B, C, SKL": names, then the organisation they share.</summary>
    NamesThenOrganisation,

    /// <summary>The name on one line, the organisation on the next.</summary>
    NameLineOrganisationLine,
}

/// <summary>A date of printing that is not the evaluation's.</summary>
public enum PrintDateForm
{
    None,

    /// <summary>"RAPPORT 2007-11-28" on the title page.</summary>
    FrontPageRapport,

    /// <summary>A page header "Sveriges Kommuner och Landsting 2017-05-13 2 (25)".</summary>
    RunningHeader,
}

/// <summary>How headings are marked in the Word file.</summary>
public enum HeadingFormat
{
    /// <summary>Word's built-in "heading 1-3" styles.</summary>
    BuiltIn,

    /// <summary>Custom-named styles that carry <c>w:outlineLvl</c> themselves.</summary>
    CustomOutlineDirect,

    /// <summary>Custom-named styles whose <c>w:outlineLvl</c> comes from the style they are based on.</summary>
    CustomOutlineBasedOn,

    /// <summary>Normal paragraphs set bold and larger; no style, no outline level.</summary>
    DirectFormatting,
}

/// <summary>The wording of an area's heading.</summary>
public enum AreaHeadingWording
{
    /// <summary>"Område 3 Politisk styrning och kontroll".</summary>
    OmradeNumber,

    /// <summary>"3. Politisk styrning och kontroll".</summary>
    NumberDot,

    /// <summary>"Område 3: Politisk styrning och kontroll".</summary>
    OmradeColon,
}

/// <summary>How bullets are made in the Word file.</summary>
public enum BulletForm
{
    /// <summary>Paragraphs with their own <c>w:numPr</c> to a bullet definition.</summary>
    DirectNumbering,

    /// <summary>Numbering through a custom list style: <c>w:numStyleLink</c> to a numbering style whose definition carries <c>w:styleLink</c>.</summary>
    ListStyleLink,

    /// <summary>A literal "•" and a tab at the start of the text, with a hanging indent.</summary>
    LiteralGlyph,
}

/// <summary>Where and how each area's strengths and improvement areas are printed.</summary>
public enum FindingsPlacement
{
    /// <summary>A marker heading and bullets after the area's narrative.</summary>
    InlineAfterArea,

    /// <summary>A shaded one-cell table headed "Sammanfattning område N".</summary>
    ShadedBox,

    /// <summary>A floating text box headed "Sammanfattning område N", anchored in a paragraph.</summary>
    TextBox,

    /// <summary>A two-column table "Styrkor | Förbättringsområden" per area.</summary>
    TwoColumnTable,

    /// <summary>All findings collected in a final section, by area.</summary>
    FinalSection,
}

/// <summary>Where in the text a floating findings box is anchored.</summary>
public enum TextBoxAnchor
{
    ParagraphStart,
    ParagraphMiddle,
    ParagraphEnd,

    /// <summary>In the heading that follows the area.</summary>
    NextHeading,
}

public enum StrengthsWord
{
    StarkaSidor,
    Styrkor,
}

public enum ImprovementsWord
{
    Forbattringsomraden,
    Forbattringsmojligheter,
    Utvecklingsomraden,
}

/// <summary>How a table is drawn.</summary>
public enum TableForm
{
    /// <summary>A table with ruled borders.</summary>
    Ruled,

    /// <summary>A table with every border set to none; bold header and total rows.</summary>
    Borderless,

    /// <summary>No table at all: rows of tab-separated text aligned by tab stops.</summary>
    TabStops,
}

/// <summary>Where sub-question scores are printed.</summary>
public enum ScorePlacement
{
    /// <summary>One table per area, after its narrative.</summary>
    PerArea,

    /// <summary>One big table at the end.</summary>
    End,
}

/// <summary>The columns of a sub-question score table.</summary>
public enum ScoreColumns
{
    /// <summary>"2.6 Question" | max | score [| %].</summary>
    MaxThenScore,

    /// <summary>"2.6 Question" | score | max [| %].</summary>
    ScoreThenMax,

    /// <summary>"2.6" | "Question" | max | score [| %].</summary>
    IdColumnMaxThenScore,
}

public enum MaxHeader
{
    Max,
    Maxpoang,
}

public enum ScoreHeader
{
    Poang,
    EgnaPoang,
    UppnaddPoang,
}

public enum TotalWord
{
    Totalt,
    Summa,
}

/// <summary>
/// How a report that has reference means (2020 reports: the mean of recently evaluated
/// municipalities beside each area's score and the total) prints them; reports without them
/// print none whatever the style.
/// </summary>
public enum ReferenceMeanForm
{
    /// <summary>A "Medel" column in the area summary table, the total row holding the total's mean.</summary>
    MedelColumn,

    /// <summary>A "Genomsnitt" column in the area summary table.</summary>
    GenomsnittColumn,

    /// <summary>"Område 4 Effektivitet 83 (64)": the area heading carries the score and the mean in brackets; the summary a line "Totalt 612 (540)" and what the brackets mean.</summary>
    InHeading,

    /// <summary>A line "Effektivitet 83 (64)" under each area heading; the summary as with <see cref="InHeading"/>.</summary>
    ScoreLine,

    /// <summary>A paragraph under each area heading, "Kommunen får 83 av 100 poäng inom området. Genomsnitt för kommuner som utvärderats: 64.", and one for the total in the summary.</summary>
    Sentence,
}

/// <summary>How the comparison table lays out the other municipalities.</summary>
public enum ComparisonOrientation
{
    /// <summary>A column "Name Year" per municipality, a row per area.</summary>
    MunicipalitiesAsColumns,

    /// <summary>A row "Name Year" per municipality, a column per area.</summary>
    MunicipalitiesAsRows,
}

public enum FooterForm
{
    /// <summary>The page number alone.</summary>
    PageNumber,

    /// <summary>"Sida x av y".</summary>
    SidaXAvY,
}

public enum BodyFont
{
    Sans,
    Serif,
}

/// <summary>What makes the PDF.</summary>
public enum PdfProducer
{
    /// <summary>LibreOffice converts the DOCX.</summary>
    LibreOffice,

    /// <summary>Chromium prints the HTML rendering of the same report (Skia/PDF).</summary>
    Chromium,
}

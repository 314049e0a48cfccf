using System.Globalization;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>The words and number forms a house style prints, in one place.</summary>
internal static class StyleWords
{
    public static string Strengths(StrengthsWord word) => word switch
    {
        StrengthsWord.StarkaSidor => "Starka sidor",
        _ => "Styrkor",
    };

    public static string Improvements(ImprovementsWord word) => word switch
    {
        ImprovementsWord.Forbattringsomraden => "Förbättringsområden",
        ImprovementsWord.Forbattringsmojligheter => "Förbättringsmöjligheter",
        _ => "Utvecklingsområden",
    };

    public static string Max(MaxHeader header) => header == MaxHeader.Max ? "Max" : "Maxpoäng";

    public static string Score(ScoreHeader header) => header switch
    {
        ScoreHeader.Poang => "Poäng",
        ScoreHeader.EgnaPoang => "Egna poäng",
        _ => "Uppnådd poäng",
    };

    public static string Total(TotalWord word) => word == TotalWord.Totalt ? "Totalt" : "Summa";

    public const string Percent = "%";

    public const string Change = "Förändring";

    public const string AreaColumn = "Område";

    public const string MunicipalityColumn = "Kommun";

    public const string QuestionColumn = "Delfråga";

    public const string QuestionIdColumn = "Nr";

    /// <summary>The header of the reference means' column in the area summary.</summary>
    public static string MeanColumn(ReferenceMeanForm form) => form == ReferenceMeanForm.GenomsnittColumn ? "Genomsnitt" : "Medel";

    /// <summary>Whether the reference means are a column of the area summary (else printed with each area and the total in the text).</summary>
    public static bool MeansInColumn(ReferenceMeanForm form) => form is ReferenceMeanForm.MedelColumn or ReferenceMeanForm.GenomsnittColumn;

    /// <summary>A score with the reference mean in brackets: "83 (64)".</summary>
    public static string WithMean(double score, double mean) => $"{Points(score)} ({Points(mean)})";

    /// <summary>What the bracketed figures are, said once in the summary.</summary>
    public const string MeanInBrackets = "Siffran inom parentes är genomsnittet för kommuner som utvärderats de senaste åren.";

    /// <summary>"Genomsnitt för kommuner som utvärderats: 64."</summary>
    public static string MeanSentence(double mean) => $"Genomsnitt för kommuner som utvärderats: {Points(mean)}.";

    /// <summary>An area's score and reference mean as a paragraph: "Kommunen får 83 av 100 poäng inom området. Genomsnitt för kommuner som utvärderats: 64."</summary>
    public static string AreaMeanSentence(double score, double max, double mean) =>
        $"Kommunen får {Points(score)} av {Points(max)} poäng inom området. {MeanSentence(mean)}";

    /// <summary>The total and its reference mean as a paragraph: "Kommunen får totalt 612 av 800 poäng. Genomsnitt för kommuner som utvärderats: 540."</summary>
    public static string TotalMeanSentence(double total, double max, double mean) =>
        $"Kommunen får totalt {Points(total)} av {Points(max)} poäng. {MeanSentence(mean)}";

    /// <summary>The title of an area's findings box: "Sammanfattning område 3".</summary>
    public static string BoxTitle(int area) => $"Sammanfattning område {area.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>An area's heading in the style's wording.</summary>
    public static string AreaHeading(AreaHeadingWording wording, int number, string title) => wording switch
    {
        AreaHeadingWording.OmradeNumber => $"Område {number.ToString(CultureInfo.InvariantCulture)} {title}",
        AreaHeadingWording.NumberDot => $"{number.ToString(CultureInfo.InvariantCulture)}. {title}",
        _ => $"Område {number.ToString(CultureInfo.InvariantCulture)}: {title}",
    };

    /// <summary>An area's label in a table row: "1 Title", "1. Title" or the title alone, after the heading wording.</summary>
    public static string AreaLabel(AreaHeadingWording wording, int number, string title) => wording switch
    {
        AreaHeadingWording.OmradeNumber => $"{number.ToString(CultureInfo.InvariantCulture)} {title}",
        AreaHeadingWording.NumberDot => $"{number.ToString(CultureInfo.InvariantCulture)}. {title}",
        _ => title,
    };

    /// <summary>A score as Swedish reports print it: "37", "7,5".</summary>
    public static string Points(double value) =>
        value == Math.Floor(value)
            ? value.ToString("F0", CultureInfo.InvariantCulture)
            : value.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A whole percentage: "67%", "-5%".</summary>
    public static string WholePercent(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "%";

    public static string Month(int month) => TextBank.Months[month - 1];

    /// <summary>How the dates of the visit are printed in the style's form.</summary>
    public static string Dates(EvaluationDates dates)
    {
        var (from, to) = (dates.From, dates.To);
        string Day(DateOnly d) => d.Day.ToString(CultureInfo.InvariantCulture);
        string Year(DateOnly d) => d.Year.ToString(CultureInfo.InvariantCulture);
        return dates.Form switch
        {
            DateForm.IsoRange when from == to => from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateForm.IsoRange when from.Month == to.Month => $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}--{to.ToString("dd", CultureInfo.InvariantCulture)}",
            DateForm.IsoRange => $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}--{to.ToString("MM-dd", CultureInfo.InvariantCulture)}",
            DateForm.MonthOnly => $"{Month(from.Month)} {Year(from)}",
            _ when from == to => $"{Day(from)} {Month(from.Month)} {Year(from)}",
            _ when from.Month == to.Month => $"{Day(from)}–{Day(to)} {Month(from.Month)} {Year(from)}",
            _ => $"{Day(from)} {Month(from.Month)}–{Day(to)} {Month(to.Month)} {Year(to)}",
        };
    }
}

using System.Globalization;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>
/// How a template prints its sub-question scores, learnt from the printed figures: the number of
/// decimals (a score is held as an integer count of the smallest printed unit), the step
/// between scores (whole, half or tenth points) and whether whole values keep their decimals
/// ("3,0") or drop them ("18" beside "9,5"). Swedish decimal comma.
/// </summary>
internal sealed record ScoreFormat(int Decimals, int StepUnits, bool FixedDecimals)
{
    public int UnitsPerPoint { get; } = (int)Math.Pow(10, Decimals);

    public static ScoreFormat Learn(IEnumerable<string> printedScores)
    {
        var numbers = printedScores
            .Select(s => SwedishNumber.TryParse(s, out var n) ? n : (SwedishNumber?)null)
            .Where(n => n is not null)
            .Select(n => n!.Value)
            .ToList();
        if (numbers.Count == 0)
        {
            return new ScoreFormat(0, 1, false);
        }

        var decimals = numbers.Max(n => n.Decimals);
        var fixedDecimals = numbers.Any(n => n.Decimals > 0 && n.Value == Math.Floor(n.Value));
        var halves = numbers.All(n => Math.Abs((n.Value * 2) - Math.Round(n.Value * 2)) < 1e-9);
        var step = decimals == 0 ? 1 : halves ? 5 * (int)Math.Pow(10, decimals - 1) : 1;
        return new ScoreFormat(decimals, step, fixedDecimals);
    }

    /// <summary>The maximum in units, rounded down to a whole step.</summary>
    public int MaxSteps(double max) => (int)Math.Floor((max * UnitsPerPoint / StepUnits) + 1e-9);

    public double ToValue(long units) => (double)units / UnitsPerPoint;

    public string Format(long units)
    {
        var value = ToValue(units);
        var whole = units % UnitsPerPoint == 0;
        var text = FixedDecimals || !whole
            ? value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : value.ToString("F0", CultureInfo.InvariantCulture);
        return text.Replace('.', ',');
    }

    /// <summary>A whole percentage as reports print it: "37%".</summary>
    public static string Percent(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "%";
}

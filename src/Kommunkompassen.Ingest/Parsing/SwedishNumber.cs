using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A number as a Swedish report prints it: "7,5", "512,0", "12 400", "80%".</summary>
public readonly record struct SwedishNumber(double Value, int Decimals, bool IsPercent)
{
    /// <summary>Half a unit of the last printed digit: the rounding the figure carries.</summary>
    public double HalfUnit => 0.5 * Math.Pow(10, -Decimals);

    public static bool TryParse(string? text, out SwedishNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = Pattern.Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        var digits = m.Groups["int"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal);
        var frac = m.Groups["frac"].Value;
        var value = double.Parse(frac.Length > 0 ? $"{digits}.{frac}" : digits, CultureInfo.InvariantCulture);
        if (m.Groups["neg"].Success)
        {
            value = -value;
        }

        number = new SwedishNumber(value, frac.Length, m.Groups["pct"].Success);
        return true;
    }

    public static double? ParseOrNull(string? text) => TryParse(text, out var n) ? n.Value : null;

    private static readonly Regex Pattern = new(
        @"^(?<neg>[-−–])?(?<int>\d{1,3}(?:[ \u00A0]\d{3})+|\d+)(?:[,.](?<frac>\d+))?\s*(?<pct>%)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

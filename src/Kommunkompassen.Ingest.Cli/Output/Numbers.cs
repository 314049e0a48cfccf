using System.Globalization;

namespace Kommunkompassen.Ingest.Cli.Output;

/// <summary>How numbers are shown: scores to one decimal (none when whole), "-" when unknown.</summary>
internal static class Numbers
{
    public static string Score(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>Orders sub-question ids as a framework does: numerically, part by part ("1.2" before "1.10").</summary>
public sealed class QuestionIdOrder : IComparer<string>
{
    public static QuestionIdOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? string.Empty).Split('.');
        var b = (y ?? string.Empty).Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && int.TryParse(b[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? m.CompareTo(n)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}

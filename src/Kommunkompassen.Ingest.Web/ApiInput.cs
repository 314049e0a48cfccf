using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// The API's query parameters read into the application's requests, each bad one a
/// <see cref="KompassRequestException"/> whose message names it and why (a 400). What the
/// application checks itself (the query's length and syntax, kinds, framework versions,
/// municipalities, the hit limit) it checks.
/// </summary>
internal static partial class ApiInput
{
    /// <summary>The search parameters, as the query string names them.</summary>
    public static SearchQuery Search(string? q, string? area, string? question, string? municipality, string? year, string? framework, string? kind, string? page, string? pageSize)
    {
        var text = Required("q", q);
        var size = Int("pageSize", pageSize, 1, WebDefaults.MaxPageSize) ?? WebDefaults.PageSize;
        var number = Int("page", page, 1, int.MaxValue) ?? 1;
        var (from, to) = Years(year);
        return new SearchQuery(
            text,
            Int("area", area, 1, 99),
            Short("question", question),
            Short("municipality", municipality),
            from,
            to,
            Short("framework", framework),
            Short("kind", kind),
            Top: size,
            Skip: (int)Math.Min(int.MaxValue, ((long)number - 1) * size));
    }

    /// <summary>A good-examples request.</summary>
    public static ExamplesQuery Examples(string? q, string? framework, string? top) =>
        new(Required("q", q), Short("framework", framework), Int("top", top, 1, 100) ?? KompassDefaults.ExamplesTop);

    /// <summary>A download format: csv or xlsx.</summary>
    public static ExportFormat Table(string? format) => Short("format", format) switch
    {
        null or "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        var other => throw new KompassRequestException($"format '{other}' is not one of csv, xlsx"),
    };

    /// <summary>A report id as the archive makes them (code-year, letters, digits, '.', '_' and '-').</summary>
    public static string ReportId(string id) =>
        Id().IsMatch(id) ? id : throw new KompassRequestException($"'{Clip(id)}' is not a report id (e.g. 0127-2005)");

    /// <summary>A municipality code (four digits) or name.</summary>
    public static string Municipality(string code) => Short("municipality", code) ?? throw new KompassRequestException("no municipality given");

    /// <summary>A parameter that must be there; whether its text will do (empty, too long) the application says.</summary>
    private static string Required(string name, string? value) =>
        value ?? throw new KompassRequestException($"{name} is missing: give a word to search for");

    private static string? Short(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > WebDefaults.MaxParameterLength)
        {
            throw new KompassRequestException($"{name} is {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; it may have {WebDefaults.MaxParameterLength}");
        }

        if (value.Any(char.IsControl))
        {
            throw new KompassRequestException($"{name} holds a control character");
        }

        return value;
    }

    private static int? Int(string name, string? value, int min, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            throw new KompassRequestException($"{name} needs a whole number, not '{Clip(value)}'");
        }

        if (n < min || n > max)
        {
            throw new KompassRequestException($"{name} needs a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not {n.ToString(CultureInfo.InvariantCulture)}");
        }

        return n;
    }

    /// <summary>YEAR, FROM..TO, FROM.. or ..TO, as kk search --year takes them.</summary>
    private static (int? From, int? To) Years(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return (null, null);
        }

        static int? Year(string s) => s.Length <= 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        return value.Split("..") switch
        {
            [var one] when Year(one) is { } y => (y, y),
            [var f, ""] when Year(f) is { } y => (y, null),
            ["", var t] when Year(t) is { } y => (null, y),
            [var f, var t] when Year(f) is { } a && Year(t) is { } b => (a, b),
            _ => throw new KompassRequestException($"year needs YEAR, FROM..TO, FROM.. or ..TO, not '{Clip(value)}'"),
        };
    }

    private static string Clip(string text) => text.Length <= 20 ? text : text[..20] + "…";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}

using System.Globalization;
using System.Text;

namespace Kommunkompassen.Ingest.Export;

/// <summary>
/// Writes a <see cref="ScoreSheet"/> as CSV (RFC 4180): comma-separated, fields with a comma,
/// quote or line break quoted, numbers with a decimal point, UTF-8 with a byte-order mark so
/// that Excel reads å, ä and ö right.
/// </summary>
public static class ScoreCsv
{
    public static void Write(ScoreSheet sheet, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(',', sheet.Header.Select(Field)));
        foreach (var row in sheet.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Cell)));
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Field(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    private static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

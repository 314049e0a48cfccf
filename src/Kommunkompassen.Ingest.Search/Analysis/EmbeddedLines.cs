using System.Reflection;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>Reads an embedded text resource of this assembly: its lines, trimmed, without blanks and '#' comments.</summary>
internal static class EmbeddedLines
{
    public static IEnumerable<string> Read(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded {resourceName} missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                yield return text;
            }
        }
    }
}

using System.Reflection;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>Reads an embedded text resource of this assembly line by line, as written (blanks and comments too, so line numbers hold).</summary>
internal static class EmbeddedLines
{
    public static IEnumerable<string> Read(string resourceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded {resourceName} missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}

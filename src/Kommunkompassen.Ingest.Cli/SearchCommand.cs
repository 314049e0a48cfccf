using System.Globalization;
using System.Text.Json;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>`kk search`: hits with municipality, year, area, sub-question and its score, kind, page, marked snippet; facet counts.</summary>
internal static class SearchCommand
{
    public static int Run(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("search needs a query, e.g. kk search synpunktshantering");
        }

        var request = ToRequest(line);
        var prepared = ArchiveSearcher.Prepare();
        if (!IndexSync.BeforeSearch(line.Archive))
        {
            return 2;
        }

        using var searcher = OpenOrFail(line.Archive);
        if (searcher is null)
        {
            return 2;
        }

        SearchResult result;
        try
        {
            prepared.Wait();
            result = searcher.Search(request);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }

        if (line.Options.ContainsKey("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(result, RecordJson.Options));
            return 0;
        }

        Print(result);
        return 0;
    }

    private static ArchiveSearcher? OpenOrFail(string archive)
    {
        try
        {
            return new ArchiveSearcher(archive);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }

    internal static SearchRequest ToRequest(CommandLine line)
    {
        int? Int(string option) =>
            line.Options.GetValueOrDefault(option) is { } v
                ? int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : throw new UsageException($"{option} needs a number, not '{v}'")
                : null;

        string? code = null;
        if (line.Options.GetValueOrDefault("--municipality") is { } name)
        {
            code = MunicipalityRegistry.Default.Find(name)?.Code ?? throw new UsageException($"'{name}' is not a Swedish municipality");
        }

        int? from = null, to = null;
        if (line.Options.GetValueOrDefault("--year") is { } years)
        {
            var parts = years.Split("..");
            from = int.Parse(parts[0], CultureInfo.InvariantCulture);
            to = parts.Length > 1 && parts[1].Length > 0 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : (parts.Length > 1 ? null : from);
        }

        return new SearchRequest(
            string.Join(' ', line.Arguments),
            Int("--area"),
            line.Options.GetValueOrDefault("--question"),
            code,
            from,
            to,
            line.Options.GetValueOrDefault("--framework"),
            line.Options.GetValueOrDefault("--kind"),
            Int("--top") ?? 10);
    }

    private static void Print(SearchResult result)
    {
        if (result.TotalHits == 0)
        {
            Console.WriteLine(result.Suggestions.Count > 0
                ? $"no matches; indexed words close to those typed: {string.Join(", ", result.Suggestions)}"
                : "no matches");
            return;
        }

        Console.WriteLine($"{result.TotalHits.ToString(CultureInfo.InvariantCulture)} matches");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            var question = hit.Question is { } q
                ? $" {q} ({Num(hit.Score)}/{Num(hit.Max)})"
                : $" (area {Num(hit.Score)}/{Num(hit.Max)})";
            var page = hit.Page is { } p ? $", p. {p}" : string.Empty;
            Console.WriteLine();
            Console.WriteLine($"{rank,2}. {hit.Municipality} {hit.Year} · area {hit.Area}{question} · {hit.Kind}{page}");
            Console.WriteLine($"    {hit.Snippet}");
        }

        Console.WriteLine();
        foreach (var (facet, counts) in result.Facets)
        {
            Console.WriteLine($"{facet,-13} {string.Join("  ", counts.Select(c => $"{c.Value} ({c.Count})"))}");
        }
    }

    private static string Num(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}

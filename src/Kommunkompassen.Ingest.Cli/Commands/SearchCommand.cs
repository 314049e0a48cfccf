using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk search`: hits with municipality, year, area, sub-question and its score, kind, page, marked snippet; facet counts.</summary>
internal sealed class SearchCommand : KkCommand
{
    private readonly Argument<string[]> query = KkOptions.Words("query", "what to search for (Lucene syntax: \"phrase\", OR, +word, wildcard*)");
    private readonly Option<int?> area = KkOptions.OptionalInt("--area", "only this area");
    private readonly Option<string?> question = KkOptions.File("--question", "only this sub-question", "ID");
    private readonly Option<string?> municipality = KkOptions.File("--municipality", "only this municipality (name or code)", "NAME");
    private readonly Option<YearRange?> year = new("--year")
    {
        Description = "only these years: YEAR, FROM..TO, FROM.. or ..TO",
        HelpName = "FROM[..TO]",
        CustomParser = ParseYears,
    };

    private readonly Option<string?> framework = KkOptions.File("--framework", "only reports of this framework version", "2002|2010|2016|2020|unknown");
    private readonly Option<string?> kind;
    private readonly Option<int> top = KkOptions.Int("--top", "how many hits to show", KompassDefaults.SearchTop, helpName: "K");
    private readonly Option<bool> exact = new("--no-related") { Description = "only texts that match: no related texts after fewer matches than --top" };
    private readonly Option<bool> json = KkOptions.Json("print the result as JSON");
    private readonly Option<string> archive = KkOptions.Archive();

    public SearchCommand()
        : base("search", "search passages and findings (Lucene syntax: \"phrase\", OR, wildcard*)")
    {
        // The application checks the value (as it checks every filter); the command line only completes it.
        kind = new Option<string?>("--kind") { Description = "only this kind of text", HelpName = string.Join('|', SearchKinds.All) };
        kind.CompletionSources.Add(SearchKinds.All.ToArray());
        Add(query);
        Add(area);
        Add(question);
        Add(municipality);
        Add(year);
        Add(framework);
        Add(kind);
        Add(top);
        Add(exact);
        Add(json);
        Add(archive);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build();
        var years = parse.GetValue(year);
        var request = new SearchQuery(
            Joined(parse, query),
            parse.GetValue(area),
            parse.GetValue(question),
            parse.GetValue(municipality),
            years?.From,
            years?.To,
            parse.GetValue(framework),
            parse.GetValue(kind),
            parse.GetValue(top),
            Related: !parse.GetValue(exact));
        var result = app.Search(request, line => output.Error.WriteLine($"note: {line}"));
        foreach (var note in result.Notes)
        {
            output.Error.WriteLine($"note: {note}");
        }

        if (parse.GetValue(json))
        {
            output.Out.WriteLine(KompassJson.Serialize(result));
            return 0;
        }

        Print(result, output.Out);
        return 0;
    }

    /// <summary>A span of years: one year, FROM..TO, or open on one side (FROM.., ..TO).</summary>
    internal sealed record YearRange(int? From, int? To);

    /// <summary>The form of the years only; whether they make sense (an order, a span of evaluation years) the application says.</summary>
    private static YearRange? ParseYears(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parts = text.Split("..");
        static int? Year(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        switch (parts)
        {
            case [var one] when Year(one) is { } year:
                return new YearRange(year, year);
            case [var from, ""] when Year(from) is { } f:
                return new YearRange(f, null);
            case ["", var to] when Year(to) is { } t:
                return new YearRange(null, t);
            case [var from, var to] when Year(from) is { } f && Year(to) is { } t:
                return new YearRange(f, t);
            default:
                result.AddError($"--year needs YEAR, FROM..TO, FROM.. or ..TO, not '{text}'");
                return null;
        }
    }

    private static void Print(SearchAnswer result, TextWriter output)
    {
        if (result.TotalHits == 0)
        {
            output.WriteLine(result.Suggestions.Count > 0
                ? $"no matches; indexed words close to those typed: {string.Join(", ", result.Suggestions)}"
                : "no matches");
            return;
        }

        output.WriteLine($"{result.TotalHits.ToString(CultureInfo.InvariantCulture)} matches");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            if (hit.Related && (rank == 1 || !result.Hits[rank - 2].Related))
            {
                output.WriteLine();
                output.WriteLine("related texts (worded like the matches above, without the query's words):");
            }

            var questionText = hit.Question is { } q
                ? $" {q} ({Numbers.Score(hit.Score)}/{Numbers.Score(hit.Max)})"
                : $" (area {Numbers.Score(hit.Score)}/{Numbers.Score(hit.Max)})";
            var page = hit.Page is { } p ? $", p. {p}" : string.Empty;
            output.WriteLine();
            output.WriteLine($"{rank,2}. {hit.Municipality} {hit.Year} · area {hit.Area}{questionText} · {hit.Kind}{page}");
            output.WriteLine($"    {hit.Snippet}");
        }

        output.WriteLine();
        foreach (var (facet, counts) in result.Facets)
        {
            output.WriteLine($"{facet,-13} {string.Join("  ", counts.Select(c => $"{c.Value} ({c.Count})"))}");
        }
    }
}

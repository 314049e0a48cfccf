using System.CommandLine;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;
using static Kommunkompassen.Ingest.Cli.Output.Numbers;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk coverage`: evaluations the reports refer to that the archive lacks.</summary>
internal sealed class CoverageCommand : KkCommand
{
    private readonly Option<string> archive = KkOptions.Archive();

    public CoverageCommand()
        : base("coverage", "evaluations the reports refer to that the archive lacks")
    {
        Add(archive);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var coverage = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build().Coverage();
        var missing = coverage.Missing;
        output.Out.WriteLine($"{coverage.Referenced.Count} evaluations referred to by {coverage.Reports} reports; {coverage.Referenced.Count - missing.Count} in the archive, {missing.Count} missing:");
        foreach (var e in missing)
        {
            output.Out.WriteLine($"  {e.Municipality.Name,-18} {e.Municipality.Code}  {e.Year}   referred to by {string.Join(", ", e.ReferredToBy)}");
        }

        return 0;
    }
}

/// <summary>`kk show`: a municipality's evaluations, findings, scores in other reports, citations.</summary>
internal sealed class ShowCommand : KkCommand
{
    private readonly Argument<string[]> municipality = KkOptions.Words("municipality", "the municipality's name (or code)");
    private readonly Option<string> archive = KkOptions.Archive();

    public ShowCommand()
        : base("show", "a municipality's evaluations, findings, scores in other reports, citations")
    {
        Add(municipality);
        Add(archive);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var answer = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build().Profile(Joined(parse, municipality));
        var o = output.Out;
        var (m, profile) = (answer.Municipality, answer.Profile);
        o.WriteLine($"{m.Name} ({m.Code}, {m.County})");
        if (profile.Evaluations.Count == 0)
        {
            o.WriteLine("  no evaluation of its own in the archive");
        }

        foreach (var r in profile.Evaluations)
        {
            var older = (r.Total.OlderScale is { } os ? $", older scale {Score(os)}" : string.Empty)
                + (r.Total.ReferenceMean is { } tm ? $", mean of others {Score(tm)}" : string.Empty);
            o.WriteLine();
            o.WriteLine($"{r.Year} (framework {r.Framework}, {r.Id}): total {Score(r.Total.Score)} of {Score(r.Total.Max)}{older}");
            foreach (var a in r.Areas)
            {
                var scales = a.OlderScaleScore is { } s ? $" (older scale {Score(s)})" : string.Empty;
                var previous = a.PreviousScore is { } ps && r.Previous is { } pr ? $", {pr.Year}: {Score(ps)}" : string.Empty;
                var mean = a.ReferenceMean is { } am ? $", mean of others {Score(am)}" : string.Empty;
                o.WriteLine($"  {a.Number} {a.Title,-55} {Score(a.Score),5}/{Score(a.Max)}{scales}{previous}{mean}");
            }

            foreach (var a in r.Areas)
            {
                foreach (var s in a.Strengths)
                {
                    o.WriteLine($"  + {a.Number} {s}");
                }

                foreach (var i in a.Improvements)
                {
                    o.WriteLine($"  - {a.Number} {i}");
                }
            }
        }

        if (profile.Evaluations.Select(e => e.Framework).Distinct().Count() > 1)
        {
            o.WriteLine();
            o.WriteLine("areas over time, lined up by meaning across framework versions (area crosswalk; ? = uncertain pairing):");
            foreach (var areaLine in profile.AreasOverTime)
            {
                var points = areaLine.Points.Select(p => $"{p.Year} {Score(p.Score)}/{Score(p.Max)} ({p.Framework} area {p.Area}{(p.Certainty is null or Frameworks.Certainty.Uncertain ? "?" : string.Empty)})");
                o.WriteLine($"  {areaLine.Title,-45} {string.Join("  ", points)}");
                foreach (var doubt in areaLine.Points.Where(p => p.Certainty is null or Frameworks.Certainty.Uncertain))
                {
                    o.WriteLine($"      ? {doubt.Framework} area {doubt.Area} \"{doubt.AreaTitle}\": {doubt.Note ?? "uncertain pairing"}");
                }
            }
        }

        if (profile.ScoresFromOtherReports.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("scores in other reports' comparison tables:");
            foreach (var s in profile.ScoresFromOtherReports)
            {
                o.WriteLine($"  {s.Year}: total {Score(s.Total)}  ({string.Join(" ", s.AreaScores.Select(kv => $"{kv.Key}:{Score(kv.Value)}"))})  source {s.Source}");
            }
        }

        foreach (var c in profile.Conflicts)
        {
            o.WriteLine($"  conflict, {c.Year}: {c.What}");
        }

        if (profile.CitedBy.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("cited as an example in other reports:");
            foreach (var c in profile.CitedBy)
            {
                o.WriteLine($"  {c.Report}, area {c.Area}{(c.Question is null ? string.Empty : $", {c.Question}")}: {c.Sentence}");
            }
        }

        return 0;
    }
}

/// <summary>`kk examples`: municipalities to learn from on a topic or sub-question, with the evidence.</summary>
internal sealed class ExamplesCommand : KkCommand
{
    private readonly Argument<string[]> topic = KkOptions.Words("topic or sub-question id", "a topic in words, or a sub-question id such as 3.2");
    private readonly Option<string?> framework = KkOptions.File("--framework", "the framework version of a sub-question id (default the newest with sub-questions)", "ID");
    private readonly Option<int> top = KkOptions.Int("--top", "how many municipalities to show", KompassDefaults.ExamplesTop, helpName: "K");
    private readonly Option<bool> json = KkOptions.Json();
    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<string?> models = KkOptions.Models();

    public ExamplesCommand()
        : base("examples", "municipalities to learn from, with the evidence")
    {
        Add(topic);
        Add(framework);
        Add(top);
        Add(json);
        Add(archive);
        Add(models);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).UseModels(parse.GetValue(models)).Build();
        var answer = app.Examples(new ExamplesQuery(Joined(parse, topic), parse.GetValue(framework), parse.GetValue(top)));
        if (parse.GetValue(json))
        {
            output.Out.WriteLine(KompassJson.Serialize(answer));
            return 0;
        }

        var o = output.Out;
        o.WriteLine($"topic '{answer.Topic}': sub-questions {string.Join(", ", answer.Questions.OrderBy(q => q.Framework, StringComparer.Ordinal).Select(q => $"{q.Question} ({q.Framework})"))}");
        var rank = 0;
        foreach (var e in answer.Examples)
        {
            o.WriteLine();
            o.WriteLine($"{++rank,2}. {e.Municipality.Name} ({e.Municipality.Code})  rank {e.Rank.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (var ev in e.Evidence)
            {
                var what = ev.Kind switch
                {
                    "cited" => $"cited in {ev.Report}: {ev.Text}",
                    "strength" => $"own strength, {ev.Year}: {ev.Text}",
                    "narrative" => $"own report, {ev.Year}: {Shorten(ev.Text)}",
                    _ => $"own score {ev.Year} (framework {ev.Framework}) on {ev.Question}: {ev.Score?.ToString("0.#", CultureInfo.InvariantCulture)}/{ev.Max?.ToString("0.#", CultureInfo.InvariantCulture)}",
                };
                o.WriteLine($"    {what}");
            }
        }

        return 0;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

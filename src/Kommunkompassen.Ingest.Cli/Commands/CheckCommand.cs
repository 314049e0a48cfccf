using System.CommandLine;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk check`: whether the archive's database, stored readings, report rows and search index are whole and agree; `--repair` rebuilds what is derived.</summary>
internal sealed class CheckCommand : KkCommand
{
    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<bool> repair = new("--repair") { Description = "rebuild what is wrong and derived: the report rows from the stored readings, the search index from the database; salvage a damaged database into a new file (the damaged one kept beside it)" };

    public CheckCommand()
        : base("check", "check the archive: the database (integrity_check), every stored reading, every report's rows against its readings, the search index against the database")
    {
        Add(archive);
        Add(repair);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build();
        var result = app.Check(new CheckRequest(parse.GetValue(repair)));
        foreach (var problem in result.Problems)
        {
            output.Out.WriteLine($"{problem.Part}: {problem.Message}");
        }

        foreach (var line in result.Repairs)
        {
            output.Out.WriteLine($"repair: {line}");
        }

        var reports = result.Reports == 1 ? "1 report" : $"{result.Reports.ToString(CultureInfo.InvariantCulture)} reports";
        if (result.Problems.Count == 0)
        {
            output.Out.WriteLine($"{result.Archive}: {reports}; the database, the stored readings, the report rows and the search index check out");
            return KkCli.Ok;
        }

        if (result.Repairs.Count == 0)
        {
            output.Out.WriteLine($"{result.Archive}: {Problems(result.Problems.Count)}; 'kk check --repair' rebuilds what is derived (see the README)");
            return KkCli.InputFailed;
        }

        foreach (var problem in result.Remaining)
        {
            output.Out.WriteLine($"still: {problem.Part}: {problem.Message}");
        }

        var again = result.IngestAgain.Count == 1 ? "1 file" : $"{result.IngestAgain.Count.ToString(CultureInfo.InvariantCulture)} files";
        output.Out.WriteLine(result switch
        {
            { Whole: true } => $"{result.Archive}: {Problems(result.Problems.Count)} found and repaired; {reports}; it checks out now",
            { Clean: true } => $"{result.Archive}: {Problems(result.Problems.Count)} found and repaired; {reports}; it checks out now, but {again} lost {(result.IngestAgain.Count == 1 ? "its reading" : "their readings")}: ingest {(result.IngestAgain.Count == 1 ? "it" : "them")} again (named above)",
            _ => $"{result.Archive}: {Problems(result.Problems.Count)} found, {Problems(result.Remaining.Count)} remain after the repair; {reports}",
        });
        return result.Whole ? KkCli.Ok : KkCli.InputFailed;
    }

    private static string Problems(int n) => n == 1 ? "1 problem" : $"{n.ToString(CultureInfo.InvariantCulture)} problems";
}

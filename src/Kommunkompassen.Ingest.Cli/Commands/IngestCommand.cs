using System.CommandLine;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk ingest`: reads DOCX/PDF reports into the archive.</summary>
internal sealed class IngestCommand : KkCommand
{
    private readonly Argument<string[]> inputs = new("files or folders")
    {
        Description = "reports (.docx, .pdf, .doc) and folders of them (recursively)",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<bool> force = new("--force") { Description = "read again files already read by the same parser and models" };
    private readonly Option<string?> frameworks = KkOptions.Frameworks();
    private readonly Option<string?> models = KkOptions.Models();

    public IngestCommand()
        : base("ingest", "read DOCX/PDF reports into the archive; unchanged files are skipped unless the parser or models changed or --force is given")
    {
        Add(inputs);
        Add(archive);
        Add(force);
        Add(frameworks);
        Add(models);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder()
            .UseArchive(parse.GetValue(archive)!)
            .UseModels(parse.GetValue(models))
            .UseFrameworks(parse.GetValue(frameworks))
            .Build();

        var request = new IngestRequest(parse.GetValue(inputs)!, parse.GetValue(force));
        var result = CtrlC.Run(output, "stopping after the current file", cancel => ProgressDisplay.Run(output, progress => app.Ingest(request, progress, cancel)));
        if (result.Stopped is { } stopped)
        {
            output.Fail(stopped);
        }

        foreach (var unread in result.Unread)
        {
            output.Fail($"{unread.Path}: {unread.Reason}");
        }

        foreach (var failed in result.Files.Where(o => o.Status == IngestStatus.Failed))
        {
            output.Fail($"{failed.Path}: {failed.Message}");
        }

        foreach (var failed in result.ReclassifyFailures)
        {
            output.Fail($"{failed.ReportId}: {failed.Reason}");
        }

        if (result.IndexNotice is { } notice)
        {
            output.Error.WriteLine(notice);
        }

        SummaryTable.Print(result, output);
        output.Out.WriteLine($"archive: {result.DatabasePath} ({result.ReportsInArchive.ToString(CultureInfo.InvariantCulture)} reports)");
        return result.Complete ? 0 : 2;
    }
}

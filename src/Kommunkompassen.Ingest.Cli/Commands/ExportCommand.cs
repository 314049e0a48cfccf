using System.CommandLine;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk export`: the archive as JSON, JSON lines, CSV or an Excel workbook.</summary>
internal sealed class ExportCommand : KkCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "csv", "xlsx"];
    private static readonly string[] Tables = ["areas", "questions", "warnings"];

    private readonly Option<string> format = KkOptions.OneOf(
        "--format",
        "json: all records as an array; jsonl: a record per line; csv: one table; xlsx: sheets of area scores, sub-question scores, warnings (needs --out)",
        "json",
        Formats,
        value => $"unknown export format '{value}' (json, jsonl, csv or xlsx)");

    private readonly Option<string> table = KkOptions.OneOf(
        "--table",
        "the table of a csv export: a row per report of area (or sub-question) scores, or a row per warning",
        "areas",
        Tables,
        value => $"unknown table '{value}' (areas, questions or warnings)");

    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<string?> outFile = KkOptions.File("--out", "write to this file (through a temporary file moved into place) instead of standard output");

    public ExportCommand()
        : base("export", "write the archive's records as json, jsonl, csv or xlsx")
    {
        Add(format);
        Add(table);
        Add(archive);
        Add(outFile);
        Validators.Add(result =>
        {
            if (result.GetValue(format) == "xlsx" && result.GetValue(outFile) is null)
            {
                result.AddError("export --format xlsx needs --out FILE.xlsx");
            }
        });
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).Build();
        var formatName = parse.GetValue(format)!;
        var request = new ExportRequest(Enum.Parse<ExportFormat>(formatName, ignoreCase: true), Enum.Parse<ExportTable>(parse.GetValue(table)!, ignoreCase: true));
        if (parse.GetValue(outFile) is { } path)
        {
            app.Export(request, path);
            output.Error.WriteLine($"wrote {path}");
            return 0;
        }

        output.Out.Flush();
        using var stdout = ReferenceEquals(output.Out, Console.Out) ? Console.OpenStandardOutput() : null;
        if (stdout is not null)
        {
            app.Export(request, stdout);
            if (request.Format == ExportFormat.Json)
            {
                stdout.Write("\n"u8);
            }

            return 0;
        }

        // Output caught by a test: through a buffer into its writer.
        using var buffer = new MemoryStream();
        app.Export(request, buffer);
        output.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        if (request.Format == ExportFormat.Json)
        {
            output.Out.Write('\n');
        }

        return 0;
    }
}

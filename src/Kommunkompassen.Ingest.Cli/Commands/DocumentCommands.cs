using System.CommandLine;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk framework draft|fit`: the catalog a report implies, and how well each known version fits it.</summary>
internal sealed class FrameworkCommand : GroupCommand
{
    public FrameworkCommand()
        : base("framework", "the framework catalog a report implies, and how well each known version fits it", "framework needs 'draft <report>' or 'fit <report>', e.g. kk framework draft rapport.docx --id 2031 --out 2031.json")
    {
        Add(new DraftCommand());
        Add(new FitCommand());
    }

    private sealed class DraftCommand : KkCommand
    {
        private readonly Argument<string> report = new("report") { Description = "the report (.docx, .pdf, .doc)" };
        private readonly Option<string?> id = KkOptions.File("--id", "the draft's framework id (default draft-YEAR)", "ID");
        private readonly Option<string?> outFile = KkOptions.File("--out", "write the catalog to this file instead of standard output");
        private readonly Option<string?> frameworks = KkOptions.Frameworks();

        public DraftCommand()
            : base("draft", "write the framework catalog a report implies (areas, sub-questions, maxima) as JSON, to review and add to Frameworks/")
        {
            Add(report);
            Add(id);
            Add(outFile);
            Add(frameworks);
        }

        protected override int Run(ParseResult parse, KkOutput output)
        {
            var app = new KompassAppBuilder().UseFrameworks(parse.GetValue(frameworks)).Build();
            var draft = app.DraftFramework(parse.GetValue(report)!, parse.GetValue(id));
            if (parse.GetValue(outFile) is { } path)
            {
                OutputFiles.WriteText(path, draft.Json);
                output.Error.WriteLine($"wrote {path}: framework {draft.Id}, {draft.Areas} areas, {draft.Questions} sub-questions, read from {draft.FileName} (framework {draft.ReadAs}); review it, then add it to src/Kommunkompassen.Ingest/Frameworks/ or pass its folder with --frameworks");
            }
            else
            {
                output.Out.Write(draft.Json);
            }

            return 0;
        }
    }

    private sealed class FitCommand : KkCommand
    {
        private readonly Argument<string> report = new("report") { Description = "the report (.docx, .pdf, .doc)" };
        private readonly Option<string?> frameworks = KkOptions.Frameworks();

        public FitCommand()
            : base("fit", "how well each known framework version fits a report, and why")
        {
            Add(report);
            Add(frameworks);
        }

        protected override int Run(ParseResult parse, KkOutput output)
        {
            var app = new KompassAppBuilder().UseFrameworks(parse.GetValue(frameworks)).Build();
            var fit = app.FitFramework(parse.GetValue(report)!);
            output.Out.WriteLine($"{fit.FileName}: read as framework {fit.ReadAs}");
            foreach (var line in fit.Fits)
            {
                output.Out.WriteLine($"  {line}");
            }

            foreach (var w in fit.Warnings)
            {
                output.Out.WriteLine($"  {w.Code}: {w.Message}");
            }

            return 0;
        }
    }
}

/// <summary>`kk blocks`: a document's blocks, or as the parser read them.</summary>
internal sealed class BlocksCommand : KkCommand
{
    private readonly Argument<string> file = new("file") { Description = "the document (.docx, .pdf, .doc)" };
    private readonly Option<bool> read = new("--read") { Description = "as the parser saw them, each marked read (+), skipped on purpose (·) or not read (!), then the warnings" };

    public BlocksCommand()
        : base("blocks", "show a document's blocks (headings, paragraphs, lists, tables)")
    {
        Add(file);
        Add(read);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var view = new KompassAppBuilder().Build().Blocks(parse.GetValue(file)!, parse.GetValue(read));
        output.Out.Write(view.Text);
        if (!parse.GetValue(read))
        {
            return 0;
        }

        output.Out.WriteLine();
        output.Out.WriteLine($"read: {SummaryTable.Read(view.Read)} ({view.Read?.BlocksUsed} of {view.Read?.Blocks} blocks read, {view.Read?.BlocksSkipped} skipped on purpose)");
        foreach (var w in view.Warnings)
        {
            output.Out.WriteLine($"  {w.Code}{(w.Place is null ? string.Empty : $" [{w.Place}]")}: {w.Message}");
        }

        return 0;
    }
}

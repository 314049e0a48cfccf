using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Commands;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// The kk command line: one typed command per verb, parsed strictly by System.CommandLine. Exit
/// codes: 0 all good, 2 some input failed, 64 bad command line (an unknown command or option, a
/// bad value, a request the application refuses), 70 an internal error, 75 the archive is being
/// written by another kk ingest (try again when it ends).
/// </summary>
internal static class KkCli
{
    public const int Ok = 0;
    public const int InputFailed = 2;
    public const int Usage = 64;
    public const int InternalError = 70;
    public const int Busy = 75;

    /// <summary>The command tree; every verb and option of kk is here.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand("kk - Kommunkompassen report archive: read evaluation reports (DOCX/PDF) into an archive, search it, classify findings, find good examples")
        {
            new IngestCommand(),
            new ExportCommand(),
            new SearchCommand(),
            new TrainCommand(),
            new EvaluateCommand(),
            new ClassifyCommand(),
            new ReclassifyCommand(),
            new ExamplesCommand(),
            new ShowCommand(),
            new CoverageCommand(),
            new CheckCommand(),
            new FrameworkCommand(),
            new BlocksCommand(),
            new BenchCommand(),
            new ServeCommand(),
        };
        // "kk" in help wherever the program runs from (dotnet kk.dll, a test host).
        root.HelpName = "kk";
        var help = new Command("help", "show the commands");
        help.SetAction(parse => Help(parse.InvocationConfiguration));
        root.Add(help);
        root.SetAction(parse => Help(parse.InvocationConfiguration));
        return root;
    }

    /// <summary>How kk parses: no response files (a query may start with '@').</summary>
    public static ParserConfiguration Parsing { get; } = new() { ResponseFileTokenReplacer = null };

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Root().Parse(args, Parsing);
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // kk ingest handles Ctrl-C itself: the first stops after the file being written.
            ProcessTerminationTimeout = null,
        };

        if (parse.Action is ParseErrorAction || StrayOption(parse, args) is not null)
        {
            error.WriteLine($"kk: {StrayOption(parse, args) ?? Reason(parse)}");
            error.WriteLine($"run '{CommandPath(parse.CommandResult)} --help' for {(parse.CommandResult.Parent is null ? "the commands" : "its options")}");
            return Usage;
        }

        try
        {
            return parse.Invoke(invocation);
        }
        catch (KompassRequestException ex)
        {
            error.WriteLine($"kk: {ex.Message}");
            error.WriteLine($"run '{CommandPath(parse.CommandResult)} --help' for its options");
            return Usage;
        }
        catch (KompassOperationException ex)
        {
            error.WriteLine($"error: {ex.Message.ReplaceLineEndings(" ")}");
            return InputFailed;
        }
        catch (KompassBusyException ex)
        {
            error.WriteLine($"kk: {ex.Message.ReplaceLineEndings(" ")}");
            return Busy;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("KK_DEBUG") is null)
        {
            error.WriteLine($"kk: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")} (set KK_DEBUG=1 to see where)");
            return InternalError;
        }
    }

    /// <summary>
    /// The first thing wrong with the command line, in one line: an unknown option with the
    /// nearest known one, an unknown command, a bad value, a missing argument.
    /// </summary>
    internal static string Reason(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        if (command is GroupCommand group)
        {
            return group.Usage;
        }

        if (parse.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            var near = Nearest(token, token.StartsWith('-') ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)) : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            var what = token.StartsWith('-') ? $"unknown option '{token}' for '{CommandPath(parse.CommandResult)}'" : command.Subcommands.Count > 0 ? $"unknown command '{token}'" : $"unexpected argument '{token}' for '{CommandPath(parse.CommandResult)}'";
            return near is null ? what : $"{what} (did you mean '{near}'?)";
        }

        return parse.Errors[0].Message;
    }

    /// <summary>
    /// An unknown --option that a command's arguments took in as a value (`kk ingest --archve out
    /// corpus` would read a file named --archve): said as an unknown option, with the nearest
    /// known one. Tokens after a lone "--" are arguments, whatever they look like.
    /// </summary>
    internal static string? StrayOption(ParseResult parse, IReadOnlyList<string> args)
    {
        var separator = args.ToList().IndexOf("--");
        var before = separator < 0 ? args : args.Take(separator).ToList();
        var stray = parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .FirstOrDefault(v => v.Length > 2 && v.StartsWith("--", StringComparison.Ordinal) && before.Contains(v));
        if (stray is null)
        {
            return null;
        }

        var near = Nearest(stray, parse.CommandResult.Command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        var what = $"unknown option '{stray}' for '{CommandPath(parse.CommandResult)}'";
        return near is null ? what : $"{what} (did you mean '{near}'?)";
    }

    /// <summary>"kk search", "kk framework draft": the words that name a command.</summary>
    internal static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Parent is null ? "kk" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>The known word nearest to a typed one (at most a third of its letters off), or null.</summary>
    internal static string? Nearest(string typed, IEnumerable<string> known) =>
        known.Select(k => (Word: k, Distance: Distance(typed, k)))
            .Where(x => x.Distance <= Math.Max(1, x.Word.TrimStart('-').Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .Select(x => x.Word)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static int Help(InvocationConfiguration invocation) => Root().Parse(["--help"], Parsing).Invoke(invocation);
}

using System.CommandLine;
using Spectre.Console;

namespace Kommunkompassen.Ingest.Cli.Output;

/// <summary>
/// Where a command prints: its standard output and error (the invocation's, so tests can catch
/// them), and Spectre.Console consoles over them for tables and progress bars, used only when the
/// stream is a terminal (plain lines when it is redirected) and without colour under NO_COLOR.
/// </summary>
internal sealed class KkOutput
{
    public KkOutput(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        OutIsTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        ErrorIsTerminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    public static KkOutput Of(ParseResult parse) => new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Standard output is a terminal (not redirected to a file or pipe).</summary>
    public bool OutIsTerminal { get; }

    /// <summary>Standard error is a terminal (not redirected to a file or pipe).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>True when NO_COLOR is set to anything (https://no-color.org).</summary>
    public static bool NoColor => Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    /// <summary>A Spectre console writing to standard output.</summary>
    public IAnsiConsole OutConsole => Create(Out);

    /// <summary>A Spectre console writing to standard error.</summary>
    public IAnsiConsole ErrorConsole => Create(Error);

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        ColorSystem = NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Ansi = AnsiSupport.Detect,
        Interactive = InteractionSupport.Detect,
    });

    /// <summary>Prints "error: ..." on standard error.</summary>
    public void Fail(string message) => Error.WriteLine($"error: {message}");
}

using System.CommandLine;
using Kommunkompassen.Ingest.Cli;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>
/// kk's command line, parsed in this process: every command rejects unknown options and bad
/// values with exit 64 and a one-line reason, and answers --help without running.
/// </summary>
public sealed partial class CommandLineTests
{
    /// <summary>Every command that does something (not the groups), with a value for each of its arguments.</summary>
    public static TheoryData<string[]> Commands()
    {
        var data = new TheoryData<string[]>();
        foreach (var (path, command) in All(KkCli.Root(), []))
        {
            if (command.Action is not null && command.Name != "help")
            {
                data.Add(path.Concat(command.Arguments.Select(_ => "x")).ToArray());
            }
        }

        return data;
    }

    /// <summary>Every numeric option of every command, with the command's arguments filled in.</summary>
    public static TheoryData<string[], string> NumericOptions()
    {
        var data = new TheoryData<string[], string>();
        foreach (var (path, command) in All(KkCli.Root(), []))
        {
            foreach (var option in command.Options.Where(o => (Nullable.GetUnderlyingType(o.ValueType) ?? o.ValueType) is var t && (t == typeof(int) || t == typeof(double))))
            {
                data.Add(path.Concat(command.Arguments.Select(_ => "x")).ToArray(), option.Name);
            }
        }

        return data;
    }

    internal static IEnumerable<(string[] Path, Command Command)> All(Command command, string[] path)
    {
        foreach (var sub in command.Subcommands)
        {
            var subPath = path.Append(sub.Name).ToArray();
            yield return (subPath, sub);
            foreach (var deeper in All(sub, subPath))
            {
                yield return deeper;
            }
        }
    }

    private static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = KkCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_UnknownOption_Exit64WithTheReasonOnOneLine(string[] command)
    {
        var (exit, stdout, stderr) = Run([.. command, "--no-such-option", "1"]);

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        var lines = stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"kk: unknown option '--no-such-option' for 'kk {string.Join(' ', command.Take(command.Length - Arguments(command)))}'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("run 'kk ", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_Help_PrintsUsageAndRunsNothing(string[] command)
    {
        var path = command.Take(command.Length - Arguments(command)).ToArray();

        var (exit, stdout, stderr) = Run([.. path, "--help"]);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains($"kk {string.Join(' ', path)}", stdout, StringComparison.Ordinal);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("trained", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("queries x", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NumericOptions))]
    public void Run_NumericOptionNotANumber_Exit64SayingSo(string[] command, string option)
    {
        var (exit, _, stderr) = Run([.. command, option, "abc"]);

        Assert.Equal(64, exit);
        Assert.StartsWith($"kk: {option} needs a ", stderr, StringComparison.Ordinal);
        Assert.Contains("not 'abc'", stderr.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk: --top needs a whole number of at least 1, not '0'", "search", "x", "--top", "0")]
    [InlineData("kk: unknown export format 'xml' (json, jsonl, csv or xlsx)", "export", "--format", "xml")]
    [InlineData("kk: unknown table 'rows' (areas, questions or warnings)", "export", "--format", "csv", "--table", "rows")]
    [InlineData("kk: export --format xlsx needs --out FILE.xlsx", "export", "--format", "xlsx")]
    [InlineData("kk: 'finding' is not a kind of text (narrative, strength, improvement)", "search", "x", "--kind", "finding")]
    [InlineData("kk: --year needs YEAR, FROM..TO, FROM.. or ..TO, not '2005-2010'", "search", "x", "--year", "2005-2010")]
    [InlineData("kk: unknown trainer 'svm' (sdca, lbfgs, averagedperceptron)", "evaluate", "--trainer", "svm")]
    [InlineData("kk: --narrative: 'off' or a temperature above 0, not '-1'", "evaluate", "--narrative", "-1")]
    [InlineData("kk: --l2 needs a number, not '1e'", "evaluate", "--l2", "1e")]
    [InlineData("kk: --frameworks /no/such/folder: no such folder", "ingest", "x", "--frameworks", "/no/such/folder")]
    [InlineData("kk: unknown option '--archve' for 'kk ingest' (did you mean '--archive'?)", "ingest", "corpus", "--archve", "out")]
    [InlineData("kk: unknown option '--per-qury' for 'kk bench search' (did you mean '--per-query'?)", "bench", "search", "--per-qury")]
    [InlineData("kk: unknown command 'ingset' (did you mean 'ingest'?)", "ingset", "corpus")]
    public void Run_BadValue_Exit64WithTheReason(string reason, params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(reason, stderr.ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("classify")]
    [InlineData("examples")]
    [InlineData("show")]
    [InlineData("blocks")]
    [InlineData("framework", "fit")]
    public void Run_RequiredArgumentMissing_Exit64(params string[] args)
    {
        var (exit, _, stderr) = Run(args);

        Assert.Equal(64, exit);
        Assert.StartsWith("kk: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Version_PrintsTheVersion()
    {
        var (exit, stdout, _) = Run("--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Theory]
    [InlineData()]
    [InlineData("help")]
    public void Run_NoCommandOrHelp_ListsEveryCommand(params string[] args)
    {
        var (exit, stdout, _) = Run(args);

        Assert.Equal(0, exit);
        foreach (var command in KkCli.Root().Subcommands)
        {
            Assert.Contains($"  {command.Name}", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_SuggestDirective_CompletesACommandName()
    {
        var (exit, stdout, _) = Run("[suggest:6]", "kk ing");

        Assert.Equal(0, exit);
        Assert.Equal(["ingest"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Run_SuggestDirective_CompletesAnOptionsValues()
    {
        var (exit, stdout, _) = Run("[suggest:18]", "export --format js");

        Assert.Equal(0, exit);
        Assert.Equal(["json", "jsonl"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void Run_WordsAfterDoubleDash_AreArgumentsEvenWhenTheyLookLikeOptions()
    {
        Assert.Null(KkCli.StrayOption(KkCli.Root().Parse(["search", "--", "--top"], KkCli.Parsing), ["search", "--", "--top"]));
    }

    private static int Arguments(string[] command) => command.Count(a => a == "x");
}

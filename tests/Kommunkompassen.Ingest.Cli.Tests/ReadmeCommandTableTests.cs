using System.CommandLine;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Cli;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>The README's command table says what the parser accepts: the same commands, each with the same options.</summary>
public sealed partial class ReadmeCommandTableTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Table = new(ReadTable);

    /// <summary>Every command of the parser that runs something, as "ingest", "framework draft", with its options.</summary>
    private static Dictionary<string, IReadOnlySet<string>> Parser() =>
        CommandLineTests.All(KkCli.Root(), [])
            .Where(c => c.Command.Action is not null && c.Command.Name != "help")
            .ToDictionary(
                c => string.Join(' ', c.Path),
                c => (IReadOnlySet<string>)c.Command.Options.Where(o => o.Name != "--help").Select(o => o.Name).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

    [Fact]
    public void Table_Commands_SameAsTheParsers()
    {
        Assert.Equal(Parser().Keys.Order(StringComparer.Ordinal), Table.Value.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Table_EachCommandsOptions_SameAsTheParsers()
    {
        var parser = Parser();
        Assert.NotEmpty(Table.Value);
        foreach (var (command, options) in Table.Value)
        {
            Assert.True(parser.ContainsKey(command), $"the README lists 'kk {command}', which the parser does not know");
            Assert.Equal(parser[command].Order(StringComparer.Ordinal), options.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Table_Read_HasARowForIngestWithItsOptions()
    {
        // The reader itself: a table it cannot read would make the two tests above pass on nothing.
        Assert.Equal(["--archive", "--force", "--frameworks", "--models"], Table.Value["ingest"].Order(StringComparer.Ordinal));
    }

    private static IReadOnlyDictionary<string, IReadOnlySet<string>> ReadTable()
    {
        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("\n## Commands\n", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var table = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (Match row in Row().Matches(readme[start..end]))
        {
            var usage = row.Groups[1].Value;
            var words = usage.Split(' ').TakeWhile(w => Word().IsMatch(w));
            table.Add(string.Join(' ', words), Option().Matches(usage).Select(m => m.Value).ToHashSet(StringComparer.Ordinal));
        }

        return table;
    }

    [GeneratedRegex(@"^\| `kk ([^`]*)` \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"^[a-z]+$")]
    private static partial Regex Word();

    [GeneratedRegex(@"--[a-z0-9][a-z0-9-]*")]
    private static partial Regex Option();
}

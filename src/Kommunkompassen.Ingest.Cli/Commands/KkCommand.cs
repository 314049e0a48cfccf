using System.CommandLine;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>
/// A kk verb: its options and arguments as typed fields, and what it does with them — build the
/// application from the options, call it, print the result. Exit codes: 0 all good, 2 some input
/// failed (<see cref="KompassOperationException"/>), 64 bad command line (<see cref="KompassRequestException"/>).
/// </summary>
internal abstract class KkCommand : Command
{
    protected KkCommand(string name, string description)
        : base(name, description)
    {
        SetAction(parse => Run(parse, KkOutput.Of(parse)));
    }

    protected abstract int Run(ParseResult parse, KkOutput output);

    /// <summary>Words joined into one text, as a query or a name given unquoted.</summary>
    protected static string Joined(ParseResult parse, Argument<string[]> words) => string.Join(' ', parse.GetValue(words) ?? []);
}

/// <summary>A command that only groups others; run alone or with an unknown subcommand, it is a usage error with this message.</summary>
internal class GroupCommand : Command
{
    public GroupCommand(string name, string description, string usage)
        : base(name, description)
    {
        Usage = usage;
    }

    /// <summary>What the command needs, said when it is run without it.</summary>
    public string Usage { get; }
}

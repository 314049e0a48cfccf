namespace Kommunkompassen.Ingest.Cli;

/// <summary>A parsed command line: the command, its positional arguments and its --options.</summary>
internal sealed record CommandLine(string Command, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Options that take no value.</summary>
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--force", "--help", "--errors", "--read", "--per-query" };

    public string Archive => Options.GetValueOrDefault("--archive") ?? Kommunkompassen.Ingest.Storage.ReportArchive.DefaultFolder;

    public static CommandLine Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (Flags.Contains(arg))
                {
                    options[arg] = "true";
                }
                else if (i + 1 < args.Length)
                {
                    options[arg] = args[++i];
                }
                else
                {
                    throw new UsageException($"option {arg} needs a value");
                }
            }
            else
            {
                positional.Add(arg);
            }
        }

        var command = positional.Count > 0 ? positional[0] : "help";
        return new CommandLine(command, positional.Skip(1).ToList(), options);
    }
}

/// <summary>A command line that cannot be run; the message says why.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

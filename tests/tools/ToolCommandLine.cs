using System.CommandLine;
using System.Globalization;

namespace Kommunkompassen.Ingest.Tools;

/// <summary>
/// The command line of the benchmark and quality programs (linked into each): parsed strictly by
/// System.CommandLine, a command-line error is one line on stderr and exit 64 before anything runs.
/// </summary>
internal static class ToolCommandLine
{
    public const int Usage = 64;

    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{root.Name}: {parse.Errors[0].Message}");
            Console.Error.WriteLine($"run '{root.Name} --help' for the commands and their options");
            return Usage;
        }

        return parse.Invoke();
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>, <paramref name="fallback"/> when not given.</summary>
    public static Option<int> Int(string name, string description, int fallback, int minimum) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
            {
                result.AddError($"{name} needs a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
                return fallback;
            }

            return value;
        },
    };
}

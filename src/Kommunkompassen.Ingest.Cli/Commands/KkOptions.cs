using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>The options several commands share, and typed options whose bad values are one-line errors.</summary>
internal static class KkOptions
{
    public static Option<string> Archive() => new("--archive")
    {
        Description = "the archive folder",
        HelpName = "DIR",
        DefaultValueFactory = _ => KompassDefaults.ArchiveFolder,
    };

    public static Option<string?> Models(string description = "the models folder (default ./models when it exists, else the models beside kk)") => new("--models")
    {
        Description = description,
        HelpName = "DIR",
    };

    public static Option<string?> Frameworks() => Folder("--frameworks", "also the framework catalog files (*.json) of this folder", "DIR");

    public static Option<bool> Json(string description = "print JSON") => new("--json") { Description = description };

    public static Option<string?> File(string name, string description, string helpName = "FILE") => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary>A folder that must exist.</summary>
    public static Option<string?> Folder(string name, string description, string helpName = "DIR")
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } folder && !Directory.Exists(folder))
            {
                result.AddError($"{name} {folder}: no such folder");
            }
        });
        return option;
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>; anything else is a usage error.</summary>
    public static Option<int> Int(string name, string description, int fallback, int minimum = 1, string helpName = "N") => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => fallback,
        CustomParser = result => ParseInt(result, name, minimum) ?? fallback,
    };

    /// <summary>An optional whole number of at least <paramref name="minimum"/>.</summary>
    public static Option<int?> OptionalInt(string name, string description, int minimum = 1, string helpName = "N") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result => ParseInt(result, name, minimum),
    };

    /// <summary>An optional number (invariant culture, '.' for decimals) above <paramref name="above"/>, or at least it when <paramref name="orEqual"/>.</summary>
    public static Option<double?> OptionalNumber(string name, string description, double above, bool orEqual, string helpName = "X") => new(name)
    {
        Description = description,
        HelpName = helpName,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                result.AddError($"{name} needs a number, not '{text}'");
                return null;
            }

            if (orEqual ? value < above : value <= above)
            {
                result.AddError($"{name} needs a number {(orEqual ? "of at least" : "above")} {above.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
                return null;
            }

            return value;
        },
    };

    /// <summary>One of a fixed set of words; anything else is a usage error that lists them.</summary>
    public static Option<string> OneOf(string name, string description, string fallback, IReadOnlyList<string> values, Func<string, string>? message = null)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join('|', values),
            DefaultValueFactory = _ => fallback,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } value && !values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(message?.Invoke(value) ?? $"{name}: '{value}' is not one of {string.Join(", ", values)}");
            }
        });
        option.CompletionSources.Add(values.ToArray());
        return option;
    }

    private static int? ParseInt(ArgumentResult result, string name, int minimum)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} needs a whole number, not '{text}'");
            return null;
        }

        if (value < minimum)
        {
            result.AddError($"{name} needs a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>Words given as one argument or several, joined by spaces (a query, a text, a name).</summary>
    public static Argument<string[]> Words(string name, string description) => new(name)
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}

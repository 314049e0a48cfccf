using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// `kk framework draft` and `kk framework fit`: the catalog a report implies, for a person to
/// review and add to Frameworks/, and how well each known version fits a report. `--frameworks DIR`
/// adds the catalog files of a folder (reviewed drafts) to the embedded ones, here and in `kk ingest`.
/// </summary>
internal static class FrameworkCommands
{
    public static int Run(CommandLine line)
    {
        if (line.Arguments.Count != 2 || line.Arguments[0] is not ("draft" or "fit"))
        {
            throw new UsageException("framework needs 'draft <report>' or 'fit <report>', e.g. kk framework draft rapport.docx --id 2031 --out 2031.json");
        }

        try
        {
            var parser = Parser(line);
            var document = DocumentLoader.Default.Load(line.Arguments[1]);
            return line.Arguments[0] == "draft" ? Draft(line, parser, document) : Fit(parser, document);
        }
        catch (DocumentReadException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (ReportParseException ex)
        {
            Console.Error.WriteLine($"error: {ex.FileName}: {ex.Reason}");
            return 2;
        }
        catch (InvalidDataException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The parser over the embedded catalog and, with --frameworks DIR, the catalog files there.</summary>
    public static ReportParser Parser(CommandLine line) =>
        line.Options.GetValueOrDefault("--frameworks") is { } folder
            ? new ReportParser(MunicipalityRegistry.Default, Catalog(folder))
            : ReportParser.Default;

    /// <summary>A fingerprint of the added catalog files (null without --frameworks), part of the ingest version so readings are redone when a catalog is added.</summary>
    public static string? Fingerprint(CommandLine line)
    {
        if (line.Options.GetValueOrDefault("--frameworks") is not { } folder)
        {
            return null;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return "frameworks-" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    private static FrameworkCatalog Catalog(string folder) =>
        Directory.Exists(folder) ? FrameworkCatalog.WithFolder(folder) : throw new UsageException($"--frameworks {folder}: no such folder");

    private static int Draft(CommandLine line, ReportParser parser, Documents.Model.DocumentContent document)
    {
        var record = parser.Parse(document);
        var id = line.Options.GetValueOrDefault("--id") ?? $"draft-{record.Year.ToString(CultureInfo.InvariantCulture)}";
        var draft = parser.Draft(document, id);
        var json = FrameworkCatalog.ToJson(draft);
        if (line.Options.GetValueOrDefault("--out") is { } path)
        {
            File.WriteAllText(path, json);
            Console.Error.WriteLine($"wrote {path}: framework {draft.Id}, {draft.Areas.Count} areas, {draft.Areas.Sum(a => a.Questions.Count)} sub-questions, read from {document.FileName} (framework {record.Framework}); review it, then add it to src/Kommunkompassen.Ingest/Frameworks/ or pass its folder with --frameworks");
        }
        else
        {
            Console.Write(json);
        }

        return 0;
    }

    private static int Fit(ReportParser parser, Documents.Model.DocumentContent document)
    {
        var record = parser.Parse(document);
        Console.WriteLine($"{document.FileName}: read as framework {record.Framework}");
        foreach (var fit in parser.FitVersions(document))
        {
            Console.WriteLine($"  {fit.Describe()}");
        }

        foreach (var w in record.Warnings.Where(w => w.Code is Records.WarningCodes.FrameworkUncertain or Records.WarningCodes.FrameworkCatalogFromReport or Records.WarningCodes.QuestionTextMismatch))
        {
            Console.WriteLine($"  {w.Code}: {w.Message}");
        }

        return 0;
    }
}

using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// A document's blocks one per line (headings, paragraphs, list items, tables with page numbers);
/// when read, as the parser saw them, each marked + read, · skipped on purpose or ! not read,
/// with the read summary and every warning of the reading.
/// </summary>
public sealed record BlocksView(string Text, ReadSummary? Read, IReadOnlyList<ValidationWarning> Warnings);

/// <summary>The framework catalog a report implies, as catalog JSON, with what it holds and what it was read from.</summary>
public sealed record FrameworkDraft(string Id, int Areas, int Questions, string FileName, string ReadAs, string Json);

/// <summary>How well each known framework version fits a report, and the reading's framework warnings.</summary>
public sealed record FrameworkFitAnswer(string FileName, string ReadAs, IReadOnlyList<string> Fits, IReadOnlyList<ValidationWarning> Warnings);

public sealed partial class KompassApp
{
    /// <summary>A document's blocks; with <paramref name="read"/>, as the parser saw them.</summary>
    /// <exception cref="KompassOperationException">The file cannot be read or is no report.</exception>
    public BlocksView Blocks(string file, bool read)
    {
        var doc = Load(file);
        if (!read)
        {
            return new BlocksView(BlockDump.Render(doc.Blocks), null, []);
        }

        var (record, accounts) = Guard(() => ReportParser.Default.ParseAccounted(doc));
        return new BlocksView(BlockDump.RenderAccounted(accounts), record.Read, record.Warnings);
    }

    /// <summary>The framework catalog a report implies, for a person to review; its id, by default draft-YEAR.</summary>
    /// <exception cref="KompassOperationException">The file cannot be read or is no report.</exception>
    public FrameworkDraft DraftFramework(string report, string? id = null)
    {
        var document = Load(report);
        return Guard(() =>
        {
            var record = Parser.Parse(document);
            var draft = Parser.Draft(document, id ?? $"draft-{record.Year.ToString(CultureInfo.InvariantCulture)}");
            return new FrameworkDraft(draft.Id, draft.Areas.Count, draft.Areas.Sum(a => a.Questions.Count), document.FileName, record.Framework, FrameworkCatalog.ToJson(draft));
        });
    }

    /// <summary>How well each known framework version fits a report, and why.</summary>
    /// <exception cref="KompassOperationException">The file cannot be read or is no report.</exception>
    public FrameworkFitAnswer FitFramework(string report)
    {
        var document = Load(report);
        return Guard(() =>
        {
            var record = Parser.Parse(document);
            var fits = Parser.FitVersions(document).Select(f => f.Describe()).ToList();
            var warnings = record.Warnings.Where(w => w.Code is WarningCodes.FrameworkUncertain or WarningCodes.FrameworkCatalogFromReport or WarningCodes.QuestionTextMismatch).ToList();
            return new FrameworkFitAnswer(document.FileName, record.Framework, fits, warnings);
        });
    }

    private static DocumentContent Load(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Guard(() => DocumentLoader.Default.Load(file));
    }

    /// <summary>Runs a reading, turning the expected failures into one-line operation errors.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DocumentReadException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
        catch (ReportParseException ex)
        {
            throw new KompassOperationException($"{ex.FileName}: {ex.Reason}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
    }
}

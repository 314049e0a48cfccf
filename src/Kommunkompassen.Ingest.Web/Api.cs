using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kommunkompassen.Ingest.Web;

/// <summary>One page of a search: the hits on it, the total, facet counts over every match, suggestions when none matched, and notes.</summary>
public sealed record SearchPage(
    int TotalHits,
    int Page,
    int PageSize,
    IReadOnlyList<SearchAnswerHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Notes);

/// <summary>Good examples with the weights that rank them, so the page can say why each ranks where it does.</summary>
public sealed record ExamplesPage(string Topic, IReadOnlyList<QuestionKey> Questions, IReadOnlyList<GoodExample> Examples, ExampleWeights Weights);

/// <summary>The JSON API: GET only, each endpoint one call of the application.</summary>
internal static class Api
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithSummary("Search passages and findings (every filter of kk search, with paging)");
        api.MapGet("/search/export", SearchExport).WithSummary("The search's hits on the page asked for, as CSV or XLSX");
        api.MapGet("/examples", Examples).WithSummary("Good examples on a topic or sub-question, with the evidence");
        api.MapGet("/municipalities", Municipalities).WithSummary("The municipalities the archive holds evaluations of");
        api.MapGet("/municipalities/{code}", Profile).WithSummary("A municipality's profile");
        api.MapGet("/municipalities/{code}/export", ProfileExport).WithSummary("A municipality's evaluations as CSV or XLSX, as kk export writes them");
        api.MapGet("/reports/{id}", Report).WithSummary("A report's record");
        api.MapGet("/reports/{id}/files/{format}", SourceFile).WithSummary("The report's original file (docx, pdf or doc)");
        api.MapGet("/facets", Facets).WithSummary("Facet counts over every text of the archive");
        // Read-only: any other method on an API path is a 405 (no endpoint writes).
        api.MapMethods("/{**path}", ["POST", "PUT", "PATCH", "DELETE"], () => Problems.Result(StatusCodes.Status405MethodNotAllowed, "the API is read-only: only GET")).ExcludeFromDescription();
        api.MapGet("/{**path}", () => Problems.Result(StatusCodes.Status404NotFound, "no such API endpoint (see /api/openapi.json)")).ExcludeFromDescription();
    }

    private static Ok<SearchPage> Search(KompassApp app, string? q, string? area, string? question, string? municipality, string? year, string? framework, string? kind, string? page, string? pageSize)
    {
        var query = ApiInput.Search(q, area, question, municipality, year, framework, kind, page, pageSize);
        var behind = new List<string>();
        var answer = app.Search(query, behind.Add);
        return TypedResults.Ok(new SearchPage(answer.TotalHits, (query.Skip / query.Top) + 1, query.Top, answer.Hits, answer.Facets, answer.Suggestions, [.. behind, .. answer.Notes]));
    }

    private static FileContentHttpResult SearchExport(KompassApp app, string? format, string? q, string? area, string? question, string? municipality, string? year, string? framework, string? kind, string? page, string? pageSize)
    {
        var table = ApiInput.Table(format);
        var query = ApiInput.Search(q, area, question, municipality, year, framework, kind, page, pageSize);
        return Download(stream => app.ExportSearch(query, table, stream), table, "sokresultat");
    }

    private static Ok<ExamplesPage> Examples(KompassApp app, string? q, string? framework, string? top)
    {
        var answer = app.Examples(ApiInput.Examples(q, framework, top));
        return TypedResults.Ok(new ExamplesPage(answer.Topic, answer.Questions, answer.Examples, ExampleWeights.Current));
    }

    private static Ok<IReadOnlyList<EvaluatedMunicipality>> Municipalities(KompassApp app) => TypedResults.Ok(app.Municipalities());

    private static Results<Ok<ProfileView>, ProblemHttpResult> Profile(KompassApp app, string code)
    {
        var name = ApiInput.Municipality(code);
        try
        {
            return TypedResults.Ok(ProfileView.Of(app.Profile(name)));
        }
        catch (KompassRequestException ex)
        {
            return (ProblemHttpResult)Problems.Result(StatusCodes.Status404NotFound, ex.Message);
        }
    }

    private static FileContentHttpResult ProfileExport(KompassApp app, string code, string? format)
    {
        var table = ApiInput.Table(format);
        var name = ApiInput.Municipality(code);
        return Download(stream => app.ExportProfile(name, table, stream), table, "kommun-" + new string(name.Where(char.IsAsciiLetterOrDigit).ToArray()));
    }

    private static Results<Ok<ReportRecord>, ProblemHttpResult> Report(KompassApp app, string id) =>
        app.Report(ApiInput.ReportId(id)) is { } record
            ? TypedResults.Ok(record)
            : (ProblemHttpResult)Problems.Result(StatusCodes.Status404NotFound, $"the archive holds no report {id}");

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> SourceFile(KompassApp app, string id, string format)
    {
        var reportId = ApiInput.ReportId(id);
        if (app.SourceFile(reportId, format) is not { } source)
        {
            return (ProblemHttpResult)Problems.Result(StatusCodes.Status404NotFound, $"the archive holds no {format} file of report {reportId} that is still where it was read, unchanged");
        }

        return source.Format == "pdf"
            // Inline, so that the browser's viewer opens it at #page=N.
            ? TypedResults.PhysicalFile(source.Path, "application/pdf", enableRangeProcessing: true)
            : TypedResults.PhysicalFile(source.Path, source.Format == "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/msword", $"{reportId}.{source.Format}");
    }

    private static Ok<IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>> Facets(KompassApp app) => TypedResults.Ok(app.Facets());

    /// <summary>A table written whole into memory first (a workbook's writer reads back what it writes), then sent as an attachment.</summary>
    private static FileContentHttpResult Download(Action<Stream> write, ExportFormat format, string name)
    {
        using var memory = new MemoryStream();
        write(memory);
        return format == ExportFormat.Xlsx
            ? TypedResults.File(memory.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : TypedResults.File(memory.ToArray(), "text/csv; charset=utf-8", name + ".csv");
    }
}

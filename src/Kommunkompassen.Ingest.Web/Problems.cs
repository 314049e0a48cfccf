using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// Errors as RFC 9457 problem details, in one place: a request the application refuses is a 400
/// naming the reason, an archive it cannot read a 503, another ingest writing it a 503 with
/// Retry-After, anything else a 500 that says nothing of the inside.
/// </summary>
internal static class Problems
{
    public static async Task Catch(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (KompassRequestException ex) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status400BadRequest, ex.Message);
        }
        catch (KompassOperationException ex) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status503ServiceUnavailable, ex.Message);
        }
        catch (KompassBusyException ex) when (!context.Response.HasStarted)
        {
            await Write(context, StatusCodes.Status503ServiceUnavailable, ex.Message, r => r.Headers.RetryAfter = "5");
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await Write(context, ex.StatusCode, ex.Message);
        }
    }

    /// <summary>A problem details response (application/problem+json) with this status and one line of detail.</summary>
    public static Task Write(HttpContext context, int status, string detail, Action<HttpResponse>? headers = null)
    {
        context.Response.Clear();
        SecurityHeaders.Set(context.Response);
        headers?.Invoke(context.Response);
        return Result(status, detail).ExecuteAsync(context);
    }

    /// <summary>The same as a result an endpoint returns.</summary>
    public static IResult Result(int status, string detail) => TypedResults.Problem(new ProblemDetails
    {
        Status = status,
        Title = ReasonPhrase(status),
        Detail = detail.ReplaceLineEndings(" "),
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
    });

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}

using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// Errors as RFC 9457 problem details, in one place: a request the application refuses is a 400
/// naming the reason, an archive it cannot read a 503, another ingest writing it a 503 with
/// Retry-After, anything else a 500 that says nothing of the inside (the log has it).
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
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            // Said to the log with where it happened; to the client only that it happened.
            InternalError(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Problems).FullName!), context.Request.Path, ex);
            await Write(context, StatusCodes.Status500InternalServerError, "an internal error; the server's log says where");
        }
    }

    private static readonly Action<ILogger, PathString, Exception?> InternalError =
        LoggerMessage.Define<PathString>(LogLevel.Error, new EventId(500, "InternalError"), "internal error answering {Path}");

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

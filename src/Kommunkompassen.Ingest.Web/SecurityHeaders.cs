using Microsoft.AspNetCore.Http;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that lets only the app's own
/// script and style files run (no inline script, no eval, no other origin, no frames, no plugins),
/// no MIME sniffing, no framing, no referrer, and no caching of the API's answers.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        Set(context.Response);
        return next(context);
    }

    public static void Set(HttpResponse response)
    {
        var h = response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Cross-Origin-Resource-Policy"] = "same-origin";
        if (response.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            h.CacheControl = "no-store";
        }
    }
}

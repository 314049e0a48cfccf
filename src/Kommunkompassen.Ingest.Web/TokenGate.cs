using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// With an access token set, every API request must carry it, as <c>Authorization: Bearer …</c>
/// or in the page's cookie (so that a link to a PDF or a download carries it too); compared in
/// constant time. The page itself (HTML, CSS, script) is served without it, so that it can ask
/// for the token. Without a token (loopback only) every request passes.
/// </summary>
internal sealed class TokenGate(string? token)
{
    private readonly byte[]? expected = token is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public Task Check(HttpContext context, RequestDelegate next)
    {
        if (expected is null || !context.Request.Path.StartsWithSegments("/api") || Carries(context.Request))
        {
            return next(context);
        }

        return Problems.Write(context, StatusCodes.Status401Unauthorized, "this archive needs an access token: send it as 'Authorization: Bearer <token>' (the page asks for it)", r => r.Headers.WWWAuthenticate = "Bearer");
    }

    private bool Carries(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim()
            : request.Cookies.TryGetValue(WebDefaults.TokenCookie, out var cookie) ? Uri.UnescapeDataString(cookie)
            : null;
        return given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected);
    }
}

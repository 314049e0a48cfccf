using System.Net;
using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Http;

namespace Kommunkompassen.Ingest.Web;

/// <summary>The web app's defaults and bounds, each in one place.</summary>
public static class WebDefaults
{
    /// <summary>Where kk serve listens when not told: this machine only.</summary>
    public const string Url = "http://127.0.0.1:5080";

    /// <summary>The environment variable an access token may be given in instead of --token.</summary>
    public const string TokenVariable = "KK_SERVE_TOKEN";

    /// <summary>The fewest characters an access token may have.</summary>
    public const int MinTokenLength = 16;

    /// <summary>The cookie the page keeps the access token in, so that links (a PDF, a download) carry it.</summary>
    public const string TokenCookie = "kk_token";

    /// <summary>API requests one client (address) may make per second, and at once in a burst.</summary>
    public const int RequestsPerSecond = 50;

    public const int Burst = 100;

    /// <summary>API requests that work at once: one per processor, since a search is CPU work.</summary>
    public static int ConcurrentRequests => Environment.ProcessorCount;

    /// <summary>API requests that may wait for their turn; beyond that a 503.</summary>
    public const int QueuedRequests = 500;

    /// <summary>Characters a parameter other than the query text may have.</summary>
    public const int MaxParameterLength = 100;

    /// <summary>Hits on one page of a search, when not told, and at most.</summary>
    public const int PageSize = KompassDefaults.SearchTop;

    public const int MaxPageSize = 100;
}

/// <summary>
/// How the web app runs: the addresses it listens on, the access token (required on any address
/// that is not this machine's own), and how many API requests a client may make.
/// </summary>
public sealed record WebOptions(IReadOnlyList<string> Urls, string? Token = null)
{
    /// <summary>API requests per second for one client address (a token bucket), and the burst.</summary>
    public int RequestsPerSecond { get; init; } = WebDefaults.RequestsPerSecond;

    public int Burst { get; init; } = WebDefaults.Burst;

    /// <summary>API requests that work at once (the others wait their turn, oldest first), and how many may wait.</summary>
    public int ConcurrentRequests { get; init; } = WebDefaults.ConcurrentRequests;

    public int QueuedRequests { get; init; } = WebDefaults.QueuedRequests;

    /// <summary>The default: this machine only, no token.</summary>
    public static WebOptions Loopback { get; } = new([WebDefaults.Url]);

    /// <summary>
    /// Says in one line why the app may not start as asked: an address that cannot be read, one
    /// that is not loopback without an access token, a token too short to be one.
    /// </summary>
    /// <exception cref="KompassRequestException">It may not start as asked.</exception>
    public void Check()
    {
        if (Urls.Count == 0)
        {
            throw new KompassRequestException("--urls: give an address to listen on, e.g. " + WebDefaults.Url);
        }

        if (Token is { } token && token.Length < WebDefaults.MinTokenLength)
        {
            throw new KompassRequestException($"the access token has {token.Length} characters; give one of at least {WebDefaults.MinTokenLength} (e.g. from openssl rand -hex 16)");
        }

        foreach (var url in Urls)
        {
            if (!IsLoopback(url) && Token is null)
            {
                throw new KompassRequestException($"--urls {url} is not this machine's own (loopback) address: give an access token with --token or {WebDefaults.TokenVariable} to serve the archive there");
            }
        }

        if (RequestsPerSecond < 1 || Burst < 1)
        {
            throw new KompassRequestException("the request rate and burst must be at least 1");
        }

        if (ConcurrentRequests < 1 || QueuedRequests < 0)
        {
            throw new KompassRequestException("at least 1 request must be able to work at once, and no fewer than 0 wait");
        }
    }

    /// <summary>Whether an address is this machine's own: localhost, 127.0.0.0/8 or ::1 (not *, + or 0.0.0.0).</summary>
    /// <exception cref="KompassRequestException">The address cannot be read.</exception>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException ex)
        {
            throw new KompassRequestException($"--urls {url}: not an address to listen on ({ex.Message}); e.g. {WebDefaults.Url}", ex);
        }

        if (!string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase) && !string.Equals(address.Scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            throw new KompassRequestException($"--urls {url}: not an http address; e.g. {WebDefaults.Url}");
        }

        var host = address.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}

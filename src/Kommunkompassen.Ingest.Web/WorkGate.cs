using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// Lets at most <see cref="WebOptions.ConcurrentRequests"/> API requests work at once (by default
/// one per processor) and queues the others, oldest first, up to <see cref="WebOptions.QueuedRequests"/>;
/// a request beyond the queue gets a 503 with <c>Retry-After</c>. A search is CPU work: twenty run
/// side by side on two cores share them, so each takes ten times as long and the slow ones far
/// longer; taken in turn, each waits for those before it and then runs at full speed, which
/// keeps the slowest answers close to the typical one. The page's files pass without it.
/// </summary>
internal sealed class WorkGate(WebOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.ConcurrentRequests,
        QueueLimit = options.QueuedRequests,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task Check(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            await Problems.Write(context, StatusCodes.Status503ServiceUnavailable, $"the server is busy and its queue is full ({options.QueuedRequests.ToString(CultureInfo.InvariantCulture)} waiting); try again in a moment", r => r.Headers.RetryAfter = "1");
            return;
        }

        await next(context);
    }

    public void Dispose() => limiter.Dispose();
}

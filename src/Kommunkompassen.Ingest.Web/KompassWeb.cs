using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// The web app over a <see cref="KompassApp"/>: the page (embedded HTML, CSS and JavaScript) and a
/// read-only JSON API with an OpenAPI document, errors as RFC 9457 problem details, an access
/// token where it listens beyond this machine, security headers and a rate limit on the API.
/// <see cref="Build"/> gives the Kestrel app <c>kk serve</c> runs; <see cref="AddServices"/> and
/// <see cref="Use"/> are its two halves, for a test host.
/// </summary>
public static class KompassWeb
{
    /// <summary>The rate limiter policy of the API.</summary>
    internal const string ApiPolicy = "api";

    /// <summary>The app on Kestrel at <see cref="WebOptions.Urls"/>, not yet started.</summary>
    /// <exception cref="KompassRequestException">The options do not allow it to start (see <see cref="WebOptions.Check"/>).</exception>
    public static WebApplication Build(KompassApp app, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        options.Check();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(KompassWeb).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            k.Limits.MaxRequestBodySize = 0;
        });
        AddServices(builder.Services, app, options);
        var web = builder.Build();
        Use(web);
        return web;
    }

    /// <summary>The services: the application, the options, the work gate, JSON, problem details, the rate limiter, OpenAPI.</summary>
    public static void AddServices(IServiceCollection services, KompassApp app, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        options.Check();
        services.AddSingleton(app);
        services.AddSingleton(options);
        services.AddSingleton<WorkGate>();
        services.AddRouting();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // Swedish letters as they are; <, >, &, quotes escaped, so no report text reads as markup anywhere.
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancel) => new ValueTask(Problems.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, $"more than {options.RequestsPerSecond} requests a second from this address; wait a moment and try again"));
            limiter.AddPolicy(ApiPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.Burst,
                    TokensPerPeriod = options.RequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
    }

    /// <summary>The middleware and endpoints, in order: headers, errors, the token gate, the rate limiter, the work gate, the routes.</summary>
    public static void Use(IApplicationBuilder web)
    {
        ArgumentNullException.ThrowIfNull(web);
        var options = web.ApplicationServices.GetRequiredService<WebOptions>();
        web.Use(SecurityHeaders.Add);
        web.Use(Problems.Catch);
        web.UseStatusCodePages();
        web.Use(new TokenGate(options.Token).Check);
        web.UseRouting();
        web.UseRateLimiter();
        web.Use(web.ApplicationServices.GetRequiredService<WorkGate>().Check);
        web.UseEndpoints(Map);
    }

    private static void Map(IEndpointRouteBuilder routes)
    {
        Assets.Map(routes);
        routes.MapOpenApi("/api/openapi.json").RequireRateLimiting(ApiPolicy);
        Api.Map(routes.MapGroup("/api").RequireRateLimiting(ApiPolicy));
    }
}

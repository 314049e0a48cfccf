using System.Text.Json;
using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>The error middleware on its own: each exception an endpoint may throw, as the problem details a client gets and what the log gets.</summary>
public sealed class ProblemsTests
{
    private readonly List<string> logged = [];

    private DefaultHttpContext Request(string path)
    {
        var services = new ServiceCollection().AddProblemDetails().AddLogging(b => b.AddProvider(new ListLogger(logged))).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static JsonElement Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return JsonDocument.Parse(context.Response.Body).RootElement.Clone();
    }

    public static TheoryData<Exception, int, string> Mapped() => new()
    {
        { new KompassRequestException("the query is empty"), 400, "the query is empty" },
        { new KompassOperationException("no archive at /tmp/x"), 503, "no archive at /tmp/x" },
    };

    [Theory]
    [MemberData(nameof(Mapped))]
    public async Task Catch_ApplicationsOwnErrors_TheirStatusAndTheirOneLine(Exception thrown, int status, string detail)
    {
        var context = Request("/api/search");

        await Problems.Catch(context, _ => throw thrown);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(detail, Body(context).GetProperty("detail").GetString());
        Assert.Empty(logged);
    }

    [Fact]
    public async Task Catch_AnUnexpectedFault_A500ThatSaysNothingOfTheInsideAndALogLineNamingThePath()
    {
        var context = Request("/api/reports/x");

        await Problems.Catch(context, _ => throw new InvalidOperationException("secret detail at /srv/archive/db"));

        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        var body = Body(context);
        Assert.Equal("an internal error; the server's log says where", body.GetProperty("detail").GetString());
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        var line = Assert.Single(logged);
        Assert.Contains("internal error answering /api/reports/x", line, StringComparison.Ordinal);
        Assert.Contains("secret detail at /srv/archive/db", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catch_ClientWentAway_NothingWrittenAndNothingLogged()
    {
        var context = Request("/api/search");

        await Assert.ThrowsAsync<OperationCanceledException>(() => Problems.Catch(context, _ => throw new OperationCanceledException()));

        Assert.Equal(0, context.Response.Body.Length);
        Assert.Empty(logged);
    }

    private sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        /// <summary>Warnings and errors, as kk serve logs them.</summary>
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                lines.Add($"{logLevel}: {formatter(state, exception)} {exception?.Message}");
            }
        }

        public void Dispose()
        {
        }
    }
}

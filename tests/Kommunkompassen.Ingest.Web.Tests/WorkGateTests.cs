using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>The work gate on its own, with requests that hold their turn until the test lets them go.</summary>
public sealed class WorkGateTests
{
    private static readonly IServiceProvider Services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();

    private static DefaultHttpContext Request(string path)
    {
        var context = new DefaultHttpContext { RequestServices = Services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    /// <summary>Requests that note their path when their turn comes and then hold it until released.</summary>
    private sealed class HeldWork
    {
        private readonly TaskCompletionSource release = new();

        public List<string> Started { get; } = [];

        public async Task Run(HttpContext context)
        {
            lock (Started)
            {
                Started.Add(context.Request.Path);
            }

            await release.Task;
        }

        public void Release() => release.SetResult();
    }

    [Fact]
    public async Task Check_MoreThanMayWorkAndWait_TheRestGet503WithRetryAfter()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 1 });
        var work = new HeldWork();

        var first = gate.Check(Request("/api/search"), work.Run);
        var second = gate.Check(Request("/api/examples"), work.Run);
        var third = Request("/api/facets");
        await gate.Check(third, work.Run);

        Assert.Equal(["/api/search"], work.Started);
        Assert.False(second.IsCompleted);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, third.Response.StatusCode);
        Assert.Equal("1", third.Response.Headers.RetryAfter.ToString());
        third.Response.Body.Position = 0;
        Assert.Equal("the server is busy and its queue is full (1 waiting); try again in a moment", JsonDocument.Parse(third.Response.Body).RootElement.GetProperty("detail").GetString());

        work.Release();
        await Task.WhenAll(first, second);
        Assert.Equal(["/api/search", "/api/examples"], work.Started);
    }

    [Fact]
    public async Task Check_WaitingRequests_TakenOldestFirst()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 10 });
        var work = new HeldWork();

        var paths = Enumerable.Range(1, 5).Select(i => $"/api/q{i}").ToList();
        var running = paths.Select(p => gate.Check(Request(p), work.Run)).ToList();
        work.Release();
        await Task.WhenAll(running);

        Assert.Equal(paths, work.Started);
    }

    [Fact]
    public async Task Check_PageFiles_NeverWait()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 0 });
        var work = new HeldWork();
        var busy = gate.Check(Request("/api/search"), work.Run);
        var page = Request("/app.js");

        await gate.Check(page, c => { c.Response.StatusCode = StatusCodes.Status200OK; return Task.CompletedTask; });

        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
        work.Release();
        await busy;
    }
}

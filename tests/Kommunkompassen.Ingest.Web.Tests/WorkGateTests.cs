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

    [Fact]
    public async Task Check_MoreThanMayWorkAndWait_TheRestGet503WithRetryAfter()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 1 });
        var release = new TaskCompletionSource();
        var started = new List<string>();
        RequestDelegate work = async c =>
        {
            lock (started)
            {
                started.Add(c.Request.Path);
            }

            await release.Task;
        };

        var first = gate.Check(Request("/api/search"), work);
        var second = gate.Check(Request("/api/examples"), work);
        var third = Request("/api/facets");
        await gate.Check(third, work);

        Assert.Equal(["/api/search"], started);
        Assert.False(second.IsCompleted);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, third.Response.StatusCode);
        Assert.Equal("1", third.Response.Headers.RetryAfter.ToString());
        third.Response.Body.Position = 0;
        Assert.Equal("the server is busy and its queue is full (1 waiting); try again in a moment", JsonDocument.Parse(third.Response.Body).RootElement.GetProperty("detail").GetString());

        release.SetResult();
        await Task.WhenAll(first, second);
        Assert.Equal(["/api/search", "/api/examples"], started);
    }

    [Fact]
    public async Task Check_WaitingRequests_TakenOldestFirst()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 10 });
        var release = new TaskCompletionSource();
        var order = new List<string>();
        RequestDelegate work = async c =>
        {
            lock (order)
            {
                order.Add(c.Request.Path);
            }

            await release.Task;
        };

        var paths = Enumerable.Range(1, 5).Select(i => $"/api/q{i}").ToList();
        var running = paths.Select(p => gate.Check(Request(p), work)).ToList();
        release.SetResult();
        await Task.WhenAll(running);

        Assert.Equal(paths, order);
    }

    [Fact]
    public async Task Check_PageFiles_NeverWait()
    {
        using var gate = new WorkGate(WebOptions.Loopback with { ConcurrentRequests = 1, QueuedRequests = 0 });
        var release = new TaskCompletionSource();
        var busy = gate.Check(Request("/api/search"), _ => release.Task);
        var page = Request("/app.js");

        await gate.Check(page, c => { c.Response.StatusCode = StatusCodes.Status200OK; return Task.CompletedTask; });

        Assert.Equal(StatusCodes.Status200OK, page.Response.StatusCode);
        release.SetResult();
        await busy;
    }
}

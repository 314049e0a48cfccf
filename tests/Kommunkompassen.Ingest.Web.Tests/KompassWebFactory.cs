using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>The web app in memory (WebApplicationFactory's test server), built from the same two halves as kk serve's. The web app is a library, so the entry point the factory asks for is this test assembly's.</summary>
public sealed class KompassWebFactory(KompassApp app, WebOptions options) : WebApplicationFactory<KompassWebFactory>
{
    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services => KompassWeb.AddServices(services, app, options))
            .Configure(KompassWeb.Use));

    /// <summary>The factory looks for a content root beside the solution by the test assembly's name; the app serves nothing from disk, so the test's own folder will do.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseContentRoot(AppContext.BaseDirectory);
        return base.CreateHost(builder);
    }
}

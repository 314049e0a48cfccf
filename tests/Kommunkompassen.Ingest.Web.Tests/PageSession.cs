using Kommunkompassen.Ingest.App;
using Microsoft.AspNetCore.Builder;
using PuppeteerSharp;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>
/// The web app as kk serve runs it (Kestrel on a free loopback port, over the web archive) and
/// one headless Chromium for the class — the system's, driven over CDP by PuppeteerSharp, so
/// nothing is downloaded. Where Chromium is missing, <see cref="Browser"/> stays null and the
/// tests skip with the reason. Screenshots go to <see cref="Screenshots"/>.
/// </summary>
public sealed class PageSession : IAsyncLifetime, IDisposable
{
    private readonly WebArchive archive = new();
    private WebApplication? web;

    public WebArchive Archive => archive;

    public KompassApp App => archive.App;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser, when there is none.</summary>
    public string? Missing { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The folder the screenshots are saved in (beside the test assembly, a test artefact).</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        web = KompassWeb.Build(App, new WebOptions(["http://127.0.0.1:0"]));
        await web.StartAsync();
        BaseAddress = new Uri(web.Urls.Single() + "/");
        try
        {
            var program = RequiredTools.ChromiumProgram();
            Browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = program,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                DefaultViewport = new ViewPortOptions { Width = 1200, Height = 900 },
            });
        }
        catch (SkipException ex)
        {
            Missing = ex.Message;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            Browser.Dispose();
        }

        if (web is not null)
        {
            await web.StopAsync();
            await web.DisposeAsync();
        }
    }

    /// <summary>After <see cref="DisposeAsync"/> (xunit calls both): the archive goes last.</summary>
    public void Dispose() => archive.Dispose();
}

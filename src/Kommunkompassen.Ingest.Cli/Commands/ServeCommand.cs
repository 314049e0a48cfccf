using System.CommandLine;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;
using Kommunkompassen.Ingest.Web;
using Microsoft.Extensions.Hosting;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk serve`: the web page and its JSON API over the archive, until Ctrl-C.</summary>
internal sealed class ServeCommand : KkCommand
{
    private readonly Option<string> archive = KkOptions.Archive();
    private readonly Option<string?> models = KkOptions.Models();
    private readonly Option<string[]> urls = new("--urls")
    {
        Description = $"the addresses to listen on (default {WebDefaults.Url}, this machine only; any other needs --token)",
        HelpName = "URL",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [WebDefaults.Url],
    };

    private readonly Option<string?> token = KkOptions.File("--token", $"the access token the page and the API ask for (or {WebDefaults.TokenVariable}); needed on any address but loopback", "TOKEN");

    public ServeCommand()
        : base("serve", "the web page and JSON API over the archive (search, good examples, profiles, reports)")
    {
        Add(archive);
        Add(models);
        Add(urls);
        Add(token);
    }

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var app = new KompassAppBuilder().UseArchive(parse.GetValue(archive)!).UseModels(parse.GetValue(models)).KeepSearcherOpen().Build();
        var given = parse.GetValue(token) ?? (Environment.GetEnvironmentVariable(WebDefaults.TokenVariable) is { Length: > 0 } env ? env : null);
        var listen = parse.GetValue(urls)!.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var options = new WebOptions(listen, given);
        options.Check();
        // The archive and its index are opened once before listening: one that cannot be searched is said now, not on the first request.
        app.Facets();
        using var web = KompassWeb.Build(app, options);
        web.Start();
        output.Out.WriteLine($"kk serve: the archive {Path.GetFullPath(app.Options.ArchiveFolder)} at {string.Join(", ", listen)}{(given is null ? string.Empty : " (access token required)")}; Ctrl-C stops");
        web.WaitForShutdown();
        return 0;
    }
}

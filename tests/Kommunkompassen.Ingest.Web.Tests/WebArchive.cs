using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>
/// An archive for the web tests, ingested once through the application: the two sample reports
/// (DOCX and PDF, so hits have pages and reports their PDF) and a small report whose narrative
/// carries a script tag (<see cref="Script"/>), to show that a report's own text never runs.
/// </summary>
public sealed class WebArchive : IDisposable
{
    /// <summary>The text planted in a report's narrative.</summary>
    public const string Script = "<script>window.kkHacked=1</script><img src=x onerror=\"window.kkHacked=2\">";

    /// <summary>The municipality whose report carries it.</summary>
    public const string ScriptMunicipality = "Vännäs";

    private readonly TempArchive temp = new("kk-web-");

    public WebArchive()
    {
        var inbox = temp.Inbox("in", TempArchive.AllSamples);
        File.WriteAllBytes(Path.Combine(inbox, "script.docx"), SmallReport.Docx(ScriptMunicipality, textMunicipality: Script));
        App = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).KeepSearcherOpen().Build();
        var result = App.Ingest(new IngestRequest([inbox]));
        Assert.Equal(3, result.ReportsInArchive);
    }

    public KompassApp App { get; }

    public string Dir => temp.Dir;

    /// <summary>The report with the script in its narrative.</summary>
    public string ScriptReportId => App.Reports().Single(r => r.Municipality.Name == ScriptMunicipality).Id;

    public void Dispose() => temp.Dispose();
}

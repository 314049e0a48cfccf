namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// An archive of the two sample reports (DOCX) made by the kk process itself (`kk ingest`), for
/// the tests of the commands that read it; a class or collection fixture, deleted afterwards.
/// </summary>
public sealed class IngestedSamples : IDisposable
{
    private readonly TempArchive temp = new("kk-samples-");

    public IngestedSamples()
    {
        var inbox = temp.Inbox("in", Corpus.Report2005Docx, Corpus.Report2010Docx);
        var ingest = Kk.Run(temp.Dir, "ingest", inbox, "--archive", temp.Root);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException($"kk ingest of the samples failed ({ingest.ExitCode}): {ingest.Err}");
        }
    }

    /// <summary>The working folder for kk processes.</summary>
    public string Dir => temp.Dir;

    /// <summary>The archive.</summary>
    public string Root => temp.Root;

    public void Dispose() => temp.Dispose();
}

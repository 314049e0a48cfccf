namespace Kommunkompassen.Ingest.Cli.Output;

/// <summary>
/// Runs a long write (an ingest, a re-classification) so that the first Ctrl-C stops it after the
/// item being written, leaving the archive consistent, and a second one ends the process.
/// </summary>
internal static class CtrlC
{
    public static T Run<T>(KkOutput output, string stopping, Func<CancellationToken, T> work)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                output.Error.WriteLine();
                output.Error.WriteLine($"{stopping} (Ctrl-C again to abort)...");
                cancel.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return work(cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

namespace Kommunkompassen.Ingest.Cli;

/// <summary>`kk bench`: written after the readers settle.</summary>
internal static class Bench
{
    public static int Run(CommandLine line)
    {
        _ = line;
        Console.Error.WriteLine("bench: not yet");
        return 1;
    }
}

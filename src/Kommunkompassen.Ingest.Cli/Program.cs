using Kommunkompassen.Ingest.Cli;

try
{
    var line = CommandLine.Parse(args);
    return line.Command switch
    {
        "ingest" => Commands.Ingest(line),
        "export" => Commands.Export(line),
        "blocks" => Commands.Blocks(line),
        "framework" => FrameworkCommands.Run(line),
        "search" => SearchCommand.Run(line),
        "train" => ClassifyCommands.Train(line),
        "evaluate" => ClassifyCommands.Evaluate(line),
        "classify" => ClassifyCommands.Classify(line),
        "coverage" => InsightCommands.CoverageReport(line),
        "show" => InsightCommands.Show(line),
        "examples" => ExamplesCommand.Run(line),
        "bench" => Bench.Run(line),
        "help" or "--help" or "-h" => Commands.Help(),
        _ => throw new UsageException($"unknown command '{line.Command}'"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"kk: {ex.Message}");
    Console.Error.WriteLine("run 'kk help' for the commands");
    return 64;
}
catch (Kommunkompassen.Ingest.Storage.ArchiveBusyException ex)
{
    // Another kk ingest holds the archive: try again later (EX_TEMPFAIL).
    Console.Error.WriteLine($"kk: {ex.Message}");
    return 75;
}
catch (Kommunkompassen.Ingest.Storage.ArchiveException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("KK_DEBUG") is null)
{
    Console.Error.WriteLine($"kk: internal error: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")} (set KK_DEBUG=1 to see where)");
    return 70;
}

using Kommunkompassen.Ingest.Cli;
using Kommunkompassen.Ingest.Documents;

if (args.Length >= 2 && args[0] == "blocks")
{
    try
    {
        var doc = DocumentLoader.Default.Load(args[1]);
        Console.Write(BlockDump.Render(doc.Blocks));
        return 0;
    }
    catch (DocumentReadException ex)
    {
        Console.Error.WriteLine($"error: {ex.Message}");
        return 2;
    }
}

return 1;

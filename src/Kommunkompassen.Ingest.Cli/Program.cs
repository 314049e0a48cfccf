using Kommunkompassen.Ingest.Cli;

return KkCli.Run(args);

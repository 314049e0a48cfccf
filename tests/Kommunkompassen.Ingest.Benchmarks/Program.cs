using System.CommandLine;
using Kommunkompassen.Ingest.Benchmarks;
using Kommunkompassen.Ingest.Tools;

// Speed and memory of the batch import (the re-import of the whole historic collection), through
// the application layer as `kk` runs it. Run each in its own process so peak memory is its alone.
// Parsed strictly by System.CommandLine: an unknown option or a bad value is one line and exit 64.
var reports = ToolCommandLine.Int("--reports", "how many reports (each as DOCX and PDF)", 1000, minimum: 1);
var seed = ToolCommandLine.Int("--seed", "the random seed", 2026, minimum: 0);
var archive = new Option<string>("--archive")
{
    Description = "the archive to ingest into (deleted first)",
    DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "kk-bench-archive"),
};
var folder = new Argument<string>("folder") { Description = "the folder of reports" };

var generate = new Command("generate", "write N synthetic reports from the two sample templates, each as DOCX and PDF") { folder, reports, seed };
generate.SetAction(parse => Generate.Run(parse.GetValue(folder)!, parse.GetValue(reports), parse.GetValue(seed)));

var ingest = new Command("ingest", "ingest a folder into a fresh archive as `kk ingest` does, then again unchanged: throughput, peak memory, memory per tenth") { folder, archive };
ingest.SetAction(parse => IngestBench.Run(parse.GetValue(folder)!, parse.GetValue(archive)!));

var reclassify = new Command("reclassify", "ingest a folder into a fresh archive, then classify every stored report again from its stored readings with the folder moved away (kk reclassify --all): the time of each") { folder, archive };
reclassify.SetAction(parse => ReclassifyBench.Run(parse.GetValue(folder)!, parse.GetValue(archive)!));

var clients = ToolCommandLine.Int("--clients", "how many clients send searches at once", 20, minimum: 1);
var seconds = ToolCommandLine.Int("--seconds", "how long each archive is loaded", 60, minimum: 1);
var corpus = new Option<string>("--corpus") { Description = "the sample reports", DefaultValueFactory = _ => "corpus" };
var pause = ToolCommandLine.Int("--pause", "milliseconds each client waits after an answer before its next search (0: none)", 0, minimum: 0);
var syntheticOnly = new Option<bool>("--synthetic-only") { Description = "only the archive of synthetic reports" };
var serve = new Command("serve", "the web API as kk serve runs it under N concurrent search clients, on the sample archive and on N synthetic reports: latency median and p99, throughput, memory over the run") { clients, seconds, reports, corpus, pause, syntheticOnly };
serve.SetAction(parse => ServeLoadBench.Run(parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(reports), parse.GetValue(corpus)!, TimeSpan.FromMilliseconds(parse.GetValue(pause)), !parse.GetValue(syntheticOnly)));

var root = new RootCommand("Kommunkompassen.Ingest benchmarks: speed and memory of the batch import and of the web API") { generate, ingest, reclassify, serve };
return ToolCommandLine.Run(root, args);

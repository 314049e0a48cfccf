using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.Benchmarks;

// Batch-ingest benchmark (issue: re-import of the whole historic collection).
//   generate <folder> --reports N [--seed S]   N synthetic reports, each as DOCX and PDF
//   ingest <folder> [--archive DIR]            ingest them as `kk ingest` does, then again unchanged
//   styles <folder> [--seed S] [--count N] [--framework 2016|2020|x-2031|all|A,B] [--random-only] [--only TEXT]
//                                              every house-style preset (none with --random-only) and N random styles, each in
//                                              the framework versions asked (2002 and 2010 unless told), as DOCX+PDF+expected.json
//   styles-check <folder>                      parse them and print the share of field checks passed, per file and per style axis
//   search-quality [--corpus DIR] [--forms F] [--show QUERY]
//                                              search quality judged by forms (issue 12): recall@10 and nDCG@10 of the current
//                                              analysis and of Lucene's SwedishAnalyzer on the sample reports; --show lists one
//                                              query's relevant texts and both top 10s
// Run each in its own process so peak memory is the ingest's alone.
var command = args.Length > 0 ? args[0] : "help";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

switch (command)
{
    case "generate" when args.Length > 1:
        var reports = int.Parse(Option("--reports", "1000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed", "2026"), CultureInfo.InvariantCulture);
        var sw = Stopwatch.StartNew();
        var written = Generate.Folder(args[1], reports, seed);
        Console.WriteLine($"generated {written} reports ({written * 2} files) in {args[1]} in {sw.Elapsed.TotalSeconds:0.0} s");
        return 0;
    case "styles" when args.Length > 1:
        return StylesCommand.Generate(
            args[1],
            int.Parse(Option("--seed", "2026"), CultureInfo.InvariantCulture),
            int.Parse(Option("--count", "4"), CultureInfo.InvariantCulture),
            args.Contains("--only") ? Option("--only", string.Empty) : null,
            StylesCommand.Frameworks(args.Contains("--framework") ? Option("--framework", string.Empty) : null),
            args.Contains("--random-only"));
    case "styles-check" when args.Length > 1:
        return StylesCommand.Check(args[1]);
    case "search-quality":
        return SearchQuality.Run(
            args.Contains("--corpus") ? Option("--corpus", string.Empty) : null,
            args.Contains("--forms") ? Option("--forms", string.Empty) : null,
            args.Contains("--show") ? Option("--show", string.Empty) : null);
    case "ingest" when args.Length > 1:
        return IngestBench.Run(args[1], Option("--archive", Path.Combine(Path.GetTempPath(), "kk-bench-archive")));
    default:
        Console.WriteLine("usage: generate <folder> --reports N [--seed S] | ingest <folder> [--archive DIR] | styles <folder> [--seed S] [--count N] [--framework 2016|2020|x-2031|all|A,B] [--random-only] [--only TEXT] | styles-check <folder> | search-quality [--corpus DIR] [--forms F] [--show QUERY]");
        return command == "help" ? 0 : 64;
}

using System.CommandLine;
using Kommunkompassen.Ingest.Quality;
using Kommunkompassen.Ingest.Tools;

// Quality measurements of the libraries (not speed: see the benchmarks). Parsed strictly by
// System.CommandLine: an unknown option or a bad value is one line and exit 64.
var folder = new Argument<string>("folder") { Description = "the folder to write to or read from" };
var seed = ToolCommandLine.Int("--seed", "the random seed", 2026, minimum: 0);
var count = ToolCommandLine.Int("--count", "how many random styles", 4, minimum: 0);
var framework = new Option<string?>("--framework") { Description = "the framework versions: 2016|2020|x-2031|all|A,B (2002 and 2010 unless told)" };
var randomOnly = new Option<bool>("--random-only") { Description = "no presets, only the random styles" };
var only = new Option<string?>("--only") { Description = "only the presets whose name contains TEXT", HelpName = "TEXT" };

var styles = new Command("styles", "write every house-style preset and N random styles, each in the framework versions asked, as DOCX+PDF+expected.json")
{
    folder, seed, count, framework, randomOnly, only,
};
styles.SetAction(parse => StylesCommand.Generate(
    parse.GetValue(folder)!,
    parse.GetValue(seed),
    parse.GetValue(count),
    parse.GetValue(only),
    StylesCommand.Frameworks(parse.GetValue(framework)),
    parse.GetValue(randomOnly)));

var check = new Command("styles-check", "parse the generated styles and print the share of field checks passed, per file and per style axis") { folder };
check.SetAction(parse => StylesCommand.Check(parse.GetValue(folder)!));

var corpus = new Option<string?>("--corpus") { Description = "the reports to search (default corpus/)", HelpName = "DIR" };
var forms = new Option<string?>("--forms") { Description = "the judged query set (default the tests' quality-set-forms.json)", HelpName = "FILE" };
var judgedSets = new Option<bool>("--judged-sets") { Description = "search the invented reports of the good-examples judged sets (forms from quality-set-forms-reports.json unless told) instead of the samples" };
var show = new Option<string?>("--show") { Description = "list one query's relevant texts and each analysis's top 10", HelpName = "QUERY" };
var searchQuality = new Command("search-quality", "recall@10 and nDCG@10 of the lexicon analysis, Lucene's SwedishAnalyzer, the analysis before the lexicon and a plain Lucene Hunspell chain, judged by forms")
{
    corpus, forms, show, judgedSets,
};
searchQuality.SetAction(parse => SearchQuality.Run(parse.GetValue(corpus), parse.GetValue(forms), parse.GetValue(show), parse.GetValue(judgedSets)));

var root = new RootCommand("Kommunkompassen.Ingest quality measurements: search quality judged by forms, house styles read back") { searchQuality, styles, check };
return ToolCommandLine.Run(root, args);

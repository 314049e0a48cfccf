using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.Quality;

/// <summary>
/// The house-style harness: <c>styles</c> writes every preset (or none) and N random styles,
/// each in the framework versions asked (2002 and 2010 unless told; any of
/// <see cref="PrintedFrameworks.Ids"/>), as DOCX and PDF (and HTML for Chromium styles) with the
/// expected values; <c>styles-check</c> parses every file and prints per file the share of field
/// checks passed and the first failures, then the shares per style axis value, per style and
/// per framework version.
/// </summary>
internal static partial class StylesCommand
{
    private const int FailuresShown = 10;

    /// <summary>
    /// The versions a <c>--framework</c> option names: "all" for every one, else ids separated by
    /// commas ("2016,2020,x-2031"); none given, 2002 and 2010.
    /// </summary>
    public static IReadOnlyList<string> Frameworks(string? option) => option switch
    {
        null or "" => StyledReportSpec.ClassicFrameworks,
        "all" => PrintedFrameworks.Ids,
        _ => option.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    public static int Generate(string folder, int seed, int count, string? only, IReadOnlyList<string> frameworks, bool randomOnly)
    {
        IReadOnlyList<StyledReportSpec> all;
        try
        {
            all = StyledReportSpec.All(seed, count, frameworks, presets: !randomOnly);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 64;
        }

        Directory.CreateDirectory(folder);
        var specs = all.Where(s => only is null || s.Name.Contains(only, StringComparison.Ordinal)).ToList();
        var watch = Stopwatch.StartNew();
        var failed = 0;
        var lines = new string[specs.Count];
        Parallel.For(0, specs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var started = watch.Elapsed;
            try
            {
                var report = StyledReportGenerator.Default.Generate(specs[i]);
                StyledReportGenerator.WriteFiles(report, folder);
                lines[i] = $"{specs[i].Name,-52} {report.Producer,-16} {(watch.Elapsed - started).TotalSeconds,5:0.0} s";
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
            {
                Interlocked.Increment(ref failed);
                lines[i] = $"{specs[i].Name,-52} failed: {ex.Message}";
            }

            Console.Error.WriteLine(lines[i]);
        });
        Console.WriteLine(string.Join('\n', lines));
        Console.WriteLine($"wrote {specs.Count - failed} of {specs.Count} reports to {folder} in {watch.Elapsed.TotalSeconds:0.0} s");
        return failed == 0 ? 0 : 1;
    }

    public static int Check(string folder)
    {
        var manifests = Directory.EnumerateFiles(folder, "*.expected.json").Order(StringComparer.Ordinal)
            .Select(f => StyledManifest.FromJson(File.ReadAllText(f)))
            .ToList();
        var jobs = manifests.SelectMany(m => new[] { "docx", "pdf" }.Select(ext => (Manifest: m, Ext: ext, Path: Path.Combine(folder, $"{m.Name}.{ext}"))))
            .Where(j => File.Exists(j.Path))
            .ToList();
        var results = new (FieldCheckResult Result, string? Error)[jobs.Count];
        var unread = new (int Unread, int Warned)[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (manifest, _, path) = jobs[i];
            try
            {
                var record = ReportParser.Default.Parse(DocumentLoader.Default.Load(path));
                results[i] = (FieldCheck.Default.Compare(manifest.Expected, record), null);
                var notRead = results[i].Result.Failures.Where(f => UnreadCover.IsUnread(f, record)).ToList();
                unread[i] = (notRead.Count, notRead.Count(f => UnreadCover.IsWarned(f, record)));
            }
            catch (Exception ex) when (ex is DocumentReadException or ReportParseException or InvalidOperationException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException)
            {
                results[i] = (FieldCheck.Default.Failed(manifest.Expected, "(parse error)"), $"{ex.GetType().Name}: {ex.Message}");
            }
        });

        var axes = new Dictionary<(string Axis, string Value, string Ext), (int Checks, int Passed, int Files)>();
        var kinds = new Dictionary<(string Style, string Ext), Dictionary<string, int>>();
        var styles = new Dictionary<(string Style, string Ext), (int Checks, int Passed)>();
        var totals = new Dictionary<string, (int Checks, int Passed, int Errors)>(StringComparer.Ordinal);
        var versions = new Dictionary<(string Framework, string Ext), (int Checks, int Passed, int FrameworkOk, int Files)>();
        for (var i = 0; i < jobs.Count; i++)
        {
            var (manifest, ext, _) = jobs[i];
            var (result, error) = results[i];
            Console.WriteLine($"{manifest.Name}.{ext,-4} {result.Passed,5}/{result.Checks,-5} {Percent(result.Share),7}{(unread[i].Unread > 0 ? $"  not read {unread[i].Unread}, warned {unread[i].Warned}" : string.Empty)}{(error is null ? string.Empty : "  parse error: " + error)}");
            foreach (var f in result.Failures.Take(error is null ? FailuresShown : 0))
            {
                Console.WriteLine($"    {f.Field}: expected {Shorten(f.Expected)} | actual {Shorten(f.Actual)}");
            }

            var hidden = result.Failures.Count() - FailuresShown;
            if (error is null && hidden > 0)
            {
                Console.WriteLine($"    ... and {hidden} more");
            }

            foreach (var (axis, value) in manifest.Style.Axes())
            {
                var key = (axis, value, ext);
                var (c, p, n) = axes.GetValueOrDefault(key);
                axes[key] = (c + result.Checks, p + result.Passed, n + 1);
            }

            var styleName = manifest.Style.Name;
            if (!kinds.TryGetValue((styleName, ext), out var byKind))
            {
                kinds[(styleName, ext)] = byKind = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            foreach (var f in result.Failures)
            {
                var kind = Indexes().Replace(f.Field, "[]");
                byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
            }

            var (sc, sp) = styles.GetValueOrDefault((styleName, ext));
            styles[(styleName, ext)] = (sc + result.Checks, sp + result.Passed);
            var (vc, vp, vf, vn) = versions.GetValueOrDefault((manifest.Framework, ext));
            var frameworkOk = result.Results.Any(r => r.Field == "framework" && r.Ok) ? 1 : 0;
            versions[(manifest.Framework, ext)] = (vc + result.Checks, vp + result.Passed, vf + frameworkOk, vn + 1);
            var (tc, tp, te) = totals.GetValueOrDefault(ext);
            totals[ext] = (tc + result.Checks, tp + result.Passed, te + (error is null ? 0 : 1));
        }

        Console.WriteLine();
        Console.WriteLine("share of field checks passed per style axis value (files):");
        Console.WriteLine($"  {"axis=value",-46} {"docx",8} {"pdf",8} {"all",8}");
        foreach (var group in axes.Keys.Select(k => (k.Axis, k.Value)).Distinct().OrderBy(k => k.Axis, StringComparer.Ordinal).ThenBy(k => k.Value, StringComparer.Ordinal))
        {
            var docx = axes.GetValueOrDefault((group.Axis, group.Value, "docx"));
            var pdf = axes.GetValueOrDefault((group.Axis, group.Value, "pdf"));
            Console.WriteLine($"  {group.Axis + "=" + group.Value,-46} {Share(docx.Checks, docx.Passed),8} {Share(pdf.Checks, pdf.Passed),8} {Share(docx.Checks + pdf.Checks, docx.Passed + pdf.Passed),8}  ({docx.Files + pdf.Files})");
        }

        Console.WriteLine();
        Console.WriteLine("share per style (both frameworks):");
        Console.WriteLine($"  {"style",-46} {"docx",8} {"pdf",8}  failed checks by field (docx | pdf)");
        foreach (var name in styles.Keys.Select(k => k.Style).Distinct().Order(StringComparer.Ordinal))
        {
            var docx = styles.GetValueOrDefault((name, "docx"));
            var pdf = styles.GetValueOrDefault((name, "pdf"));
            Console.WriteLine($"  {name,-46} {Share(docx.Checks, docx.Passed),8} {Share(pdf.Checks, pdf.Passed),8}  {TopKinds(kinds, name, "docx")} | {TopKinds(kinds, name, "pdf")}");
        }

        Console.WriteLine();
        Console.WriteLine("share per framework version (files whose framework check passed):");
        Console.WriteLine($"  {"framework",-12} {"docx",8} {"pdf",8}  framework right docx | pdf");
        foreach (var framework in versions.Keys.Select(k => k.Framework).Distinct().Order(StringComparer.Ordinal))
        {
            var docx = versions.GetValueOrDefault((framework, "docx"));
            var pdf = versions.GetValueOrDefault((framework, "pdf"));
            Console.WriteLine($"  {framework,-12} {Share(docx.Checks, docx.Passed),8} {Share(pdf.Checks, pdf.Passed),8}  {docx.FrameworkOk}/{docx.Files} | {pdf.FrameworkOk}/{pdf.Files}");
        }

        Console.WriteLine();
        foreach (var (ext, (checks, passed, errors)) in totals.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"overall {ext}: {passed}/{checks} field checks passed ({Share(checks, passed)}), {errors} parse errors");
        }

        var notReadAll = unread.Sum(u => u.Unread);
        var warnedAll = unread.Sum(u => u.Warned);
        Console.WriteLine($"fields not read at all: {notReadAll}, of which the record warns of {warnedAll} ({Share(notReadAll, warnedAll)}); unwarned in {unread.Count(u => u.Unread > u.Warned)} files");
        var all = totals.Values.Aggregate((Checks: 0, Passed: 0), (a, t) => (a.Checks + t.Checks, a.Passed + t.Passed));
        Console.WriteLine($"overall: {all.Passed}/{all.Checks} ({Share(all.Checks, all.Passed)}) over {jobs.Count} files");
        return 0;
    }

    /// <summary>The field kinds that failed most in a style's files of one format: "strengths[][] 44, passage[][] 12".</summary>
    private static string TopKinds(Dictionary<(string Style, string Ext), Dictionary<string, int>> kinds, string style, string ext) =>
        kinds.TryGetValue((style, ext), out var byKind) && byKind.Count > 0
            ? string.Join(", ", byKind.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(4).Select(kv => $"{kv.Key} {kv.Value}"))
            : "-";

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[^\]]*\]")]
    private static partial System.Text.RegularExpressions.Regex Indexes();

    private static string Share(int checks, int passed) => checks == 0 ? "-" : Percent((double)passed / checks);

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}

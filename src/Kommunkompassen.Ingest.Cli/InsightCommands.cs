using System.Globalization;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>`kk coverage` and `kk show`: what the archive holds and knows about municipalities.</summary>
internal static class InsightCommands
{
    public static int CoverageReport(CommandLine line)
    {
        var records = ReportArchive.ReadAll(line.Archive);
        var referenced = Coverage.Of(records);
        var missing = referenced.Where(r => !r.InArchive).ToList();
        Console.WriteLine($"{referenced.Count} evaluations referred to by {records.Count} reports; {referenced.Count - missing.Count} in the archive, {missing.Count} missing:");
        foreach (var e in missing)
        {
            Console.WriteLine($"  {e.Municipality.Name,-18} {e.Municipality.Code}  {e.Year}   referred to by {string.Join(", ", e.ReferredToBy)}");
        }

        return 0;
    }

    public static int Show(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("show needs a municipality, e.g. kk show Kungsbacka");
        }

        var name = string.Join(' ', line.Arguments);
        var municipality = MunicipalityRegistry.Default.Find(name) ?? throw new UsageException($"'{name}' is not a Swedish municipality");
        // Only the reports that say something of it: its own, and others comparing with or citing it.
        IReadOnlyList<ReportRecord> records = [];
        if (ReportArchive.Exists(line.Archive))
        {
            using var archive = ReportArchive.OpenForReading(line.Archive);
            records = archive.RecordsConcerning(municipality.Code);
        }

        var profile = MunicipalityProfile.Of(new MunicipalityRef(municipality.Name, municipality.Code), records);

        Console.WriteLine($"{municipality.Name} ({municipality.Code}, {municipality.County})");
        if (profile.Evaluations.Count == 0)
        {
            Console.WriteLine("  no evaluation of its own in the archive");
        }

        foreach (var r in profile.Evaluations)
        {
            var older = (r.Total.OlderScale is { } o ? $", older scale {N(o)}" : string.Empty)
                + (r.Total.ReferenceMean is { } tm ? $", mean of others {N(tm)}" : string.Empty);
            Console.WriteLine();
            Console.WriteLine($"{r.Year} (framework {r.Framework}, {r.Id}): total {N(r.Total.Score)} of {N(r.Total.Max)}{older}");
            foreach (var a in r.Areas)
            {
                var scales = a.OlderScaleScore is { } os ? $" (older scale {N(os)})" : string.Empty;
                var previous = a.PreviousScore is { } ps && r.Previous is { } pr ? $", {pr.Year}: {N(ps)}" : string.Empty;
                var mean = a.ReferenceMean is { } m ? $", mean of others {N(m)}" : string.Empty;
                Console.WriteLine($"  {a.Number} {a.Title,-55} {N(a.Score),5}/{N(a.Max)}{scales}{previous}{mean}");
            }

            foreach (var a in r.Areas)
            {
                foreach (var s in a.Strengths)
                {
                    Console.WriteLine($"  + {a.Number} {s}");
                }

                foreach (var i in a.Improvements)
                {
                    Console.WriteLine($"  - {a.Number} {i}");
                }
            }
        }

        if (profile.Evaluations.Select(e => e.Framework).Distinct().Count() > 1)
        {
            Console.WriteLine();
            Console.WriteLine("areas over time, lined up by meaning across framework versions (area crosswalk; ? = uncertain pairing):");
            foreach (var areaLine in profile.AreasOverTime)
            {
                var points = areaLine.Points.Select(p => $"{p.Year} {N(p.Score)}/{N(p.Max)} ({p.Framework} area {p.Area}{(p.Certainty is null or Frameworks.Certainty.Uncertain ? "?" : string.Empty)})");
                Console.WriteLine($"  {areaLine.Title,-45} {string.Join("  ", points)}");
                foreach (var doubt in areaLine.Points.Where(p => p.Certainty is null or Frameworks.Certainty.Uncertain))
                {
                    Console.WriteLine($"      ? {doubt.Framework} area {doubt.Area} \"{doubt.AreaTitle}\": {doubt.Note ?? "uncertain pairing"}");
                }
            }
        }

        if (profile.ScoresFromOtherReports.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("scores in other reports' comparison tables:");
            foreach (var s in profile.ScoresFromOtherReports)
            {
                Console.WriteLine($"  {s.Year}: total {N(s.Total)}  ({string.Join(" ", s.AreaScores.Select(kv => $"{kv.Key}:{N(kv.Value)}"))})  source {s.Source}");
            }
        }

        foreach (var c in profile.Conflicts)
        {
            Console.WriteLine($"  conflict, {c.Year}: {c.What}");
        }

        if (profile.CitedBy.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("cited as an example in other reports:");
            foreach (var c in profile.CitedBy)
            {
                Console.WriteLine($"  {c.Report}, area {c.Area}{(c.Question is null ? string.Empty : $", {c.Question}")}: {c.Sentence}");
            }
        }

        return 0;
    }

    private static string N(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}

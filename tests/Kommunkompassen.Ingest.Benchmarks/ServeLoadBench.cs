using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Web;
using Microsoft.AspNetCore.Builder;

namespace Kommunkompassen.Ingest.Benchmarks;

/// <summary>
/// Load on the web API as `kk serve` runs it: N concurrent clients, each sending the search
/// benchmark's query mix to /api/search one request after another (with a pause after each
/// answer, or none), for a time, on the
/// sample archive and on an archive of R synthetic reports. The latency of each request as the
/// client sees it (median, p99, max), the throughput, errors, and the process's working set and
/// managed heap every tenth of the run. Server and clients share this process and its cores.
/// </summary>
internal static class ServeLoadBench
{
    public static int Run(int clients, TimeSpan duration, int reports, string corpus, TimeSpan pause, bool samplesToo)
    {
        var root = Directory.CreateTempSubdirectory("kk-serve-load-").FullName;
        try
        {
            var samples = new KompassAppBuilder().UseArchive(Path.Combine(root, "samples")).KeepSearcherOpen().Build();
            var docx = Directory.EnumerateFiles(corpus, "*.docx").ToList();
            if (samplesToo)
            {
                samples.Ingest(new IngestRequest(docx));
                Measure($"sample archive ({samples.Reports().Count} reports)", samples, clients, duration, pause);
            }

            var synthetic = new KompassAppBuilder().UseArchive(Path.Combine(root, "synthetic")).KeepSearcherOpen().Build();
            var build = Stopwatch.StartNew();
            var n = synthetic.WriteSyntheticArchive(reports, corpus);
            Console.WriteLine($"synthetic archive: {n} reports stored and indexed in {build.Elapsed.TotalSeconds:0.0} s");
            Measure($"synthetic archive ({n} reports)", synthetic, clients, duration, pause);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Measure(string name, KompassApp app, int clients, TimeSpan duration, TimeSpan pause)
    {
        // The rate limit is per client address and every client here is 127.0.0.1: lifted, so the figure is the search's.
        using var web = KompassWeb.Build(app, new WebOptions(["http://127.0.0.1:0"]) { RequestsPerSecond = 1_000_000, Burst = 1_000_000 });
        web.StartAsync().GetAwaiter().GetResult();
        var baseAddress = new Uri(web.Urls.Single() + "/");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(30) }) { BaseAddress = baseAddress };
        var urls = KompassApp.SearchBenchMix.Select(Url).ToArray();

        // Warm-up: every query a few times, then the load for a tenth of the run.
        foreach (var url in urls.Concat(urls).Concat(urls))
        {
            http.GetStringAsync(new Uri(url, UriKind.Relative)).GetAwaiter().GetResult();
        }

        Run(http, urls, clients, duration / 10, pause);

        GC.Collect();
        var memory = new List<(double At, long WorkingSet, long Heap)>();
        var clock = Stopwatch.StartNew();
        using var sampler = new Timer(_ => { lock (memory) { memory.Add((clock.Elapsed.TotalSeconds, Environment.WorkingSet, GC.GetTotalMemory(false))); } }, null, TimeSpan.Zero, duration / 10);
        var (times, errors) = Run(http, urls, clients, duration, pause);
        sampler.Dispose();
        web.StopAsync().GetAwaiter().GetResult();

        times.Sort();
        double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * q) - 1)];
        Console.WriteLine($"{name}: {clients} clients{(pause > TimeSpan.Zero ? $" pausing {pause.TotalMilliseconds:0} ms after each answer" : " without pause")}, {duration.TotalSeconds:0} s, {times.Count:N0} requests ({times.Count / duration.TotalSeconds:0} a second), {errors} errors; latency median {P(0.5):0.0} ms, p99 {P(0.99):0.0} ms, max {times[^1]:0.0} ms");
        lock (memory)
        {
            Console.WriteLine("  memory (s: working set MiB / managed heap MiB): " + string.Join(", ", memory.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.At:0}: {m.WorkingSet / 1048576.0:0}/{m.Heap / 1048576.0:0}"))));
        }
    }

    private static (List<double> Times, int Errors) Run(HttpClient http, string[] urls, int clients, TimeSpan duration, TimeSpan pause)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var all = new List<double>();
        var errors = 0;
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = new List<double>();
            var bad = 0;
            for (var i = c; Stopwatch.GetTimestamp() < end; i++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(urls[i % urls.Length], UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                bad += response.IsSuccessStatusCode ? 0 : 1;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause);
                }
            }

            lock (all)
            {
                all.AddRange(mine);
                errors += bad;
            }
        })).ToArray();
        Task.WaitAll(tasks);
        return (all, errors);
    }

    private static string Url(SearchQuery q)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(q.Text) };
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                parts.Add(key + "=" + Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }

        Add("area", q.Area);
        Add("question", q.Question);
        Add("framework", q.Framework);
        Add("kind", q.Kind);
        if (q.YearFrom is not null || q.YearTo is not null)
        {
            Add("year", $"{q.YearFrom}..{q.YearTo}");
        }

        return "api/search?" + string.Join('&', parts);
    }
}

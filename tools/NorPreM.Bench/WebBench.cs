using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NorPreM.Bench;

/// <summary>
/// `web [--rounds n]`: boots the web app in-process on the real corpus (fresh index in a temp folder), waits for the
/// start-up ingestion, then times server-side rendering of the main pages and API calls through the in-memory test
/// server (no sockets, so the time is the app's own).
/// </summary>
internal static class WebBench
{
    public static async Task<int> RunAsync(int rounds)
    {
        var root = FindRoot();
        var indexDir = Directory.CreateTempSubdirectory("norprem-bench-").FullName;

        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(Path.Combine(root, "src", "Web"));
        b.UseSetting("NorPreM:CorpusPath", Path.Combine(root, "corpus"));
            b.UseSetting("NorPreM:IndexPath", indexDir);
            b.UseEnvironment("Production");
        });
        using var client = factory.CreateClient();

        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = JsonDocument.Parse(await client.GetStringAsync("/api/status")).RootElement;
            var phase = status.GetProperty("phase").GetString();
            if (phase is "Ready" or "Failed")
            {
                Console.WriteLine($"start-up ingestion: {phase} after {clock.Elapsed.TotalSeconds:0.0} s ({status.GetProperty("documents").GetInt32()} documents, {status.GetProperty("cases").GetInt32()} cases)");
                break;
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                Console.Error.WriteLine("Ingestion did not finish within 10 minutes.");
                return 1;
            }

            await Task.Delay(250);
        }

        string[] pages =
        [
            "/?q=helsepersonellkommisjonen",
            "/?q=persontilpasset+medisin&vedtak=true",
            "/?q=European+Health+Data+Space",
            "/?q=fagdirektormote",
            "/?q=helsedata&sort=newest",
            "/vedtak",
            "/saker/30-3-2022",
            "/rad/ho21/moter/2-2022",
            "/tema",
            "/tema/helsedata",
            "/api/search?q=helsepersonellkommisjonen",
            "/api/suggest?q=helse",
        ];

        Console.WriteLine($"{"page",-45} {"p50 ms",8} {"p99 ms",8} {"max ms",8}");
        foreach (var page in pages)
        {
            for (var i = 0; i < 3; i++)
            {
                (await client.GetAsync(page)).EnsureSuccessStatusCode();
            }

            var times = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var t = Stopwatch.StartNew();
                using var response = await client.GetAsync(page);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(t.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            times.Sort();
            Console.WriteLine($"{page,-45} {Pct(times, 0.5),8:0.0} {Pct(times, 0.99),8:0.0} {times[^1],8:0.0}");
        }

        try
        {
            Directory.Delete(indexDir, recursive: true);
        }
        catch (IOException)
        {
            // The app may still hold index files open; the temp folder is disposable.
        }

        return 0;
    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NorPreM.sln not found.");
    }
}

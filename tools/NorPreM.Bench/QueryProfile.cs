using System.Diagnostics;
using System.Runtime.InteropServices;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;

namespace NorPreM.Bench;

/// <summary>
/// `queries [--index dir | corpus-dir] [--rounds n]`: the query mix of <see cref="PeersBench.QueryMix"/> through a
/// reader only (<see cref="SearchIndex.OpenReader"/>), as the CLI and a profiler see it: an existing index folder
/// (<c>--index</c>), or the folder's files ingested into a temporary one first. Prints p50/p95/p99 and the slowest
/// requests; run it under <c>dotnet-trace collect</c> to see where a query's time goes.
/// </summary>
public sealed class QueryProfile : ICliCommand
{
    public string Name => "queries";
    public string Usage => "queries [--index mappe | korpusmappe] [--rounds n]";
    public string Summary => "Måler spørringsblandingen mot en lesende indeks (for profilering).";

    public int Run(CliArguments args, CliContext context)
    {
        var rounds = Math.Max(1, args.IntOption("rounds", 20));
        var folder = args.Option("index");
        string? temporary = null;
        if (folder is null)
        {
            temporary = folder = Path.Combine(Path.GetTempPath(), "norprem-queries-" + Guid.NewGuid().ToString("N"));
            var (files, _) = CorpusFolder.Read(args.Positional(0) ?? IndexLocation.DefaultCorpus);
            using var index = SearchIndex.OpenOrCreate(folder);
            new IngestPipeline(IngestStages.CreateDefault(_ => { }), new NoDocumentCache()).Run(files, index.Writer, new MemoryKnowledgeStorage(), force: true);
        }

        try
        {
            var clock = Stopwatch.StartNew();
            using var reader = SearchIndex.OpenReader(folder);
            var mix = PeersBench.QueryMix();
            var first = reader.Searcher.Search(mix[0]);
            context.Out.WriteLine($"cold: open reader + first query {clock.Elapsed.TotalMilliseconds:0} ms ({first.TotalUnits} units matched); load average {StageProfile.LoadAverage()}");
            foreach (var r in mix)
            {
                reader.Searcher.Search(r);
            }

            var all = new List<double>();
            var cpu = new List<double>();
            var allocated = new List<double>();
            var byRequest = new Dictionary<int, List<double>>();
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < mix.Count; i++)
                {
                    var cpuStart = ThreadCpu.Milliseconds();
                    var bytesStart = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    reader.Searcher.Search(mix[i]);
                    var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
                    allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytesStart) / 1024.0);
                    all.Add(ms);
                    (byRequest.TryGetValue(i, out var list) ? list : byRequest[i] = []).Add(ms);
                }
            }

            all.Sort();
            cpu.Sort();
            allocated.Sort();
            static double Of(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
            double P(double p) => Of(all, p);
            var fastest = byRequest.Values.Select(v => v.Min()).Order().ToList();
            context.Out.WriteLine($"{mix.Count} requests × {rounds}: p50 {P(0.5):0.00} ms, p95 {P(0.95):0.00} ms, p99 {P(0.99):0.00} ms; " +
                $"median of each request's fastest run {fastest[fastest.Count / 2]:0.00} ms; load average {StageProfile.LoadAverage()}");
            context.Out.WriteLine($"thread CPU per request: p50 {Of(cpu, 0.5):0.00} ms, p99 {Of(cpu, 0.99):0.00} ms, mean {cpu.Average():0.00} ms; " +
                $"allocated per request: p50 {Of(allocated, 0.5):0} KB, mean {allocated.Average():0} KB");
            foreach (var (i, times) in byRequest.OrderByDescending(kv => kv.Value.Min()).Take(8))
            {
                var r = mix[i];
                context.Out.WriteLine($"  {times.Min(),7:0.00} ms  {r.Query} {(r.Filters.Count > 0 ? "[filter]" : "")}{(r.Scope == SearchScope.Decisions ? "[vedtak]" : "")}{(r.Sort == SearchSort.Newest ? "[nyeste]" : "")}{(r.Page > 1 ? "[side 2]" : "")}");
            }
        }
        finally
        {
            if (temporary is not null)
            {
                Directory.Delete(temporary, recursive: true);
            }
        }

        return 0;
    }
}

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): what a request cost, which the
/// machine's other work inflates far less than wall time. Elsewhere it falls back to the process's CPU time.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }
}

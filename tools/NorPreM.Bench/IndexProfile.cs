using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lucene.Net.Store;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;

namespace NorPreM.Bench;

/// <summary>
/// `index [corpus-dir] [--units file] [--rounds n] [--which both|product|lucene]`: the product's writer and bare
/// Lucene.Net with the stock NorwegianAnalyzer on the same unit texts, each into a fresh on-disk index, after a warm-up
/// (issue 19). The units come from the pipeline once; <c>--units</c> keeps them in a JSON file between runs, so a
/// profiler (<c>dotnet-trace</c>) sees indexing alone.
/// </summary>
public sealed class IndexProfile : ICliCommand
{
    public string Name => "index";
    public string Usage => "index [korpusmappe] [--units fil] [--rounds n] [--which both|product|lucene]";
    public string Summary => "Måler indekseringen mot ren Lucene på de samme enhetene.";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var rounds = Math.Max(1, args.IntOption("rounds", 3));
        var which = args.Option("which") ?? "both";
        var cache = args.Option("units");
        var units = LoadUnits(corpus, cache);
        var megabytes = units.Sum(u => Encoding.UTF8.GetByteCount(u.Title) + Encoding.UTF8.GetByteCount(u.Text)) / 1048576.0;
        var documents = units.GroupBy(u => u.DocumentId).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<IndexUnit>)g.ToList())).ToList();
        // CPU time of the process (the writer's merge threads included) per side: on a shared machine the wall-clock rates
        // of the two sides swing with the load from one round to the next, their CPU time much less.
        double productCpu = 0, luceneCpu = 0;
        for (var r = 0; r <= rounds; r++)
        {
            var line = r == 0 ? "warm-up:" : $"round {r}, {units.Count} units, {megabytes:0.0} MB, load average {StageProfile.LoadAverage()}:";
            var folder = Path.Combine(Path.GetTempPath(), "norprem-index-" + Guid.NewGuid().ToString("N"));
            try
            {
                if (which is "both" or "product")
                {
                    var clock = Stopwatch.StartNew();
                    var cpuBefore = Environment.CpuUsage.TotalTime;
                    using (var index = SearchIndex.OpenOrCreate(Path.Combine(folder, "product")))
                    {
                        IngestPipeline.WriteAll(index.Writer, documents);
                        index.Writer.Commit();
                    }

                    var seconds = clock.Elapsed.TotalSeconds;
                    var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
                    productCpu += r > 0 ? cpu : 0;
                    line += $" product {units.Count / seconds:0} units/s {megabytes / seconds:0.00} MB/s, {megabytes / cpu:0.00} MB per CPU-second;";
                }

                if (which is "both" or "lucene")
                {
                    var clock = Stopwatch.StartNew();
                    var cpuBefore = Environment.CpuUsage.TotalTime;
                    using (var directory = FSDirectory.Open(Path.Combine(folder, "bare")))
                    {
                        PeersBench.BareLuceneIndex(directory, units);
                    }

                    var seconds = clock.Elapsed.TotalSeconds;
                    var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
                    luceneCpu += r > 0 ? cpu : 0;
                    line += $" bare Lucene {units.Count / seconds:0} units/s {megabytes / seconds:0.00} MB/s, {megabytes / cpu:0.00} MB per CPU-second;";
                }
            }
            finally
            {
                if (System.IO.Directory.Exists(folder))
                {
                    System.IO.Directory.Delete(folder, recursive: true);
                }
            }

            context.Out.WriteLine(line);
        }

        if (productCpu > 0 && luceneCpu > 0)
        {
            context.Out.WriteLine($"all rounds: product {rounds * megabytes / productCpu:0.00} MB per CPU-second, bare Lucene {rounds * megabytes / luceneCpu:0.00}; " +
                $"share of bare Lucene's rate per CPU-second {luceneCpu / productCpu:0.00}");
        }

        return 0;
    }

    /// <summary>The folder's units through the pipeline, or read back from <paramref name="cache"/> when it exists.</summary>
    internal static IReadOnlyList<IndexUnit> LoadUnits(string corpus, string? cache)
    {
        if (cache is not null && File.Exists(cache))
        {
            return JsonSerializer.Deserialize<List<IndexUnit>>(File.ReadAllText(cache), JsonDefaults.Compact) ?? [];
        }

        var (files, _) = CorpusFolder.Read(corpus);
        IReadOnlyList<IndexUnit> units;
        using (var fresh = SearchIndex.InMemory())
        {
            units = new IngestPipeline(IngestStages.CreateDefault(_ => { }), new NoDocumentCache())
                .Run(files, fresh.Writer, new MemoryKnowledgeStorage(), force: true).IndexedUnits ?? [];
        }

        if (cache is not null)
        {
            File.WriteAllText(cache, JsonSerializer.Serialize(units, JsonDefaults.Compact));
        }

        return units;
    }
}

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
        for (var r = 0; r <= rounds; r++)
        {
            var line = r == 0 ? "warm-up:" : $"round {r}, {units.Count} units, {megabytes:0.0} MB, load average {StageProfile.LoadAverage()}:";
            var folder = Path.Combine(Path.GetTempPath(), "norprem-index-" + Guid.NewGuid().ToString("N"));
            try
            {
                if (which is "both" or "product")
                {
                    var clock = Stopwatch.StartNew();
                    using (var index = SearchIndex.OpenOrCreate(Path.Combine(folder, "product")))
                    {
                        IngestPipeline.WriteAll(index.Writer, documents);
                        index.Writer.Commit();
                    }

                    var seconds = clock.Elapsed.TotalSeconds;
                    line += $" product {units.Count / seconds:0} units/s {megabytes / seconds:0.00} MB/s;";
                }

                if (which is "both" or "lucene")
                {
                    var clock = Stopwatch.StartNew();
                    using (var directory = FSDirectory.Open(Path.Combine(folder, "bare")))
                    {
                        PeersBench.BareLuceneIndex(directory, units);
                    }

                    var seconds = clock.Elapsed.TotalSeconds;
                    line += $" bare Lucene {units.Count / seconds:0} units/s {megabytes / seconds:0.00} MB/s;";
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

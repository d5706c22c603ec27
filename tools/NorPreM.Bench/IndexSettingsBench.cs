using System.Diagnostics;
using System.Text;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;

namespace NorPreM.Bench;

/// <summary>
/// `index-settings [corpus-dir] [--copies n]`: the index writer's settings chosen by measurement (issue 19). The units
/// of the folder (once through the pipeline, then <c>--copies</c> times, each copy moved a year back) are written to a
/// fresh on-disk index under each setting: RAM buffer, compound files, and one or one-per-core feeding threads.
/// </summary>
public sealed class IndexSettingsBench : ICliCommand
{
    public string Name => "index-settings";
    public string Usage => "index-settings [korpusmappe] [--copies n]";
    public string Summary => "Måler indekseringen med ulike innstillinger for indeksskriveren.";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var copies = Math.Max(1, args.IntOption("copies", 1));
        var (files, _) = CorpusFolder.Read(corpus);
        IReadOnlyList<IndexUnit> corpusUnits;
        using (var fresh = SearchIndex.InMemory())
        {
            corpusUnits = new IngestPipeline(IngestStages.CreateDefault(_ => { }), new NoDocumentCache())
                .Run(files, fresh.Writer, new MemoryKnowledgeStorage(), force: true).IndexedUnits ?? [];
        }

        var units = Enumerable.Range(0, copies).SelectMany(k => corpusUnits.Select(u => CorpusBench.YearsBack(u, k))).ToList();
        var documents = units.GroupBy(u => u.DocumentId).Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<IndexUnit>)g.ToList())).ToList();
        var megabytes = units.Sum(u => Encoding.UTF8.GetByteCount(u.Title) + Encoding.UTF8.GetByteCount(u.Text)) / 1048576.0;
        context.Out.WriteLine($"{units.Count} units, {megabytes:0.0} MB of text; load average {StageProfile.LoadAverage()}");
        context.Out.WriteLine("| RAM buffer | compound files | threads | seconds | units/s | MB/s | files | MB on disk |");
        context.Out.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var settings = new (double Ram, bool Cfs, bool Parallel)[]
        {
            (16, true, false), (32, true, false), (32, false, false), (64, false, false), (128, false, false), (32, false, true), (128, false, true),
        };
        Write(documents, 16, false, false, null); // warm-up: JIT, lexicon
        foreach (var (ram, cfs, parallel) in settings)
        {
            Write(documents, ram, cfs, parallel, context.Out, units.Count, megabytes);
        }

        return 0;
    }

    private static void Write(List<KeyValuePair<string, IReadOnlyList<IndexUnit>>> documents, double ram, bool cfs, bool parallel, TextWriter? output,
        int units = 0, double megabytes = 0)
    {
        var folder = Path.Combine(Path.GetTempPath(), "norprem-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            using (var index = SearchIndex.OpenOrCreate(folder, new SearchIndexOptions { RamBufferMb = ram, CompoundFiles = cfs }))
            {
                if (parallel)
                {
                    Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                        kv => index.Writer.ReplaceDocument(kv.Key, kv.Value));
                }
                else
                {
                    IngestPipeline.WriteAll(index.Writer, documents);
                }

                index.Writer.Commit();
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var onDisk = new DirectoryInfo(folder).GetFiles();
            output?.WriteLine($"| {ram} MB | {(cfs ? "on" : "off")} | {(parallel ? Environment.ProcessorCount : 1)} | {seconds:0.00} | {units / seconds:0} | {megabytes / seconds:0.00} | {onDisk.Length} | {onDisk.Sum(f => f.Length) / 1048576.0:0.0} |");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

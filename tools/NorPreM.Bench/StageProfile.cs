using System.Diagnostics;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Search;

namespace NorPreM.Bench;

/// <summary>
/// `stages [corpus-dir]`: where ingest time goes, stage by stage (issue 19). Runs the stages of
/// <see cref="IngestStages"/> one after another on every file, as <see cref="IngestPipeline"/> orders them, with a
/// stopwatch and the process's CPU time around each (one thread), then the whole pipeline once for its own total on the same files.
/// </summary>
public sealed class StageProfile : ICliCommand
{
    public string Name => "stages";
    public string Usage => "stages [korpusmappe] [--pipeline 0|1]";
    public string Summary => "Måler tiden per innlesingstrinn (ekstraksjon, OCR-reparasjon, struktur, kobling, tema, enheter, indeks, emner).";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var (files, _) = CorpusFolder.Read(corpus);
        var stages = IngestStages.CreateDefault(_ => { });
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        var cpu = new Dictionary<string, double>(StringComparer.Ordinal);
        void Time(string stage, Action action)
        {
            // Wall time means little on a shared machine; the process's CPU time (all its threads: GC and JIT
            // included) is the figure to compare.
            var clock = Stopwatch.StartNew();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            action();
            times[stage] = times.GetValueOrDefault(stage) + clock.Elapsed.TotalSeconds;
            cpu[stage] = cpu.GetValueOrDefault(stage) + (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
        }

        // Warm-up on the first file: JIT, lexicon, theme model.
        stages.Parser.Parse(stages.Repairer.Repair(stages.Extractor.Extract(files[0].Content, files[0].FileName), files[0].Content));

        var structured = new List<StructuredDocument>();
        var pages = 0;
        foreach (var file in files)
        {
            ExtractedDocument extracted = null!;
            Time("1 extraction", () => extracted = stages.Extractor.Extract(file.Content, file.FileName));
            pages += extracted.Pages.Count;
            ExtractedDocument repaired = null!;
            Time("2 OCR repair", () => repaired = stages.Repairer.Repair(extracted, file.Content));
            Time("3 structure", () => structured.Add(stages.Parser.Parse(repaired)));
        }

        KnowledgeBase linked = null!;
        Time("4 linking", () => linked = stages.Linker.Link(structured));
        KnowledgeBase knowledge = null!;
        Time("5 themes", () => knowledge = stages.Themes.Classify(linked));
        IReadOnlyDictionary<string, List<IndexUnit>> units = null!;
        Time("6 index units", () => units = IndexUnitBuilder.Build(knowledge));
        using (var index = SearchIndex.InMemory())
        {
            Time("7 indexing + commit", () =>
            {
                foreach (var (id, docUnits) in units)
                {
                    index.Writer.ReplaceDocument(id, docUnits);
                }

                index.Writer.Commit();
            });
        }

        var all = units.Values.SelectMany(u => u).ToList();
        Time("8 topics (LDA)", () => stages.Topics.Find(all, knowledge.People.Select(p => p.Name).ToList()));
        var total = times.Values.Sum();
        context.Out.WriteLine($"{files.Count} files, {pages} pages, {all.Count} units; load average {LoadAverage()}");
        var totalCpu = cpu.Values.Sum();
        context.Out.WriteLine("| stage | wall s | CPU s | CPU share | pages per CPU-second |");
        context.Out.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (stage, seconds) in times.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            context.Out.WriteLine($"| {stage} | {seconds:0.00} | {cpu[stage]:0.00} | {cpu[stage] / totalCpu:P0} | {pages / cpu[stage]:0} |");
        }

        context.Out.WriteLine($"| sum of stages | {total:0.00} | {totalCpu:0.00} | | {pages / totalCpu:0.0} |");
        if (args.IntOption("pipeline", 1) == 1)
        {
            var clock = Stopwatch.StartNew();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            using var fresh = SearchIndex.InMemory();
            new IngestPipeline(stages, new NoDocumentCache()).Run(files, fresh.Writer, new MemoryKnowledgeStorage(), force: true);
            var pipelineCpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
            context.Out.WriteLine($"| IngestPipeline.Run, same files | {clock.Elapsed.TotalSeconds:0.00} | {pipelineCpu:0.00} | | {pages / pipelineCpu:0.0} |");
        }

        return 0;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

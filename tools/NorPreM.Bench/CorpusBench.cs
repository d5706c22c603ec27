using System.Diagnostics;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;

using NorPreM.Cli;
using NorPreM.Ingest.Structure;
using NorPreM.Core.Knowledge;

namespace NorPreM.Bench;

/// <summary>
/// `corpus [corpus-dir] [--rounds n] [--scale copies]`: measures extraction pages/s, indexing units/s and query latency
/// (p50/p99) on the corpus, outside `dotnet test`.
/// </summary>
public sealed class CorpusBench : ICliCommand
{
    /// <summary>Queries as users type them: words, inflections, compounds, acronyms, no æøå, case numbers, phrases.</summary>
    internal static readonly string[] Queries =
    [
        "helsepersonellkommisjonen", "kommisjon", "persontilpasset medisin", "\"strategi for persontilpasset medisin\"",
        "rådsmøtene", "HOD", "fagdirektormote", "28/3/2022", "sak 13/2/22", "dialogmøter prioritering", "livsvitenskap -strategi",
        "habilitet", "kommunikasjonsplan", "helsedata", "kliniske studier", "Sør-Øst", "åpne nettverksmøter", "radet", "vedtak referat",
        "innovasjon OR næringsutvikling",
    ];

    public string Name => "corpus";
    public string Usage => "corpus [corpus-dir] [--rounds n] [--scale copies]";
    public string Summary => "Måler ekstraksjon (sider/s), indeksering (enheter/s) og søketid (p50/p99) på korpuset; --scale n også søketid og minne på en indeks med n kopier av korpuset.";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var rounds = Math.Max(1, args.IntOption("rounds", 3));
        var (files, _) = CorpusFolder.Read(corpus);
        var extractor = new PdfPigTextExtractor();
        var stages = IngestStages.CreateDefault(_ => { });

        // Warm-up: JIT, lexicon and model loading are start-up costs, not throughput.
        var first = files.Select(f => extractor.Extract(f.Content, f.FileName)).ToList();
        var pages = first.Sum(d => d.Pages.Count);

        var clock = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var f in files)
            {
                extractor.Extract(f.Content, f.FileName);
            }
        }

        var extractSeconds = clock.Elapsed.TotalSeconds;
        context.Out.WriteLine($"extraction: {pages * rounds / extractSeconds:0.0} pages/s ({pages} pages x {rounds} rounds, {extractSeconds:0.00} s)");

        // The whole pipeline, as `ingest` runs it on a fresh index: extract → repair → parse → link → themes → units →
        // index → commit → knowledge → topics.
        clock.Restart();
        IReadOnlyList<IndexUnit> units;
        using (var fresh = SearchIndex.InMemory())
        {
            var report = new IngestPipeline(stages, new NoDocumentCache()).Run(files, fresh.Writer, new MemoryKnowledgeStorage(), force: true);
            units = report.IndexedUnits ?? [];
        }

        context.Out.WriteLine($"ingest end to end: {pages / clock.Elapsed.TotalSeconds:0.0} pages/s ({units.Count} units, {clock.Elapsed.TotalSeconds:0.00} s)");

        var indexSeconds = 0.0;
        using var index = SearchIndex.InMemory();
        for (var r = 0; r < rounds; r++)
        {
            clock.Restart();
            foreach (var group in units.GroupBy(u => u.DocumentId))
            {
                index.Writer.ReplaceDocument(group.Key, group.ToList());
            }

            index.Writer.Commit();
            indexSeconds += clock.Elapsed.TotalSeconds;
        }

        context.Out.WriteLine($"indexing: {units.Count * rounds / indexSeconds:0.0} units/s ({units.Count} units x {rounds} rounds, {indexSeconds:0.00} s)");

        var (latencies, _) = TimeQueries(index.Searcher, rounds * 20);
        context.Out.WriteLine($"query latency: p50 {Percentile(latencies, 0.50):0.00} ms, p99 {Percentile(latencies, 0.99):0.00} ms ({latencies.Count} queries incl. facets and snippets)");

        var scale = args.IntOption("scale", 0);
        if (scale > 1)
        {
            BenchAtScale(units, scale, rounds, context);
        }

        return 0;
    }

    /// <summary>
    /// Query latency and memory on an on-disk index holding <paramref name="copies"/> copies of the corpus units, as an
    /// archive of many years of meetings would: copy k is moved k years back (dates, meetings, case numbers), so facets,
    /// date sorting and case lookups see many distinct values, and the posting lists grow with the copies.
    /// </summary>
    private static void BenchAtScale(IReadOnlyList<IndexUnit> units, int copies, int rounds, CliContext context)
    {
        var folder = Path.Combine(Path.GetTempPath(), "norprem-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            var total = 0;
            using (var index = SearchIndex.OpenOrCreate(folder))
            {
                for (var k = 0; k < copies; k++)
                {
                    foreach (var group in units.GroupBy(u => u.DocumentId))
                    {
                        var copy = group.Select(u => YearsBack(u, k)).ToList();
                        index.Writer.ReplaceDocument(copy[0].DocumentId, copy);
                        total += copy.Count;
                    }
                }

                index.Writer.Commit();
                var indexSeconds = clock.Elapsed.TotalSeconds;
                var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
                context.Out.WriteLine($"scale x{copies}: {total} units indexed in {indexSeconds:0.0} s ({total / indexSeconds:0} units/s), index {bytes / 1048576.0:0.0} MB on disk");

                var (latencies, slowest) = TimeQueries(index.Searcher, rounds * 5);
                context.Out.WriteLine($"scale x{copies}: query latency p50 {Percentile(latencies, 0.50):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms ({latencies.Count} queries); slowest: "
                    + string.Join(", ", slowest.OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"«{kv.Key}» {kv.Value:0} ms")));
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                using var process = Process.GetCurrentProcess();
                context.Out.WriteLine($"scale x{copies}: managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB with the index open, peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Runs <see cref="Queries"/> once to warm up, then <paramref name="passes"/> times, timing each search: the sorted
    /// latencies in milliseconds and the slowest time of each query.
    /// </summary>
    private static (List<double> Sorted, Dictionary<string, double> Slowest) TimeQueries(ISearchService searcher, int passes)
    {
        foreach (var q in Queries)
        {
            searcher.Search(new SearchRequest { Query = q });
        }

        var latencies = new List<double>();
        var slowest = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = new Stopwatch();
        for (var r = 0; r < passes; r++)
        {
            foreach (var q in Queries)
            {
                clock.Restart();
                searcher.Search(new SearchRequest { Query = q });
                var ms = clock.Elapsed.TotalMilliseconds;
                latencies.Add(ms);
                slowest[q] = Math.Max(slowest.GetValueOrDefault(q), ms);
            }
        }

        latencies.Sort();
        return (latencies, slowest);
    }

    /// <summary>The unit as if it came from a bundle <paramref name="years"/> years older (0 = unchanged).</summary>
    internal static IndexUnit YearsBack(IndexUnit unit, int years) => years == 0 ? unit : unit with
    {
        Id = $"{unit.Id}~{years}",
        DocumentId = $"{unit.DocumentId}-{years}",
        FileName = $"{years}-{unit.FileName}",
        Date = unit.Date?.AddYears(-years),
        Meeting = ShiftYear(unit.Meeting, years),
        CaseNumber = ShiftYear(unit.CaseNumber, years),
    };

    private static string? ShiftYear(string? number, int years)
    {
        var slash = number?.LastIndexOf('/') ?? -1;
        return slash > 0 && int.TryParse(number![(slash + 1)..], out var year) ? $"{number[..slash]}/{year - years}" : number;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

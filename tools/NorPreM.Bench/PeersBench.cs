using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis.No;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using UglyToad.PdfPig;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Bench;

/// <summary>
/// `peers [corpus-dir] [--copies n | --units pages] [--rounds n] [--out dir] [--keep dir]`: this product beside the libraries it is built on, in one
/// run, on the same files, units and queries (issue 19): extraction against PdfPig's own <c>page.Text</c> +
/// <c>GetWords()</c> and <c>pdftotext -raw</c>; indexing against bare Lucene.Net with the stock
/// <see cref="NorwegianAnalyzer"/> (units/s and MB/s of unit text); queries (the mix of <see cref="QueryMix"/>) with
/// snippets, facets and grouping against a bare Lucene BM25 top-10, on one and two threads. The units are the corpus
/// units, <c>--copies n</c> times (copy k moved k years back, as <c>corpus --scale</c> does); or, with <c>--units pages</c>,
/// the units of a generated archive of that many pages made without PDFs (<see cref="Scale.ArchiveUnits"/>: no
/// extraction or ingest rows). <c>--keep dir</c> keeps both indexes in that folder and reuses them on a later run. It writes the units and
/// queries for the PostgreSQL comparison of <c>scripts/bench-peers.sh</c> and its figures as JSON into <c>--out</c>.
/// </summary>
public sealed class PeersBench : ICliCommand
{
    public string Name => "peers";
    public string Usage => "peers [corpus-dir] [--copies n | --units pages] [--rounds n] [--out dir] [--keep dir]";
    public string Summary => "Måler produktet mot PdfPig, pdftotext og ren Lucene på samme filer, enheter og spørringer.";

    /// <summary>
    /// The fixed query mix: the corpus benchmark's 20 typed queries (words, inflections, compounds, acronyms, no æøå,
    /// case numbers, phrases, exclusion, OR), each alone, with a council filter, with a year filter, in decision scope,
    /// newest first, and as the next page: 120 requests, every one timed the same way.
    /// </summary>
    public static IReadOnlyList<SearchRequest> QueryMix()
    {
        var mix = new List<SearchRequest>();
        foreach (var q in CorpusBench.Queries)
        {
            mix.Add(new SearchRequest { Query = q });
            mix.Add(new SearchRequest { Query = q, Filters = SearchFilters.Of(FilterField.Council, Councils.HelseOmsorg21) });
            mix.Add(new SearchRequest { Query = q, Filters = SearchFilters.Of(FilterField.Year, "2022") });
            mix.Add(new SearchRequest { Query = q, Scope = SearchScope.Decisions });
            mix.Add(new SearchRequest { Query = q, Sort = SearchSort.Newest });
            mix.Add(new SearchRequest { Query = q, Page = 2 });
        }

        return mix;
    }

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var copies = Math.Max(1, args.IntOption("copies", 1));
        var rounds = Math.Max(1, args.IntOption("rounds", 3));
        var outDir = args.Option("out") ?? Path.Combine("bench", "results");
        System.IO.Directory.CreateDirectory(outDir);
        var unitPages = args.IntOption("units", 0);
        var keep = args.Option("keep");
        var results = new Dictionary<string, object?>(StringComparer.Ordinal);
        var o = context.Out;
        IReadOnlyList<IndexUnit> corpusUnits;
        if (unitPages > 0)
        {
            // The scale set straight to units (no PDFs, no extraction or ingest rows): the generator's own archive.
            var clockUnits = Stopwatch.StartNew();
            corpusUnits = Scale.ArchiveUnits.Generate(Scale.SentenceSource.Load(corpus, Scale.GenerateCommand.FindRepoRoot(Path.GetFullPath(corpus))), unitPages).ToList();
            o.WriteLine($"| units generated for {unitPages} pages | {corpusUnits.Count} units in {clockUnits.Elapsed.TotalSeconds:0.0} s | | |");
            results["extract"] = null;
            results["ingest"] = null;
            results["unitPages"] = unitPages;
        }
        else
        {
            corpusUnits = ExtractAndIngest(corpus, rounds, results, o);
        }

        var units = Enumerable.Range(0, copies).SelectMany(k => corpusUnits.Select(u => CorpusBench.YearsBack(u, k))).ToList();
        var megabytes = units.Sum(u => Encoding.UTF8.GetByteCount(u.Title) + Encoding.UTF8.GetByteCount(u.Text)) / 1048576.0;
        var clock = Stopwatch.StartNew();

        // Indexing: the same unit texts, each side warmed up once on a throw-away index (JIT, analyzers, lexicon). With
        // --keep the two indexes live in that folder and a later run with the same folder queries them again unindexed.
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "norprem-peers-" + Guid.NewGuid().ToString("N"));
        var productFolder = Path.Combine(folder, "product");
        var bareFolder = Path.Combine(folder, "bare");
        var indexFigures = Path.Combine(folder, "index.json");
        try
        {
            if (keep is not null && File.Exists(indexFigures))
            {
                results["index"] = JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(indexFigures));
                o.WriteLine($"| indexing | kept from an earlier run in {folder} (figures in index.json) | | |");
            }
            else
            {
                var warmUnits = corpusUnits.Take(500).ToList();
                using (var warm = SearchIndex.InMemory())
                {
                    IngestPipeline.WriteAll(warm.Writer, warmUnits.GroupBy(u => u.DocumentId)
                        .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<IndexUnit>)g.ToList())).ToList());
                    warm.Writer.Commit();
                }

                using (var warmBare = new RAMDirectory())
                {
                    BareLuceneIndex(warmBare, warmUnits);
                }

                clock.Restart();
                using (var index = SearchIndex.OpenOrCreate(productFolder))
                {
                    IngestPipeline.WriteAll(index.Writer, units.GroupBy(u => u.DocumentId)
                        .Select(g => KeyValuePair.Create(g.Key, (IReadOnlyList<IndexUnit>)g.ToList())).ToList());
                    index.Writer.Commit();
                }

                var productIndex = clock.Elapsed.TotalSeconds;
                clock.Restart();
                using (var bareWrite = FSDirectory.Open(bareFolder))
                {
                    BareLuceneIndex(bareWrite, units);
                }

                var bareIndex = clock.Elapsed.TotalSeconds;
                var figures = new
                {
                    units = units.Count, megabytes, productUnitsPerSecond = units.Count / productIndex, productMBps = megabytes / productIndex,
                    luceneUnitsPerSecond = units.Count / bareIndex, luceneMBps = megabytes / bareIndex, shareOfLucene = bareIndex / productIndex,
                    loadAverage = StageProfile.LoadAverage(),
                };
                results["index"] = figures;
                File.WriteAllText(indexFigures, JsonSerializer.Serialize(figures));
                o.WriteLine($"| indexing, {units.Count} units, {megabytes:0.0} MB | {units.Count / productIndex:0} units/s, {megabytes / productIndex:0.00} MB/s | bare Lucene NorwegianAnalyzer: {units.Count / bareIndex:0} units/s, {megabytes / bareIndex:0.00} MB/s | |");
            }

            // Queries: the product through its reader (snippets, facets, grouping), bare Lucene top-10 with stored text.
            // Besides wall time, each request's thread CPU time: what it cost, which other work on the machine inflates less.
            clock.Restart();
            using var reader = SearchIndex.OpenReader(productFolder);
            var mix = QueryMix();
            reader.Searcher.Search(mix[0]);
            var coldMs = clock.Elapsed.TotalMilliseconds;
            o.WriteLine($"| cold start: open the on-disk index for reading + first query | {coldMs:0} ms | | |");
            results["coldReaderMs"] = coldMs;
            using var bareDirectory = FSDirectory.Open(bareFolder);
            using var bareReader = DirectoryReader.Open(bareDirectory);
            var bareSearcher = new IndexSearcher(bareReader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
            var analyzer = new NorwegianAnalyzer(LuceneVersion.LUCENE_48);
            var (productLatencies, productCpu) = Time(mix, r => reader.Searcher.Search(r), rounds);
            var (bareLatencies, bareCpu) = Time(mix, r => BareLuceneSearch(bareSearcher, analyzer, r.Query), rounds);
            var productQps1 = Throughput(mix, r => reader.Searcher.Search(r), threads: 1);
            var productQps2 = Throughput(mix, r => reader.Searcher.Search(r), threads: 2);
            var bareQps2 = Throughput(mix, r => BareLuceneSearch(bareSearcher, analyzer, r.Query), threads: 2);
            o.WriteLine($"| queries ({mix.Count} in the mix × {rounds}, {units.Count} units) | p50 {P(productLatencies, 0.5):0.00} ms, p95 {P(productLatencies, 0.95):0.00} ms, p99 {P(productLatencies, 0.99):0.00} ms; thread CPU p50 {P(productCpu, 0.5):0.00} ms, p99 {P(productCpu, 0.99):0.00} ms, mean {productCpu.Average():0.00} ms; {productQps1:0} q/s on 1 thread, {productQps2:0} q/s on 2 | bare Lucene top-10: p50 {P(bareLatencies, 0.5):0.00} ms, p95 {P(bareLatencies, 0.95):0.00} ms, p99 {P(bareLatencies, 0.99):0.00} ms; thread CPU p50 {P(bareCpu, 0.5):0.00} ms, p99 {P(bareCpu, 0.99):0.00} ms, mean {bareCpu.Average():0.00} ms; {bareQps2:0} q/s on 2 | |");
            o.WriteLine($"| product ÷ bare Lucene, same run | p99 {P(productLatencies, 0.99) / P(bareLatencies, 0.99):0.0} ×, thread CPU p99 {P(productCpu, 0.99) / P(bareCpu, 0.99):0.0} ×, mean CPU {productCpu.Average() / bareCpu.Average():0.0} × | | |");
            results["query"] = new
            {
                requests = mix.Count * rounds,
                p50 = P(productLatencies, 0.5), p95 = P(productLatencies, 0.95), p99 = P(productLatencies, 0.99), qps1 = productQps1, qps2 = productQps2,
                cpuP50 = P(productCpu, 0.5), cpuP99 = P(productCpu, 0.99), cpuMean = productCpu.Average(),
                luceneP50 = P(bareLatencies, 0.5), luceneP95 = P(bareLatencies, 0.95), luceneP99 = P(bareLatencies, 0.99), luceneQps2 = bareQps2,
                luceneCpuP50 = P(bareCpu, 0.5), luceneCpuP99 = P(bareCpu, 0.99), luceneCpuMean = bareCpu.Average(),
            };

            // For PostgreSQL (scripts/bench-peers.sh): the same units and the words of the same queries.
            using (var tsv = new StreamWriter(Path.Combine(outDir, "units.tsv"), false, new UTF8Encoding(false)))
            {
                foreach (var u in units)
                {
                    tsv.Write(Escape(u.Id));
                    tsv.Write('\t');
                    tsv.Write(Escape(u.Title));
                    tsv.Write('\t');
                    tsv.WriteLine(Escape(u.Text));
                }
            }

            File.WriteAllLines(Path.Combine(outDir, "queries.txt"), mix.Select(r => Words(r.Query)).Where(w => w.Length > 0), new UTF8Encoding(false));
        }
        finally
        {
            if (keep is null && System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }

        results["loadAverage"] = StageProfile.LoadAverage();
        using var process = Process.GetCurrentProcess();
        results["peakWorkingSetMB"] = process.PeakWorkingSet64 / 1048576.0;
        results["copies"] = copies;
        File.WriteAllText(Path.Combine(outDir, "peers-dotnet.json"), JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    /// <summary>The extraction and ingest rows on the folder's PDFs; returns the units of the last ingest.</summary>
    private static IReadOnlyList<IndexUnit> ExtractAndIngest(string corpus, int rounds, Dictionary<string, object?> results, TextWriter o)
    {
        var (read, _) = CorpusFolder.Read(corpus);
        var files = read.ToList();

        // Extraction: the product's extractor, PdfPig alone, pdftotext -raw; warm-up first (JIT, fonts).
        var extractor = new PdfPigTextExtractor();
        var firstPass = files.Select(f => extractor.Extract(f.Content, f.FileName)).ToList();
        var pages = firstPass.Sum(d => d.Pages.Count);
        // Both sides warmed up before either is timed, then timed round by round in turn: PdfPig's parser is JIT-compiled
        // and tiered up while the product runs, so timing all product rounds first charged that to the product alone.
        files.ForEach(f => PdfPigAlone(f.Content));
        var (productSeconds, pdfpigSeconds) = (0.0, 0.0);
        for (var r = 0; r < rounds; r++)
        {
            productSeconds += Seconds(() => files.ForEach(f => extractor.Extract(f.Content, f.FileName)));
            pdfpigSeconds += Seconds(() => files.ForEach(f => PdfPigAlone(f.Content)));
        }

        var product = pages * rounds / productSeconds;
        var pdfpig = pages * rounds / pdfpigSeconds;
        var pdftotext = PdfToText(corpus, files.Select(f => f.FileName).ToList(), pages, rounds);
        o.WriteLine($"| extraction, {files.Count} files, {pages} pages (load average {StageProfile.LoadAverage()}) | {product:0} pages/s | PdfPig page.Text+GetWords(): {pdfpig:0} pages/s | pdftotext -raw: {(pdftotext is { } p ? $"{p:0} pages/s" : "not installed")} |");
        results["extract"] = new { files = files.Count, pages, rounds, product, pdfpig, pdftotext, shareOfPdfPig = product / pdfpig };

        // Ingest end to end: first the born-digital files alone (every page has a text layer), then, when some files hold
        // scans, all files (with Tesseract); the units of the last run are the ones indexed and queried below.
        var bornDigital = files.Where((f, i) => firstPass[i].Pages.All(pg => pg.Blocks.Count > 0 && pg.ImageCount == 0)).ToList();
        var bornDigitalPages = firstPass.Where(d => d.Pages.All(pg => pg.Blocks.Count > 0 && pg.ImageCount == 0)).Sum(d => d.Pages.Count);
        var (bornDigitalSeconds, bornDigitalCpu, corpusUnits) = Ingest(bornDigital);
        o.WriteLine($"| ingest end to end, born-digital files ({bornDigital.Count} of {files.Count}, {bornDigitalPages} pages) | {bornDigitalPages / bornDigitalSeconds:0.0} pages/s ({bornDigitalSeconds:0.0} s, CPU {bornDigitalCpu:0.0} s on {Environment.ProcessorCount} cores) | | |");
        double? allPagesPerSecond = null;
        if (bornDigital.Count < files.Count)
        {
            var (allSeconds, allCpu, allUnits) = Ingest(files);
            corpusUnits = allUnits;
            allPagesPerSecond = pages / allSeconds;
            o.WriteLine($"| ingest end to end, all files (with OCR of the scans) | {allPagesPerSecond:0.0} pages/s ({allSeconds:0.0} s, CPU {allCpu:0.0} s) | | |");
        }

        results["ingest"] = new
        {
            bornDigitalFiles = bornDigital.Count, bornDigitalPages, bornDigitalPagesPerSecond = bornDigitalPages / bornDigitalSeconds,
            bornDigitalCpuSeconds = bornDigitalCpu, pagesPerSecond = allPagesPerSecond ?? bornDigitalPages / bornDigitalSeconds,
        };
        return corpusUnits;
    }

    /// <summary>The whole pipeline on <paramref name="files"/> into a fresh in-memory index: wall seconds, process CPU seconds, units.</summary>
    private static (double Seconds, double CpuSeconds, IReadOnlyList<IndexUnit> Units) Ingest(IReadOnlyList<CorpusFile> files)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var fresh = SearchIndex.InMemory();
        var units = new IngestPipeline(IngestStages.CreateDefault(_ => { }), new NoDocumentCache())
            .Run(files, fresh.Writer, new MemoryKnowledgeStorage(), force: true).IndexedUnits ?? [];
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (seconds, (process.TotalProcessorTime - cpu).TotalSeconds, units);
    }

    /// <summary>PdfPig alone: what a user of the library gets with its page text and words.</summary>
    internal static void PdfPigAlone(ReadOnlyMemory<byte> pdf)
    {
        using var document = PdfDocument.Open(pdf.ToArray());
        foreach (var page in document.GetPages())
        {
            _ = page.Text;
            _ = page.GetWords().Count();
        }
    }

    /// <summary>pdftotext -raw (poppler-utils) over the same files, pages/s; null when it is not installed.</summary>
    private static double? PdfToText(string corpus, IReadOnlyList<string> files, int pages, int rounds)
    {
        try
        {
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var file in files)
                {
                    using var run = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", Path.Combine(corpus, file), "-"])
                    {
                        RedirectStandardOutput = true,
                        UseShellExecute = false,
                    })!;
                    run.StandardOutput.ReadToEnd();
                    run.WaitForExit();
                }
            }

            return pages * rounds / clock.Elapsed.TotalSeconds;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    internal static void BareLuceneIndex(Lucene.Net.Store.Directory directory, IReadOnlyList<IndexUnit> units)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new NorwegianAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new Lucene.Net.Search.Similarities.BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var u in units)
        {
            writer.AddDocument(new LuceneDocument
            {
                new StringField("id", u.Id, Field.Store.YES),
                new TextField("title", u.Title, Field.Store.YES),
                new TextField("text", u.Text, Field.Store.YES),
            });
        }

        writer.Commit();
    }

    /// <summary>Bare Lucene: the query's words through the stock analyzer, OR-ed over title and text, top 10 with their stored fields.</summary>
    private static void BareLuceneSearch(IndexSearcher searcher, NorwegianAnalyzer analyzer, string query)
    {
        var boolean = new BooleanQuery();
        using (var stream = analyzer.GetTokenStream("text", Words(query)))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                boolean.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
                boolean.Add(new TermQuery(new Term("title", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (boolean.Clauses.Count == 0)
        {
            return;
        }

        foreach (var hit in searcher.Search(boolean, 10).ScoreDocs)
        {
            _ = searcher.Doc(hit.Doc).Get("text");
        }
    }

    /// <summary>The words of a query without its syntax (quotes, exclusions, OR), for the peers that have none.</summary>
    private static string Words(string query) =>
        string.Join(' ', query.Replace("\"", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "OR" && !w.StartsWith('-')));

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static (List<double> Wall, List<double> Cpu) Time(IReadOnlyList<SearchRequest> mix, Action<SearchRequest> run, int rounds)
    {
        foreach (var r in mix)
        {
            run(r);
        }

        var latencies = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            foreach (var r in mix)
            {
                var cpuStart = ThreadCpu.Milliseconds();
                var start = Stopwatch.GetTimestamp();
                run(r);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
            }
        }

        latencies.Sort();
        cpu.Sort();
        return (latencies, cpu);
    }

    /// <summary>Requests per second with <paramref name="threads"/> threads running the mix for about three seconds.</summary>
    private static double Throughput(IReadOnlyList<SearchRequest> mix, Action<SearchRequest> run, int threads)
    {
        var done = 0L;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(3);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            var i = t;
            while (clock.Elapsed < until)
            {
                run(mix[i++ % mix.Count]);
                Interlocked.Increment(ref done);
            }
        });
        return done / clock.Elapsed.TotalSeconds;
    }

    private static double Seconds(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }

    private static double P(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

using System.Diagnostics;
using NorPreM.Cli;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;

namespace NorPreM.Bench;

/// <summary>
/// `extract [corpus-dir] [--rounds n] [--which both|product|pdfpig]`: the product's extractor and PdfPig alone
/// (<c>page.Text</c> + <c>GetWords()</c>) on the same files, in memory, one thread, after a warm-up round: pages/s of each.
/// A process to run under <c>dotnet-trace</c> when the per-page cost of extraction is the question (issue 19).
/// </summary>
public sealed class ExtractProfile : ICliCommand
{
    public string Name => "extract";
    public string Usage => "extract [korpusmappe] [--rounds n] [--which both|product|pdfpig]";
    public string Summary => "Måler tekstuttrekk mot PdfPig alene på de samme filene.";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var rounds = Math.Max(1, args.IntOption("rounds", 3));
        var which = args.Option("which") ?? "both";
        var (read, _) = CorpusFolder.Read(corpus);
        var files = read.ToList();
        var extractor = new PdfPigTextExtractor();
        var pages = files.Sum(f => extractor.Extract(f.Content, f.FileName).Pages.Count);
        if (which is "both" or "pdfpig")
        {
            files.ForEach(f => PeersBench.PdfPigAlone(f.Content));
        }

        for (var r = 0; r < rounds; r++)
        {
            var line = $"round {r + 1}, {pages} pages, load average {StageProfile.LoadAverage()}:";
            if (which is "both" or "product")
            {
                var clock = Stopwatch.StartNew();
                files.ForEach(f => extractor.Extract(f.Content, f.FileName));
                line += $" product {pages / clock.Elapsed.TotalSeconds:0} pages/s";
            }

            if (which is "both" or "pdfpig")
            {
                var clock = Stopwatch.StartNew();
                files.ForEach(f => PeersBench.PdfPigAlone(f.Content));
                line += $" PdfPig {pages / clock.Elapsed.TotalSeconds:0} pages/s";
            }

            context.Out.WriteLine(line);
        }

        return 0;
    }
}

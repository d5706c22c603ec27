using System.Diagnostics;
using System.Globalization;
using NorPreM.Cli;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Bench;

/// <summary>
/// `ocr [scan.pdf] [--pages n]`: times the re-OCR of an n-page scan (default 40) by the repair stage with one OCR
/// process and with one per core, in pages per second. The pages are the scan's own page images, repeated in turn
/// up to n, so any scan serves (default: the real image-only nynorsk agreement in ../shared/realdocs).
/// </summary>
public sealed class OcrBench : ICliCommand
{
    private const string RealScan = "helsevest-helsenord-2020-09-24-samarbeidsavtale-helseatlas-skannet.pdf";

    public string Name => "ocr";
    public string Usage => "ocr [skann.pdf] [--pages n]";
    public string Summary => "Måler ny OCR av en skannet PDF på n sider (sider/s) med én kjerne og med alle.";

    public int Run(CliArguments args, CliContext context)
    {
        var path = args.Positional(0) ?? FindRealScan();
        if (path is null || !File.Exists(path))
        {
            context.Error.WriteLine($"Finner ikke skannet PDF «{path ?? RealScan}»; gi en som argument.");
            return 1;
        }

        var engine = TesseractEngine.Detect("nor", out var reason);
        var renderer = ExternalTool.Find("pdftoppm");
        if (engine is null)
        {
            context.Error.WriteLine(reason);
            return 1;
        }

        var pages = Math.Max(1, args.IntOption("pages", 40));
        var bytes = File.ReadAllBytes(path);
        var scan = new PdfPigTextExtractor().Extract(bytes, Path.GetFileName(path));
        var source = scan.Pages;
        var document = scan with
        {
            Pages = Enumerable.Range(1, pages).Select(n => source[(n - 1) % source.Count] with
            {
                Number = n,
                Blocks = [],
                ImageCount = Math.Max(1, source[(n - 1) % source.Count].ImageCount),
            }).ToList(),
        };
        IPageImageSource Images(ReadOnlyMemory<byte> pdf) => new Repeating(new PdfPageImages(pdf, renderer), source.Count);
        var cores = Environment.ProcessorCount;
        context.Out.WriteLine($"ny OCR av {pages} sider fra {Path.GetFileName(path)} ({source.Count} sider gjentatt), Tesseract --psm {engine.PageSegmentationMode}, {cores} kjerner");
        foreach (var jobs in cores > 1 ? new[] { 1, cores } : [1])
        {
            var stage = new OcrRepairStage(new DamageScorer(NoisyChannelCorrector.Default), NoisyChannelCorrector.Default, engine, Images,
                m => context.Error.WriteLine(m)) { OcrJobs = jobs };
            var clock = Stopwatch.StartNew();
            var repaired = stage.Repair(document, bytes);
            var seconds = clock.Elapsed.TotalSeconds;
            var read = repaired.Pages.Count(p => p.Quality?.Source == "ocr");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{jobs} OCR-prosess(er): {pages / seconds:0.00} sider/s ({pages} sider, {read} lest med OCR, {seconds:0.0} s)"));
        }

        return 0;
    }

    private static string? FindRealScan()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "realdocs", "pdfs", RealScan);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    /// <summary>Page n is the scan's page ((n − 1) mod count) + 1.</summary>
    private sealed class Repeating(IPageImageSource inner, int count) : IPageImageSource
    {
        public PageImage? Get(int pageNumber) => inner.Get((pageNumber - 1) % count + 1);

        public void Dispose() => inner.Dispose();
    }
}

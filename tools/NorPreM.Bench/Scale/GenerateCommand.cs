using System.Diagnostics;
using NorPreM.Cli;

namespace NorPreM.Bench.Scale;

/// <summary>
/// `generate --pages n [--out dir] [--seed s] [--scan-share share] [corpus-dir]`: writes a seeded council archive of at least
/// n pages as PDFs (see <see cref="ArchiveGenerator"/>), for the scale benchmarks of issue 19. The same seed and size
/// give the same files; an existing folder is emptied of PDFs first.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";
    public string Usage => "generate --pages n [--out mappe] [--seed s] [--scan-share andel] [korpusmappe]";
    public string Summary => "Lager et deterministisk arkiv av rådsmøtedokumenter som PDF-er for skalamålinger.";

    public int Run(CliArguments args, CliContext context)
    {
        var pages = Math.Max(1, args.IntOption("pages", 1000));
        var seed = args.IntOption("seed", 19);
        var scans = double.TryParse(args.Option("scan-share"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0.01;
        var outDir = args.Option("out") ?? Path.Combine(Path.GetTempPath(), $"norprem-archive-{pages}-{seed}");
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var repoRoot = FindRepoRoot(Path.GetFullPath(corpus));
        var clock = Stopwatch.StartNew();
        var source = SentenceSource.Load(corpus, repoRoot);
        Directory.CreateDirectory(outDir);
        foreach (var old in Directory.GetFiles(outDir, "*.pdf"))
        {
            File.Delete(old);
        }

        var writer = new ArchiveWriter();
        var written = 0;
        var files = 0;
        foreach (var document in new ArchiveGenerator(source, seed, scans).Generate(pages))
        {
            File.WriteAllBytes(Path.Combine(outDir, document.FileName), writer.Write(document));
            written += document.Pages.Count;
            files++;
        }

        context.Out.WriteLine($"{files} filer, {written} sider ({writer.ScannedPages} bildesider) i {outDir} på {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"{source.Sentences.Count} setninger fra {source.Origin}");
        return 0;
    }

    internal static string FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NorPreM.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

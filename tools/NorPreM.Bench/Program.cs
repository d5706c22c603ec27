using System.Text;
using NorPreM.Cli;

namespace NorPreM.Bench;

/// <summary>
/// The one benchmark program, beside the product (Release build, outside `dotnet test`):
/// <c>dotnet run -c Release --project tools/NorPreM.Bench -- corpus [corpus-dir] [--rounds n] [--scale copies]</c> times
/// extraction, indexing and queries; <c>-- peers</c> measures them beside PdfPig, pdftotext and bare Lucene
/// (<c>scripts/bench-peers.sh</c> adds PostgreSQL and wrk); <c>-- web [--rounds n]</c> times the web app's pages and API;
/// <c>-- ocr [scan.pdf] [--pages n]</c> times the re-OCR of an n-page scan with one and with all cores;
/// <c>-- generate --pages n</c> writes a seeded council archive of n pages as PDFs (<see cref="Scale.ArchiveGenerator"/>).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var context = new CliContext(Console.In, Console.Out, Console.Error);
        switch (args.FirstOrDefault())
        {
            case "web":
                var parsed = new CliArguments(args[1..], CommandLine.Flags);
                return await WebBench.RunAsync(Math.Max(1, parsed.IntOption("rounds", 30)));
            case "corpus":
                return CommandLine.RunOne(new CorpusBench(), args[1..], context);
            case "peers":
                return CommandLine.RunOne(new PeersBench(), args[1..], context);
            case "index-settings":
                return CommandLine.RunOne(new IndexSettingsBench(), args[1..], context);
            case "queries":
                return CommandLine.RunOne(new QueryProfile(), args[1..], context);
            case "extract":
                return CommandLine.RunOne(new ExtractProfile(), args[1..], context);
            case "index":
                return CommandLine.RunOne(new IndexProfile(), args[1..], context);
            case "stages":
                return CommandLine.RunOne(new StageProfile(), args[1..], context);
            case "generate":
                return CommandLine.RunOne(new Scale.GenerateCommand(), args[1..], context);
            case "ocr":
                return CommandLine.RunOne(new OcrBench(), args[1..], context);
            default:
                context.Error.WriteLine("Bruk: NorPreM.Bench corpus [korpusmappe] [--rounds n] [--scale n] | peers [korpusmappe] [--copies n] [--rounds n] [--out mappe] | web [--rounds n] | ocr [skann.pdf] [--pages n] | generate --pages n [--out mappe] [--seed s]");
                return 2;
        }
    }
}

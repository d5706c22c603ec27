using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `ingest [corpus-dir] [--index dir] [--force]`: brings the index up to date with the corpus. Exits 0 when every file
/// was read, 3 when some were skipped as unreadable (what the index held for them is kept), 1 when the corpus is missing.
/// File names are printed with control characters escaped, one line per file, so a name cannot forge a log line.
/// Each PDF is extracted in a worker process (this program's <c>extract-worker</c>, the web app's isolation) with a
/// time limit (<c>--extract-seconds</c>, 120) and a hard heap limit (<c>--extract-memory-mb</c>, 1024), so a
/// decompression bomb is skipped by name instead of taking the command down; <c>--in-process</c> extracts here.
/// </summary>
public sealed class IngestCommand : ICliCommand
{
    public string Name => "ingest";
    public string Usage => "ingest [corpus-dir] [--index dir] [--force] [--extract-seconds 120] [--extract-memory-mb 1024] [--in-process]";
    public string Summary => "Leser PDF-ene i korpusmappen og oppdaterer indeksen og kunnskapsbasen (--force bygger alt på nytt).";

    /// <summary>Exit code when some files could not be read and were skipped.</summary>
    public const int SkippedFiles = 3;

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var index = IndexLocation.Index(args);
        if (!TryExtractor(args, context, out var extractor))
        {
            return 2;
        }

        try
        {
            var report = CorpusIndexing.Run(corpus, index, args.Flag("force"), p => context.Error.WriteLine($"[{p.Current}/{p.Total}] {Printable(p.FileName)}: {p.Message}"), context.Error.WriteLine,
                extractor: extractor);
            context.Out.WriteLine($"Ferdig på {report.Elapsed.TotalSeconds:0.0} s: {Bokmal.Count(report.Files, "fil", "filer")}, {report.Processed} lest, {report.Unchanged} uendret, {report.Renamed} omdøpt, {report.Removed} fjernet, {Bokmal.Pages(report.Pages)}, {Bokmal.Count(report.Units, "enhet", "enheter")} i indeksen.");
            if (report.Topics is { } topics)
            {
                context.Out.WriteLine(topics.Topics.Count > 0
                    ? $"{Bokmal.Count(topics.Topics.Count, "emne", "emner")} (LDA) fra {Bokmal.Pages(topics.UnitCount)}: " + string.Join(" | ", topics.Topics.Select(t => string.Join(", ", t.Words.Take(4).Select(w => w.Word))))
                    : topics.Note ?? "Ingen emner.");
            }

            foreach (var d in report.Duplicates)
            {
                context.Out.WriteLine(Printable(d.Message));
            }

            foreach (var f in report.Failures)
            {
                context.Out.WriteLine($"Hoppet over {Printable(f.FileName)}: {f.Reason}");
            }

            return report.Failures.Count > 0 ? SkippedFiles : 0;
        }
        catch (DirectoryNotFoundException e)
        {
            context.Error.WriteLine(e.Message);
            return 1;
        }
    }

    /// <summary>The worker extractor the options ask for (null with <c>--in-process</c>); false with a message when a limit is not a positive number.</summary>
    private static bool TryExtractor(CliArguments args, CliContext context, out ITextExtractor? extractor)
    {
        extractor = null;
        if (args.Flag("in-process"))
        {
            return true;
        }

        var seconds = Positive(args.Option("extract-seconds"), 120);
        var megabytes = Positive(args.Option("extract-memory-mb"), 1024);
        if (seconds is null || megabytes is null)
        {
            context.Error.WriteLine("--extract-seconds og --extract-memory-mb må være positive hele tall.");
            return false;
        }

        extractor = new IsolatedTextExtractor(Ingest.Extraction.ExtractWorkerCommand.OfProgram(typeof(IngestCommand).Assembly),
            new ExtractBudget(TimeSpan.FromSeconds(seconds.Value), megabytes.Value * 1024L * 1024));
        return true;
    }

    private static int? Positive(string? value, int fallback) =>
        value is null ? fallback
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
        : null;

    /// <summary>The text with control characters written as escapes (\n, \r, \t, \uXXXX), for one-line output.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}

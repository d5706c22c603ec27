using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `ingest [corpus-dir] [--index dir] [--force]`: brings the index up to date with the corpus. Exits 0 when every file
/// was read, 3 when some were skipped as unreadable (what the index held for them is kept), 1 when the corpus is missing.
/// File names are printed with control characters escaped, one line per file, so a name cannot forge a log line.
/// </summary>
public sealed class IngestCommand : ICliCommand
{
    public string Name => "ingest";
    public string Usage => "ingest [corpus-dir] [--index dir] [--force]";
    public string Summary => "Leser PDF-ene i korpusmappen og oppdaterer indeksen og kunnskapsbasen (--force bygger alt på nytt).";

    /// <summary>Exit code when some files could not be read and were skipped.</summary>
    public const int SkippedFiles = 3;

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var index = IndexLocation.Index(args);
        try
        {
            var report = CorpusIndexing.Run(corpus, index, args.Flag("force"), p => context.Error.WriteLine($"[{p.Current}/{p.Total}] {Printable(p.FileName)}: {p.Message}"), context.Error.WriteLine);
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

using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Commands;

/// <summary>`ingest [corpus-dir] [--index dir] [--force]`: brings the index up to date with the corpus.</summary>
public sealed class IngestCommand : ICliCommand
{
    public string Name => "ingest";
    public string Usage => "ingest [corpus-dir] [--index dir] [--force]";
    public string Summary => "Leser PDF-ene i korpusmappen og oppdaterer indeksen og kunnskapsbasen (--force bygger alt på nytt).";

    public int Run(CliArguments args, CliContext context)
    {
        var corpus = args.Positional(0) ?? IndexLocation.DefaultCorpus;
        var index = IndexLocation.Index(args);
        try
        {
            var report = CorpusIndexing.Run(corpus, index, args.Flag("force"), p => context.Error.WriteLine($"[{p.Current}/{p.Total}] {p.FileName}: {p.Message}"), context.Error.WriteLine);
            context.Out.WriteLine($"Ferdig på {report.Elapsed.TotalSeconds:0.0} s: {Bokmal.Count(report.Files, "fil", "filer")}, {report.Processed} lest, {report.Unchanged} uendret, {report.Renamed} omdøpt, {report.Removed} fjernet, {Bokmal.Pages(report.Pages)}, {Bokmal.Count(report.Units, "enhet", "enheter")} i indeksen.");
            if (report.Topics is { } topics)
            {
                context.Out.WriteLine(topics.Topics.Count > 0
                    ? $"{Bokmal.Count(topics.Topics.Count, "emne", "emner")} (LDA) fra {Bokmal.Pages(topics.UnitCount)}: " + string.Join(" | ", topics.Topics.Select(t => string.Join(", ", t.Words.Take(4).Select(w => w.Word))))
                    : topics.Note ?? "Ingen emner.");
            }

            foreach (var d in report.Duplicates)
            {
                context.Out.WriteLine(d.Message);
            }

            foreach (var f in report.Failures)
            {
                context.Out.WriteLine($"Hoppet over {f.FileName}: {f.Reason}");
            }

            return 0;
        }
        catch (DirectoryNotFoundException e)
        {
            context.Error.WriteLine(e.Message);
            return 1;
        }
    }
}

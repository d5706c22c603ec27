using NorPreM.Ingest.Extraction;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `extract-worker &lt;name&gt;`: the child process of isolated extraction (<see cref="IsolatedTextExtractor"/>): one PDF on
/// standard input, its extracted pages as JSON on standard output; with the name "*" it serves file after file (see
/// <see cref="ExtractWorker"/>). Started by hosts with a time and memory budget.
/// </summary>
public sealed class ExtractWorkerCommand : ICliCommand
{
    public string Name => ExtractWorker.Verb;
    public string Usage => "extract-worker <filnavn>|*  (PDF på standard inn; * for mange filer etter hverandre)";
    public string Summary => "Trekker ut teksten av én PDF fra standard inn som JSON, i en egen prosess med tids- og minnegrense (brukes av ingest og web).";

    public int Run(CliArguments args, CliContext context) =>
        ExtractWorker.Run(args.Positional(0) ?? "ukjent.pdf", Console.OpenStandardInput(), Console.OpenStandardOutput(), context.Error);
}

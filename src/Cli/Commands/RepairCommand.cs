using System.Globalization;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `repair [--explain]`: reads text on standard input, repairs damaged Norwegian letters and writes the text to
/// standard output, line for line. The whole input is scored as one page. With --explain, a list of the changes
/// (line:column, before → after, confidence) follows the text after a line "--- endringer ---".
/// </summary>
public sealed class RepairCommand : ICliCommand
{
    public string Name => "repair";
    public string Usage => "repair [--explain] < tekst.txt";
    public string Summary => "Retter OCR-skadde æ/ø/å i tekst fra standard inn og skriver teksten til standard ut; --explain lister hver endring med sikkerhet.";

    public int Run(CliArguments args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new CliUsageException("repair leser tekst fra standard inn og tar ingen filnavn.");
        }

        var input = context.In.ReadToEnd();
        var endsWithNewline = input.EndsWith('\n');
        var lines = input.Replace("\r\n", "\n").Split('\n');
        if (endsWithNewline)
        {
            lines = lines[..^1];
        }

        var corrector = NoisyChannelCorrector.Default;
        var scorer = new DamageScorer(corrector);
        var quality = scorer.Score(string.Join('\n', lines), "text-layer");
        var corrected = corrector.Correct(lines, quality.Score, new DocumentMemory { Nynorsk = NynorskForms.IsNynorsk(lines) });
        context.Out.Write(string.Join('\n', corrected.Lines));
        if (endsWithNewline)
        {
            context.Out.Write('\n');
        }

        if (args.Flag("explain"))
        {
            context.Out.WriteLine(endsWithNewline ? "--- endringer ---" : "\n--- endringer ---");
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"skadeskår {quality.Score:0.00} ({(quality.Damaged ? "skadet" : "ren")}; {string.Join(", ", quality.Reasons)})"));
            foreach (var r in corrected.Repairs)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Line + 1}:{r.Start + 1}\t{r.Before} → {r.After}\tsikkerhet {r.Confidence:0.00}"));
            }
        }

        return 0;
    }
}

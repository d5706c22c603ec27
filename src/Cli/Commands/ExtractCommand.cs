using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Commands;

/// <summary>`extract &lt;file.pdf&gt; [--repair]`: prints each page's body text after a line "=== page N ===".</summary>
public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";
    public string Usage => "extract <file.pdf> [--repair] [--json]";
    public string Summary => "Skriver ut teksten på hver side (etter «=== page N ===»); --repair viser sidene etter OCR-reparasjon.";

    public int Run(CliArguments args, CliContext context)
    {
        var path = args.Positional(0) ?? throw new CliUsageException("Mangler PDF-fil.");
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"Finner ikke filen «{path}».");
            return 1;
        }

        ExtractedDocument document;
        try
        {
            var bytes = File.ReadAllBytes(path);
            document = new PdfPigTextExtractor().Extract(bytes, Path.GetFileName(path));
            if (args.Flag("repair"))
            {
                document = IngestStages.CreateRepairer(m => context.Error.WriteLine(m)).Repair(document, bytes);
            }
        }
        catch (PdfReadException e)
        {
            context.Error.WriteLine($"Kan ikke lese {e.FileName}: {e.Reason}");
            return 1;
        }

        if (args.Flag("json"))
        {
            context.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(document, JsonDefaults.Indented));
            return 0;
        }

        foreach (var page in document.Pages)
        {
            context.Out.WriteLine($"=== page {page.Number} ===");
            context.Out.WriteLine(page.Text);
        }

        return 0;
    }
}

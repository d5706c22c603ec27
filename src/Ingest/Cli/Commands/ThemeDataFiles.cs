using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Cli.Commands;

/// <summary>Locates and reads the labelled theme data (train.jsonl, heldout.jsonl) for the theme commands.</summary>
internal static class ThemeDataFiles
{
    public const string DefaultDirectory = "eval/themes";
    public const string DefaultModel = "src/Ingest/Resources/Themes/themes.model";

    public static IReadOnlyList<LabelledPassage> Read(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new CliUsageException($"Fant ikke {path}. Angi mappen med merkede data med --data.");
        }

        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        try
        {
            return ThemeDataset.Read(reader, path);
        }
        catch (ThemeDataException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}

namespace NorPreM.Ingest.Themes;

/// <summary>
/// Gives the host a theme classifier. A missing, damaged, stale (other format version) or incompatible (other
/// taxonomy) model never stops ingestion: the host gets a <see cref="NoThemesClassifier"/> and a warning.
/// </summary>
public static class ThemeClassifierFactory
{
    /// <summary>Logical name of the model shipped inside the assembly (src/Ingest/Resources/Themes/themes.model).</summary>
    public const string ResourceName = "NorPreM.Ingest.Resources.Themes.themes.model";

    /// <summary>The model shipped with the product.</summary>
    public static IThemeClassifier LoadDefault(Action<string> warn)
    {
        using var stream = typeof(ThemeClassifierFactory).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null
            ? Fallback(warn, "Temamodellen følger ikke med programmet; innholdet får ingen temaer.")
            : Load(stream, "innebygd temamodell", warn);
    }

    /// <summary>A model file chosen by the user (e.g. `classify --model`).</summary>
    public static IThemeClassifier LoadFile(string path, Action<string> warn)
    {
        if (!File.Exists(path))
        {
            return Fallback(warn, $"Fant ikke temamodellen «{path}»; innholdet får ingen temaer.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path, warn);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fallback(warn, $"Kunne ikke åpne temamodellen «{path}»: {e.Message}. Innholdet får ingen temaer.");
        }
    }

    /// <summary>A model from any stream; <paramref name="name"/> names it in the warning.</summary>
    public static IThemeClassifier Load(Stream stream, string name, Action<string> warn)
    {
        try
        {
            return new ModelThemeClassifier(ThemeModel.Load(stream));
        }
        catch (ThemeModelException e)
        {
            return Fallback(warn, $"Temamodellen ({name}) kan ikke brukes: {e.Message} Innholdet får ingen temaer.");
        }
    }

    private static NoThemesClassifier Fallback(Action<string> warn, string message)
    {
        warn(message);
        return new NoThemesClassifier(message);
    }
}

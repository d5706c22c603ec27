using NorPreM.Ingest.Themes;
using NorPreM.Core.Themes;

namespace NorPreM.Web.Knowledge;

/// <summary>The theme taxonomy (<see cref="ThemeTaxonomy"/>) as the pages use it: look-ups with a readable fallback.</summary>
public static class ThemeCatalog
{
    public static IReadOnlyList<ThemeDefinition> All => ThemeTaxonomy.All;

    public static ThemeDefinition? Find(string id) => ThemeTaxonomy.Find(id);

    /// <summary>The Norwegian label, or the id itself for a theme the taxonomy does not know.</summary>
    public static string Label(string id) => ThemeTaxonomy.Find(id)?.Label ?? id;
}

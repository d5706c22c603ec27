using NorPreM.Core.Model;

namespace NorPreM.Web.Knowledge;

/// <summary>A case carrying a theme, with the score and the words that drove it.</summary>
public sealed record ThemedCase(CaseRecord Case, ThemeScore Theme, int? Year);

/// <summary>Number of cases with a theme for one council in one year.</summary>
public sealed record ThemeCount(string Council, int Year, int Count);

/// <summary>Counts of cases per theme, council and year, from the knowledge base.</summary>
public static class ThemeStatistics
{
    /// <summary>The year a case was handled: the meeting date, else the year in its number.</summary>
    public static int? YearOf(CaseRecord c) =>
        c.MeetingDate?.Year ?? (CaseNumber.TryParse(c.Number, out var n) ? n.Value.Year : null);

    public static IReadOnlyList<ThemedCase> CasesWith(KnowledgeSnapshot kb, string themeId) =>
        kb.Base.Cases
            .Select(c => (Case: c, Theme: c.Themes.FirstOrDefault(t => t.Id == themeId)))
            .Where(x => x.Theme is not null)
            .Select(x => new ThemedCase(x.Case, x.Theme!, YearOf(x.Case)))
            .OrderByDescending(x => x.Year)
            .ThenByDescending(x => CaseNumber.TryParse(x.Case.Number, out var n) ? n.Value : default)
            .ToList();

    public static int CountOf(KnowledgeSnapshot kb, string themeId) =>
        kb.Base.Cases.Count(c => c.Themes.Any(t => t.Id == themeId));

    public static IReadOnlyList<ThemeCount> CountsByCouncilAndYear(IEnumerable<ThemedCase> cases) =>
        cases
            .Where(c => c.Year is not null)
            .GroupBy(c => (Council: c.Case.Council ?? "ukjent", Year: c.Year!.Value))
            .Select(g => new ThemeCount(g.Key.Council, g.Key.Year, g.Count()))
            .OrderBy(c => c.Year)
            .ThenBy(c => c.Council, StringComparer.Ordinal)
            .ToList();
}

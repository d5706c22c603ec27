using System.Globalization;

namespace NorPreM.Search.Querying;

/// <summary>
/// Words of a question that say something other than its subject. A word that names the asker («rådet», «styret», «vi»)
/// is in almost every paper of a council, so at full weight it outranks the subject: «hva vedtok rådet om helsedata»
/// would rank any paper that says «Rådet» above the decision about health data. Such a word keeps a small weight
/// (<see cref="RankingOptions.AskerWeight"/>) and is not required. A year in the question («nestleder i 2019») is a
/// preference for units of that year (<see cref="RankingOptions.YearFactor"/> on their score), not a word every hit must
/// contain.
/// </summary>
public static class QueryPreferences
{
    /// <summary>Default weight of a word that names the asker, relative to a subject word (chosen by cross-validation, docs/search.md).</summary>
    public const float DefaultAskerWeight = 0.5f;

    /// <summary>Default factor on the score of a unit dated in a year the question names (chosen by cross-validation, docs/search.md).</summary>
    public const float DefaultYearFactor = 1.0f;

    /// <summary>Words by which members of a body name it or themselves, bokmål and nynorsk.</summary>
    private static readonly HashSet<string> AskerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "rådet", "rådets", "styret", "styrets", "utvalget", "utvalgets", "utvalet", "komiteen", "nemnda", "arbeidsgruppen",
        "arbeidsgruppa", "gruppen", "vi", "oss", "vår", "vårt", "våre", "me", "vårt",
    };

    /// <summary>Whether a clause names the asker and the question has a subject besides it.</summary>
    public static bool IsAsker(QueryClause clause, IReadOnlyList<QueryClause> clauses) =>
        !clause.IsPhrase && !clause.Excluded && AskerWords.Contains(Trim(clause.Text))
        && clauses.Any(c => !c.Excluded && (c.IsPhrase || (!AskerWords.Contains(Trim(c.Text)) && Year(c.Text) is null)));

    /// <summary>Whether a clause is only a preference (an asker word or a year), so a unit need not contain it.</summary>
    public static bool IsPreference(QueryClause clause, IReadOnlyList<QueryClause> clauses) =>
        IsAsker(clause, clauses) || (!clause.IsPhrase && !clause.Excluded && Year(clause.Text) is not null && clauses.Count(c => !c.Excluded) > 1);

    /// <summary>The years a question names ("i 2019", "2022"), 1990–2099.</summary>
    public static IReadOnlyList<int> Years(ParsedQuery parsed) =>
        parsed.Clauses.Where(c => !c.Excluded && !c.IsPhrase).Select(c => Year(c.Text)).OfType<int>().Distinct().ToList();

    /// <summary>The hits with the score of those dated in one of <paramref name="years"/> raised by <paramref name="factor"/>.</summary>
    internal static List<CollectedHit> PreferYears(List<CollectedHit> hits, IReadOnlyList<int> years, float factor)
    {
        if (years.Count == 0 || factor == 1f)
        {
            return hits;
        }

        // The index's date key is yyyymmdd for a dated unit and yyyy0000 for a year only; 0 when undated.
        return hits.Select(h => h.Date > 0 && years.Contains((int)(h.Date / 10000)) ? h with { Score = h.Score * factor } : h).ToList();
    }

    private static int? Year(string text) =>
        Trim(text) is { Length: 4 } t && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2099 ? y : null;

    private static string Trim(string word) => word.Trim().Trim('?', '!', '.', ',', ':', ';', '«', '»', '"', '\'', '(', ')');
}

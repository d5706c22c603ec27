namespace NorPreM.Search.Querying;

/// <summary>
/// Council members ask for decisions in words: «hva vedtok vi om helsedata», «vedtak om kvalitetsregistre», «hva ble
/// besluttet om biobanker». Such a word says what kind of unit is wanted rather than what it is about: adopted
/// decisions seldom repeat "vedtok", while a case paper that narrates "Rådet vedtok i møte 1/2025 …" does, so searching
/// the word ranks the narrative above the decision. The word is therefore taken out of the content query and decisions
/// (then proposed decisions) are weighted up instead. A query of only such words ("vedtak") is left as typed.
/// </summary>
public static class DecisionIntent
{
    /// <summary>Bokmål and nynorsk forms of "decide/decision" that ask for a decision.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "vedtak", "vedtaket", "vedtakene", "vedtaka", "vedtok", "vedtatt", "vedtatte", "vedta", "vedtas", "vedteke", "vedtekne",
        "besluttet", "beslutning", "beslutningen", "beslutninger", "beslutte", "beslutta", "bestemt", "bestemte",
        "avgjørelse", "avgjørelsen", "avgjorde", "avgjerd", "avgjerda", "konkluderte",
    };

    /// <summary>Factor on the kind weight of adopted decisions when the query asks for decisions.</summary>
    public const float DecisionFactor = 2f;

    /// <summary>Factor on the kind weight of proposed decisions when the query asks for decisions.</summary>
    public const float ProposalFactor = 1.5f;

    /// <summary>
    /// The query without its decision words, and those words as typed; the query unchanged and no words when it has
    /// none, or nothing else to search for.
    /// </summary>
    public static (ParsedQuery Content, IReadOnlyList<string> DecisionWords) Split(ParsedQuery parsed)
    {
        var isDecisionWord = parsed.Clauses.Select(c => !c.IsPhrase && !c.Excluded && Words.Contains(Trim(c.Text))).ToList();
        if (!isDecisionWord.Contains(true) || !parsed.Clauses.Where((c, i) => !isDecisionWord[i] && !c.Excluded).Any())
        {
            return (parsed, []);
        }

        var kept = new List<QueryClause>();
        for (var i = 0; i < parsed.Clauses.Count; i++)
        {
            if (isDecisionWord[i])
            {
                continue;
            }

            // "vedtak OR …" loses its left side: the next clause then stands on its own.
            var clause = parsed.Clauses[i];
            kept.Add(clause.OrWithPrevious && (i == 0 || isDecisionWord[i - 1]) ? clause with { OrWithPrevious = false } : clause);
        }

        var words = parsed.Clauses.Where((_, i) => isDecisionWord[i]).Select(c => Trim(c.Text)).ToList();
        return (parsed with { Clauses = kept }, words);
    }

    /// <summary>The kind weights with decisions and proposals weighted up.</summary>
    public static IReadOnlyDictionary<string, float> Weights(IReadOnlyDictionary<string, float> kindWeights)
    {
        var weights = new Dictionary<string, float>(kindWeights, StringComparer.Ordinal);
        weights["Decision"] = weights.GetValueOrDefault("Decision", 1f) * DecisionFactor;
        weights["Proposal"] = weights.GetValueOrDefault("Proposal", 1f) * ProposalFactor;
        return weights;
    }

    private static string Trim(string word) => word.Trim().Trim('?', '!', '.', ',', ':', ';', '«', '»', '"', '\'', '(', ')');
}

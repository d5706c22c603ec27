using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// Explainable term evidence taken from the taxonomy itself: each theme's label words and its "covers" terms
/// (<see cref="ThemeTaxonomy"/>), plus a few obvious expansions listed below, matched in a text on word boundaries
/// with a light Norwegian stem (a trailing -e/-en/-er/-et/-ene is dropped from terms of five letters or more and
/// up to four letters of inflection are allowed after it: "registre" finds "registrene", "kommunene" finds
/// "kommunen"). Acronyms (EHDS, IOA, KSF, KI) match case-sensitively and whole. A model trained on a few hundred
/// passages can miss a case that names a theme's defining term outright (Sak 21/2/2022 "European Health Data
/// Space"); the term is then combined with the model's probability (<see cref="Combine"/>) and reported as evidence.
/// </summary>
public static class ThemeTerms
{
    /// <summary>
    /// Expansions of taxonomy terms that are not written in the taxonomy table: spelled-out acronyms and the
    /// plain forms of its compounds. Kept short and general (no names of corpus-specific people or meetings).
    /// </summary>
    private static readonly Dictionary<string, string[]> Expansions = new(StringComparer.Ordinal)
    {
        // EHDS is the EU's European Health Data Space; "helseregistre" is the usual compound for "registre".
        ["helsedata"] = ["European Health Data Space", "helseregistre", "helseregister", "Helsedataservice"],
        // IOA = innovative offentlige anskaffelser; "anskaffelser" is the label's head noun.
        ["anskaffelser"] = ["innovative offentlige anskaffelser", "anskaffelser", "anskaffelse"],
        // The adjective forms of the covered fields.
        ["persontilpasset-medisin"] = ["genetisk", "genetiske"],
        ["kliniske-studier"] = ["klinisk studie", "kliniske studier", "klinisk utprøving"],
        // KI is the usual Norwegian acronym for kunstig intelligens.
        ["digitalisering"] = ["KI"],
        ["etikk-juss"] = ["etisk", "etiske", "juridisk", "juridiske"],
    };

    /// <summary>
    /// Covered words left out because their everyday sense is far more common than the theme's:
    /// "eventuelt" (the adverb "possibly" outside the agenda item "Eventuelt").
    /// </summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "eventuelt" };

    /// <summary>
    /// Terms that name one thing (an institution, platform, programme, EU act or plan) rather than a field, so that
    /// their occurrence says more about the theme; acronyms count as such too. They get their own prior weight.
    /// </summary>
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Helseanalyseplattformen", "European Health Data Space", "Helsedataservice", "Sykehusinnkjøp",
        "innovative offentlige anskaffelser", "handlingsplan for kliniske studier", "Helsepersonellkommisjonen",
        "Nye metoder", "folkehelsemelding",
    };

    private static readonly string[] Suffixes = ["ene", "er", "en", "et", "e"];

    private static readonly Dictionary<string, IReadOnlyList<(Regex Pattern, bool Name)>> Patterns = ThemeTaxonomy.All.ToDictionary(
        t => t.Id, t => (IReadOnlyList<(Regex, bool)>)TermsOf(t).Select(term => (Pattern(term), IsName(term))).ToList(), StringComparer.Ordinal);

    private static bool IsName(string term) => Names.Contains(term) || IsAcronym(term);

    private static bool IsAcronym(string term) => term.Length <= 5 && term.All(char.IsUpper);

    /// <summary>The taxonomy terms of a theme: label words, "covers" terms and expansions.</summary>
    public static IReadOnlyList<string> TermsOf(ThemeDefinition theme)
    {
        var label = Regex.Split(theme.Label, @",\s*|\s+og\s+");
        var covers = theme.Covers.Split(',', StringSplitOptions.TrimEntries);
        return label.Concat(covers).Concat(Expansions.GetValueOrDefault(theme.Id, []))
            .Select(t => t.Trim())
            .Where(t => t.Length >= 2 && !Ambiguous.Contains(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The taxonomy terms of <paramref name="themeId"/> found in <paramref name="text"/>, as written in the text.</summary>
    public static IReadOnlyList<string> Find(string themeId, string text) => FindWithKind(themeId, text).Terms;

    /// <summary>
    /// How strongly the taxonomy terms point to the theme: 0 none, 1 a field term, 2 a name or acronym
    /// (see <see cref="Names"/>); used by <see cref="Combine"/>.
    /// </summary>
    public static int Strength(string themeId, string text) => FindWithKind(themeId, text).Strength;

    private static (IReadOnlyList<string> Terms, int Strength) FindWithKind(string themeId, string text)
    {
        if (string.IsNullOrEmpty(text) || !Patterns.TryGetValue(themeId, out var patterns))
        {
            return ([], 0);
        }

        var found = new List<string>();
        var strength = 0;
        foreach (var (pattern, name) in patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                strength = Math.Max(strength, name ? 2 : 1);
                if (!found.Contains(match.Value, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(match.Value);
                }
            }
        }

        // Names first: they are the clearest explanation.
        return ([.. found.OrderByDescending(f => Names.Contains(f) || IsAcronym(f))], strength);
    }

    /// <summary>
    /// Noisy-OR of the model's probability and a term prior w (Pearl 1988): 1 − (1 − p)(1 − w) when a taxonomy term
    /// occurs, p otherwise; w is <paramref name="termPrior"/> for a field term and the larger of the two weights for a
    /// name or acronym (<paramref name="strength"/> 2). Weights 0 leave the model alone; both are chosen by
    /// cross-validation on the training data (<see cref="ThemeTrainer"/>) and stored in the model file.
    /// </summary>
    public static double Combine(double probability, int strength, double termPrior, double namePrior = 0)
    {
        var w = strength switch { >= 2 => Math.Max(termPrior, namePrior), 1 => termPrior, _ => 0 };
        return w > 0 ? 1 - (1 - probability) * (1 - w) : probability;
    }

    private static Regex Pattern(string term)
    {
        if (IsAcronym(term))
        {
            return new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }

        var words = term.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
        var last = words[^1];
        var suffix = Suffixes.FirstOrDefault(s => last.EndsWith(s, StringComparison.Ordinal) && last.Length - s.Length >= 5);
        if (suffix is not null)
        {
            last = last[..^suffix.Length];
        }

        var body = string.Join(@"[\s\-]+", words.Take(words.Count - 1).Select(Regex.Escape).Append(Regex.Escape(last) + @"\p{L}{0,4}"));
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}

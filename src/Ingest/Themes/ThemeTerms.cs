using System.Text.RegularExpressions;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>Everything the glossary found for one theme in one text: the terms as written (names first), the names alone, and the counts.</summary>
public sealed record TermMatch(IReadOnlyList<string> Found, IReadOnlyList<string> Names, TermHits Hits)
{
    public static TermMatch None { get; } = new([], [], TermHits.None);
}

/// <summary>What the glossary found for one theme in one text.</summary>
/// <param name="Fields">Distinct field terms found ("registre", "datadeling").</param>
/// <param name="Name">True when a name or acronym was found (EHDS, Sykehusinnkjøp, Nye metoder).</param>
public readonly record struct TermHits(int Fields, bool Name)
{
    public static TermHits None => default;
    public bool Any => Fields > 0 || Name;
}

/// <summary>
/// Explainable term evidence: each theme's label words and "covers" terms from the taxonomy
/// (<see cref="ThemeTaxonomy"/>) plus the shipped glossary (Resources/Themes/theme-terms.txt: general Norwegian
/// health-administration vocabulary and the names of institutions, platforms, programmes and laws), matched on
/// word boundaries with a light Norwegian stem (a trailing -e/-en/-er/-et/-ene is dropped from terms of five
/// letters or more and up to four letters of inflection are allowed after it: "registre" finds "registrene").
/// Acronyms (EHDS, IOA, KSF, KI) match case-sensitively and whole. A model trained on a few hundred passages
/// misses words it has rarely seen (a case that names "European Health Data Space" or "taushetsplikt"); the hits
/// are combined with the model's probability (<see cref="Combine"/>) and reported as evidence.
/// </summary>
public static class ThemeTerms
{
    private const string GlossaryResource = "NorPreM.Ingest.Resources.Themes.theme-terms.txt";

    /// <summary>At most this many distinct field terms add evidence; more say little beyond a dense passage.</summary>
    public const int MaxCountedFields = 2;

    /// <summary>
    /// Covered words left out because their everyday sense is far more common than the theme's:
    /// "eventuelt" (the adverb "possibly" outside the agenda item "Eventuelt").
    /// </summary>
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "eventuelt" };

    /// <summary>Names in the taxonomy table itself (the glossary's "name:" lines are added to these).</summary>
    private static readonly string[] TaxonomyNames =
    [
        "Helseanalyseplattformen", "Sykehusinnkjøp", "handlingsplan for kliniske studier", "Helsepersonellkommisjonen",
        "Nye metoder", "folkehelsemelding",
    ];

    private static readonly string[] Suffixes = ["ene", "er", "en", "et", "e"];

    private sealed record Glossary(IReadOnlyDictionary<string, List<string>> Terms, HashSet<string> Names);

    private static readonly Glossary Shipped = ReadGlossary();

    private static readonly Dictionary<string, IReadOnlyList<(string Term, Regex Pattern, bool Name, Literal Lead)>> Patterns = ThemeTaxonomy.All.ToDictionary(
        t => t.Id, t => (IReadOnlyList<(string, Regex, bool, Literal)>)TermsOf(t).Select(term => (term, Pattern(term), IsName(term), LeadOf(term))).ToList(),
        StringComparer.Ordinal);

    private static bool IsName(string term) => Shipped.Names.Contains(term) || IsAcronym(term);

    private static bool IsAcronym(string term) => term.Length <= 5 && term.All(char.IsUpper);

    /// <summary>The terms of a theme: label words, "covers" terms and the glossary's terms and names.</summary>
    public static IReadOnlyList<string> TermsOf(ThemeDefinition theme)
    {
        var label = Regex.Split(theme.Label, @",\s*|\s+og\s+");
        var covers = theme.Covers.Split(',', StringSplitOptions.TrimEntries);
        return label.Concat(covers).Concat(Shipped.Terms.GetValueOrDefault(theme.Id, []))
            .Select(t => t.Trim())
            .Where(t => t.Length >= 2 && !Ambiguous.Contains(t))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The terms of <paramref name="themeId"/> found in <paramref name="text"/>, as written in the text, names first.</summary>
    public static IReadOnlyList<string> Find(string themeId, string text) => Match(themeId, text).Found;

    /// <summary>The glossary terms of every theme (taxonomy order) in <paramref name="text"/>, matched once for all uses.</summary>
    public static TermMatch[] MatchAll(string text)
    {
        var lower = string.IsNullOrEmpty(text) ? null : LowerForLeads(text);
        return ThemeTaxonomy.Ids.Select(id => Match(id, text, lower)).ToArray();
    }

    /// <summary>What the terms of <paramref name="themeId"/> say about <paramref name="text"/>; used by <see cref="Combine"/>.</summary>
    public static TermHits Hits(string themeId, string text) => Match(themeId, text).Hits;

    /// <summary>What the terms of <paramref name="themeId"/> find in <paramref name="text"/>.</summary>
    public static TermMatch Match(string themeId, string text) =>
        Match(themeId, text, string.IsNullOrEmpty(text) ? null : LowerForLeads(text));

    /// <param name="lower">The text as <see cref="LowerForLeads"/> gives it, computed once for every theme.</param>
    private static TermMatch Match(string themeId, string text, string? lower)
    {
        if (string.IsNullOrEmpty(text) || !Patterns.TryGetValue(themeId, out var patterns))
        {
            return TermMatch.None;
        }

        var found = new List<(string Text, bool Name)>();
        foreach (var (term, pattern, isName, lead) in patterns)
        {
            // Most terms are not in a given text: the literal every match starts with rules them out without the regex.
            if (!lead.MayBeIn(text, lower))
            {
                continue;
            }

            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            // A term inside a longer term already found ("studier" in "kliniske studier") is not new evidence.
            if (found.Any(f => f.Text.Contains(match.Value, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            found.RemoveAll(f => match.Value.Contains(f.Text, StringComparison.OrdinalIgnoreCase));
            found.Add((match.Value, isName));
        }

        // Names first: they are the clearest explanation.
        var ordered = found.OrderByDescending(f => f.Name).Select(f => f.Text).ToList();
        // Each found text is distinct (ignoring case): a repeat is contained in the first and skipped above.
        return new TermMatch(ordered, found.Where(f => f.Name).Select(f => f.Text).ToList(), new TermHits(found.Count(f => !f.Name), found.Any(f => f.Name)));
    }

    /// <summary>
    /// Noisy-OR of the model's probability and the glossary (Pearl 1988): every counted field term (at most
    /// <see cref="MaxCountedFields"/>) is an independent cause with weight w, a name or acronym one with weight
    /// w_name: p' = 1 − (1 − p)(1 − w)^fields(1 − w_name)^name. Weights 0 leave the model alone; both are chosen by
    /// cross-validation on the training data (<see cref="ThemeTrainer"/>) and stored in the model file.
    /// </summary>
    /// <param name="gate">The theme's evidence gate (<see cref="ThemeDecision.EvidenceGates"/>): a score without any glossary
    /// evidence is divided by it, so such a theme needs gate × its threshold to be assigned; 1 = no gate.</param>
    public static double Combine(double probability, TermHits hits, double termPrior, double namePrior = 0, double gate = 1)
    {
        var keep = 1 - probability;
        var fields = Math.Min(hits.Fields, MaxCountedFields);
        if (termPrior > 0 && fields > 0)
        {
            keep *= Math.Pow(1 - termPrior, fields);
        }

        if (namePrior > 0 && hits.Name)
        {
            keep *= 1 - namePrior;
        }

        return hits.Any || gate <= 1 ? 1 - keep : (1 - keep) / gate;
    }

    private static Glossary ReadGlossary()
    {
        var terms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var names = new HashSet<string>(TaxonomyNames, StringComparer.OrdinalIgnoreCase);
        using var stream = typeof(ThemeTerms).Assembly.GetManifestResourceStream(GlossaryResource)
                           ?? throw new InvalidOperationException($"Temaordlisten {GlossaryResource} mangler i programmet.");
        using var reader = new StreamReader(stream);
        string? theme = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                theme = line[1..^1].Trim();
                if (!ThemeTaxonomy.IsKnown(theme))
                {
                    throw new InvalidOperationException($"Temaordlisten linje {lineNumber}: ukjent tema «{theme}».");
                }

                continue;
            }

            var colon = line.IndexOf(':');
            var kind = colon > 0 ? line[..colon].Trim() : "";
            if (theme is null || kind is not ("term" or "name"))
            {
                throw new InvalidOperationException($"Temaordlisten linje {lineNumber}: ventet «[tema]», «term:» eller «name:».");
            }

            var entries = line[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var list = terms.TryGetValue(theme, out var existing) ? existing : terms[theme] = [];
            list.AddRange(entries);
            if (kind == "name")
            {
                names.UnionWith(entries);
            }
        }

        return new Glossary(terms, names);
    }

    /// <summary>
    /// The literal that begins every match of a term's <see cref="Pattern"/>: an acronym as written (matched with case),
    /// else the first word, or the stem of a one-word term, lower-cased (matched ignoring case).
    /// </summary>
    private readonly record struct Literal(string Text, bool IgnoreCase)
    {
        /// <summary>
        /// False only when no match can start in <paramref name="text"/>. <paramref name="lower"/> is the text lower-cased
        /// (<see cref="LowerForLeads"/>), or null when the text has a letter whose case round trip changes it ("ſ", "ı",
        /// "µ"): the regex may take such a letter for one it does not lower-case to, so every pattern is tried.
        /// </summary>
        public bool MayBeIn(string text, string? lower) =>
            !IgnoreCase ? text.Contains(Text, StringComparison.Ordinal) : lower is null || lower.Contains(Text, StringComparison.Ordinal);
    }

    private static Literal LeadOf(string term)
    {
        if (IsAcronym(term))
        {
            return new Literal(term, IgnoreCase: false);
        }

        var words = SplitTerm(term);
        return new Literal(words.Count > 1 ? words[0] : Stem(words[0]), IgnoreCase: true);
    }

    /// <summary>
    /// The text lower-cased (invariant) for the case-insensitive leads, or null when a letter of it changes on the way
    /// to upper case and back (the regex's case-insensitive match may then pair it with another letter).
    /// </summary>
    private static string? LowerForLeads(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F && char.IsLetter(c) && char.ToLowerInvariant(char.ToUpperInvariant(c)) != char.ToLowerInvariant(c))
            {
                return null;
            }
        }

        return text.ToLowerInvariant();
    }

    private static List<string> SplitTerm(string term) =>
        term.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();

    /// <summary>A word without the inflection suffix the pattern lets vary ("registrene" → "registr"), when the rest has five letters.</summary>
    private static string Stem(string word) =>
        Suffixes.FirstOrDefault(s => word.EndsWith(s, StringComparison.Ordinal) && word.Length - s.Length >= 5) is { } suffix ? word[..^suffix.Length] : word;

    private static Regex Pattern(string term)
    {
        if (IsAcronym(term))
        {
            return new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }

        var words = SplitTerm(term);
        var last = Stem(words[^1]);

        var body = string.Join(@"[\s\-]+", words.Take(words.Count - 1).Select(Regex.Escape).Append(Regex.Escape(last) + @"\p{L}{0,4}"));
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}

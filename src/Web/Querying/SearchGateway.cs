using System.Globalization;
using System.Text;
using NorPreM.Search.Model;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Querying;

/// <summary>One autocomplete suggestion: the text to put in the box, what kind of thing it is, and a direct link when it names one.</summary>
public sealed record Suggestion(string Text, string Kind, string? Url);

/// <summary>A case similar to another, with the reason shown to the user.</summary>
public sealed record SimilarCase(CaseRecord Case, double Score, IReadOnlyList<string> SharedThemes);

/// <summary>
/// The web app's single door to search: full-text search through <see cref="ISearchService"/>, autocomplete
/// from the knowledge base (case numbers, case titles, meetings, councils, acronyms, themes), and similar cases.
/// </summary>
public sealed class SearchGateway(ISearchService search, KnowledgeState knowledge)
{
    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("nb-NO").CompareInfo;

    public SearchResponse Search(SearchRequest request) => search.Search(request);

    /// <summary>Suggestions whose text (or a word of it) starts with <paramref name="prefix"/>, best first.</summary>
    public IReadOnlyList<Suggestion> Suggest(string prefix, int max)
    {
        prefix = prefix.Trim();
        if (prefix.Length == 0 || max <= 0)
        {
            return [];
        }

        var kb = knowledge.Current;
        var candidates = new List<(Suggestion Suggestion, int Rank)>();
        var folded = Fold(prefix);
        var caseNumberPrefix = prefix.StartsWith("sak", StringComparison.OrdinalIgnoreCase) ? prefix[3..].Trim() : prefix;

        foreach (var c in kb.Base.Cases)
        {
            var label = $"Sak {c.Number} {c.Title}";
            if (c.Number.StartsWith(caseNumberPrefix.Replace('-', '/'), StringComparison.Ordinal) && caseNumberPrefix.Length > 0 && char.IsDigit(caseNumberPrefix[0]))
            {
                candidates.Add((new Suggestion(label, "sak", SearchLinks.CaseUrl(c.Number)), 0));
            }
            else if (Matches(c.Title, folded) is { } rank)
            {
                candidates.Add((new Suggestion(c.Title, "sak", SearchLinks.CaseUrl(c.Number)), 1 + rank));
            }
        }

        foreach (var org in kb.Base.Organisations)
        {
            if (org.Acronym is { Length: > 0 } acr && Fold(acr).StartsWith(folded, StringComparison.Ordinal))
            {
                candidates.Add((new Suggestion(acr, "forkortelse", null), 1));
            }

            if (Matches(org.Name, folded) is { } rank)
            {
                candidates.Add((new Suggestion(org.Name, "organisasjon", null), 2 + rank));
            }
        }

        foreach (var council in kb.CouncilIds)
        {
            if (Matches(Councils.DisplayName(council), folded) is { } rank)
            {
                candidates.Add((new Suggestion(Councils.DisplayName(council), "råd", SearchLinks.CouncilUrl(council)), 2 + rank));
            }
        }

        foreach (var theme in ThemeCatalog.All)
        {
            if (Matches(theme.Label, folded) is { } rank)
            {
                candidates.Add((new Suggestion(theme.Label, "tema", SearchLinks.ThemeUrl(theme.Id)), 2 + rank));
            }
        }

        foreach (var doc in kb.Base.Documents)
        {
            foreach (var part in doc.Parts)
            {
                if (part.CaseNumber is null && Matches(part.Title, folded) is { } rank)
                {
                    candidates.Add((new Suggestion(part.Title, "dokument", SearchLinks.DocumentUrl(doc.Id, part.FirstPage)), 3 + rank));
                }
            }
        }

        return candidates
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Suggestion.Text.Length)
            .Select(c => c.Suggestion)
            .DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// Cases most like <paramref name="target"/>: shared themes weighted by their scores, plus overlap of the
    /// content words of title, proposal and decision (Jaccard), the case itself excluded.
    /// </summary>
    public IReadOnlyList<SimilarCase> SimilarCases(CaseRecord target, int max)
    {
        var kb = knowledge.Current;
        var targetWords = ContentWords(target);
        var targetThemes = target.Themes.ToDictionary(t => t.Id, t => t.Score, StringComparer.Ordinal);
        return kb.Base.Cases
            .Where(c => c.Number != target.Number)
            .Select(c =>
            {
                var shared = c.Themes.Where(t => targetThemes.ContainsKey(t.Id)).ToList();
                var themeScore = shared.Sum(t => Math.Min(t.Score, targetThemes[t.Id]));
                var words = ContentWords(c);
                var union = targetWords.Count + words.Count - words.Count(targetWords.Contains);
                var jaccard = union == 0 ? 0 : (double)words.Count(targetWords.Contains) / union;
                return new SimilarCase(c, themeScore + 2 * jaccard, shared.Select(t => t.Id).ToList());
            })
            .Where(s => s.Score > 0.05)
            .OrderByDescending(s => s.Score)
            .Take(max)
            .ToList();
    }

    private static HashSet<string> ContentWords(CaseRecord c)
    {
        var text = string.Join(' ', c.Title, c.ProposedDecision, c.Decision);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var ch in text + " ")
        {
            if (char.IsLetter(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                continue;
            }

            if (sb.Length >= 5)
            {
                words.Add(sb.ToString());
            }

            sb.Clear();
        }

        return words;
    }

    /// <summary>0 when the whole text starts with the prefix, 1 when a later word does, null otherwise.</summary>
    private static int? Matches(string text, string foldedPrefix)
    {
        var folded = Fold(text);
        if (folded.StartsWith(foldedPrefix, StringComparison.Ordinal))
        {
            return 0;
        }

        return foldedPrefix.Length >= 2 && folded.Contains(" " + foldedPrefix, StringComparison.Ordinal) ? 1 : null;
    }

    /// <summary>Lower-case with æ/ø/å folded, so "radet" completes "rådet".</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            sb.Append(ch switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                'é' or 'è' => "e",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    internal static int CompareNorwegian(string a, string b) => Compare.Compare(a, b, CompareOptions.IgnoreCase);
}

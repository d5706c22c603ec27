using System.Globalization;
using System.Text;
using NorPreM.Core.Model;
using NorPreM.Core.Privacy;
using NorPreM.Web.Access;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Querying;

/// <summary>
/// One autocomplete suggestion: the text to put in the box, what kind of thing it is (Norwegian), a detail such as an
/// acronym's full name, and a direct link when it names a case, council, theme or document part.
/// </summary>
public sealed record SuggestionItem(string Text, string Kind, string? Url, string? Detail = null);

/// <summary>A case similar to another, with the reason shown to the user.</summary>
public sealed record SimilarCase(CaseRecord Case, double Score, IReadOnlyList<string> SharedThemes);

/// <summary>
/// The web app's single door to search: full-text search through <see cref="ISearchService"/>; autocomplete from
/// the index (case numbers, acronyms, titles, words) merged with the knowledge base (case titles with links,
/// councils, themes, document parts); similar cases from the index's more-like-this, filled up by shared themes.
/// </summary>
public sealed class SearchGateway(ISearchService search, KnowledgeState knowledge, AccessContext? access = null)
{
    /// <summary>True when the caller may see restricted papers and unmasked personal data (see <see cref="AccessContext"/>).</summary>
    private bool Staff => access?.IsStaff == true;

    private static readonly CompareInfo Compare = CultureInfo.GetCultureInfo("nb-NO").CompareInfo;

    /// <summary>Note for a query of only common words, which the search layer does not search for.</summary>
    public static string StopWordsNote(IReadOnlyList<string> words) =>
        (words.Count == 0 ? "Søket inneholder bare vanlige ord" : $"Søket inneholder bare vanlige ord ({string.Join(", ", words.Select(w => $"«{w}»"))})")
        + " som det ikke søkes etter. Skriv et ord som sier hva du leter etter, for eksempel «helsedata» eller «handlingsplan».";

    /// <summary>Note for a query with nothing to search for ("...!!?", "😀", an empty "sak:"), which gives nothing to search for.</summary>
    public static string NoWordsNote(string query) =>
        $"Søket «{query}» inneholder ingenting å søke etter. Skriv inn et søk med et ord, for eksempel «helsedata», eller et saksnummer som «28/3/2022».";

    /// <summary>Note for a query that asked for decisions: the words that did so were read as that, not searched for.</summary>
    public static string DecisionWordsNote(IReadOnlyList<string> words) =>
        $"Søket spør etter vedtak ({string.Join(", ", words.Select(w => $"«{w}»"))}), så vedtak og forslag til vedtak vises først; ordet søkes ikke etter i teksten.";

    /// <summary>Note while ingestion runs: the index may not hold every document yet.</summary>
    public const string IndexingNote = "Dokumentene indekseres fortsatt, så treffene kan være ufullstendige. Prøv igjen om litt.";

    /// <summary>
    /// Runs the search. When nothing matched exactly (no hits, or only fuzzy ones) and the search layer offered no
    /// correction, the index's spelling correction is asked for one, so the page can say "Mente du …?". Adds the
    /// host's notes: that the query had only common words, and that indexing still runs.
    /// </summary>
    public SearchResponse Search(SearchRequest request)
    {
        request = request with { IncludeRestricted = Staff };
        var response = PersonalDataView.Of(search.Search(request), Staff);
        if (response.DidYouMean is null && !response.OnlyStopWords && request.Query.Length > 0 && (response.Fuzzy || response.TotalHits == 0)
            && search.DidYouMean(request.Query, Staff) is { } corrected
            && !string.Equals(corrected, request.Query, StringComparison.OrdinalIgnoreCase))
        {
            response = response with { DidYouMean = corrected };
        }

        var notes = new List<string>(response.Notes);
        if (response.OnlyStopWords)
        {
            notes.Add(StopWordsNote(response.IgnoredWords));
        }

        if (response.DecisionWords.Count > 0 && request.Scope != SearchScope.Decisions)
        {
            notes.Add(DecisionWordsNote(response.DecisionWords));
        }

        var indexing = knowledge.Status.Phase == IngestPhase.Running;
        if (indexing)
        {
            notes.Add(IndexingNote);
        }

        return response with { Indexing = indexing, Notes = notes };
    }

    /// <summary>
    /// The date of a council's meeting as it is shown everywhere: <paramref name="date"/> when the sources give one, else
    /// the index's estimate for the meeting (<see cref="ISearchService.EstimateMeetingDate"/>, the estimate its hits carry).
    /// </summary>
    public MeetingDate MeetingDate(string? council, string? meeting, DateOnly? date) =>
        date is not null ? new MeetingDate(date, null)
        : council is null || meeting is null ? Querying.MeetingDate.Unknown
        : new MeetingDate(null, search.EstimateMeetingDate(council, meeting));

    /// <summary>The date of the meeting that handled a case: the case's, else its meeting's, else the index's estimate.</summary>
    public MeetingDate MeetingDateOf(CaseRecord c) =>
        MeetingDate(c.Council, c.Meeting, c.MeetingDate ?? (c.Council is { } council && c.Meeting is { } meeting ? knowledge.Current.FindMeeting(council, meeting)?.Date : null));

    /// <summary>Suggestions for what is typed so far, best first: case numbers, then titles and names, then words.</summary>
    public IReadOnlyList<SuggestionItem> Suggest(string prefix, int max)
    {
        prefix = prefix.Trim();
        if (prefix.Length == 0 || max <= 0)
        {
            return [];
        }

        var kb = knowledge.Current;
        var candidates = new List<(SuggestionItem Suggestion, int Rank)>();
        foreach (var s in search.Suggest(prefix, max, Staff))
        {
            candidates.Add(s.Kind switch
            {
                SuggestionKind.CaseNumber => (new SuggestionItem(
                    kb.FindCase(s.Text) is { } c ? $"Sak {c.Number} {c.Title}" : s.Detail ?? "Sak " + s.Text, "sak", SearchLinks.CaseUrl(s.Text)), 0),
                SuggestionKind.Acronym => (new SuggestionItem(s.Text, "forkortelse", null, s.Detail), 1),
                SuggestionKind.Title => (new SuggestionItem(s.Text, "tittel", null), 3),
                _ => (new SuggestionItem(s.Text, "ord", null), 4),
            });
        }

        var folded = NorwegianFolding.FoldLower(prefix);
        var caseNumberPrefix = prefix.StartsWith("sak", StringComparison.OrdinalIgnoreCase) ? prefix[3..].Trim() : prefix;

        foreach (var c in kb.Base.Cases)
        {
            var label = $"Sak {c.Number} {c.Title}";
            if (c.Number.StartsWith(caseNumberPrefix.Replace('-', '/'), StringComparison.Ordinal) && caseNumberPrefix.Length > 0 && char.IsDigit(caseNumberPrefix[0]))
            {
                candidates.Add((new SuggestionItem(label, "sak", SearchLinks.CaseUrl(c.Number)), 0));
            }
            else if (Matches(c.Title, folded) is { } rank)
            {
                candidates.Add((new SuggestionItem(c.Title, "sak", SearchLinks.CaseUrl(c.Number)), 1 + rank));
            }
        }

        foreach (var org in kb.Base.Organisations)
        {
            if (org.Acronym is { Length: > 0 } acr && NorwegianFolding.FoldLower(acr).StartsWith(folded, StringComparison.Ordinal))
            {
                candidates.Add((new SuggestionItem(acr, "forkortelse", null, org.Name), 1));
            }

            if (Matches(org.Name, folded) is { } rank)
            {
                candidates.Add((new SuggestionItem(org.Name, "organisasjon", null), 2 + rank));
            }
        }

        foreach (var council in kb.CouncilIds)
        {
            if (Matches(Councils.DisplayName(council), folded) is { } rank)
            {
                candidates.Add((new SuggestionItem(Councils.DisplayName(council), "råd", SearchLinks.CouncilUrl(council)), 2 + rank));
            }
        }

        foreach (var theme in ThemeCatalog.All)
        {
            if (Matches(theme.Label, folded) is { } rank)
            {
                candidates.Add((new SuggestionItem(theme.Label, "tema", SearchLinks.ThemeUrl(theme.Id)), 2 + rank));
            }
        }

        foreach (var doc in kb.Base.Documents)
        {
            foreach (var part in doc.Parts)
            {
                if (part.CaseNumber is null && Matches(part.Title, folded) is { } rank)
                {
                    candidates.Add((new SuggestionItem(part.Title, "dokument", SearchLinks.DocumentUrl(doc.Id, part.FirstPage)), 3 + rank));
                }
            }
        }

        return candidates
            .Where(c => Staff || !PersonalData.Contains(c.Suggestion.Text) && !PersonalData.Contains(c.Suggestion.Detail))
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Suggestion.Text.Length)
            .Select(c => c.Suggestion)
            .DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// Cases most like <paramref name="target"/>: first the index's more-like-this on the case unit (shared
    /// distinctive words), then cases sharing weighted themes or title/proposal words (Jaccard), the case itself excluded.
    /// </summary>
    public IReadOnlyList<SimilarCase> SimilarCases(CaseRecord target, int max)
    {
        var kb = knowledge.Current;
        var targetThemes = target.Themes.ToDictionary(t => t.Id, t => t.Score, StringComparer.Ordinal);
        IReadOnlyList<string> Shared(CaseRecord c) => c.Themes.Where(t => targetThemes.ContainsKey(t.Id)).Select(t => t.Id).ToList();

        var result = new List<SimilarCase>();
        foreach (var hit in search.MoreLikeThis("case:" + target.Number, max * 2, Staff))
        {
            if (hit.CaseNumber is { } number && number != target.Number && kb.FindCase(number) is { } c && result.All(r => r.Case.Number != c.Number))
            {
                result.Add(new SimilarCase(c, hit.Score, Shared(c)));
            }
        }

        var targetWords = ContentWords(target);
        var byContent = kb.Base.Cases
            .Where(c => c.Number != target.Number && result.All(r => r.Case.Number != c.Number))
            .Select(c =>
            {
                var themeScore = c.Themes.Where(t => targetThemes.ContainsKey(t.Id)).Sum(t => Math.Min(t.Score, targetThemes[t.Id]));
                var words = ContentWords(c);
                var common = words.Count(targetWords.Contains);
                var union = targetWords.Count + words.Count - common;
                var jaccard = union == 0 ? 0 : (double)common / union;
                return new SimilarCase(c, themeScore + 2 * jaccard, Shared(c));
            })
            .Where(s => s.Score > 0.05)
            .OrderByDescending(s => s.Score);
        return result.Concat(byContent).Take(max).ToList();
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
        var folded = NorwegianFolding.FoldLower(text);
        if (folded.StartsWith(foldedPrefix, StringComparison.Ordinal))
        {
            return 0;
        }

        return foldedPrefix.Length >= 2 && folded.Contains(" " + foldedPrefix, StringComparison.Ordinal) ? 1 : null;
    }

    internal static int CompareNorwegian(string a, string b) => Compare.Compare(a, b, CompareOptions.IgnoreCase);
}

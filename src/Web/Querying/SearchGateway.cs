using System.Runtime.CompilerServices;
using System.Text;
using NorPreM.Core.Model;
using Microsoft.Extensions.Options;
using NorPreM.Web.Access;
using NorPreM.Web.Hosting;
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
/// The web app's single door to search: full-text search through <see cref="ISearchService"/> with the host's notes;
/// autocomplete from the search layer, given the knowledge base's named things and turned into links; similar cases
/// from the index's more-like-this, filled up by shared themes.
/// </summary>
public sealed class SearchGateway(
    ISearchService search,
    KnowledgeState knowledge,
    AccessContext? access = null,
    SearchResultCache? cache = null,
    CostlySearchLane? costlyLane = null,
    IOptions<WebOptions>? options = null,
    OrdinarySearchGate? ordinaryGate = null)
{
    /// <summary>True when the caller may see restricted papers and unmasked personal data (see <see cref="AccessContext"/>).</summary>
    private bool Staff => access?.IsStaff == true;

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
    /// Runs the search (which computes did-you-mean itself) and adds the host's notes: that the query had only common
    /// words, that it asked for decisions, and that indexing still runs.
    /// </summary>
    public SearchResponse Search(SearchRequest request)
    {
        request = request with { IncludeRestricted = Staff };
        return WithNotes(request, cache?.TryGet(request, knowledge.Version, out var kept) == true ? kept : Answer(request));
    }

    /// <summary>
    /// <see cref="Search"/> for a request: a recent answer to the same search is reused (<see cref="SearchResultCache"/>);
    /// a costly query (<see cref="SearchCost.IsCostly"/>: many words, or words the index does not know) runs in the
    /// <see cref="CostlySearchLane"/>, which takes a bounded share of one core, with the shorter time budget
    /// <see cref="WebOptions.CostlyTimeBudgetMilliseconds"/> (its answer flagged partial when it runs out), instead of on
    /// the thread that serves the request, so ordinary searches keep the cores. Ordinary searches take their turn at the
    /// <see cref="OrdinarySearchGate"/> (one per core at once, first come first served).
    /// </summary>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        request = request with { IncludeRestricted = Staff };
        var version = knowledge.Version;
        if (cache?.TryGet(request, version, out var kept) == true)
        {
            return WithNotes(request, kept);
        }

        SearchResponse response;
        if (costlyLane is not null && options is not null && SearchCost.IsCostly(request.Query, options.Value, search))
        {
            var costly = request with { TimeBudget = TimeSpan.FromMilliseconds(options.Value.CostlyTimeBudgetMilliseconds) };
            response = await costlyLane.Run(() => Answer(costly), cancellationToken);
        }
        else if (ordinaryGate is not null)
        {
            response = await ordinaryGate.Run(() => Answer(request), cancellationToken);
        }
        else
        {
            response = Answer(request);
        }

        return WithNotes(request, response);
    }

    /// <summary>The search layer's answer as the caller may see it (personal data masked for the public), kept for reuse.</summary>
    private SearchResponse Answer(SearchRequest request)
    {
        var version = knowledge.Version;
        var response = PersonalDataView.Of(search.Search(request), request.IncludeRestricted);
        cache?.Put(request, version, response);
        return response;
    }

    private SearchResponse WithNotes(SearchRequest request, SearchResponse response)
    {
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

    /// <summary>The knowledge base's named things autocomplete offers, built once per snapshot.</summary>
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, IReadOnlyList<SuggestionEntry>> Named = new();

    /// <summary>
    /// Suggestions for what is typed so far, best first, from the search layer (the index's words, titles, case numbers
    /// and acronyms merged with the knowledge base's cases, organisations, councils, themes and document parts), with
    /// the Norwegian kind and a link.
    /// </summary>
    public IReadOnlyList<SuggestionItem> Suggest(string prefix, int max)
    {
        prefix = prefix.Trim();
        if (prefix.Length == 0 || max <= 0)
        {
            return [];
        }

        var named = Named.GetValue(knowledge.Current, NamedThings);
        return search.Suggest(prefix, max, named, Staff).Select(s => s.Kind switch
        {
            SuggestionKind.CaseNumber => new SuggestionItem(s.Text, "sak", SearchLinks.CaseUrl(s.Key ?? s.Text)),
            SuggestionKind.Case => new SuggestionItem(s.Text, "sak", s.Key is { } number ? SearchLinks.CaseUrl(number) : null),
            SuggestionKind.Acronym => new SuggestionItem(s.Text, "forkortelse", null, s.Detail),
            SuggestionKind.Organisation => new SuggestionItem(s.Text, "organisasjon", null),
            SuggestionKind.Council => new SuggestionItem(s.Text, "råd", s.Key is { } council ? SearchLinks.CouncilUrl(council) : null),
            SuggestionKind.Theme => new SuggestionItem(s.Text, "tema", s.Key is { } theme ? SearchLinks.ThemeUrl(theme) : null),
            SuggestionKind.DocumentPart => new SuggestionItem(s.Text, "dokument", s.Key is { } doc ? SearchLinks.DocumentUrl(doc, s.Page) : null),
            SuggestionKind.Title => new SuggestionItem(s.Text, "tittel", null),
            _ => new SuggestionItem(s.Text, "ord", null),
        }).ToList();
    }

    private static IReadOnlyList<SuggestionEntry> NamedThings(KnowledgeSnapshot kb) =>
    [
        .. kb.Base.Cases.Select(c => new SuggestionEntry(c.Title, SuggestionKind.Case, c.Number)),
        .. kb.Base.Organisations.Select(o => new SuggestionEntry(o.Name, SuggestionKind.Organisation, o.Acronym)),
        .. kb.CouncilIds.Select(id => new SuggestionEntry(Councils.DisplayName(id), SuggestionKind.Council, id)),
        .. ThemeCatalog.All.Select(t => new SuggestionEntry(t.Label, SuggestionKind.Theme, t.Id)),
        .. kb.Base.Documents.SelectMany(d => d.Parts.Where(p => p.CaseNumber is null)
            .Select(p => new SuggestionEntry(p.Title, SuggestionKind.DocumentPart, d.Id, p.FirstPage))),
    ];

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
}

namespace NorPreM.Core.Model;

/// <summary>Which units a search looks at.</summary>
public enum SearchScope
{
    /// <summary>Everything: pages, cases, sections, meetings.</summary>
    All,
    /// <summary>Only adopted decisions and proposed decisions.</summary>
    Decisions,
}

/// <summary>Result order.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>
/// What a search can be narrowed by. Each field has one URL and API parameter name (<see cref="SearchFilters.NameOf"/>),
/// the name a facet carries in <see cref="FacetResult.Field"/>; the search layer alone knows which index field it reads.
/// </summary>
public enum FilterField
{
    Council,
    Year,
    Meeting,
    DocumentType,
    CaseType,
    Theme,
    Kind,
    CaseNumber,
}

/// <summary>
/// The selected filter values of a search, typed: one list per <see cref="FilterField"/> (values OR-ed within a field,
/// fields AND-ed). Bound once from the URL by the web (pages, API and the OpenAPI document share the names) and built
/// directly by the CLI and tests, so a filter is never spelled as an index field name outside the search layer.
/// </summary>
public sealed record SearchFilters
{
    private static readonly (FilterField Field, string Name)[] Names =
    [
        (FilterField.Council, "council"),
        (FilterField.Year, "year"),
        (FilterField.Meeting, "meeting"),
        (FilterField.DocumentType, "documentType"),
        (FilterField.CaseType, "caseType"),
        (FilterField.Theme, "theme"),
        (FilterField.Kind, "kind"),
        (FilterField.CaseNumber, "caseNumber"),
    ];

    /// <summary>No filter.</summary>
    public static readonly SearchFilters None = new();

    private readonly IReadOnlyDictionary<FilterField, IReadOnlyList<string>> _values;

    private SearchFilters(IReadOnlyDictionary<FilterField, IReadOnlyList<string>> values) => _values = values;

    private SearchFilters() : this(new Dictionary<FilterField, IReadOnlyList<string>>())
    {
    }

    /// <summary>Every filter field, in the order links and descriptions list them.</summary>
    public static IReadOnlyList<FilterField> Fields { get; } = Names.Select(n => n.Field).ToList();

    /// <summary>The URL and API parameter name of a field ("council", "documentType", "caseNumber").</summary>
    public static string NameOf(FilterField field) => Names.First(n => n.Field == field).Name;

    /// <summary>
    /// The field a parameter name stands for, in any case; "case" is accepted for <see cref="FilterField.CaseNumber"/>
    /// (the query language's «sak:»). False for anything else.
    /// </summary>
    public static bool TryParseName(string name, out FilterField field)
    {
        foreach (var (f, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                field = f;
                return true;
            }
        }

        field = FilterField.CaseNumber;
        return string.Equals(name, "case", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A filter of one field.</summary>
    public static SearchFilters Of(FilterField field, params IReadOnlyList<string> values) => None.With(field, values);

    /// <summary>The selected values of <paramref name="field"/> (empty when none).</summary>
    public IReadOnlyList<string> this[FilterField field] => _values.TryGetValue(field, out var values) ? values : [];

    /// <summary>The fields with at least one value, in <see cref="Fields"/> order.</summary>
    public IEnumerable<(FilterField Field, IReadOnlyList<string> Values)> Selected =>
        Fields.Where(_values.ContainsKey).Select(f => (f, _values[f]));

    /// <summary>How many values are selected over all fields.</summary>
    public int Count => _values.Values.Sum(v => v.Count);

    public bool IsEmpty => _values.Count == 0;

    /// <summary>These filters with <paramref name="field"/> set to <paramref name="values"/> (removed when empty).</summary>
    public SearchFilters With(FilterField field, IReadOnlyList<string> values)
    {
        var copy = new Dictionary<FilterField, IReadOnlyList<string>>(_values);
        if (values.Count == 0)
        {
            copy.Remove(field);
        }
        else
        {
            copy[field] = values.ToList();
        }

        return new SearchFilters(copy);
    }

    /// <summary>Value equality, so two requests with the same filters are equal.</summary>
    public bool Equals(SearchFilters? other) =>
        other is not null && other._values.Count == _values.Count
        && _values.All(kv => other._values.TryGetValue(kv.Key, out var values) && values.SequenceEqual(kv.Value, StringComparer.Ordinal));

    public override int GetHashCode() => _values.Count;
}

/// <summary>One query model shared by the search page, the JSON API and the CLI.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    /// <summary>The selected filter values (<see cref="SearchFilters.None"/> when nothing narrows the search).</summary>
    public SearchFilters Filters { get; init; } = SearchFilters.None;
    public SearchScope Scope { get; init; } = SearchScope.All;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based result page.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>Fold hits of the same case or document under the best one (see <see cref="SearchHit.CollapsedHits"/>).</summary>
    public bool Collapse { get; init; } = true;
    /// <summary>Search restricted papers too (staff); anonymous requests never see them, nor count them.</summary>
    public bool IncludeRestricted { get; init; }
    /// <summary>
    /// The time this search may spend, when shorter than the search layer's own budget (a host gives costly queries
    /// less); past it the answer holds what was found so far and is flagged <see cref="SearchResponse.Partial"/>.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }
}

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
public sealed record SearchResponse
{
    public required string Query { get; init; }
    public required int TotalHits { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public IReadOnlyList<FacetResult> Facets { get; init; } = [];
    /// <summary>A corrected query when the original looks misspelled.</summary>
    public string? DidYouMean { get; init; }
    /// <summary>True when exact matching found nothing and fuzzy matching was used.</summary>
    public bool Fuzzy { get; init; }
    /// <summary>True when units matching only some of the words follow those matching (nearly) all of them.</summary>
    public bool Relaxed { get; init; }
    /// <summary>True when the search ran out of its time budget: the hits are those found until then.</summary>
    public bool Partial { get; init; }
    public double ElapsedMilliseconds { get; init; }
    /// <summary>Matching units before folding hits of one case or document together (<see cref="TotalHits"/> counts the folded groups).</summary>
    public int TotalUnits { get; init; }
    /// <summary>
    /// Words of the query that were not searched for because they are too common ("og", "i", "på": the stop words
    /// of <c>NorwegianStopWords</c>), as typed.
    /// </summary>
    public IReadOnlyList<string> IgnoredWords { get; init; } = [];
    /// <summary>
    /// Words that asked for decisions rather than named a subject ("vedtok", "vedtak", "besluttet"), as typed: they were
    /// not searched for; decisions and proposed decisions were ranked up instead (see <c>DecisionIntent</c>).
    /// </summary>
    public IReadOnlyList<string> DecisionWords { get; init; } = [];
    /// <summary>True when the query had words but every one of them was ignored as too common, so nothing was searched.</summary>
    public bool OnlyStopWords { get; init; }
    /// <summary>
    /// Set by the host: true while the index is still being built, so the hits may be incomplete.
    /// The search layer itself does not know and leaves it false.
    /// </summary>
    public bool Indexing { get; init; }
    /// <summary>Set by the host: notes for the reader in Norwegian (why nothing was searched, that indexing runs).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>One hit. <see cref="Snippet"/> is HTML: every text piece is encoded, matches are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit
{
    public required string Id { get; init; }
    public required UnitKind Kind { get; init; }
    /// <summary>File name of the source PDF.</summary>
    public required string Document { get; init; }
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    /// <summary>First page of the hit.</summary>
    public required int Page { get; init; }
    public required IReadOnlyList<int> Pages { get; init; }
    public string? CaseNumber { get; init; }
    public string? Council { get; init; }
    public string? Meeting { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>
    /// When <see cref="Date"/> is unknown: the interval the unit's date must lie in, estimated from the index (the
    /// date of its meeting on other units, the neighbouring dated meetings of its council and year, or its year).
    /// An estimate, never to be shown as the date.
    /// </summary>
    public DateEstimate? EstimatedDate { get; init; }
    public string? DocumentType { get; init; }
    public IReadOnlyList<string> CaseTypes { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public required string Snippet { get; init; }
    public required double Score { get; init; }
    /// <summary>Further hits from the same case or document, folded under this one.</summary>
    public int CollapsedHits { get; init; }
    /// <summary>Other pages of the same document that matched nearly as well as this one («Også gode treff på side …»).</summary>
    public IReadOnlyList<int> OtherPages { get; init; } = [];
}

/// <summary>An interval a date the sources do not give must lie in (both ends included).</summary>
public sealed record DateEstimate(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>The middle of the interval: where newest-first order puts the unit.</summary>
    public DateOnly Middle() => Earliest.AddDays((Latest.DayNumber - Earliest.DayNumber) / 2);
}

/// <summary>Counts for one facet field.</summary>
public sealed record FacetResult(string Field, IReadOnlyList<FacetValue> Values);

/// <summary>One facet value with its count and whether it is selected.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>Read side of the index: search, suggestions and similar units. Implementations hide Lucene.</summary>
public interface ISearchService
{
    SearchResponse Search(SearchRequest request);

    /// <summary>
    /// Autocomplete for what is typed so far, best first: case numbers, acronyms, unit titles and words of the index, and
    /// the <paramref name="named"/> things the host knows (cases, organisations, councils, themes, document parts) whose
    /// name starts with the typed text or has a word that does, æøå folded («sporsmal» finds «Spørsmål om habilitet»).
    /// Every method here sees only public units unless <c>includeRestricted</c> (staff) is set.
    /// </summary>
    IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false);

    /// <summary>Units whose text is most like the unit <paramref name="unitId"/> (other cases or documents only).</summary>
    IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false);

    /// <summary>A corrected spelling of <paramref name="query"/> built from the index's words, or null when it looks right.</summary>
    string? DidYouMean(string query, bool includeRestricted = false);

    /// <summary>
    /// The interval the date of a meeting the sources leave undated must lie in (council id, meeting key "3/2022"),
    /// estimated from the index by the same rules as <see cref="SearchHit.EstimatedDate"/>; null when there is nothing
    /// to go on. An estimate, never to be shown as the date.
    /// </summary>
    DateEstimate? EstimateMeetingDate(string council, string meeting);

    /// <summary>
    /// How many words of <paramref name="query"/> the index does not know in any form (as written, stemmed, folded, as a
    /// compound part, an acronym or a Norwegian word form): the ones that make a search costly before it runs, since each
    /// is looked up for spelling and, when nothing matches, fuzzily. A few term look-ups; 0 when the service cannot tell.
    /// </summary>
    int UnknownWords(string query) => 0;
}

/// <summary>What an autocomplete suggestion completes to.</summary>
public enum SuggestionKind
{
    /// <summary>A word of the index (completing the last typed word).</summary>
    Term,
    /// <summary>The title of a unit.</summary>
    Title,
    /// <summary>A case number ("28/3/2022").</summary>
    CaseNumber,
    /// <summary>An acronym; <see cref="Suggestion.Detail"/> holds the full name.</summary>
    Acronym,
    /// <summary>A case by its title; <see cref="Suggestion.Key"/> holds its number.</summary>
    Case,
    /// <summary>An organisation by its name.</summary>
    Organisation,
    /// <summary>A council by its name; <see cref="Suggestion.Key"/> holds its id.</summary>
    Council,
    /// <summary>A theme by its label; <see cref="Suggestion.Key"/> holds its id.</summary>
    Theme,
    /// <summary>A part of a document that is not a case; <see cref="Suggestion.Key"/> holds the document id, <see cref="Suggestion.Page"/> its first page.</summary>
    DocumentPart,
}

/// <summary>
/// One autocomplete suggestion: <see cref="Text"/> replaces the typed query; <see cref="Key"/> names what it points to
/// (a case number, council id, theme id or document id) so the host can link it.
/// </summary>
public sealed record Suggestion(string Text, SuggestionKind Kind, string? Detail = null, string? Key = null, int? Page = null);

/// <summary>
/// A named thing the host knows that autocomplete may offer (<see cref="ISearchService.Suggest"/>): a case (title, key its
/// number), an organisation (name, key its acronym), a council or theme (name, key its id) or a document part (title, key
/// the document id, and its first page).
/// </summary>
public sealed record SuggestionEntry(string Text, SuggestionKind Kind, string? Key = null, int? Page = null);

/// <summary>Write side of the index. One instance owns the single index writer.</summary>
public interface IIndexWriterService : IDisposable
{
    /// <summary>Replaces every unit of a document with <paramref name="units"/>.</summary>
    void ReplaceDocument(string documentId, IReadOnlyList<IndexUnit> units);
    /// <summary>Removes every unit of a document.</summary>
    void DeleteDocument(string documentId);
    /// <summary>Ids of the documents in the index, mapped to their file names.</summary>
    IReadOnlyDictionary<string, string> IndexedDocuments();
    /// <summary>How many units the index holds, changes not yet committed included.</summary>
    int UnitCount();
    /// <summary>Makes changes durable and visible to searchers.</summary>
    void Commit();
    /// <summary>
    /// Acronym pairs learned at ingest ("Helse- og omsorgsdepartementet (HOD)"), replacing earlier learned pairs.
    /// Used with the curated list to expand queries both ways; persisted in the index at the next commit.
    /// </summary>
    void SetLearnedAcronyms(IReadOnlyList<(string Acronym, string Name)> pairs);
}

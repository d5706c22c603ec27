using System.Diagnostics;
using Lucene.Net.Search;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// The read side's flow, one step per method: <see cref="Parse"/> the request (words, filters, decision intent) →
/// <see cref="Build"/> the Lucene query → <see cref="Collect"/> the matching units (strict, then relaxed, then fuzzy) →
/// <see cref="Rank"/> them (relevance or newest, folded per case or document) → <see cref="Page"/> (hits with snippets,
/// facets, did-you-mean, the words left out). The parts each do one job: <see cref="QueryBuilder"/>,
/// <see cref="HitCollector"/>, <see cref="HitRanker"/>, <see cref="HitReader"/>, <see cref="FacetCounter"/>,
/// <see cref="SpellingCorrector"/>, <see cref="Suggester"/> and <see cref="SimilarUnits"/>. Every call runs on one
/// searcher of a <see cref="SearcherSource"/>, so queries run while ingest writes.
/// </summary>
public sealed class SearchService : ISearchService
{
    private readonly SearcherSource _source;
    private readonly AnalyzerSet _analyzers;
    private readonly RankingOptions _ranking;
    private readonly Func<AcronymDictionary> _acronyms;
    private readonly QueryBuilder _builder;
    private readonly QueryWords _words;
    private readonly HitReader _hits;
    private readonly SpellingCorrector _spelling;
    private readonly Suggester _suggester;
    private readonly SimilarUnits _similar;

    /// <summary>
    /// The time one search may spend collecting matches (<see cref="QueryBudget"/>, set from
    /// <see cref="SearchIndexOptions.QueryTimeBudget"/>); past it the answer holds the matches found so far and says it is partial.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMilliseconds(300);

    internal SearchService(SearcherSource source, AnalyzerSet analyzers, RankingOptions ranking, Func<AcronymDictionary> acronyms)
    {
        _source = source;
        _analyzers = analyzers;
        _ranking = ranking;
        _acronyms = acronyms;
        _builder = new QueryBuilder(analyzers, ranking);
        _words = new QueryWords(analyzers);
        _hits = new HitReader(new SnippetBuilder(analyzers));
        _spelling = new SpellingCorrector(analyzers, acronyms);
        _suggester = new Suggester(analyzers, acronyms, _words);
        _similar = new SimilarUnits(analyzers, ranking, _hits);
    }

    /// <summary>A request read for searching: the parsed words, the filters by index field and the kind weights to rank with.</summary>
    private sealed record Plan(SearchRequest Request, ParsedQuery Parsed, IReadOnlyList<string> DecisionWords,
        IReadOnlyDictionary<string, float> KindWeights, Dictionary<string, HashSet<string>> Filters)
    {
        public int PageSize => Math.Clamp(Request.PageSize, 1, 100);
        public int PageNumber => Math.Max(1, Request.Page);
    }

    /// <summary>The units a query matched: the query that found them, and whether fewer words or fuzzy matching were needed.</summary>
    private sealed record Matches(List<CollectedHit> Hits, Query? Content, bool Fuzzy, bool Relaxed, bool Partial);

    public SearchResponse Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var plan = Parse(request);
        var built = Build(plan);
        return _source.Use(searcher =>
        {
            var budget = new QueryBudget(request.TimeBudget is { } own && own < TimeBudget ? own : TimeBudget);
            var matches = Collect(searcher, plan, built, budget);
            var dates = DateEstimates.For(searcher.IndexReader);
            var groups = Rank(searcher, plan, matches, dates);
            return Page(searcher, plan, built, matches, groups, dates, watch, budget);
        });
    }

    /// <summary>Parse: words and query filters; "hva vedtok vi om …" picks the kind of unit, not the subject (<see cref="DecisionIntent"/>).</summary>
    private Plan Parse(SearchRequest request)
    {
        var (parsed, decisionWords) = DecisionIntent.Split(UserQueryParser.Parse(request.Query));
        var kindWeights = decisionWords.Count > 0 ? DecisionIntent.Weights(_ranking.KindWeights) : _ranking.KindWeights;
        return new Plan(request, parsed, decisionWords, kindWeights, FilterBuilder.Resolve(parsed, request));
    }

    /// <summary>Build: the BM25 query over the boosted fields, with acronyms expanded both ways.</summary>
    private BuiltQuery Build(Plan plan) => _builder.Build(plan.Parsed, _acronyms());

    /// <summary>
    /// Collect: every unit the query matches within the filters. Nothing typed (or only filters) browses everything
    /// the filters allow. Tiered matching: units with (nearly) all the words come first; when they do not fill the page,
    /// units matching fewer words follow, ranked among themselves (Google-style AND, then OR). When nothing matched at
    /// all, the words are matched fuzzily.
    /// </summary>
    private Matches Collect(IndexSearcher searcher, Plan plan, BuiltQuery built, QueryBudget budget)
    {
        var (request, parsed) = (plan.Request, plan.Parsed);
        Query? content = built.Query;
        if (content is null && string.IsNullOrWhiteSpace(request.Query.Replace("\"", "", StringComparison.Ordinal)) || content is null && parsed.Clauses.Count == 0)
        {
            content = new MatchAllDocsQuery();
        }

        if (content is not null)
        {
            CompoundPartWeights.Scale(content, searcher.IndexReader);
            content = TermStates.Bind(content, searcher.IndexReader);
        }

        var hits = content is null ? [] : HitCollector.Collect(searcher, content, plan.Filters, plan.KindWeights, budget);
        var relaxed = false;
        if (content is BooleanQuery { MinimumNumberShouldMatch: > 1 } strict && hits.Count < plan.PageNumber * plan.PageSize * 2)
        {
            var strictMatches = hits;
            var minimum = strict.MinimumNumberShouldMatch;
            strict.MinimumNumberShouldMatch = 1;
            var seen = strictMatches.Select(h => h.Doc).ToHashSet();
            var loose = HitCollector.Collect(searcher, strict, plan.Filters, plan.KindWeights, budget).Where(h => !seen.Contains(h.Doc)).ToList();
            strict.MinimumNumberShouldMatch = minimum;
            var top = strictMatches.Count == 0 ? 0f : strictMatches.Min(h => h.Score);
            var ceiling = loose.Count == 0 ? 0f : loose.Max(h => h.Score);
            // Scale the loose tier below the weakest full match so the tiers never interleave.
            var scale = strictMatches.Count == 0 || ceiling <= 0 ? 1f : Math.Min(1f, top / ceiling * 0.999f);
            hits = [.. strictMatches, .. loose.Select(h => h with { Score = h.Score * scale })];
            relaxed = loose.Count > 0;
        }

        var fuzzy = false;
        if (hits.Count == 0 && !budget.Exceeded && parsed.Clauses.Count > 0 && FuzzyOf(searcher, plan) is { } fuzzyQuery)
        {
            hits = HitCollector.Collect(searcher, fuzzyQuery, plan.Filters, plan.KindWeights, budget);
            fuzzy = hits.Count > 0;
            // Also when the fuzzy words found nothing here: a selected facet's other values then count what choosing them
            // would find after a misspelling too, the corrected words.
            content = fuzzyQuery;
        }

        return new Matches(hits, content, fuzzy, relaxed && !fuzzy, budget.Exceeded);
    }

    /// <summary>Fuzzy queries rewritten against a reader (their expansion to index terms), per reader and query text.</summary>
    private static readonly ReaderMemo<string, Query?> FuzzyRewrites = new();

    /// <summary>
    /// The fuzzy form of the query, rewritten to the index terms it reaches. Rewriting walks the term dictionary with a
    /// Levenshtein automaton per word and field (tens of milliseconds for a long word), and depends only on the words and
    /// the index, so one rewrite serves every filter, page and sort of the same typo until the next commit. The
    /// rewritten query scores exactly as the fuzzy query would (Lucene rewrites it so before searching).
    /// </summary>
    private Query? FuzzyOf(IndexSearcher searcher, Plan plan) =>
        FuzzyRewrites.Get(searcher.IndexReader, plan.Request.Query, _ => _builder.BuildFuzzy(plan.Parsed) is { } fuzzy ? searcher.Rewrite(fuzzy) : null);

    /// <summary>
    /// Rank: by relevance, or newest first with the hits matching the most words ahead; folded when asked. Only the
    /// groups up to the requested page are put in order; the rest are counted.
    /// </summary>
    private (List<(CollectedHit Best, int Folded)> Top, int Total) Rank(IndexSearcher searcher, Plan plan, Matches matches, DateEstimates dates)
    {
        var newest = plan.Request.Sort == SearchSort.Newest;
        var mostWords = newest && !matches.Fuzzy && matches.Content is not null
            ? HitRanker.MostWords(searcher, matches.Content, plan.Filters, matches.Hits)
            : null;
        return HitRanker.Rank(QueryPreferences.PreferYears(matches.Hits, QueryPreferences.Years(plan.Parsed), _ranking.YearFactor), newest ? dates : null, plan.Request.Collapse, mostWords,
            keep: plan.PageNumber * plan.PageSize);
    }

    /// <summary>Page: the requested page of hits read back with snippets, the facets of all hits, did-you-mean and the words left out.</summary>
    private SearchResponse Page(IndexSearcher searcher, Plan plan, BuiltQuery built, Matches matches, (List<(CollectedHit Best, int Folded)> Top, int Total) groups,
        DateEstimates dates, Stopwatch watch, QueryBudget budget)
    {
        var (request, parsed) = (plan.Request, plan.Parsed);
        var highlight = matches.Fuzzy ? _spelling.FuzzyHighlights(searcher.IndexReader, parsed) : built.HighlightTerms;
        var shown = groups.Top.Skip((plan.PageNumber - 1) * plan.PageSize).Take(plan.PageSize).ToList();
        var otherPages = request.Collapse ? OtherPages.Find(searcher, matches.Hits, shown.Select(g => g.Best).ToList(), _ranking.OtherPagesShare) : [];
        var pageHits = shown
            .Select(g => _hits.Read(searcher, g.Best.Doc, g.Best.Score, g.Folded, highlight) with
            {
                EstimatedDate = dates.Of(g.Best.Doc),
                OtherPages = otherPages.GetValueOrDefault(g.Best.Doc) ?? [],
            })
            .ToList();
        var facets = FacetCounter.CountAll(searcher, matches.Content, plan.Filters, matches.Hits, request.Collapse);
        // A request with a budget of its own (a host's costly query) stops looking up spellings when it runs out; an
        // ordinary one always gets its did-you-mean (a word or two, looked up once per index generation).
        var spellingBudget = request.TimeBudget is null ? null : budget;
        var didYouMean = parsed.Clauses.Count > 0
            ? AccessFilter.Visible(_spelling.Correct(searcher.IndexReader, request.Query, spellingBudget), searcher, _analyzers.Spell.Tokens, request.IncludeRestricted)
            : null;
        var searched = parsed.Clauses.Where(c => !c.Excluded && QueryWords.HasLetterOrDigit(c.Text)).ToList();
        return new SearchResponse
        {
            Query = request.Query,
            TotalHits = groups.Total,
            TotalUnits = matches.Hits.Count,
            Hits = pageHits,
            Facets = facets,
            DidYouMean = didYouMean,
            Fuzzy = matches.Fuzzy,
            Relaxed = matches.Relaxed,
            Partial = matches.Partial || spellingBudget?.Exceeded == true,
            IgnoredWords = _words.IgnoredWords(parsed),
            DecisionWords = plan.DecisionWords,
            OnlyStopWords = built.Query is null && searched.Count > 0 && searched.All(c => _words.IsOnlyStopWords(c.Text)),
            ElapsedMilliseconds = watch.Elapsed.TotalMilliseconds,
        };
    }

    public DateEstimate? EstimateMeetingDate(string council, string meeting) =>
        _source.Use(searcher => DateEstimates.For(searcher.IndexReader).OfMeeting(council, meeting));

    public int UnknownWords(string query) =>
        string.IsNullOrWhiteSpace(query) ? 0 : _source.Use(searcher => _spelling.UnknownWords(searcher.IndexReader, query));

    public string? DidYouMean(string query, bool includeRestricted = false) =>
        _source.Use(searcher => AccessFilter.Visible(_spelling.Correct(searcher.IndexReader, query), searcher, _analyzers.Spell.Tokens, includeRestricted));

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max, IReadOnlyList<SuggestionEntry>? named = null, bool includeRestricted = false) =>
        _source.Use(searcher => _suggester.Suggest(searcher, prefix, max, named, includeRestricted));

    public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false) =>
        _source.Use(searcher => _similar.Find(searcher, unitId, max, includeRestricted));
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using NorPreM.Core.Privacy;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// The read side: runs searches on a <see cref="SearcherManager"/> searcher (so queries run while ingest writes),
/// ranks with BM25 and kind weights, folds hits of one case or document together, counts facets, builds snippets,
/// and offers did-you-mean, autocomplete and more-like-this on the index's own terms.
/// </summary>
public sealed class SearchService : ISearchService
{
    private readonly SearcherManager _manager;
    private readonly AnalyzerSet _analyzers;
    private readonly QueryBuilder _builder;
    private readonly SnippetBuilder _snippets;
    private readonly RankingOptions _ranking;
    private readonly Func<AcronymDictionary> _acronyms;

    internal SearchService(SearcherManager manager, AnalyzerSet analyzers, RankingOptions ranking, Func<AcronymDictionary> acronyms)
    {
        _manager = manager;
        _analyzers = analyzers;
        _ranking = ranking;
        _builder = new QueryBuilder(analyzers, ranking);
        _snippets = new SnippetBuilder(analyzers);
        _acronyms = acronyms;
    }

    public SearchResponse Search(SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        // "hva vedtok vi om …": the decision word picks the kind of unit, not the subject (DecisionIntent).
        var (parsed, decisionWords) = DecisionIntent.Split(UserQueryParser.Parse(request.Query));
        var kindWeights = decisionWords.Count > 0 ? DecisionIntent.Weights(_ranking.KindWeights) : _ranking.KindWeights;
        var filters = FilterBuilder.Resolve(parsed, request);
        var built = _builder.Build(parsed, _acronyms());
        var fuzzy = false;
        var relaxed = false;
        var searcher = _manager.Acquire();
        try
        {
            Query? content = built.Query;
            if (content is null && string.IsNullOrWhiteSpace(request.Query.Replace("\"", "", StringComparison.Ordinal)) || content is null && parsed.Clauses.Count == 0)
            {
                // Nothing typed (or only filters): browse everything the filters allow.
                content = new MatchAllDocsQuery();
            }

            var hits = content is null ? [] : Collect(searcher, content, filters, kindWeights);
            var pageSize = Math.Clamp(request.PageSize, 1, 100);
            var page = Math.Max(1, request.Page);
            if (content is BooleanQuery { MinimumNumberShouldMatch: > 1 } strict && hits.Count < page * pageSize * 2)
            {
                // Tiered matching: units with (nearly) all the words come first; when they do not fill the page,
                // units matching fewer words follow, ranked among themselves (Google-style AND, then OR).
                var strictMatches = hits;
                var minimum = strict.MinimumNumberShouldMatch;
                strict.MinimumNumberShouldMatch = 1;
                var seen = strictMatches.Select(h => h.Doc).ToHashSet();
                var loose = Collect(searcher, strict, filters, kindWeights).Where(h => !seen.Contains(h.Doc)).ToList();
                strict.MinimumNumberShouldMatch = minimum;
                var top = strictMatches.Count == 0 ? 0f : strictMatches.Min(h => h.Score);
                var ceiling = loose.Count == 0 ? 0f : loose.Max(h => h.Score);
                // Scale the loose tier below the weakest full match so the tiers never interleave.
                var scale = strictMatches.Count == 0 || ceiling <= 0 ? 1f : Math.Min(1f, top / ceiling * 0.999f);
                hits = [.. strictMatches, .. loose.Select(h => h with { Score = h.Score * scale })];
                relaxed = loose.Count > 0;
            }

            if (hits.Count == 0 && parsed.Clauses.Count > 0 && _builder.BuildFuzzy(parsed) is { } fuzzyQuery)
            {
                hits = Collect(searcher, fuzzyQuery, filters, kindWeights);
                fuzzy = hits.Count > 0;
                content = fuzzyQuery;
            }

            var dates = DateEstimates.For(searcher.IndexReader);
            var newest = request.Sort == SearchSort.Newest;
            var mostWords = newest && !fuzzy && content is not null ? MostWords(searcher, content, filters, hits) : null;
            var groups = Rank(hits, newest ? dates : null, request.Collapse, mostWords);

            var highlight = fuzzy ? FuzzyHighlights(searcher, parsed) : built.HighlightTerms;
            var pageHits = groups.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(g => ToHit(searcher.Doc(g.Best.Doc), g.Best.Score, g.Folded, highlight) with { EstimatedDate = dates.Of(g.Best.Doc) })
                .ToList();

            var facets = Facets(searcher, content, filters, hits, request.Collapse);
            var didYouMean = parsed.Clauses.Count > 0
                ? AccessFilter.Visible(Correct(searcher.IndexReader, request.Query), searcher, _analyzers.Spell.Tokens, request.IncludeRestricted)
                : null;
            var ignored = IgnoredWords(parsed);
            var searched = parsed.Clauses.Where(c => !c.Excluded && HasLetterOrDigit(c.Text)).ToList();
            return new SearchResponse
            {
                Query = request.Query,
                TotalHits = groups.Count,
                TotalUnits = hits.Count,
                Hits = pageHits,
                Facets = facets,
                DidYouMean = didYouMean,
                Fuzzy = fuzzy,
                Relaxed = relaxed && !fuzzy,
                IgnoredWords = ignored,
                DecisionWords = decisionWords,
                OnlyStopWords = built.Query is null && searched.Count > 0 && searched.All(c => IsOnlyStopWords(c.Text)),
                ElapsedMilliseconds = watch.Elapsed.TotalMilliseconds,
            };
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Orders the hits (by score, or newest first by date estimate, then score) and, when folding, keeps each group's
    /// best hit with the number of hits folded under it. The best hit of each group is found in one pass and only the
    /// groups are sorted, so large result sets are not sorted unit by unit. A case whose best hit is its proposal is
    /// shown by its adopted decision when that matched too: the minutes' decision is what the council decided (it often
    /// differs from the proposal), so "hva vedtok vi om …" is answered by it; the group keeps its best score.
    /// </summary>
    private static List<(CollectedHit Best, int Folded)> Rank(List<CollectedHit> hits, DateEstimates? newest, bool collapse, HashSet<int>? mostWords = null)
    {
        int Tier(CollectedHit hit) => mostWords is null || mostWords.Contains(hit.Doc) ? 1 : 0;
        Comparison<CollectedHit> order = newest is null
            ? (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc)
            : (a, b) => Tier(b).CompareTo(Tier(a)) is var byTier && byTier != 0 ? byTier
                : newest.SortKey(b).CompareTo(newest.SortKey(a)) is var byDate && byDate != 0 ? byDate
                : b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc);
        List<(CollectedHit Best, int Folded)> ranked;
        if (collapse)
        {
            var best = new Dictionary<string, (CollectedHit Best, int Count)>(StringComparer.Ordinal);
            var decisions = new Dictionary<string, CollectedHit>(StringComparer.Ordinal);
            foreach (var hit in hits)
            {
                best[hit.Group] = best.TryGetValue(hit.Group, out var seen)
                    ? (order(hit, seen.Best) < 0 ? hit : seen.Best, seen.Count + 1)
                    : (hit, 1);
                if (hit.Kind == nameof(UnitKind.Decision) && (!decisions.TryGetValue(hit.Group, out var decision) || order(hit, decision) < 0))
                {
                    decisions[hit.Group] = hit;
                }
            }

            ranked = best.Values.Select(g => (
                    g.Best.Kind == nameof(UnitKind.Proposal) && decisions.TryGetValue(g.Best.Group, out var adopted)
                        ? adopted with { Score = g.Best.Score, Date = g.Best.Date }
                        : g.Best,
                    g.Count - 1))
                .ToList();
        }
        else
        {
            ranked = hits.Select(h => (h, 0)).ToList();
        }

        ranked.Sort((a, b) => order(a.Best, b.Best));
        return ranked;
    }

    /// <summary>
    /// For newest first: the hits that match as many of the query's words (or phrases) as any hit does. Words are
    /// OR-ed, so a question such as «hva vedtok rådet om kvalitetsregistre og biobanker?» also matches every unit that
    /// only says «rådet»; relevance order puts those last by score, but ordered by date alone they would come before
    /// the answers. Newest first therefore orders these hits by date first, then the rest by date. Null when the query
    /// has fewer than two words (every hit then matches all of them).
    /// </summary>
    private static HashSet<int>? MostWords(IndexSearcher searcher, Query content, IReadOnlyDictionary<string, HashSet<string>> filters, List<CollectedHit> hits)
    {
        if (content is not BooleanQuery boolean || boolean.Clauses.Count(c => c.Occur == Occur.SHOULD) < 2 || hits.Count == 0)
        {
            return null;
        }

        var matched = new Dictionary<int, int>();
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.SHOULD))
        {
            var collector = new DocIdCollector();
            searcher.Search(WithFilters(clause.Query, filters, null), collector);
            foreach (var doc in collector.Docs)
            {
                matched[doc] = matched.GetValueOrDefault(doc) + 1;
            }
        }

        var most = hits.Max(h => matched.GetValueOrDefault(h.Doc));
        return hits.Where(h => matched.GetValueOrDefault(h.Doc) == most).Select(h => h.Doc).ToHashSet();
    }

    /// <summary>
    /// The words of the query (outside quoted phrases, which search their stop words as gaps) that the analyzer drops as
    /// stop words, without the punctuation a question puts around them ("og når?" lists «når»).
    /// </summary>
    private IReadOnlyList<string> IgnoredWords(ParsedQuery parsed) =>
        parsed.Clauses.Where(c => !c.Excluded && !c.IsPhrase && IsOnlyStopWords(c.Text))
            .Select(c => TrimPunctuation(c.Text))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string TrimPunctuation(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    /// <summary>True when the text has letters or digits but the spell chain (tokenizer, lower case, stop words) leaves no term.</summary>
    private bool IsOnlyStopWords(string text) => HasLetterOrDigit(text) && !_analyzers.Spell.Tokens(text).Any();

    private static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    private static List<CollectedHit> Collect(IndexSearcher searcher, Query content, IReadOnlyDictionary<string, HashSet<string>> filters,
        IReadOnlyDictionary<string, float> kindWeights)
    {
        var query = WithFilters(content, filters, null);
        var collector = new HitCollector(kindWeights);
        searcher.Search(query, collector);
        return collector.Hits.ToList();
    }

    private static Query WithFilters(Query content, IReadOnlyDictionary<string, HashSet<string>> filters, string? exceptField)
    {
        if (FilterBuilder.Build(filters, exceptField) is not { } filter)
        {
            return content;
        }

        var query = new BooleanQuery { { content, Occur.MUST } };
        query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return query;
    }

    private List<FacetResult> Facets(IndexSearcher searcher, Query? content, IReadOnlyDictionary<string, HashSet<string>> filters, List<CollectedHit> hits,
        bool distinctGroups)
    {
        var results = new List<FacetResult>();
        var docs = hits.Select(h => h.Doc).ToList();
        var prepared = new Lazy<FacetDocs>(() => FacetDocs.Prepare(searcher.IndexReader, docs, distinctGroups));
        foreach (var field in IndexSchema.FacetFields)
        {
            var selected = filters.TryGetValue(field, out var s) ? s : new HashSet<string>();
            FacetDocs source;
            if (selected.Count > 0 && content is not null)
            {
                // Drill sideways: a selected facet shows what the other values would give.
                var collector = new DocIdCollector();
                searcher.Search(WithFilters(content, filters, field), collector);
                source = FacetDocs.Prepare(searcher.IndexReader, collector.Docs, distinctGroups);
            }
            else
            {
                source = prepared.Value;
            }

            var facet = FacetCounter.Count(searcher.IndexReader, field, source, selected);
            if (facet.Values.Count > 0)
            {
                results.Add(facet);
            }
        }

        return results;
    }

    private SearchHit ToHit(LuceneDocument doc, float score, int folded, IReadOnlyDictionary<string, HashSet<string>> highlight)
    {
        var text = doc.Get(IndexSchema.Text) ?? "";
        var repairs = doc.Get(IndexSchema.Repairs) is { } json ? JsonSerializer.Deserialize<List<TextRepair>>(json) ?? [] : [];
        var pages = (doc.Get(IndexSchema.Pages) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        return new SearchHit
        {
            Id = doc.Get(IndexSchema.Id) ?? "",
            Kind = Enum.TryParse<UnitKind>(doc.Get(IndexSchema.Kind), out var kind) ? kind : UnitKind.Page,
            Document = doc.Get(IndexSchema.FileName) ?? "",
            DocumentId = doc.Get(IndexSchema.DocumentId) ?? "",
            Title = doc.Get(IndexSchema.Title) ?? "",
            Page = pages.Count > 0 ? pages[0] : 1,
            Pages = pages,
            CaseNumber = doc.Get(IndexSchema.CaseNumber),
            Council = doc.Get(IndexSchema.Council),
            Meeting = doc.Get(IndexSchema.Meeting),
            Date = DateOnly.TryParseExact(doc.Get(IndexSchema.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            DocumentType = doc.Get(IndexSchema.DocumentType),
            CaseTypes = doc.GetValues(IndexSchema.CaseType),
            Themes = doc.GetValues(IndexSchema.Theme),
            Snippet = _snippets.Build(text, repairs, highlight),
            Score = Math.Round(score, 4),
            CollapsedHits = folded,
        };
    }

    /// <summary>Terms a fuzzy search matched: the corrections of the typed words.</summary>
    private Dictionary<string, HashSet<string>> FuzzyHighlights(IndexSearcher searcher, ParsedQuery parsed)
    {
        var text = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in parsed.Clauses.Where(c => !c.Excluded))
        {
            foreach (var token in _analyzers.Spell.Tokens(clause.Text))
            {
                foreach (var candidate in SpellCandidates(searcher.IndexReader, token.Term, max: 3))
                {
                    foreach (var t in _analyzers.Text.Tokens(candidate))
                    {
                        text.Add(t.Term);
                    }
                }
            }
        }

        return new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { [IndexSchema.Text] = text, [IndexSchema.Folded] = folded };
    }

    public DateEstimate? EstimateMeetingDate(string council, string meeting)
    {
        var searcher = _manager.Acquire();
        try
        {
            return DateEstimates.For(searcher.IndexReader).OfMeeting(council, meeting);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    public string? DidYouMean(string query, bool includeRestricted = false)
    {
        var searcher = _manager.Acquire();
        try
        {
            return AccessFilter.Visible(Correct(searcher.IndexReader, query), searcher, _analyzers.Spell.Tokens, includeRestricted);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Replaces each typed word unknown to the index by its closest known word: Damerau–Levenshtein distance ≤ 2
    /// (FuzzyTermsEnum over the spell field), a candidate equal after æøå folding first, then the most frequent.
    /// </summary>
    private string? Correct(IndexReader reader, string query)
    {
        var parsed = UserQueryParser.Parse(query);
        if (parsed.Clauses.Count == 0)
        {
            return null;
        }

        var result = query;
        var changed = false;
        foreach (var clause in parsed.Clauses.Where(c => !c.Excluded))
        {
            foreach (var token in _analyzers.Spell.Tokens(clause.Text))
            {
                if (token.Type is NorwegianTokenizer.CaseNumberType or NorwegianTokenizer.NumberType || token.Term.Length < 3)
                {
                    continue;
                }

                if (IsKnown(reader, token.Term))
                {
                    continue;
                }

                var best = SpellCandidates(reader, token.Term, max: 1).FirstOrDefault();
                if (best is null)
                {
                    continue;
                }

                var original = FindOriginal(result, token.Term);
                if (original is not null)
                {
                    result = ReplaceFirst(result, original, best);
                    changed = true;
                }
            }
        }

        return changed ? result : null;
    }

    /// <summary>
    /// A word needs no correction when it is a Norwegian word form (the shipped lexicon), an acronym, or matches the
    /// index through any field: as written, by its stem, without æøå, or as a compound part.
    /// </summary>
    private bool IsKnown(IndexReader reader, string word)
    {
        if (reader.DocFreq(new Term(IndexSchema.Spell, word)) > 0 || _acronyms().NamesFor(word).Count > 0
            || _analyzers.Decompounder.Lexicon.Contains(word))
        {
            return true;
        }

        return _analyzers.Text.Tokens(word).Any(t => reader.DocFreq(new Term(IndexSchema.Text, t.Term)) > 0 || reader.DocFreq(new Term(IndexSchema.Parts, t.Term)) > 0)
            || _analyzers.Folded.Tokens(word).GroupBy(t => t.Position).Select(g => g.First()).Any(t => reader.DocFreq(new Term(IndexSchema.Folded, t.Term)) > 0);
    }

    private static string? FindOriginal(string query, string lowerTerm)
    {
        var index = query.IndexOf(lowerTerm, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : query.Substring(index, lowerTerm.Length);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length));
    }

    /// <summary>Known words close to <paramref name="term"/>, best first.</summary>
    private static IReadOnlyList<string> SpellCandidates(IndexReader reader, string term, int max)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Spell);
        if (terms is null || term.Length < 3)
        {
            return [];
        }

        var maxEdits = term.Length >= 6 ? 2 : 1;
        var folded = NorwegianFolding.Fold(term);
        var candidates = new List<(string Term, int Distance, int DocFreq)>();
        var fuzzy = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(IndexSchema.Spell, term), maxEdits, 0, true);
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == term)
            {
                continue;
            }

            var distance = NorwegianFolding.Fold(candidate) == folded ? 0 : EditDistance.OptimalStringAlignment(term, candidate);
            candidates.Add((candidate, distance, fuzzy.DocFreq));
        }

        return candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(max).Select(c => c.Term).ToList();
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int max, bool includeRestricted = false)
    {
        max = Math.Clamp(max, 1, 50);
        var typed = (prefix ?? "").TrimStart();
        if (typed.Length == 0 || typed.Length > 200)
        {
            return [];
        }

        var suggestions = new List<Suggestion>();
        var searcher = _manager.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var lower = typed.ToLowerInvariant();

            // Case numbers: "28/3" → "28/3/2022"; "sak 28-3" too.
            var digits = lower.StartsWith("sak ", StringComparison.Ordinal) ? lower[4..].Trim() : lower;
            if (digits.Length > 0 && char.IsDigit(digits[0]))
            {
                var key = digits.Replace('-', '/');
                foreach (var (term, _) in PrefixTerms(reader, IndexSchema.CaseNumber, key, max))
                {
                    if (AccessFilter.Count(searcher, IndexSchema.CaseNumber, term, includeRestricted, 1) == 0)
                    {
                        continue;
                    }

                    suggestions.Add(new Suggestion(term, SuggestionKind.CaseNumber, "Sak " + term));
                }
            }

            foreach (var pair in _acronyms().StartingWith(typed.Trim()).Take(max))
            {
                suggestions.Add(new Suggestion(pair.Acronym, SuggestionKind.Acronym, pair.Name));
            }

            foreach (var (title, _) in PrefixTerms(reader, IndexSchema.TitleKey, lower.Trim(), max))
            {
                var stored = StoredTitle(searcher, title, includeRestricted);
                if (stored is null || PersonalData.Contains(stored))
                {
                    continue;
                }

                suggestions.Add(new Suggestion(stored ?? title, SuggestionKind.Title));
            }

            // Complete the last word from the index's vocabulary: alone, the most frequent words first; after other
            // words, only words that follow the word before in the text, the most frequent pairs first.
            var lastSpace = typed.LastIndexOf(' ');
            var head = lastSpace >= 0 ? typed[..(lastSpace + 1)] : "";
            var last = (lastSpace >= 0 ? typed[(lastSpace + 1)..] : typed).ToLowerInvariant();
            if (last.Length > 0)
            {
                // Only words of at least two units and never digits: autocomplete must not hand out a number or
                // a name that one paper holds (an identity number typed from its first digits).
                var candidates = PrefixTerms(reader, IndexSchema.Spell, last, 2000)
                    .Where(t => t.DocFreq >= 2 && !t.Term.Any(char.IsDigit)).ToList();
                var completions = PreviousTerm(head) is { } previous
                    ? FollowerCounts(reader, previous.Term, previous.Gap, candidates.Select(c => c.Term))
                        .Where(c => c.Value > 0)
                        .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => c.Key)
                    : candidates.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term.Length).Select(t => t.Term);
                foreach (var term in completions.Where(t => AccessFilter.Count(searcher, IndexSchema.Spell, t, includeRestricted, 2) >= 2).Take(max))
                {
                    suggestions.Add(new Suggestion(head + term, SuggestionKind.Term));
                }
            }
        }
        finally
        {
            _manager.Release(searcher);
        }

        return suggestions.DistinctBy(s => s.Text.ToLowerInvariant()).Take(max).ToList();
    }

    /// <summary>
    /// The last term of the words typed before the one being completed, as the spell field indexes it, and how many
    /// positions later the completion stands: 1, or more after stop words, which keep their positions as gaps
    /// ("innspill til h…": "innspill", 2). Null when nothing but stop words (or nothing) was typed before.
    /// </summary>
    private (string Term, int Gap)? PreviousTerm(string head)
    {
        var gap = 1;
        foreach (var word in head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var tokens = _analyzers.Spell.Tokens(word);
            if (tokens.Count > 0)
            {
                return (tokens[^1].Term, gap);
            }

            if (!IsOnlyStopWords(word))
            {
                // Punctuation or markup: no position of its own.
                continue;
            }

            gap++;
        }

        return null;
    }

    /// <summary>
    /// How often each candidate stands <paramref name="gap"/> positions after <paramref name="previous"/> in the spell
    /// field (title and text as written): the positions of the previous word per unit, then each candidate's
    /// positions in just those units. Pairs that never occur count 0.
    /// </summary>
    private static Dictionary<string, int> FollowerCounts(IndexReader reader, string previous, int gap, IEnumerable<string> candidates)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var wanted = candidates.ToList();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(IndexSchema.Spell);
            if (terms is null)
            {
                continue;
            }

            var te = terms.GetEnumerator();
            if (!te.SeekExact(new BytesRef(previous)) || te.DocsAndPositions(atomic.LiveDocs, null) is not { } before)
            {
                continue;
            }

            var expected = new SortedDictionary<int, HashSet<int>>();
            while (before.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var positions = new HashSet<int>();
                for (var i = 0; i < before.Freq; i++)
                {
                    positions.Add(before.NextPosition() + gap);
                }

                expected[before.DocID] = positions;
            }

            foreach (var candidate in wanted)
            {
                if (!te.SeekExact(new BytesRef(candidate)) || te.DocsAndPositions(atomic.LiveDocs, null) is not { } after)
                {
                    continue;
                }

                var count = 0;
                var doc = -1;
                foreach (var (target, positions) in expected)
                {
                    if (doc < target)
                    {
                        doc = after.Advance(target);
                    }

                    if (doc == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (doc != target)
                    {
                        continue;
                    }

                    for (var i = 0; i < after.Freq; i++)
                    {
                        if (positions.Contains(after.NextPosition()))
                        {
                            count++;
                        }
                    }
                }

                counts[candidate] = counts.GetValueOrDefault(candidate) + count;
            }
        }

        return counts;
    }

    private static IEnumerable<(string Term, int DocFreq)> PrefixTerms(IndexReader reader, string field, string prefix, int max)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || prefix.Length == 0)
        {
            yield break;
        }

        var te = terms.GetEnumerator();
        var target = new BytesRef(prefix);
        if (te.SeekCeil(target) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        var count = 0;
        do
        {
            var term = te.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }

            yield return (term, te.DocFreq);
        }
        while (++count < max && te.MoveNext());
    }

    private static string? StoredTitle(IndexSearcher searcher, string titleKey, bool includeRestricted)
    {
        var top = searcher.Search(AccessFilter.Restrict(new TermQuery(new Term(IndexSchema.TitleKey, titleKey)), includeRestricted), 1);
        return top.ScoreDocs.Length > 0 ? searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexSchema.Title) : null;
    }

    public IReadOnlyList<SearchHit> MoreLikeThis(string unitId, int max, bool includeRestricted = false)
    {
        max = Math.Clamp(max, 1, 50);
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(AccessFilter.Restrict(new TermQuery(new Term(IndexSchema.Id, unitId ?? "")), includeRestricted), 1);
            if (top.ScoreDocs.Length == 0)
            {
                return [];
            }

            var docId = top.ScoreDocs[0].Doc;
            var source = searcher.Doc(docId);
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                Analyzer = _analyzers.Text,
                FieldNames = [IndexSchema.Text],
                MinTermFreq = 1,
                MinDocFreq = 1,
                MinWordLen = 3,
                MaxQueryTerms = 25,
                StopWords = null,
            };
            var like = mlt.Like(new StringReader(source.Get(IndexSchema.Text) ?? ""), IndexSchema.Text);
            var query = new BooleanQuery { { like, Occur.MUST } };
            query.Add(new TermQuery(new Term(IndexSchema.Id, unitId)), Occur.MUST_NOT);
            var collector = new HitCollector(_ranking.KindWeights);
            searcher.Search(AccessFilter.Restrict(query, includeRestricted), collector);
            var ownGroup = collector.Hits.Count == 0 ? "" : GroupOf(source);
            var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
            {
                [IndexSchema.Text] = new(mlt.RetrieveInterestingTerms(new StringReader(source.Get(IndexSchema.Text) ?? ""), IndexSchema.Text), StringComparer.Ordinal),
            };
            return collector.Hits.Where(h => h.Group != ownGroup)
                .OrderByDescending(h => h.Score)
                .GroupBy(h => h.Group).Select(g => (Best: g.First(), Folded: g.Count() - 1))
                .Take(max)
                .Select(g => ToHit(searcher.Doc(g.Best.Doc), g.Best.Score, g.Folded, terms))
                .ToList();
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    private static string GroupOf(LuceneDocument doc) =>
        doc.Get(IndexSchema.CaseNumber) is { Length: > 0 } number ? "case:" + number : "doc:" + doc.Get(IndexSchema.DocumentId);
}

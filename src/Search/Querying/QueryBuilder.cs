using Lucene.Net.Index;
using Lucene.Net.Search;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>Ranking knobs, bound once (see docs/search.md for how they were chosen on the evaluation sets).</summary>
public sealed record RankingOptions
{
    public float TitleBoost { get; init; } = 2.0f;
    public float TitleFoldedBoost { get; init; } = 0.8f;
    public float DocTitleBoost { get; init; } = 0.5f;
    public float TextBoost { get; init; } = 1.0f;
    public float PartsBoost { get; init; } = 0.35f;
    public float FoldedBoost { get; init; } = 0.3f;
    /// <summary>
    /// Weight of the exact (unstemmed) form next to its stem. Both are indexed at each position, so a unit with the
    /// very form typed scores both; a small weight keeps that bonus without counting every word twice.
    /// </summary>
    public float ExactFormBoost { get; init; } = 0.1f;
    /// <summary>Share of the other fields' scores added to the best field's (DisjunctionMax tie-breaker).</summary>
    public float TieBreaker { get; init; } = 0.5f;
    /// <summary>Boost of an exact case-number match, so "28/3/22" puts Sak 28/3/2022 first.</summary>
    public float CaseNumberBoost { get; init; } = 40f;
    /// <summary>Weight of the spelled-out name when a query says the acronym (and vice versa).</summary>
    public float AcronymExpansionBoost { get; init; } = 0.9f;
    /// <summary>
    /// Queries of up to this many words (or phrases) are conjunctive: units with every word come first, then units
    /// with some of them. Longer, verbose queries (questions) are ranked by BM25 over any of their words, which
    /// retrieves better for them (see docs/search.md).
    /// </summary>
    public int ConjunctiveMaxWords { get; init; } = 0;
    /// <summary>Score factors by unit kind: decisions and case papers rank above body pages.</summary>
    public IReadOnlyDictionary<string, float> KindWeights { get; init; } = new Dictionary<string, float>
    {
        ["Decision"] = 1.3f, ["Proposal"] = 1.2f, ["Case"] = 1.15f, ["Section"] = 1.05f, ["Page"] = 1.0f, ["Meeting"] = 1.0f,
    };
    /// <summary>
    /// Factor on the score of a unit dated in a year the question names (<see cref="QueryPreferences"/>). Chosen by
    /// cross-validation grouped by source document on eval/search/ranking.jsonl (docs/search.md).
    /// </summary>
    public float YearFactor { get; init; } = QueryPreferences.DefaultYearFactor;
    /// <summary>Weight of a word that names the asker («rådet», «styret», «vi»), relative to a subject word; chosen as <see cref="YearFactor"/>.</summary>
    public float AskerWeight { get; init; } = QueryPreferences.DefaultAskerWeight;
    /// <summary>Share of a long document's best page score another of its pages needs to be listed beside it (<see cref="OtherPages"/>); chosen as <see cref="YearFactor"/>.</summary>
    public float OtherPagesShare { get; init; } = OtherPages.DefaultShareOfBest;
    /// <summary>
    /// Coordination credit (<see cref="CoordinatedQuery"/>): a unit's score times (words matched / words of the
    /// query)^strength, so a unit holding all the query's words outranks one holding one word strongly; 0 is plain
    /// BM25. Off: it raises the cross-validated ranking set (held-out MRR@10 0.887 → 0.927) but every strength tried
    /// lowers NorQuAD's questions in `evaluate-search` (0.959 → 0.957 at 0.25, 0.934 at 2), which may not get worse
    /// (docs/search.md).
    /// </summary>
    public float CoordinationStrength { get; init; } = 0f;
}

/// <summary>A content query with the terms a snippet should mark.</summary>
/// <param name="Query">The Lucene query (null when the text had no searchable words).</param>
/// <param name="HighlightTerms">Field → terms to mark (fields text, parts, folded).</param>
/// <param name="Words">The positive words and phrases (for spelling suggestions).</param>
public sealed record BuiltQuery(Query? Query, IReadOnlyDictionary<string, HashSet<string>> HighlightTerms, IReadOnlyList<string> Words);

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into a Lucene query: each word is searched in every text field with its own
/// analyzer and the fields are combined with DisjunctionMax (best field wins, others add a tie-breaker share), so
/// exact forms in titles beat folded forms in body text. Words are then OR-ed with a minimum-should-match,
/// phrases become (multi-)phrase queries over positions, exclusions MUST_NOT, acronyms expand both ways,
/// and case numbers also hit the caseNumber field with a strong boost.
/// </summary>
public sealed class QueryBuilder
{
    private readonly AnalyzerSet _analyzers;
    private readonly RankingOptions _options;

    public QueryBuilder(AnalyzerSet analyzers, RankingOptions options)
    {
        _analyzers = analyzers;
        _options = options;
    }


    public BuiltQuery Build(ParsedQuery parsed, AcronymDictionary acronyms)
    {
        var highlights = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [IndexSchema.Text] = new(StringComparer.Ordinal),
            [IndexSchema.Parts] = new(StringComparer.Ordinal),
            [IndexSchema.Folded] = new(StringComparer.Ordinal),
        };
        var words = new List<string>();
        var groups = new List<List<Query>>();
        var preferences = 0; // groups that only prefer (asker words, years; QueryPreferences): not required of a unit
        var exclusions = new List<Query>();
        var clauses = parsed.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (!clause.IsPhrase && (parsed.CaseNumbers.Count > 0 || parsed.Ordinals.Count > 0)
                && UserQueryParser.CaseWords.Contains(clause.Text.ToLowerInvariant().TrimEnd('.', ':')))
            {
                continue;
            }

            Query? query;
            var consumed = 1;
            if (!clause.IsPhrase && !clause.Excluded && NameAt(clauses, i, acronyms) is { } name)
            {
                consumed = name.Words;
                query = NameQuery(name.Text, name.Acronyms, highlights);
            }
            else if (clause.IsPhrase)
            {
                query = PhraseQuery(clause.Text, clause.Excluded ? null : highlights, acronyms, exact: true);
            }
            else if (!clause.Excluded && CaseByYearQuery(clause.Text, parsed.CaseNumbers, highlights, acronyms) is { } byYear)
            {
                query = byYear;
            }
            else if (!clause.Excluded && ArchiveQuery(clause.Text, highlights, acronyms) is { } archive)
            {
                query = archive;
            }
            else if (!clause.Excluded && i > 0 && parsed.Ordinals.Contains(clause.Text.TrimStart('0')) && clauses[i - 1] is { IsPhrase: false } before
                && UserQueryParser.CaseWords.Contains(before.Text.ToLowerInvariant().TrimEnd(':')))
            {
                query = CaseOrdinalQuery(clause.Text.TrimStart('0'));
            }
            else
            {
                query = WordQuery(clause.Text, clause.Excluded ? null : highlights, acronyms);
            }

            i += consumed - 1;
            if (query is null)
            {
                continue;
            }

            if (clause.Excluded)
            {
                exclusions.Add(query);
                continue;
            }

            words.Add(clause.Text);
            if (QueryPreferences.IsAsker(clause, clauses))
            {
                query.Boost *= _options.AskerWeight;
            }

            if (clause.OrWithPrevious && groups.Count > 0)
            {
                groups[^1].Add(query);
            }
            else
            {
                groups.Add([query]);
                preferences += QueryPreferences.IsPreference(clause, clauses) && consumed == 1 ? 1 : 0;
            }
        }

        if (groups.Count == 0 && exclusions.Count == 0)
        {
            return new BuiltQuery(null, highlights, words);
        }

        var content = _options.CoordinationStrength > 0f ? new CoordinatedQuery(_options.CoordinationStrength) : new BooleanQuery();
        foreach (var group in groups)
        {
            content.Add(Or(group), Occur.SHOULD);
        }

        if (groups.Count == 0)
        {
            content.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            content.MinimumNumberShouldMatch = MinimumShouldMatch(Math.Max(1, groups.Count - preferences));
        }

        foreach (var exclusion in exclusions)
        {
            content.Add(exclusion, Occur.MUST_NOT);
        }

        return new BuiltQuery(content, highlights, words);
    }

    /// <summary>The same words as fuzzy queries (edit distance 1, or 2 for long words), any of them may match.</summary>
    public Query? BuildFuzzy(ParsedQuery parsed)
    {
        var query = new BooleanQuery();
        foreach (var clause in parsed.Clauses.Where(c => !c.Excluded))
        {
            // A quoted phrase was meant as a whole: its fuzzy form needs every word it can fuzz, in one unit, so a
            // phrase nothing holds does not fall back to any unit with one word like one of its words.
            var phrase = clause.IsPhrase ? new BooleanQuery() : null;
            // A number one edit away is another number (a year, an archive reference, a case), never a typo to forgive.
            foreach (var token in _analyzers.Spell.Tokens(clause.Text).Where(t => t.Type != NorwegianTokenizer.CaseNumberType && !t.Term.Any(char.IsDigit)))
            {
                var edits = token.Term.Length >= 8 ? 2 : token.Term.Length >= 4 ? 1 : 0;
                var alternatives = new DisjunctionMaxQuery(_options.TieBreaker)
                {
                    new FuzzyQuery(new Term(IndexSchema.Spell, token.Term), edits, prefixLength: 1),
                    new FuzzyQuery(new Term(IndexSchema.Folded, NorwegianFolding.Fold(token.Term)), edits, prefixLength: 1) { Boost = 0.8f },
                };
                if (phrase is not null)
                {
                    // Short words of a phrase must be there as written; they carry its meaning as much as the long ones.
                    phrase.Add(alternatives, Occur.MUST);
                }
                else if (edits > 0)
                {
                    query.Add(alternatives, Occur.SHOULD);
                }
            }

            if (phrase is { Clauses.Count: > 0 })
            {
                query.Add(phrase, Occur.SHOULD);
            }
        }

        foreach (var clause in parsed.Clauses.Where(c => c.Excluded))
        {
            if (WordQuery(clause.Text, null, null) is { } q)
            {
                query.Add(q, Occur.MUST_NOT);
            }
        }

        return query.Clauses.Any(c => c.Occur == Occur.SHOULD) ? query : null;
    }

    internal int MinimumShouldMatch(int groups) => groups <= _options.ConjunctiveMaxWords ? groups : 1;

    private static Query Or(List<Query> alternatives)
    {
        if (alternatives.Count == 1)
        {
            return alternatives[0];
        }

        var or = new BooleanQuery();
        foreach (var q in alternatives)
        {
            or.Add(q, Occur.SHOULD);
        }

        return or;
    }

    private IEnumerable<(string Field, AnalysisMode Mode, float Boost)> WordFields()
    {
        yield return (IndexSchema.Title, AnalysisMode.Text, _options.TitleBoost);
        yield return (IndexSchema.TitleFolded, AnalysisMode.Folded, _options.TitleFoldedBoost);
        yield return (IndexSchema.DocTitle, AnalysisMode.Text, _options.DocTitleBoost);
        yield return (IndexSchema.Text, AnalysisMode.Text, _options.TextBoost);
        yield return (IndexSchema.Folded, AnalysisMode.Folded, _options.FoldedBoost);
    }

    /// <summary>The case itself first (it represents its folded group), then every unit of the case.</summary>
    private void AddCaseNumber(DisjunctionMaxQuery dismax, string caseNumber)
    {
        var caseUnit = new BooleanQuery
        {
            { new TermQuery(new Term(IndexSchema.CaseNumber, caseNumber)), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, nameof(UnitKind.Case))), Occur.MUST },
        };
        caseUnit.Boost = _options.CaseNumberBoost;
        dismax.Add(caseUnit);
        dismax.Add(new TermQuery(new Term(IndexSchema.CaseNumber, caseNumber)) { Boost = _options.CaseNumberBoost * 0.5f });
    }

    /// <summary>
    /// "sak 28": every case numbered 28/… (28/3/2022, 28/2023 …), the case units first, like a full case number.
    /// </summary>
    private Query CaseOrdinalQuery(string ordinal)
    {
        var prefix = new Term(IndexSchema.CaseNumber, ordinal + "/");
        var caseUnit = new BooleanQuery
        {
            { new PrefixQuery(prefix), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Kind, nameof(UnitKind.Case))), Occur.MUST },
        };
        caseUnit.Boost = _options.CaseNumberBoost;
        var dismax = new DisjunctionMaxQuery(_options.TieBreaker) { caseUnit };
        dismax.Add(new PrefixQuery(prefix) { Boost = _options.CaseNumberBoost * 0.5f });
        return dismax;
    }

    /// <summary>
    /// A case number by year only ("12/23" after "sak", normal form "12/2023"): the tokenizer cannot tell it from a
    /// fraction or a date, so the parser found it by the "sak" before it; it matches the case's number and its words.
    /// </summary>
    private Query? CaseByYearQuery(string word, IReadOnlyList<string> caseNumbers, Dictionary<string, HashSet<string>>? highlights, AcronymDictionary? acronyms)
    {
        if (!CaseNumber.TryParse("sak " + word, out var number) || number.Value.HasMeeting || !caseNumbers.Contains(number.Value.ToString()))
        {
            return null;
        }

        var dismax = new DisjunctionMaxQuery(_options.TieBreaker);
        AddCaseNumber(dismax, number.Value.ToString());
        if (WordQuery(word, highlights, acronyms) is { } words)
        {
            dismax.Add(words);
        }

        return dismax;
    }

    /// <summary>
    /// A pasted archive reference ("22/01234", "2022/1234-3"): the words as typed, or the archive case in normal form
    /// ("2022/1234"), which ingest writes beside every case's reference as printed; so any spelling of the reference,
    /// with or without the document number, finds the case.
    /// </summary>
    private Query? ArchiveQuery(string word, Dictionary<string, HashSet<string>>? highlights, AcronymDictionary? acronyms)
    {
        if (ArchiveReference.CaseOf(word.Trim('(', ')', ',', '.', ';', '«', '»')) is not { } normal)
        {
            return null;
        }

        var dismax = new DisjunctionMaxQuery(_options.TieBreaker);
        foreach (var text in new[] { word, normal }.Distinct(StringComparer.Ordinal))
        {
            if (WordQuery(text, highlights, acronyms) is { } q)
            {
                dismax.Add(q);
            }
        }

        return dismax.Disjuncts.Count > 0 ? dismax : null;
    }

    /// <summary>One typed word across all text fields (plus case number and acronym expansions).</summary>
    public Query? WordQuery(string word, Dictionary<string, HashSet<string>>? highlights, AcronymDictionary? acronyms)
    {
        var dismax = new DisjunctionMaxQuery(_options.TieBreaker);
        foreach (var (field, mode, boost) in WordFields())
        {
            var tokens = _analyzers.For(mode).Tokens(word);
            if (FieldQuery(field, tokens, boost) is { } q)
            {
                dismax.Add(q);
                Remember(highlights, field, tokens);
            }

            if (field == IndexSchema.Text)
            {
                foreach (var caseToken in tokens.Where(t => t.Type == NorwegianTokenizer.CaseNumberType))
                {
                    AddCaseNumber(dismax, caseToken.Term);
                }
            }
        }

        if (CompoundQuery(word, highlights) is { } compound)
        {
            dismax.Add(compound);
        }

        if (acronyms is not null)
        {
            var bare = word.Trim('(', ')', ',', '.', ':', ';', '«', '»', '"');
            foreach (var name in acronyms.NamesFor(bare))
            {
                if (PhraseQuery(name, highlights, null) is { } q)
                {
                    q.Boost *= _options.AcronymExpansionBoost;
                    dismax.Add(q);
                }
            }
        }

        return dismax.Disjuncts.Count > 0 ? dismax : null;
    }

    /// <summary>
    /// Compound matching, weighted <see cref="RankingOptions.PartsBoost"/>: the word as a part of the text's
    /// compounds ("kommisjon" → "helsepersonellkommisjonen"), or, when the word is itself a compound, all of its
    /// parts as words or compound parts ("personellkommisjon" → "helsepersonell-kommisjonen").
    /// </summary>
    private Query? CompoundQuery(string word, Dictionary<string, HashSet<string>>? highlights)
    {
        var surface = _analyzers.Spell.Tokens(word);
        if (surface.Count != 1 || surface[0].Type != NorwegianTokenizer.WordType)
        {
            return null;
        }

        var alternatives = new DisjunctionMaxQuery(_options.TieBreaker);
        var wordTerms = _analyzers.Text.Tokens(surface[0].Term);
        if (FieldQuery(IndexSchema.Parts, wordTerms, 1f) is { } asPart)
        {
            alternatives.Add(asPart);
            Remember(highlights, IndexSchema.Parts, wordTerms);
        }

        var segmentation = _analyzers.Decompounder.Segmentation(surface[0].Term);
        if (segmentation.Count >= 2)
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var part in segmentation)
            {
                var partTerms = _analyzers.Text.Tokens(part);
                var either = new DisjunctionMaxQuery(_options.TieBreaker);
                if (FieldQuery(IndexSchema.Text, partTerms, 1f) is { } inText)
                {
                    either.Add(inText);
                }

                if (FieldQuery(IndexSchema.Parts, partTerms, 1f) is { } inParts)
                {
                    either.Add(inParts);
                }

                Remember(highlights, IndexSchema.Text, partTerms);
                Remember(highlights, IndexSchema.Parts, partTerms);
                all.Add(either, Occur.MUST);
            }

            alternatives.Add(all);
        }

        if (alternatives.Disjuncts.Count == 0)
        {
            return null;
        }

        alternatives.Boost = _options.PartsBoost;
        return alternatives;
    }

    /// <summary>
    /// A phrase: positions must follow each other (stop words leave their gap). A phrase the user quoted
    /// (<paramref name="exact"/>) searches the exact fields, so it finds the words as written and not their other
    /// inflections ("helsedata" in quotes does not find "helsedataene"); æ, ø, å still match their Scandinavian
    /// variants (ä, ö, aa). A name spelled out in the query (an acronym's expansion) searches the normal fields.
    /// </summary>
    public Query? PhraseQuery(string phrase, Dictionary<string, HashSet<string>>? highlights, AcronymDictionary? acronyms, bool exact = false)
    {
        var dismax = new DisjunctionMaxQuery(_options.TieBreaker);
        IEnumerable<(string Field, AnalysisMode Mode, float Boost, string Highlight)> fields = exact
            ? [(IndexSchema.TitleExact, AnalysisMode.Exact, _options.TitleBoost, IndexSchema.Title), (IndexSchema.Exact, AnalysisMode.Exact, _options.TextBoost, IndexSchema.Text)]
            : WordFields().Select(f => (f.Field, f.Mode, f.Boost, f.Field));
        foreach (var (field, mode, boost, highlight) in fields)
        {
            // Keep only the first (exact, unstemmed) term per position.
            var tokens = _analyzers.For(mode).Tokens(phrase).GroupBy(t => t.Position).Select(g => g.First()).ToList();
            if (FieldQuery(field, tokens, boost) is { } q)
            {
                dismax.Add(q);
                Remember(highlights, highlight, tokens);
            }
        }

        if (acronyms is not null)
        {
            foreach (var acronym in acronyms.AcronymsFor(phrase))
            {
                if (WordQuery(acronym, highlights, null) is { } q)
                {
                    q.Boost *= _options.AcronymExpansionBoost;
                    dismax.Add(q);
                }
            }
        }

        return dismax.Disjuncts.Count > 0 ? dismax : null;
    }

    private Query? NameQuery(string name, IReadOnlyList<string> acronymList, Dictionary<string, HashSet<string>> highlights)
    {
        var dismax = new DisjunctionMaxQuery(_options.TieBreaker);
        if (PhraseQuery(name, highlights, null) is { } phrase)
        {
            dismax.Add(phrase);
        }

        foreach (var acronym in acronymList)
        {
            if (WordQuery(acronym, highlights, null) is { } q)
            {
                q.Boost *= _options.AcronymExpansionBoost;
                dismax.Add(q);
            }
        }

        return dismax.Disjuncts.Count > 0 ? dismax : null;
    }

    /// <summary>The longest run of plain words starting at <paramref name="start"/> that spells out an acronym's name.</summary>
    private static (string Text, int Words, IReadOnlyList<string> Acronyms)? NameAt(IReadOnlyList<QueryClause> clauses, int start, AcronymDictionary acronyms)
    {
        var longest = Math.Min(acronyms.LongestNameWords, clauses.Count - start);
        for (var n = longest; n >= 2; n--)
        {
            var run = clauses.Skip(start).Take(n).ToList();
            if (run.Any(c => c.IsPhrase || c.Excluded) || run.Skip(1).Any(c => c.OrWithPrevious))
            {
                continue;
            }

            var text = string.Join(' ', run.Select(c => c.Text));
            var found = acronyms.AcronymsFor(text);
            if (found.Count > 0)
            {
                return (text, n, found);
            }
        }

        return null;
    }

    private static void Remember(Dictionary<string, HashSet<string>>? highlights, string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        if (highlights is not null && highlights.TryGetValue(field, out var set))
        {
            foreach (var t in tokens)
            {
                set.Add(t.Term);
            }
        }
    }

    /// <summary>
    /// Tokens of one field → query: one position gives a term (or the exact and stemmed terms OR-ed), several
    /// positions give a MultiPhraseQuery keeping the analyzer's position gaps.
    /// </summary>
    private Query? FieldQuery(string field, IReadOnlyList<AnalyzedToken> tokens, float boost)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        var byPosition = tokens.GroupBy(t => t.Position).OrderBy(g => g.Key).ToList();
        Query query;
        if (byPosition.Count == 1)
        {
            var terms = byPosition[0].DistinctBy(t => t.Term).ToList();
            if (terms.Count == 1)
            {
                query = new TermQuery(new Term(field, terms[0].Term));
            }
            else
            {
                var hasStem = terms.Any(t => !t.IsKeyword);
                var or = new BooleanQuery(disableCoord: true);
                foreach (var term in terms)
                {
                    var weight = hasStem && term.IsKeyword ? _options.ExactFormBoost : 1f;
                    or.Add(new TermQuery(new Term(field, term.Term)) { Boost = weight }, Occur.SHOULD);
                }

                query = or;
            }
        }
        else
        {
            var phrase = new MultiPhraseQuery();
            var first = byPosition[0].Key;
            foreach (var group in byPosition)
            {
                phrase.Add(group.Select(t => new Term(field, t.Term)).DistinctBy(t => t.Text).ToArray(), group.Key - first);
            }

            query = phrase;
        }

        query.Boost = boost;
        return query;
    }
}

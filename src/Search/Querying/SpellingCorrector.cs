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
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// Did-you-mean on the index's own words: a typed word unknown to the index, the lexicon and the acronyms is replaced
/// by its closest known word; the same candidates say which terms a fuzzy search matched, for highlighting.
/// </summary>
internal sealed class SpellingCorrector(AnalyzerSet analyzers, Func<AcronymDictionary> acronyms)
{
    /// <summary>
    /// Replaces each typed word unknown to the index by its closest known word: Damerau–Levenshtein distance ≤ 2
    /// (FuzzyTermsEnum over the spell field), a candidate equal after æøå folding first, then the most frequent.
    /// </summary>
    /// <remarks>Past <paramref name="budget"/> (when given) the words not yet looked at stay as typed.</remarks>
    public string? Correct(IndexReader reader, string query, QueryBudget? budget = null)
    {
        var parsed = UserQueryParser.Parse(query);
        if (parsed.Clauses.Count == 0)
        {
            return null;
        }

        var result = query;
        var changed = false;
        foreach (var term in Checked(parsed))
        {
            if (IsKnown(reader, term))
            {
                continue;
            }

            if (budget?.RunOut() == true)
            {
                break;
            }

            var best = SpellCandidates(reader, term, max: 1).FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            var original = FindOriginal(result, term);
            if (original is not null)
            {
                result = ReplaceFirst(result, original, best);
                changed = true;
            }
        }

        return changed ? result : null;
    }

    /// <summary>The words of a query did-you-mean looks at (not excluded, no numbers or case numbers, three letters or more).</summary>
    private IEnumerable<string> Checked(ParsedQuery parsed) =>
        parsed.Clauses.Where(c => !c.Excluded)
            .SelectMany(c => analyzers.Spell.Tokens(c.Text))
            .Where(t => t.Type is not (NorwegianTokenizer.CaseNumberType or NorwegianTokenizer.NumberType) && t.Term.Length >= 3)
            .Select(t => t.Term);

    /// <summary>How many of the words did-you-mean looks at the index does not know (<see cref="IsKnown"/>): the query's cost before it runs.</summary>
    public int UnknownWords(IndexReader reader, string query) => Checked(UserQueryParser.Parse(query)).Count(term => !IsKnown(reader, term));

    /// <summary>Whether a word is known, per reader: every request asks it of its words twice (its cost, then did-you-mean).</summary>
    private static readonly ReaderMemo<string, bool> Known = new();

    /// <summary>
    /// A word needs no correction when it is a Norwegian word form (the shipped lexicon), an acronym, or matches the
    /// index through any field: as written, by its stem, without æøå, or as a compound part. The answer depends on the
    /// word and the index (whose commits also bring the acronyms learned from it), so it is kept per reader.
    /// </summary>
    private bool IsKnown(IndexReader reader, string word) => Known.Get(reader, word, w => LooksUp(reader, w));

    private bool LooksUp(IndexReader reader, string word)
    {
        if (reader.DocFreq(new Term(IndexSchema.Spell, word)) > 0 || acronyms().NamesFor(word).Count > 0
            || analyzers.Decompounder.Lexicon.Contains(word))
        {
            return true;
        }

        return analyzers.Text.Tokens(word).Any(t => reader.DocFreq(new Term(IndexSchema.Text, t.Term)) > 0 || reader.DocFreq(new Term(IndexSchema.Parts, t.Term)) > 0)
            || analyzers.Folded.Tokens(word).GroupBy(t => t.Position).Select(g => g.First()).Any(t => reader.DocFreq(new Term(IndexSchema.Folded, t.Term)) > 0);
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

    /// <summary>Candidates looked up per reader: did-you-mean and the fuzzy highlights ask for the same word.</summary>
    private static readonly ReaderMemo<string, IReadOnlyList<string>> Candidates = new();

    /// <summary>Most candidates kept per word; <see cref="SpellCandidates"/> takes the first ones.</summary>
    private const int MaxCandidates = 3;

    /// <summary>Known words close to <paramref name="term"/>, best first.</summary>
    public static IReadOnlyList<string> SpellCandidates(IndexReader reader, string term, int max)
    {
        if (max > MaxCandidates)
        {
            return FindCandidates(reader, term, max);
        }

        var all = Candidates.Get(reader, term, t => FindCandidates(reader, t, MaxCandidates));
        return all.Count <= max ? all : all.Take(max).ToList();
    }

    private static IReadOnlyList<string> FindCandidates(IndexReader reader, string term, int max)
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

    /// <summary>Terms a fuzzy search matched: the corrections of the typed words.</summary>
    public Dictionary<string, HashSet<string>> FuzzyHighlights(IndexReader reader, ParsedQuery parsed)
    {
        var text = new HashSet<string>(StringComparer.Ordinal);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in parsed.Clauses.Where(c => !c.Excluded))
        {
            foreach (var token in analyzers.Spell.Tokens(clause.Text))
            {
                foreach (var candidate in SpellCandidates(reader, token.Term, max: 3))
                {
                    foreach (var t in analyzers.Text.Tokens(candidate))
                    {
                        text.Add(t.Term);
                    }
                }
            }
        }

        return new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { [IndexSchema.Text] = text, [IndexSchema.Folded] = folded };
    }
}

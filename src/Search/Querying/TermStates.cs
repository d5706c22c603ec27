using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NorPreM.Search.Querying;

/// <summary>
/// Looks up every term of a built query in the index once, before it is searched, and hands each term query its
/// statistics (<see cref="TermContext"/>), so the strict and the relaxed pass, the facets' drill-sideways searches and
/// newest-first ranking do not look the same terms up again. A word expands into some tens of terms (five fields,
/// stems, parts, folded forms, acronyms), and Lucene's <c>TermQuery</c> otherwise opens a fresh term dictionary enumerator
/// per term, per segment and per search (its block frames, byte buffers and term states were most of a query's garbage);
/// here one enumerator per field and segment serves all the query's terms. A term the index does not hold is dropped
/// from its word's alternatives, where it could neither match nor score; it is kept where dropping it could change what
/// matches (a required clause, or the clauses a minimum count of matches is counted over). Scores are unchanged: the
/// statistics are the ones Lucene would have looked up.
/// </summary>
public static class TermStates
{
    /// <summary>Binds the term queries inside <paramref name="query"/> (built for this request, changed in place) to <paramref name="reader"/>.</summary>
    public static Query Bind(Query query, IndexReader reader)
    {
        var enums = new Dictionary<(int Leaf, string Field), TermsEnum?>();
        return Visit(query, reader.Context, enums, out _);
    }

    private static Query Visit(Query query, IndexReaderContext top, Dictionary<(int Leaf, string Field), TermsEnum?> enums, out bool absent)
    {
        absent = false;
        switch (query)
        {
            case TermQuery term:
            {
                var context = Lookup(top, term.Term, enums);
                absent = context.DocFreq == 0;
                return new TermQuery(term.Term, context) { Boost = term.Boost };
            }

            case DisjunctionMaxQuery dismax:
            {
                // Alternatives: a term the index lacks adds nothing to the best alternative or to the tie-break sum.
                var kept = new List<Query>();
                foreach (var disjunct in dismax.Disjuncts)
                {
                    var bound = Visit(disjunct, top, enums, out var none);
                    if (!none)
                    {
                        kept.Add(bound);
                    }
                }

                absent = kept.Count == 0;
                if (absent)
                {
                    return dismax;
                }

                dismax.Disjuncts.Clear();
                foreach (var q in kept)
                {
                    dismax.Disjuncts.Add(q);
                }

                return dismax;
            }

            case BooleanQuery boolean:
            {
                var clauses = boolean.Clauses.ToList();
                var none = new bool[clauses.Count];
                for (var i = 0; i < clauses.Count; i++)
                {
                    clauses[i].Query = Visit(clauses[i].Query, top, enums, out none[i]);
                }

                // Optional clauses of a plain disjunction (no minimum count, no coordination credit) may go when the
                // index lacks them; BM25's own coordination factor is 1, so the others score as before.
                if (boolean.MinimumNumberShouldMatch != 0 || boolean is CoordinatedQuery)
                {
                    return boolean;
                }

                var positive = Enumerable.Range(0, clauses.Count).Where(i => clauses[i].Occur != Occur.MUST_NOT).ToList();
                if (positive.Count == 0)
                {
                    return boolean;
                }

                if (positive.Any(i => clauses[i].Occur == Occur.MUST && none[i]) || positive.All(i => none[i]))
                {
                    // Nothing can match: a required term is missing, or every alternative is.
                    absent = true;
                    return boolean;
                }

                var kept = clauses.Where((c, i) => !(c.Occur == Occur.SHOULD && none[i])).ToList();
                if (kept.Count < clauses.Count)
                {
                    boolean.Clauses.Clear();
                    foreach (var clause in kept)
                    {
                        boolean.Add(clause);
                    }
                }

                return boolean;
            }

            default:
                return query;
        }
    }

    /// <summary>
    /// Each term's statistics per reader: they depend only on the term and the index generation, and the same words
    /// come back in every filter, page and sort of a query (and across queries), so a term is looked up once per reader.
    /// A <see cref="TermContext"/> is only read once built, so searches on several threads share it.
    /// </summary>
    private static readonly ReaderMemo<Term, TermContext> Contexts = new(16_384);

    private static TermContext Lookup(IndexReaderContext top, Term term, Dictionary<(int Leaf, string Field), TermsEnum?> enums) =>
        Contexts.Get(top.Reader, term, t => Build(top, t, enums));

    private static TermContext Build(IndexReaderContext top, Term term, Dictionary<(int Leaf, string Field), TermsEnum?> enums)
    {
        var context = new TermContext(top);
        var leaves = top.Leaves;
        for (var i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            var key = (leaf.Ord, term.Field);
            if (!enums.TryGetValue(key, out var terms))
            {
                terms = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                enums[key] = terms;
            }

            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        return context;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Querying;

/// <summary>
/// Weighs a query word matched as a compound part by how common the word is in the text, not by how rare it is as a part.
/// The parts field holds only compounds' parts, so its statistics call a common word rare ("kommunene" is a part of few
/// compounds, "nabokommunene"), and a part match in a short title outscored the rare word the question was about
/// ("gevinstrealisering i kommunene" found "… legevakt med nabokommunene" first). Each term query on the parts field is
/// scaled by idf(text) / idf(parts) when the word is more common whole than as a part, so a part match never weighs
/// more than the same word would as a word of the text. BM25's idf, log(1 + (N − df + 0.5) / (df + 0.5)) (Robertson
/// &amp; Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009), as Lucene's BM25Similarity computes it.
/// </summary>
public static class CompoundPartWeights
{
    /// <summary>Scales, in place, the parts-field term queries inside <paramref name="query"/> (a query built for this request).</summary>
    public static void Scale(Query query, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = reader.MaxDoc;
        if (documents == 0)
        {
            return;
        }

        Visit(query, reader, documents);
    }

    /// <summary>The factor for a word seen <paramref name="asPart"/> times as a part and <paramref name="asWord"/> times whole, among <paramref name="documents"/>.</summary>
    public static float Factor(int asPart, int asWord, int documents)
    {
        if (asPart <= 0 || asWord <= asPart)
        {
            return 1f;
        }

        return (float)(Idf(asWord, documents) / Idf(asPart, documents));
    }

    private static double Idf(int df, int documents) => Math.Log(1 + (documents - df + 0.5) / (df + 0.5));

    private static void Visit(Query query, IndexReader reader, int documents)
    {
        switch (query)
        {
            case TermQuery { Term.Field: IndexSchema.Parts } term:
                var asPart = reader.DocFreq(term.Term);
                var asWord = reader.DocFreq(new Term(IndexSchema.Text, term.Term.Bytes));
                term.Boost *= Factor(asPart, asWord, documents);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Visit(clause.Query, reader, documents);
                }

                break;
            case DisjunctionMaxQuery dismax:
                foreach (var disjunct in dismax.Disjuncts)
                {
                    Visit(disjunct, reader, documents);
                }

                break;
        }
    }
}

using Lucene.Net.Search;

namespace NorPreM.Search.Querying;

/// <summary>
/// The query's words OR-ed with a coordination credit: a unit's score is multiplied by
/// (matched clauses / clauses)^<see cref="Strength"/>, so a unit that holds more of the query's words ranks above one that
/// holds one of them strongly. This is the coordination factor of Lucene's classic TF-IDF scoring
/// (<c>TFIDFSimilarity.Coord</c>: overlap / maxOverlap, Lucene 4.x), which BM25 leaves out (<c>BM25Similarity.Coord</c>
/// returns 1); the exponent makes its strength a ranking knob (<see cref="RankingOptions.CoordinationStrength"/>), 0
/// being plain BM25. Only the top-level clauses (one per word or phrase of the query) are counted; a word's fields and
/// forms inside its clause are one clause.
/// </summary>
internal sealed class CoordinatedQuery : BooleanQuery
{
    public CoordinatedQuery(float strength)
        : base(disableCoord: false)
    {
        Strength = strength;
    }

    /// <summary>The exponent on the share of clauses matched (0: no credit, 1: Lucene's classic coord).</summary>
    public float Strength { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new CoordinatedWeight(this, searcher);

    public override bool Equals(object? obj) => obj is CoordinatedQuery other && other.Strength == Strength && base.Equals(obj);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Strength);

    private sealed class CoordinatedWeight(CoordinatedQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) =>
            maxOverlap <= 1 || query.Strength == 0f ? 1f : MathF.Pow((float)overlap / maxOverlap, query.Strength);
    }
}

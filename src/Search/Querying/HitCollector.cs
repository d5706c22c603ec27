using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Core.Model;
using NorPreM.Search.Indexing;

namespace NorPreM.Search.Querying;

/// <summary>
/// One matching unit: global doc id, weighted score, date key, unit kind (null when the index holds a kind this build does
/// not know) and the fold group's number in the reader (<see cref="GroupNames.MembersOf"/>: same group, same number; -1
/// without a group; its key is <see cref="GroupNames.Members.Names"/>), so folding compares ints instead of hashing the
/// group key of every match. No references: a query that matches most of the archive keeps a long list of these, and
/// a list without references is copied without write barriers and never scanned by the garbage collector.
/// </summary>
public readonly record struct CollectedHit(int Doc, float Score, long Date, UnitKind? Kind = null, int Member = -1);

/// <summary>
/// Collects every matching unit with its score multiplied by the weight of its kind (decisions above pages),
/// its fold group (case or document) and its date, reading DocValues per segment. Result sets of council
/// archives (an index of 115 000 units answers at p50 61 ms, `bench --scale 1000`) are small enough to rank, fold and count facets in memory.
/// </summary>
public sealed class HitCollector : ICollector
{
    private readonly IReadOnlyDictionary<string, float> _kindWeights;
    private readonly List<CollectedHit> _hits = [];
    private Scorer? _scorer;
    private int _docBase;
    private FacetOrdinals.Segment? _kind;
    private float[] _kindWeightByOrd = [];
    private UnitKind?[] _kindByOrd = [];
    private int[]? _group;
    private NumericDocValues? _date;
    private int[] _memberByOrd = [];
    private readonly QueryBudget? _budget;
    private int _seen;

    /// <summary>
    /// How many matches are collected between two looks at the clock. The first look comes after this many, so a
    /// small result set is never cut, however slow the start (reader opening, first-call compilation).
    /// </summary>
    private const int ClockEvery = 256;

    public HitCollector(IReadOnlyDictionary<string, float> kindWeights, QueryBudget? budget = null)
    {
        _kindWeights = kindWeights;
        _budget = budget;
    }

    /// <summary>
    /// Every unit matching <paramref name="content"/> within the filters, with its weighted score; when
    /// <paramref name="budget"/> runs out, the units collected until then (the budget says so).
    /// </summary>
    internal static List<CollectedHit> Collect(IndexSearcher searcher, Query content, IReadOnlyDictionary<string, HashSet<string>> filters,
        IReadOnlyDictionary<string, float> kindWeights, QueryBudget? budget = null)
    {
        var collector = new HitCollector(kindWeights, budget);
        if (budget?.Exceeded == true)
        {
            return collector._hits;
        }

        try
        {
            searcher.Search(FilterBuilder.Apply(content, filters), collector);
        }
        catch (BudgetSpent)
        {
            // The matches collected so far stand; the budget is marked as exceeded.
        }

        return collector._hits;
    }

    /// <summary>Thrown from <see cref="Collect(int)"/> to stop the search when the budget has run out.</summary>
    private sealed class BudgetSpent : Exception;

    public IReadOnlyList<CollectedHit> Hits => _hits;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        var reader = context.AtomicReader;
        // The kind's ordinals as arrays (FacetOrdinals) and each kind's weight, looked up once per segment.
        _kind = FacetOrdinals.Of(reader, IndexSchema.Kind);
        _kindWeightByOrd = _kind is null ? [] : [.. _kind.Names.Select(name => _kindWeights.TryGetValue(name, out var w) ? w : 1f)];
        _kindByOrd = _kind is null ? [] : [.. _kind.Names.Select(name => Enum.TryParse<UnitKind>(name, out var k) ? k : (UnitKind?)null)];
        _group = GroupNames.Of(reader).Length == 0 ? null : GroupNames.OrdsOf(reader);
        _memberByOrd = _group is null ? [] : GroupNames.MembersOf(ReaderUtil.GetTopLevelContext(context).Reader).ByLeafAndOrd[context.Ord];
        _date = reader.GetNumericDocValues(IndexSchema.DateSort);
    }

    public void Collect(int doc)
    {
        if (_budget is not null && ++_seen % ClockEvery == 0 && _budget.RunOut())
        {
            throw new BudgetSpent();
        }

        var score = _scorer?.GetScore() ?? 1f;
        UnitKind? kind = null;
        if (_kind is not null && _kind.Start[doc] < _kind.Start[doc + 1])
        {
            // The first (lowest) ordinal, as SortedSetDocValues.NextOrd gives it first.
            var ord = _kind.Ords[_kind.Start[doc]];
            score *= _kindWeightByOrd[ord];
            kind = _kindByOrd[ord];
        }

        var member = -1;
        if (_group is not null)
        {
            var ord = _group[doc];
            if (ord >= 0 && ord < _memberByOrd.Length)
            {
                member = _memberByOrd[ord];
            }
        }

        _hits.Add(new CollectedHit(_docBase + doc, score, _date?.Get(doc) ?? 0, kind, member));
    }
}

/// <summary>Collects global doc ids only (for facet counts of a drill-sideways query).</summary>
public sealed class DocIdCollector : ICollector
{
    private int _docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Docs.Add(_docBase + doc);
}

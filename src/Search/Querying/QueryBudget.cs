using System.Diagnostics;

namespace NorPreM.Search.Querying;

/// <summary>
/// The time one search may spend collecting matches. Collection stops when it runs out and the search answers with
/// the matches found so far, flagged as partial, so a query that matches or expands to most of a large archive cannot
/// hold a thread for long (the role of Lucene's <c>TimeLimitingCollector</c>, checked here against a
/// <see cref="Stopwatch"/> timestamp instead of a shared timer thread).
/// </summary>
public sealed class QueryBudget
{
    private readonly long _deadline;

    /// <summary>A budget of <paramref name="limit"/> from now.</summary>
    public QueryBudget(TimeSpan limit) =>
        _deadline = Stopwatch.GetTimestamp() + (long)(Math.Max(0, limit.TotalSeconds) * Stopwatch.Frequency);

    /// <summary>True once the time ran out while collecting: the matches are those found until then.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>Marks the budget as spent when the deadline has passed; returns whether it has.</summary>
    internal bool RunOut()
    {
        if (!Exceeded && Stopwatch.GetTimestamp() >= _deadline)
        {
            Exceeded = true;
        }

        return Exceeded;
    }
}

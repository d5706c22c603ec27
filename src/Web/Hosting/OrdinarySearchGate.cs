using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NorPreM.Web.Hosting;

/// <summary>
/// How many ordinary searches run at once (<see cref="WebOptions.OrdinarySearches"/>, by default one per core); the
/// others wait their turn, first come first served (a <see cref="ConcurrencyLimiter"/> with an oldest-first queue).
/// A search is CPU work from start to end, so more searches at once than cores only share the cores: with 16 searches
/// in flight on two cores each takes eight times as long, a long one holds up everyone beside it, and every garbage
/// collection has sixteen threads to stop. In turn, each search runs at full speed and the wait is the queue ahead of
/// it. The rate limiter (<see cref="SearchLimits"/>) still decides who may search at all and how many may queue, so
/// this queue is never longer than <see cref="WebOptions.SearchesInTotal"/>; costly searches have their own lane
/// (<see cref="CostlySearchLane"/>) and never wait here.
/// </summary>
public sealed class OrdinarySearchGate : IDisposable
{
    private readonly ConcurrencyLimiter? _limiter;

    public OrdinarySearchGate(IOptions<WebOptions> options)
    {
        Permits = PermitsFor(options.Value.OrdinarySearches, Environment.ProcessorCount);
        if (Permits > 0)
        {
            _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = Permits,
                // Whoever passed the rate limiter may wait: its own limits bound the queue.
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    /// <summary>Searches that run at once; 0 when the gate is open (every search runs at once).</summary>
    public int Permits { get; }

    /// <summary>
    /// The permits for a setting: a positive number as it is, 0 one per core, a negative number none (the gate open).
    /// </summary>
    public static int PermitsFor(int setting, int cores) => setting > 0 ? setting : setting == 0 ? Math.Max(1, cores) : 0;

    /// <summary>Runs <paramref name="work"/> when its turn comes (at once when the gate is open).</summary>
    public async Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        if (_limiter is null)
        {
            return work();
        }

        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        // The queue is unbounded, so a lease is always granted unless the wait was cancelled (which throws).
        return work();
    }

    public void Dispose() => _limiter?.Dispose();
}

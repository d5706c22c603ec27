using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace NorPreM.Web.Hosting;

/// <summary>
/// Where costly searches run (<see cref="SearchCost.IsCostly"/>): on <see cref="WebOptions.CostlySearches"/> threads of
/// their own, never on the thread pool, so however long they take they hold no thread an ordinary request needs. The
/// rate limiter (<see cref="SearchLimits"/>) bounds how many wait here, so the queue stays short. The lane takes at most
/// <see cref="WebOptions.CostlyLaneShare"/> of one core: after a search of t ms its thread rests
/// t × (1 − share) / share (at most <see cref="MaxRest"/>) before it takes the next, so however many costly queries are
/// sent, most of both cores is left to ordinary searches, and the costly ones beyond what the share allows wait in the
/// limiter's short queue or get 429.
/// </summary>
/// <remarks>
/// The lane's threads can also run at a lower operating-system priority (<see cref="WebOptions.CostlySearchNice"/>;
/// Linux keeps a nice value per thread, setpriority(2)), but that is off by default: a starved lane thread delays every
/// garbage collection, which must wait for it to reach a safe point, and the ordinary requests' tail grew with the nice
/// value in the load test. Work runs in the requester's execution context, so the access decision (staff or anonymous)
/// is the request's own.
/// </remarks>
public sealed class CostlySearchLane : IDisposable
{

    private readonly BlockingCollection<Action> _work = new();
    private readonly List<Thread> _threads = [];
    private readonly ILogger<CostlySearchLane>? _logger;
    private readonly int _nice;
    private readonly double _share;
    private int _lowered;

    /// <summary>The longest rest after one costly search.</summary>
    public static readonly TimeSpan MaxRest = TimeSpan.FromSeconds(2);

    public CostlySearchLane(IOptions<WebOptions> options, ILogger<CostlySearchLane>? logger = null)
    {
        _logger = logger;
        _nice = options.Value.CostlySearchNice;
        _share = Math.Clamp(options.Value.CostlyLaneShare, 0.01, 1);
        for (var i = 0; i < Math.Max(1, options.Value.CostlySearches); i++)
        {
            var thread = new Thread(Loop) { IsBackground = true, Name = $"Kostbare søk {i + 1}" };
            _threads.Add(thread);
            thread.Start();
        }
    }

    /// <summary>How many of the lane's threads run at a lowered operating-system priority (for tests and logs).</summary>
    public int LoweredThreads => Volatile.Read(ref _lowered);

    /// <summary>Runs <paramref name="work"/> on a lane thread and completes with its result (or its exception).</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = ExecutionContext.Capture();
        void Execute()
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                done.TrySetResult(work());
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        }

        try
        {
            _work.Add(context is null ? Execute : () => ExecutionContext.Run(context, _ => Execute(), null));
        }
        catch (InvalidOperationException)
        {
            // The app is stopping: the lane takes no more work.
            done.TrySetCanceled(CancellationToken.None);
        }

        return done.Task;
    }

    private void Loop()
    {
        if (LowerThisThread())
        {
            Interlocked.Increment(ref _lowered);
        }

        foreach (var item in _work.GetConsumingEnumerable())
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            item();
            if (Rest(System.Diagnostics.Stopwatch.GetElapsedTime(started), _share) is { } rest && rest > TimeSpan.Zero)
            {
                Thread.Sleep(rest);
            }
        }
    }

    /// <summary>How long the lane rests after a search that took <paramref name="took"/>, to stay within <paramref name="share"/> of a core.</summary>
    public static TimeSpan Rest(TimeSpan took, double share) =>
        share >= 1 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxRest.Ticks, (long)(took.Ticks * (1 - share) / share)));

    private bool LowerThisThread()
    {
        if (!OperatingSystem.IsLinux() || _nice <= 0)
        {
            return false;
        }

        try
        {
            // who = 0: the calling thread (Linux applies PRIO_PROCESS to the task, i.e. the thread).
            if (SetPriority(0, 0, _nice) == 0)
            {
                return true;
            }

            _logger?.LogWarning("Kunne ikke senke prioriteten til tråden for kostbare søk (errno {Error})", Marshal.GetLastPInvokeError());
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _logger?.LogWarning("Kunne ikke senke prioriteten til tråden for kostbare søk: {Message}", e.Message);
        }

        return false;
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    public void Dispose()
    {
        _work.CompleteAdding();
        foreach (var thread in _threads)
        {
            thread.Join(TimeSpan.FromSeconds(2));
        }
    }
}

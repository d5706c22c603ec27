namespace NorPreM.Web.Archive;

/// <summary>
/// The signal that the corpus folder changed (a staff action, or the folder watcher): the ingest loop waits on it and
/// runs once for any number of signals that came while it waited or ran.
/// </summary>
public sealed class CorpusChanges
{
    private readonly SemaphoreSlim signal = new(0, 1);

    /// <summary>Number of signals so far; a test or caller waits until the published generation passes it.</summary>
    public long Requested => Interlocked.Read(ref requested);

    private long requested;

    public void Signal()
    {
        Interlocked.Increment(ref requested);
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A run is already due: it will see this change too.
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(cancellationToken);
}

/// <summary>
/// Watches the corpus folder for PDFs and sidecars added, replaced, renamed or removed by hand, and signals
/// <see cref="CorpusChanges"/>. The ingest loop debounces, so a copy in progress is read once it is quiet.
/// </summary>
public sealed class CorpusWatcher : IDisposable
{
    private readonly FileSystemWatcher? watcher;

    public CorpusWatcher(string root, CorpusChanges changes, ILogger<CorpusWatcher> logger)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) =>
        {
            if (Relevant(e.Name))
            {
                changes.Signal();
            }
        };
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) =>
        {
            if (Relevant(e.Name) || Relevant(e.OldName))
            {
                changes.Signal();
            }
        };
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Overvåkingen av korpusmappen mistet hendelser; leser mappen på nytt.");
            changes.Signal();
        };
        watcher.EnableRaisingEvents = true;
    }

    private static bool Relevant(string? name) =>
        name is not null && (name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".pdf.json", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => watcher?.Dispose();
}

namespace NorPreM.Web;

/// <summary>
/// Settings of the web app, bound once from configuration section "NorPreM"
/// (appsettings.json, environment variables such as <c>NorPreM__CorpusPath</c>, or <c>--NorPreM:CorpusPath=…</c>).
/// </summary>
public sealed record WebOptions
{
    public const string Section = "NorPreM";

    /// <summary>Folder with the corpus PDFs. Relative paths are resolved against the working directory, then the content root.</summary>
    public string CorpusPath { get; init; } = "corpus";

    /// <summary>
    /// File-name rules ("unntatt-*.pdf"; "*" any characters) that restrict every matching corpus PDF, beside the
    /// per-file sidecar "x.pdf.json". Restricted papers are shown to signed-in staff only.
    /// </summary>
    public IReadOnlyList<string> RestrictedFiles { get; init; } = [];

    /// <summary>Folder of the Lucene index and knowledge.json. Relative paths are resolved against the working directory.</summary>
    public string IndexPath { get; init; } = Path.Combine("data", "index");

    /// <summary>Run ingestion in the background at start-up when the corpus changed.</summary>
    public bool IngestOnStart { get; init; } = true;

    /// <summary>Longest accepted query, in characters.</summary>
    public int MaxQueryLength { get; init; } = 300;

    /// <summary>
    /// Extract each PDF in a worker process (this program started with <c>extract-worker</c>) with a time and memory
    /// budget, so a decompression bomb cannot take the web server down. Off: extraction in this process.
    /// </summary>
    public bool ExtractInWorker { get; init; } = true;

    /// <summary>The worker program and its leading arguments; empty: this program again.</summary>
    public IReadOnlyList<string> ExtractWorker { get; init; } = [];

    /// <summary>Seconds one file's extraction may take in the worker.</summary>
    public int ExtractSeconds { get; init; } = 120;

    /// <summary>The worker's hard heap limit, in MB.</summary>
    public int ExtractMemoryMegabytes { get; init; } = 1024;

    /// <summary>Largest PDF staff may upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Quiet time after a change in the corpus folder before it is ingested (a copy in progress settles).</summary>
    public int ChangeDebounceMilliseconds { get; init; } = 300;

    /// <summary>Most words in one query; each is expanded into several terms, so this bounds what a query costs.</summary>
    public int MaxQueryTerms { get; init; } = 12;

    /// <summary>A query of this many words or more runs in the costly lane (<see cref="CostlySearches"/> at once).</summary>
    public int CostlyQueryTerms { get; init; } = 5;

    /// <summary>
    /// A query with this many words the index does not know (<c>ISearchService.UnknownWords</c>) or more runs in the
    /// costly lane too: each unknown word is looked up for spelling and, when nothing matches, fuzzily, which costs tens
    /// of milliseconds a word where a known word costs microseconds. 0 looks at the number of words only.
    /// </summary>
    public int CostlyUnknownWords { get; init; } = 2;

    /// <summary>
    /// The time a costly search may spend (the search layer's budget, <c>SearchRequest.TimeBudget</c>); past it the
    /// answer holds what was found so far and the page says it may be incomplete.
    /// </summary>
    public int CostlyTimeBudgetMilliseconds { get; init; } = 100;

    /// <summary>
    /// The share of one core the costly lane may take (0–1]: after a costly search of t ms the lane rests
    /// t × (1 − share) / share before the next, so on a machine of two cores the costly queries, however many are sent,
    /// never take the CPU the ordinary ones need. 1 lets the lane run without rest.
    /// </summary>
    public double CostlyLaneShare { get; init; } = 0.25;

    /// <summary>Costly searches running at once in the whole app; more wait in a short queue, then get 429.</summary>
    public int CostlySearches { get; init; } = 1;

    /// <summary>
    /// The nice value (1–19; 0 leaves it as it is) of the threads costly searches run on (<c>CostlySearchLane</c>), on Linux.
    /// Off by default: measured beside 16 costly connections, a lowered lane raised ordinary throughput but lengthened
    /// the ordinary tail (p99 175 ms at nice 0, 432 ms at 10, 640 ms at 19), since every garbage collection must wait
    /// until the starved lane thread is scheduled to stop at a safe point.
    /// </summary>
    public int CostlySearchNice { get; init; }

    /// <summary>Costly searches that may wait for their turn.</summary>
    public int CostlyQueue { get; init; } = 2;

    /// <summary>
    /// How long a refused search waits before its 429 is sent (the <c>Retry-After</c> second): a client that retries
    /// at once then costs one refusal per connection and second. 0 answers at once.
    /// </summary>
    public int RefusalDelayMilliseconds { get; init; } = 1000;

    /// <summary>
    /// Ordinary (not costly) searches that run at once (<c>OrdinarySearchGate</c>); the others wait their turn, first
    /// come first served. 0 means one per core, a negative number lets every search run at once.
    /// </summary>
    public int OrdinarySearches { get; init; }

    /// <summary>Searches one client (IP address) may run at once; as many more may wait.</summary>
    public int SearchesPerClient { get; init; } = 16;

    /// <summary>Searches running at once in the whole app; as many more may wait, then 429.</summary>
    public int SearchesInTotal { get; init; } = 64;

    /// <summary>
    /// Recent search answers kept (per query, filters, page and audience) until the knowledge base changes; 0 switches
    /// the cache off.
    /// </summary>
    public int SearchCacheEntries { get; init; } = 2048;

    /// <summary>Largest accepted page size.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>Deepest result page reachable (page × size), to keep paging cheap.</summary>
    public int MaxResultWindow { get; init; } = 1000;

    /// <summary>Most filter values accepted in one request.</summary>
    public int MaxFilters { get; init; } = 20;
}

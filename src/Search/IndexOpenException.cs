namespace NorPreM.Search;

/// <summary>Why an index could not be opened for searching.</summary>
public enum IndexOpenFailure
{
    /// <summary>The folder holds no index (nothing ingested yet).</summary>
    Missing,
    /// <summary>The index was written with another schema version or analyzer; ingest rebuilds it.</summary>
    OtherSchema,
    /// <summary>The index files cannot be read.</summary>
    Damaged,
}

/// <summary>
/// An index that a reader (<see cref="SearchIndex.OpenReader"/>) cannot search. The reader leaves the files exactly as
/// they are, so the host can say what to do (ingest, which alone may rebuild) instead of losing the index. The message
/// is Norwegian, for the user.
/// </summary>
public sealed class IndexOpenException : Exception
{
    /// <summary>What is wrong with the index.</summary>
    public IndexOpenFailure Failure { get; }

    /// <summary>The index folder.</summary>
    public string Directory { get; }

    /// <summary>The schema version the index records, when it records one (for <see cref="IndexOpenFailure.OtherSchema"/>).</summary>
    public string? FoundSchema { get; }

    public IndexOpenException(IndexOpenFailure failure, string directory, string? foundSchema, Exception? inner = null)
        : base(MessageFor(failure, directory, foundSchema), inner)
    {
        Failure = failure;
        Directory = directory;
        FoundSchema = foundSchema;
    }

    private static string MessageFor(IndexOpenFailure failure, string directory, string? foundSchema) => failure switch
    {
        IndexOpenFailure.Missing => $"Finner ingen indeks i «{directory}». Kjør «ingest» først.",
        IndexOpenFailure.OtherSchema =>
            $"Indeksen i «{directory}» er laget av en annen versjon av programmet (skjemaversjon {foundSchema ?? "ukjent"}, denne versjonen bruker {Indexing.IndexSchema.Version}). "
            + "Søket lar den stå urørt; kjør «ingest» for å bygge den på nytt.",
        _ => $"Indeksen i «{directory}» kan ikke leses. Søket lar filene stå urørt; kjør «ingest» for å bygge den på nytt.",
    };
}

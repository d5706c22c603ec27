using System.Text.Json;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Ingest.Pipeline;

/// <summary>A corpus file's stamp as it was when its content id was computed: size, last write time and the id.</summary>
public sealed record CorpusStamp(long Length, DateTime LastWriteUtc, string Id);

/// <summary>
/// The content id of each corpus file by its stamp (size and last write time), kept beside the index
/// (<see cref="FileName"/>), so a run hashes only the files whose stamp changed, not the whole corpus every time. A stamp
/// is trusted only when the file was last written well before the stamp was taken (<see cref="RacyMargin"/>): a file
/// rewritten within the same clock tick with the same size would otherwise keep its old id (Git's "racy" index entries
/// have the same cure). A missing or unreadable stamp file means every file is hashed, as before.
/// </summary>
public sealed class CorpusStamps
{
    /// <summary>The stamp file in the index folder.</summary>
    public const string FileName = "corpus-stamps.json";

    /// <summary>A file written this close to (or after) the time its stamp was taken is hashed again.</summary>
    public static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(2);

    private sealed record Stored(int Version, DateTime TakenUtc, Dictionary<string, CorpusStamp> Files);

    private const int Version = 1;

    private readonly Dictionary<string, CorpusStamp> _known;
    private readonly Dictionary<string, CorpusStamp> _now = new(StringComparer.Ordinal);
    private readonly DateTime _takenUtc;

    private CorpusStamps(Dictionary<string, CorpusStamp> known, DateTime takenUtc)
    {
        _known = known;
        _takenUtc = takenUtc;
    }

    /// <summary>No stamps: every file is hashed.</summary>
    public static CorpusStamps Empty() => new(new(StringComparer.Ordinal), DateTime.MinValue);

    /// <summary>How many files were hashed by this instance (tests and logs).</summary>
    public int Hashed { get; private set; }

    /// <summary>The stamps kept in <paramref name="indexDirectory"/>, or none when the file is missing, damaged or of another version.</summary>
    public static CorpusStamps Load(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), JsonDefaults.Compact) is { Version: Version } stored)
            {
                return new CorpusStamps(new Dictionary<string, CorpusStamp>(stored.Files, StringComparer.Ordinal), stored.TakenUtc);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged stamp file only costs hashing every file once more.
        }

        return Empty();
    }

    /// <summary>
    /// The content id of <paramref name="fileName"/>: the stamped id when its size and last write time are those
    /// stamped (and it was not written just before the stamp was taken), else the hash of <paramref name="content"/>.
    /// Either way the file's stamp is remembered for <see cref="Save"/>.
    /// </summary>
    public string IdOf(string fileName, long length, DateTime lastWriteUtc, ReadOnlySpan<byte> content)
    {
        string id;
        if (_known.TryGetValue(fileName, out var known) && known.Length == length && known.LastWriteUtc == lastWriteUtc
            && lastWriteUtc < _takenUtc - RacyMargin)
        {
            id = known.Id;
        }
        else
        {
            id = DocumentIds.Of(content);
            Hashed++;
        }

        _now[fileName] = new CorpusStamp(length, lastWriteUtc, id);
        return id;
    }

    /// <summary>
    /// Writes the stamps of the files seen since loading (files gone from the corpus are dropped) to
    /// <paramref name="indexDirectory"/>, through a temporary file; taken at <paramref name="nowUtc"/>.
    /// </summary>
    public void Save(string indexDirectory, DateTime nowUtc)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = Path.Combine(indexDirectory, FileName);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Stored(Version, nowUtc, _now), JsonDefaults.Compact));
        File.Move(temporary, path, overwrite: true);
    }
}

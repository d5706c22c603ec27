using System.Text.Json;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// Texts that labelled data name by reference instead of copying them (<c>"ref":"norquad:v0000"</c>): NorQuAD may be
/// read from <c>../shared/data/norquad</c> at run time but never committed, so its labelled passages carry only the
/// passage id and their labels. The host reads the collection (I/O at the edge) and hands it over as a reader.
/// </summary>
public sealed class PassageReferences
{
    /// <summary>The prefix of a NorQuAD passage reference; the rest is the passage id in passages.jsonl ("v0000").</summary>
    public const string NorQuadPrefix = "norquad:";

    private readonly Dictionary<string, string> _texts;
    private readonly string _described;

    private PassageReferences(Dictionary<string, string> texts, string described)
    {
        _texts = texts;
        _described = described;
    }

    /// <summary>No collection at hand: every reference is unresolved.</summary>
    public static PassageReferences None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal),
        "NorQuAD er ikke lest inn; den leses fra ../shared/data/norquad ved siden av repoet");

    /// <summary>Reads NorQuAD's passages.jsonl (one {"id","text"} object per line); each passage resolves as "norquad:&lt;id&gt;".</summary>
    /// <param name="passages">The passages file.</param>
    /// <param name="name">Where it was read from, for messages.</param>
    public static PassageReferences ReadNorQuad(TextReader passages, string name)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (passages.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("id", out var id) && id.GetString() is { Length: > 0 } key
                    && json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } value)
                {
                    texts[NorQuadPrefix + key] = value;
                }
            }
            catch (JsonException e)
            {
                throw new ThemeDataException($"{name}:{lineNumber}: ugyldig JSON ({e.Message}).");
            }
        }

        return new PassageReferences(texts, $"{texts.Count} NorQuAD-passasjer lest fra {name}");
    }

    /// <summary>The text a reference names, or null when the collection does not hold it.</summary>
    public string? Resolve(string reference) => _texts.GetValueOrDefault(reference);

    /// <summary>What was read, for the message of an unresolved reference.</summary>
    public string Describe(string reference) =>
        reference.StartsWith(NorQuadPrefix, StringComparison.Ordinal) ? _described : "ukjent samling; bare «norquad:» kan slås opp";
}

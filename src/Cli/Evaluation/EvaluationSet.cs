using System.Text.Json;
using System.Text.Json.Serialization;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Evaluation;

/// <summary>
/// One line of damaged text and its clean original. Lines of the same <see cref="Group"/> (a page or a passage)
/// are repaired together, as the stage repairs a page.
/// </summary>
public sealed record EvaluationPair(
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("damaged")] string Damaged,
    [property: JsonPropertyName("truth")] string Truth);

/// <summary>Reads and writes evaluation sets as JSON lines.</summary>
public static class EvaluationSet
{
    /// <summary>Reads pairs, one JSON object per line; blank lines are skipped.</summary>
    public static IReadOnlyList<EvaluationPair> Read(TextReader reader)
    {
        var pairs = new List<EvaluationPair>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var pair = JsonSerializer.Deserialize<EvaluationPair>(line, JsonDefaults.Compact);
            if (pair?.Group is null || pair.Damaged is null || pair.Truth is null)
            {
                throw new InvalidDataException($"Line {number} is not an evaluation pair (group, damaged, truth).");
            }

            pairs.Add(pair);
        }

        return pairs;
    }

    /// <summary>Writes pairs as JSON lines (UTF-8 kept readable).</summary>
    public static void Write(TextWriter writer, IEnumerable<EvaluationPair> pairs)
    {
        foreach (var pair in pairs)
        {
            writer.Write(JsonSerializer.Serialize(pair, JsonDefaults.Compact));
            writer.Write('\n');
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// One hand-labelled passage of the theme data set (eval/themes/*.jsonl, see eval/themes/GUIDELINES.md).
/// </summary>
/// <param name="Id">Unique id of the passage.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Themes">Theme ids that apply (multi-label; empty = none applies, a useful negative).</param>
/// <param name="Source">Where the text comes from (file and page, or data set and id).</param>
/// <param name="Group">Passages that must stay on the same side of a split (same section of a document);
/// cross-validation folds keep a group together so near-duplicates do not leak.</param>
/// <param name="Origin">The source the grouped evaluation leaves out as a whole (one document, or the documents of one
/// body or collection); when absent, the file part of <paramref name="Source"/> (before "#").</param>
public sealed record LabelledPassage(string Id, string Text, IReadOnlyList<string> Themes, string Source, string? Group = null, string? Origin = null)
{
    /// <summary>The key that keeps related passages in the same fold.</summary>
    public string GroupKey => Group ?? Id;

    /// <summary>
    /// The source this passage comes from, as leave-one-source-out evaluation and source-grouped threshold selection
    /// see it: a model is judged on sources it has not seen, as it will be on the next council's papers.
    /// </summary>
    public string SourceKey => Origin ?? (Source.IndexOf('#') is var hash and >= 0 ? Source[..hash] : Source);

    /// <summary>
    /// Council, board or administration text (every passage but general news and encyclopaedia text such as
    /// NorQuAD, whose origin starts with <see cref="ThemeDataset.GeneralTextOrigin"/>): the at-least-one rule applies to it.
    /// </summary>
    public bool IsCouncilText => !SourceKey.StartsWith(ThemeDataset.GeneralTextOrigin, StringComparison.Ordinal);
}

/// <summary>Thrown when a labelled data file cannot be used; the message says where and why.</summary>
public sealed class ThemeDataException(string message) : Exception(message);

/// <summary>Reads and writes the JSONL files of labelled passages.</summary>
public static class ThemeDataset
{
    /// <summary>
    /// The origin (prefix) of general Norwegian text (NorQuAD news and encyclopaedia passages, CC0), which may be about
    /// no theme and so never gets the at-least-one rule. Each NorQuAD passage is a different article; the data file
    /// deals them into four parts ("norquad:1" … "norquad:4", by a hash of the id), so the grouped evaluation leaves
    /// out a quarter of the general text at a time, as the shipped model is always trained with general text.
    /// </summary>
    public const string GeneralTextOrigin = "norquad";

    private sealed record Row(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("themes")] List<string>? Themes,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("group")] string? Group,
        [property: JsonPropertyName("origin")] string? Origin = null,
        [property: JsonPropertyName("ref")] string? Ref = null);

    /// <summary>
    /// Parses JSONL: one object per line with "id", "text", "themes" and "source" (and optional "group" and "origin").
    /// A line may give "ref" instead of "text" (<c>"ref":"norquad:v0000"</c>): text whose licence or size keeps it out of
    /// the repository is named, not copied, and <paramref name="references"/> supplies it at run time.
    /// Unknown theme ids, duplicate ids, unresolved references and malformed lines are errors, because a silently
    /// dropped label would bias both training and evaluation.
    /// </summary>
    public static IReadOnlyList<LabelledPassage> Read(TextReader reader, string name, PassageReferences? references = null)
    {
        var result = new List<LabelledPassage>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Row? row;
            try
            {
                row = JsonSerializer.Deserialize<Row>(line);
            }
            catch (JsonException e)
            {
                throw new ThemeDataException($"{name}:{lineNumber}: ugyldig JSON ({e.Message}).");
            }

            if (row?.Id is not { Length: > 0 } id || (row.Text is null && row.Ref is null) || row.Themes is null)
            {
                throw new ThemeDataException($"{name}:{lineNumber}: mangler \"id\", \"text\" (eller \"ref\") eller \"themes\".");
            }

            var text = row.Text;
            if (text is null)
            {
                text = (references ?? PassageReferences.None).Resolve(row.Ref!)
                    ?? throw new ThemeDataException($"{name}:{lineNumber}: fant ikke teksten «{row.Ref}» viser til"
                        + $" ({(references ?? PassageReferences.None).Describe(row.Ref!)}).");
            }

            if (!ids.Add(id))
            {
                throw new ThemeDataException($"{name}:{lineNumber}: id «{id}» finnes fra før.");
            }

            foreach (var theme in row.Themes.Where(t => !ThemeTaxonomy.IsKnown(t)))
            {
                throw new ThemeDataException($"{name}:{lineNumber}: ukjent tema «{theme}».");
            }

            result.Add(new LabelledPassage(id, text, row.Themes.Distinct(StringComparer.Ordinal).ToList(), row.Source ?? "", row.Group, row.Origin));
        }

        return result;
    }

    /// <summary>Texts of JSONL lines {"id","text"} (other fields ignored; lines without text skipped).</summary>
    public static IReadOnlyList<string> ReadTexts(TextReader reader)
    {
        var texts = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<Row>(line)?.Text is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }
            catch (JsonException)
            {
                // A broken line is skipped; topic discovery works on whatever is readable.
            }
        }

        return texts;
    }
}

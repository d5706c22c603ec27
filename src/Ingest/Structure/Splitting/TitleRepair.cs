using System.Text.RegularExpressions;
using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.Structure.Splitting;

/// <summary>
/// Repairs misspelt words in bookmark titles against the document's own text. A bookmark is typed by hand and can carry
/// a typo ("persontiltilpasset") that the pages never repeat; when a title word never occurs in the document but a word
/// that does occur (at least twice) is within a small Damerau–Levenshtein distance and shares its first letters, the
/// title takes the document's spelling. Words the document itself uses are never touched.
/// </summary>
public static partial class TitleRepair
{
    /// <summary>Word counts of the texts, lower-cased.</summary>
    public static IReadOnlyDictionary<string, int> Vocabulary(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in WordRegex().Matches(text))
            {
                var w = m.Value.ToLowerInvariant();
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        return counts;
    }

    /// <summary>The title with unknown words replaced by their spelling in the document; <paramref name="changes"/> lists each replacement.</summary>
    public static string Repair(string title, IReadOnlyDictionary<string, int> vocabulary, out IReadOnlyList<(string Before, string After)> changes)
    {
        var list = new List<(string, string)>();
        changes = list;
        if (vocabulary.Count == 0)
        {
            return title;
        }

        return WordRegex().Replace(title, m =>
        {
            var word = m.Value;
            var lower = word.ToLowerInvariant();
            if (lower.Length < 6 || vocabulary.ContainsKey(lower))
            {
                return word;
            }

            var limit = Math.Max(2, lower.Length / 6);
            var best = vocabulary
                .Where(kv => kv.Value >= 2 && kv.Key.Length >= 4 && Math.Abs(kv.Key.Length - lower.Length) <= limit
                             && string.CompareOrdinal(kv.Key, 0, lower, 0, 3) == 0)
                .Select(kv => (Word: kv.Key, Count: kv.Value, Distance: EditDistance.OptimalStringAlignment(lower, kv.Key, limit)))
                .Where(x => x.Distance <= limit)
                .OrderBy(x => x.Distance).ThenByDescending(x => x.Count).ThenBy(x => x.Word, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Word is null)
            {
                return word;
            }

            var replacement = char.IsUpper(word[0]) ? char.ToUpperInvariant(best.Word[0]) + best.Word[1..] : best.Word;
            list.Add((word, replacement));
            return replacement;
        });
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordRegex();
}

using System.Collections.Concurrent;
using NorPreM.Search.Lexicon;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Splits Norwegian closed compounds into their parts with a word list, so that "kommisjon" finds
/// "helsepersonellkommisjonen" and "helsepersonell" finds it too.
/// Method: dictionary segmentation covering the whole word (every part a lexicon form of at least
/// <see cref="MinPartLength"/> letters, optional linking "s"/"e" between parts), longest head first, as in the
/// compound splitters surveyed by Koehn &amp; Knight, "Empirical Methods for Compound Splitting" (EACL 2003).
/// Unlike Lucene's DictionaryCompoundWordTokenFilter, which emits every dictionary word found anywhere inside
/// the token, only parts of a full segmentation are emitted: "helse" never yields "else", "direktør" never "rek".
/// </summary>
public sealed class Decompounder
{
    private readonly NorwegianLexicon _lexicon;
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    /// <summary>Shortest part emitted (and tried); 4 keeps "møte", "plan", "sak"-like stems of 3 out as noise.</summary>
    public int MinPartLength { get; }

    /// <summary>Shortest word that is tried at all.</summary>
    public int MinWordLength { get; }

    public Decompounder(NorwegianLexicon lexicon, int minPartLength = 4, int minWordLength = 8)
    {
        _lexicon = lexicon;
        MinPartLength = minPartLength;
        MinWordLength = minWordLength;
    }

    private static readonly Lazy<Decompounder> Shared = new(() => new Decompounder(NorwegianLexicon.Default));

    /// <summary>A decompounder over the shipped lexicon.</summary>
    public static Decompounder Default => Shared.Value;

    /// <summary>
    /// The parts of a lower-case word, outermost split first, then the splits of those parts
    /// ("helsepersonellkommisjonen" → helsepersonell, kommisjonen, helse, personell). Empty when the word is not a compound.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < MinWordLength || word.Length > 60 || !word.All(char.IsLetter))
        {
            return [];
        }

        if (_cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var parts = new List<string>();
        Collect(word, parts, depth: 0);
        var result = parts.Where(p => p != word).Distinct(StringComparer.Ordinal).ToArray();
        if (_cache.Count < 200_000)
        {
            _cache[word] = result;
        }

        return result;
    }

    private void Collect(string word, List<string> parts, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        var segmentation = Segment(word);
        if (segmentation is null)
        {
            return;
        }

        foreach (var part in segmentation)
        {
            parts.Add(part);
        }

        foreach (var part in segmentation)
        {
            if (part.Length >= MinWordLength)
            {
                Collect(part, parts, depth + 1);
            }
        }
    }

    /// <summary>The top-level segmentation of a lower-case word (every part a lexicon form), or empty.</summary>
    public IReadOnlyList<string> Segmentation(string word) =>
        word.Length < MinWordLength || word.Length > 60 || !word.All(char.IsLetter) ? [] : Segment(word) ?? [];

    /// <summary>
    /// Head and tail of the best split (tail may itself be a known compound), or null. Longest head first; a head
    /// ending in a linking "s" whose stem is a word is skipped in favour of the stem, so "rådsmøtet" gives
    /// "møtet" (with "råd", three letters, allowed as a head only before a linking "s"), never "råds".
    /// </summary>
    private string[]? Segment(string word)
    {
        for (var i = word.Length - MinPartLength; i >= 3; i--)
        {
            var head = word[..i];
            var rest = word[i..];
            var linkedShortHead = i < MinPartLength && rest[0] == 's' && rest.Length > MinPartLength;
            if (i < MinPartLength && !linkedShortHead || !_lexicon.Contains(head))
            {
                continue;
            }

            if (head[^1] == 's' && head.Length - 1 >= 3 && _lexicon.Contains(head[..^1]))
            {
                continue;
            }

            foreach (var tail in Tails(rest, head))
            {
                if (tail.Length < MinPartLength || linkedShortHead && tail.Length == rest.Length)
                {
                    continue;
                }

                if (_lexicon.Contains(tail))
                {
                    return linkedShortHead ? [tail] : [head, tail];
                }

                // A tail that is itself a compound: keep the whole segmentation.
                var inner = Segment(tail);
                if (inner is not null)
                {
                    return linkedShortHead ? inner : [head, .. inner];
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Tails(string rest, string head)
    {
        yield return rest;
        // Linking morphemes: rådsmøte = råd+s+møte, barnehage = barn+e+hage.
        if (rest.Length > 1 && (rest[0] == 's' || rest[0] == 'e') && head[^1] != rest[0])
        {
            yield return rest[1..];
        }
    }
}

using System.Collections.Concurrent;
using NorPreM.Core.Lexicon;

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
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]?> _segments = new(StringComparer.Ordinal);

    /// <summary>The word list the parts come from.</summary>
    public NorwegianLexicon Lexicon => _lexicon;

    /// <summary>Shortest part emitted (and tried); 4 keeps "møte", "plan", "sak"-like stems of 3 out as noise.</summary>
    public int MinPartLength { get; }

    /// <summary>Shortest word that is tried at all.</summary>
    public int MinWordLength { get; }

    public Decompounder(NorwegianLexicon lexicon, int minPartLength = 4, int minWordLength = 8)
    {
        _lexicon = lexicon;
        // Own copy for allocation-free span lookups of candidate heads and tails.
        _words = new HashSet<string>(lexicon.Words, StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
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
        if (_segments.TryGetValue(word, out var known))
        {
            return known;
        }

        var result = SegmentUncached(word);
        if (word.Length >= MinWordLength && _segments.Count < 300_000)
        {
            _segments[word] = result;
        }

        return result;
    }

    private bool IsWord(ReadOnlySpan<char> span) => _spans.Contains(span);

    /// <summary>
    /// Derivational endings with their inflected forms: nouns in -ering/-ing/-ning/-ling/-else/-het/-skap/-dom and adjectives
    /// in -lig/-ende. A split whose tail is one of them is a derivation, not a compound.
    /// </summary>
    private static readonly HashSet<string> Suffixes = new(
        new[] { "ering", "ing", "ning", "ling", "else", "het", "skap", "dom", "lig", "ende" }
            .SelectMany(s => new[] { s, s + "en", s + "er", s + "ene", s + "et", s + "e", s + "ens", s + "ets" }),
        StringComparer.Ordinal);

    private static bool IsSuffix(ReadOnlySpan<char> rest) => Suffixes.Contains(rest.ToString());

    /// <summary>
    /// A tail that is a lexicon word plus a derivational ending ("sekvens" + "ering"), which the word list may lack
    /// while it has the stem: "genomsekvensering" → genom + sekvensering.
    /// </summary>
    private bool IsDerivation(ReadOnlySpan<char> tail)
    {
        for (var cut = tail.Length - 3; cut >= MinPartLength; cut--)
        {
            if (IsSuffix(tail[cut..]) && (IsWord(tail[..cut]) || tail[cut - 1] == 'e' && IsWord(tail[..(cut - 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private string[]? SegmentUncached(string word)
    {
        var span = word.AsSpan();
        for (var i = word.Length - MinPartLength; i >= 3; i--)
        {
            var head = span[..i];
            var rest = span[i..];
            var linkedShortHead = i < MinPartLength && rest[0] == 's' && rest.Length > MinPartLength;
            if (i < MinPartLength && !linkedShortHead || !IsWord(head))
            {
                continue;
            }

            if (head[^1] == 's' && head.Length - 1 >= 3 && IsWord(head[..^1]))
            {
                continue;
            }

            // A derivation is not a compound: "rapport|ering", "oriente|ring", "kunn|skap" would make "ring" or
            // "skap" a part of every noun in -ering or -skap.
            if (IsSuffix(rest) || head[^1] == 'e' && IsSuffix("e" + rest.ToString()))
            {
                continue;
            }

            // Tail as is, or after a linking morpheme: rådsmøte = råd+s+møte, barnehage = barn+e+hage.
            var linking = rest.Length > 1 && (rest[0] == 's' || rest[0] == 'e') && head[^1] != rest[0];
            for (var skip = 0; skip <= (linking ? 1 : 0); skip++)
            {
                var tail = rest[skip..];
                if (tail.Length < MinPartLength || linkedShortHead && skip == 0)
                {
                    continue;
                }

                if (IsWord(tail) || IsDerivation(tail))
                {
                    return linkedShortHead ? [tail.ToString()] : [head.ToString(), tail.ToString()];
                }

                // A tail that is itself a compound: keep the whole segmentation.
                var inner = Segment(tail.ToString());
                if (inner is not null)
                {
                    return linkedShortHead ? inner : [head.ToString(), .. inner];
                }
            }
        }

        return null;
    }
}

using System.Runtime.CompilerServices;
using System.Text;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>A word the damaged form may stand for, and what it took to get there.</summary>
/// <param name="Text">Lower-cased candidate.</param>
/// <param name="Edits">Number of confusions undone.</param>
/// <param name="LogWeight">Sum of the natural logs of the confusion weights used.</param>
/// <param name="Segments">The lexicon words it is made of (one for a lexicon word; linking letters are left out).</param>
public sealed record Candidate(string Text, int Edits, double LogWeight, IReadOnlyList<string> Segments)
{
    /// <summary>1 for a lexicon word, more for a compound of lexicon words.</summary>
    public int Parts => Segments.Count;

    /// <summary>The last part: a Norwegian compound inflects and behaves like its head.</summary>
    public string Head => Segments[^1];
}

/// <summary>Limits of the candidate search.</summary>
/// <param name="MaxEdits">Most confusions undone in one word.</param>
/// <param name="MaxParts">Most lexicon words in one compound (1 turns compounding off).</param>
/// <param name="MinPartLength">Shortest compound part; short parts make almost anything a compound.</param>
/// <param name="MaxCandidates">Most candidates kept per word (best channel first).</param>
/// <param name="MinLogWeight">
/// Lowest summed log weight of the confusions undone: readings that need that many unlikely confusions never win
/// on their channel, and cutting them early keeps the search small.
/// </param>
public sealed record CandidateLimits(int MaxEdits = 4, int MaxParts = 4, int MinPartLength = 3, int MaxCandidates = 24, double MinLogWeight = -8.0);

/// <summary>
/// Finds the lexicon words and compounds that a (possibly damaged) word can stand for under the confusion model.
/// Walks the lexicon trie and the word together; at a word end it may start a new compound part, optionally
/// after a linking -s- or -e- (fuge-s, fuge-e; Johannessen and Hauglin 1996 on Norwegian compound analysis).
/// Results from each (position, edits left, parts left) are memoised, so long compounds stay cheap.
/// </summary>
public sealed class CandidateGenerator(LexiconTrie trie, ConfusionModel confusions)
{
    /// <summary>Candidates for a lower-cased word, best channel first. Includes the word itself when valid.</summary>
    public IReadOnlyList<Candidate> Generate(string lower, CandidateLimits limits)
    {
        var search = new Search(trie, confusions, lower, limits);
        var results = new List<Candidate>(search.FromRoot(0, limits.MaxEdits, limits.MaxParts));
        results.Sort(BestFirst);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<Candidate>(Math.Min(results.Count, limits.MaxCandidates));
        foreach (var r in results)
        {
            if (seen.Add(r.Text))
            {
                distinct.Add(r);
                if (distinct.Count == limits.MaxCandidates)
                {
                    break;
                }
            }
        }

        return distinct;
    }

    /// <summary>Fewest edits first, then fewest parts, then the likeliest confusions.</summary>
    private static int BestFirst(Candidate a, Candidate b)
    {
        var c = a.Edits.CompareTo(b.Edits);
        if (c != 0)
        {
            return c;
        }

        c = a.Segments.Count.CompareTo(b.Segments.Count);
        return c != 0 ? c : b.LogWeight.CompareTo(a.LogWeight);
    }

    /// <summary>
    /// Lexicon words one confusion away from a lexicon word ("vare" → "være", "pa" → "på"): the real-word
    /// alternatives. A direct scan of the word's positions; far cheaper than the general search, which matters
    /// because most words on a damaged page are valid as written and each is asked this once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Candidate> SingleEditWords(string lower)
    {
        List<Candidate>? found = null;
        Span<char> buffer = stackalloc char[lower.Length + 1];
        for (var i = 0; i < lower.Length; i++)
        {
            foreach (var confusion in confusions.StartingWith(lower[i]))
            {
                var observed = confusion.Observed;
                // "og", "ag", "eg" read for "ø" are a non-word's misreading ("magtet"); read into a valid word they
                // mostly make another, since so many Norwegian words end in them ("dag" → "dø", "og" → "ø").
                if ((observed.Length == 2 && char.IsLetter(observed[0]) && observed[1] == 'g')
                    || !lower.AsSpan(i).StartsWith(observed, StringComparison.Ordinal))
                {
                    continue;
                }

                var length = lower.Length - observed.Length + 1;
                lower.AsSpan(0, i).CopyTo(buffer);
                buffer[i] = confusion.Intended;
                lower.AsSpan(i + observed.Length).CopyTo(buffer[(i + 1)..]);
                var candidate = buffer[..length];
                if (trie.Contains(candidate))
                {
                    var text = candidate.ToString();
                    found ??= [];
                    if (!found.Exists(c => c.Text == text))
                    {
                        found.Add(new Candidate(text, 1, Math.Log(confusion.Weight), [text]));
                    }
                }
            }
        }

        return found ?? (IReadOnlyList<Candidate>)[];
    }

    /// <summary>True when the lower-cased word is a lexicon word or a compound of them (no confusions undone).</summary>
    public bool IsValid(string lower, CandidateLimits limits) => ValidParts(lower, limits) > 0;

    /// <summary>Fewest lexicon parts that make up the word as written; 0 when it is not valid.</summary>
    public int ValidParts(string lower, CandidateLimits limits) => Parse(lower, limits)?.Parts ?? 0;

    /// <summary>The word as written split into the fewest lexicon parts, or null when it is not valid.</summary>
    public Candidate? Parse(string lower, CandidateLimits limits)
    {
        if (trie.Contains(lower))
        {
            return new Candidate(lower, 0, 0, [lower]);
        }

        var search = new Search(trie, null, lower, limits with { MaxEdits = 0 });
        var results = search.FromRoot(0, 0, limits.MaxParts);
        Candidate? best = null;
        foreach (var r in results)
        {
            if (best is null || r.Parts < best.Parts || (r.Parts == best.Parts && r.Head.Length > best.Head.Length))
            {
                best = r;
            }
        }

        return best;
    }

    private sealed class Search(LexiconTrie trie, ConfusionModel? confusions, string word, CandidateLimits limits)
    {
        private readonly Dictionary<(int Pos, int Edits, int Parts), List<Candidate>> _memo = new(word.Length * 4);
        private readonly StringBuilder _path = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public List<Candidate> FromRoot(int pos, int editsLeft, int partsLeft)
        {
            var key = (pos, editsLeft, partsLeft);
            if (_memo.TryGetValue(key, out var known))
            {
                return known;
            }

            _memo[key] = []; // guards against re-entry; filled below
            var found = new List<Candidate>();
            var saved = _path.ToString();
            _path.Clear();
            Walk(LexiconTrie.Root, pos, 0, 0, 0.0, editsLeft, partsLeft, found);
            _path.Clear().Append(saved);
            if (found.Count > limits.MaxCandidates * 2)
            {
                found.Sort(BestFirst);
                found.RemoveRange(limits.MaxCandidates * 2, found.Count - limits.MaxCandidates * 2);
            }

            _memo[key] = found;
            return found;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Walk(int node, int pos, int partLength, int edits, double logWeight, int editsLeft, int partsLeft, List<Candidate> found)
        {
            if (trie.IsWord(node) && partLength > 0)
            {
                if (pos == word.Length && (partsLeft == limits.MaxParts || partLength >= limits.MinPartLength))
                {
                    var part = _path.ToString();
                    found.Add(new Candidate(part, edits, logWeight, [part]));
                }
                // The genitive: any noun or name takes an -s ("direktørs", "Ålesunds"), and the lexicon lists few of
                // them, so a lexicon word of three letters or more with an -s at the very end counts as that word when
                // it is the repair of a misreading ("direktors" → "direktørs"). A form written so is left to the other
                // readings: as a genitive of any lexicon word ("Lovas" = "lova" + s) a misread name would pass as valid.
                else if (edits > 0 && pos == word.Length - 1 && word[pos] == 's' && partLength >= limits.MinPartLength
                         && (partsLeft == limits.MaxParts || partLength > limits.MinPartLength))
                {
                    var part = _path.ToString();
                    found.Add(new Candidate(part + "s", edits, logWeight, [part]));
                }
                // A part inside a compound (neither first nor last) must be a letter longer: short middle parts
                // are how nonsense such as "planet|olo|gien" passes for a compound.
                else if (pos < word.Length && partsLeft > 1
                         && partLength >= limits.MinPartLength + (partsLeft == limits.MaxParts ? 0 : 1)
                         && word.Length - pos >= limits.MinPartLength)
                {
                    Continue(pos, "", edits, logWeight, editsLeft, partsLeft, found);
                    var link = word[pos];
                    if ((link == 's' || link == 'e') && word.Length - pos - 1 >= limits.MinPartLength)
                    {
                        Continue(pos + 1, link.ToString(), edits, logWeight, editsLeft, partsLeft, found);
                    }
                }
            }

            if (pos >= word.Length)
            {
                return;
            }

            var c = word[pos];
            var next = trie.Child(node, c);
            if (next >= 0)
            {
                _path.Append(c);
                Walk(next, pos + 1, partLength + 1, edits, logWeight, editsLeft, partsLeft, found);
                _path.Length--;
            }

            if (confusions is null || edits >= editsLeft)
            {
                return;
            }

            foreach (var confusion in confusions.StartingWith(c))
            {
                if (!word.AsSpan(pos).StartsWith(confusion.Observed, StringComparison.Ordinal))
                {
                    continue;
                }

                var child = trie.Child(node, confusion.Intended);
                var weight = logWeight + Math.Log(confusion.Weight);
                if (child < 0 || weight < limits.MinLogWeight)
                {
                    continue;
                }

                _path.Append(confusion.Intended);
                Walk(child, pos + confusion.Observed.Length, partLength + 1, edits + 1, weight,
                    editsLeft, partsLeft, found);
                _path.Length--;
            }
        }

        private void Continue(int pos, string link, int edits, double logWeight, int editsLeft, int partsLeft, List<Candidate> found)
        {
            var part = _path.ToString();
            foreach (var rest in FromRoot(pos, editsLeft - edits, partsLeft - 1))
            {
                found.Add(new Candidate(part + link + rest.Text, edits + rest.Edits, logWeight + rest.LogWeight, [part, .. rest.Segments]));
            }
        }
    }
}

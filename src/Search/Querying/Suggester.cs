using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Lexicon;
using NorPreM.Core.Model;
using NorPreM.Core.Privacy;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace NorPreM.Search.Querying;

/// <summary>
/// Autocomplete from the index: case numbers, acronyms (curated and learned), unit titles, and the last word completed
/// from the index's vocabulary, after another word by how often the pair occurs in the text; merged with the named
/// things the host knows (cases, organisations, councils, themes, document parts), matched with æøå folded.
/// </summary>
internal sealed class Suggester(AnalyzerSet analyzers, Func<AcronymDictionary> acronyms, QueryWords words)
{
    /// <summary>Folded names per entry list: a host passes the same list while its knowledge is unchanged.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<SuggestionEntry>, (SuggestionEntry Entry, string Folded)[]> FoldedEntries = new();

    /// <summary>
    /// The index's suggestions merged with <paramref name="named"/>, best first: case numbers, then acronyms, case
    /// titles, names of organisations, councils and themes, then unit titles and document parts, then words; a name
    /// starting with the typed text before one where only a later word does, shorter before longer, each text once.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string prefix, int max, IReadOnlyList<SuggestionEntry>? named,
        bool includeRestricted = false)
    {
        if (named is null)
        {
            return Suggest(searcher, prefix, max, includeRestricted);
        }

        prefix = (prefix ?? "").Trim();
        if (prefix.Length == 0 || max <= 0)
        {
            return [];
        }

        var entries = FoldedEntries.GetValue(named, list => list.Select(e => (e, NorwegianFolding.FoldLower(e.Text))).ToArray());
        var cases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, _) in entries)
        {
            if (entry.Kind == SuggestionKind.Case && entry.Key is { } number)
            {
                cases.TryAdd(number, entry.Text);
            }
        }

        var candidates = new List<(Suggestion Suggestion, int Rank)>();
        foreach (var s in Suggest(searcher, prefix, max, includeRestricted))
        {
            candidates.Add(s.Kind switch
            {
                SuggestionKind.CaseNumber => (new Suggestion(cases.TryGetValue(s.Text, out var title) ? $"Sak {s.Text} {title}" : s.Detail ?? "Sak " + s.Text,
                    SuggestionKind.CaseNumber, Key: s.Text), 0),
                SuggestionKind.Acronym => (s, 1),
                SuggestionKind.Title => (s, 3),
                _ => (s, 4),
            });
        }

        var folded = NorwegianFolding.FoldLower(prefix);
        var caseNumberPrefix = prefix.StartsWith("sak", StringComparison.OrdinalIgnoreCase) ? prefix[3..].Trim() : prefix;
        var byNumber = caseNumberPrefix.Length > 0 && char.IsDigit(caseNumberPrefix[0]) ? caseNumberPrefix.Replace('-', '/') : null;
        foreach (var (entry, name) in entries)
        {
            var rank = Matches(name, folded);
            switch (entry.Kind)
            {
                case SuggestionKind.Case when entry.Key is { } number && byNumber is not null && number.StartsWith(byNumber, StringComparison.Ordinal):
                    candidates.Add((new Suggestion($"Sak {number} {entry.Text}", SuggestionKind.CaseNumber, Key: number), 0));
                    break;
                case SuggestionKind.Case when rank is { } r:
                    candidates.Add((new Suggestion(entry.Text, SuggestionKind.Case, Key: entry.Key), 1 + r));
                    break;
                case SuggestionKind.Organisation:
                    if (entry.Key is { Length: > 0 } acronym && NorwegianFolding.FoldLower(acronym).StartsWith(folded, StringComparison.Ordinal))
                    {
                        candidates.Add((new Suggestion(acronym, SuggestionKind.Acronym, entry.Text), 1));
                    }

                    if (rank is { } o)
                    {
                        candidates.Add((new Suggestion(entry.Text, SuggestionKind.Organisation, Key: entry.Key), 2 + o));
                    }

                    break;
                case SuggestionKind.Council or SuggestionKind.Theme when rank is { } r:
                    candidates.Add((new Suggestion(entry.Text, entry.Kind, Key: entry.Key), 2 + r));
                    break;
                case SuggestionKind.DocumentPart when rank is { } r:
                    candidates.Add((new Suggestion(entry.Text, SuggestionKind.DocumentPart, Key: entry.Key, Page: entry.Page), 3 + r));
                    break;
            }
        }

        return candidates
            .Where(c => includeRestricted || !PersonalData.Contains(c.Suggestion.Text) && !PersonalData.Contains(c.Suggestion.Detail))
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Suggestion.Text.Length)
            .Select(c => c.Suggestion)
            .DistinctBy(s => s.Text, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    /// <summary>0 when the whole folded name starts with the folded prefix, 1 when a later word does, null otherwise.</summary>
    private static int? Matches(string foldedName, string foldedPrefix) =>
        foldedName.StartsWith(foldedPrefix, StringComparison.Ordinal) ? 0
        : foldedPrefix.Length >= 2 && foldedName.Contains(" " + foldedPrefix, StringComparison.Ordinal) ? 1
        : null;

    /// <summary>The index's own suggestions (no named things).</summary>
    /// <remarks>
    /// Every suggestion must come from a unit the caller may see (<see cref="AccessFilter"/>); words must occur in at
    /// least two such units and never hold digits, so autocomplete cannot hand out a number or name one paper holds.
    /// </remarks>
    public IReadOnlyList<Suggestion> Suggest(IndexSearcher searcher, string prefix, int max, bool includeRestricted = false)
    {
        max = Math.Clamp(max, 1, 50);
        var typed = (prefix ?? "").TrimStart();
        if (typed.Length == 0 || typed.Length > 200)
        {
            return [];
        }

        var suggestions = new List<Suggestion>();
        var reader = searcher.IndexReader;
        var lower = typed.ToLowerInvariant();

        // Case numbers: "28/3" → "28/3/2022"; "sak 28-3" too.
        var digits = lower.StartsWith("sak ", StringComparison.Ordinal) ? lower[4..].Trim() : lower;
        if (digits.Length > 0 && char.IsDigit(digits[0]))
        {
            var key = digits.Replace('-', '/');
            foreach (var (term, _) in PrefixTerms(reader, IndexSchema.CaseNumber, key, max))
            {
                if (AccessFilter.Count(searcher, IndexSchema.CaseNumber, term, includeRestricted, 1) > 0)
                {
                    suggestions.Add(new Suggestion(term, SuggestionKind.CaseNumber, "Sak " + term));
                }
            }
        }

        foreach (var pair in acronyms().StartingWith(typed.Trim()).Take(max))
        {
            suggestions.Add(new Suggestion(pair.Acronym, SuggestionKind.Acronym, pair.Name));
        }

        foreach (var (title, _) in PrefixTerms(reader, IndexSchema.TitleKey, lower.Trim(), max))
        {
            if (StoredTitle(searcher, title, includeRestricted) is { } stored && (includeRestricted || !PersonalData.Contains(stored)))
            {
                suggestions.Add(new Suggestion(stored, SuggestionKind.Title));
            }
        }

        // Complete the last word from the index's vocabulary: alone, the most frequent words first; after other
        // words, only words that follow the word before in the text, the most frequent pairs first.
        var lastSpace = typed.LastIndexOf(' ');
        var head = lastSpace >= 0 ? typed[..(lastSpace + 1)] : "";
        var last = (lastSpace >= 0 ? typed[(lastSpace + 1)..] : typed).ToLowerInvariant();
        if (last.Length > 0)
        {
            var candidates = PrefixTerms(reader, IndexSchema.Spell, last, 2000)
                .Where(t => t.DocFreq >= 2 && !t.Term.Any(char.IsDigit)).ToList();
            var completions = PreviousTerm(head) is { } previous
                ? FollowerCounts(reader, previous.Term, previous.Gap, candidates.Select(c => c.Term))
                    .Where(c => c.Value > 0)
                    .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Length).ThenBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => c.Key)
                : candidates.OrderByDescending(t => t.DocFreq).ThenBy(t => t.Term.Length).Select(t => t.Term);
            foreach (var term in completions.Where(t => AccessFilter.Count(searcher, IndexSchema.Spell, t, includeRestricted, 2) >= 2).Take(max))
            {
                suggestions.Add(new Suggestion(head + term, SuggestionKind.Term));
            }
        }

        return suggestions.DistinctBy(s => s.Text.ToLowerInvariant()).Take(max).ToList();
    }

    /// <summary>
    /// The last term of the words typed before the one being completed, as the spell field indexes it, and how many
    /// positions later the completion stands: 1, or more after stop words, which keep their positions as gaps
    /// ("innspill til h…": "innspill", 2). Null when nothing but stop words (or nothing) was typed before.
    /// </summary>
    private (string Term, int Gap)? PreviousTerm(string head)
    {
        var gap = 1;
        foreach (var word in head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            var tokens = analyzers.Spell.Tokens(word);
            if (tokens.Count > 0)
            {
                return (tokens[^1].Term, gap);
            }

            if (!words.IsOnlyStopWords(word))
            {
                // Punctuation or markup: no position of its own.
                continue;
            }

            gap++;
        }

        return null;
    }

    /// <summary>
    /// How often each candidate stands <paramref name="gap"/> positions after <paramref name="previous"/> in the spell
    /// field (title and text as written): the positions of the previous word per unit, then each candidate's
    /// positions in just those units. Pairs that never occur count 0.
    /// </summary>
    private static Dictionary<string, int> FollowerCounts(IndexReader reader, string previous, int gap, IEnumerable<string> candidates)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var wanted = candidates.ToList();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var terms = atomic.GetTerms(IndexSchema.Spell);
            if (terms is null)
            {
                continue;
            }

            var te = terms.GetEnumerator();
            if (!te.SeekExact(new BytesRef(previous)) || te.DocsAndPositions(atomic.LiveDocs, null) is not { } before)
            {
                continue;
            }

            var expected = new SortedDictionary<int, HashSet<int>>();
            while (before.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var positions = new HashSet<int>();
                for (var i = 0; i < before.Freq; i++)
                {
                    positions.Add(before.NextPosition() + gap);
                }

                expected[before.DocID] = positions;
            }

            foreach (var candidate in wanted)
            {
                if (!te.SeekExact(new BytesRef(candidate)) || te.DocsAndPositions(atomic.LiveDocs, null) is not { } after)
                {
                    continue;
                }

                var count = 0;
                var doc = -1;
                foreach (var (target, positions) in expected)
                {
                    if (doc < target)
                    {
                        doc = after.Advance(target);
                    }

                    if (doc == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (doc != target)
                    {
                        continue;
                    }

                    for (var i = 0; i < after.Freq; i++)
                    {
                        if (positions.Contains(after.NextPosition()))
                        {
                            count++;
                        }
                    }
                }

                counts[candidate] = counts.GetValueOrDefault(candidate) + count;
            }
        }

        return counts;
    }

    private static IEnumerable<(string Term, int DocFreq)> PrefixTerms(IndexReader reader, string field, string prefix, int max)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || prefix.Length == 0)
        {
            yield break;
        }

        var te = terms.GetEnumerator();
        var target = new BytesRef(prefix);
        if (te.SeekCeil(target) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }

        var count = 0;
        do
        {
            var term = te.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield break;
            }

            yield return (term, te.DocFreq);
        }
        while (++count < max && te.MoveNext());
    }

    private static string? StoredTitle(IndexSearcher searcher, string titleKey, bool includeRestricted)
    {
        var top = searcher.Search(AccessFilter.Restrict(new TermQuery(new Term(IndexSchema.TitleKey, titleKey)), includeRestricted), 1);
        return top.ScoreDocs.Length > 0 ? searcher.Doc(top.ScoreDocs[0].Doc).Get(IndexSchema.Title) : null;
    }
}

using System.Collections.Concurrent;
using System.Text;
using NorPreM.Search.Analysis;
using NorPreM.Search.Indexing;
using NorPreM.Core.Model;

namespace NorPreM.Search.Querying;

/// <summary>
/// Builds the HTML snippet of a hit from analyzer offsets (Lucene.Net.Highlighter is not available): the stored
/// text is cut into tokens, each word's folded-chain terms come from a memo (each distinct word is analysed once),
/// tokens whose terms the query matched give character spans, the
/// window of about <see cref="WindowLength"/> characters holding the most distinct matched terms is chosen, and
/// every text piece is HTML-encoded with matches in &lt;mark&gt; and OCR-repaired words in
/// &lt;mark class="repaired" title="OCR: before"&gt;.
/// </summary>
public sealed class SnippetBuilder
{
    /// <summary>Target snippet length in characters.</summary>
    public const int WindowLength = 240;

    private readonly AnalyzerSet _analyzers;

    public SnippetBuilder(AnalyzerSet analyzers) => _analyzers = analyzers;

    private readonly record struct Span(int Start, int End, string Term, int Word);

    [ThreadStatic]
    private static List<Span>? t_spans;

    [ThreadStatic]
    private static int[]? t_seenAt;

    /// <summary>Most words whose folded terms are kept; past it the memo starts over (an archive's vocabulary fits).</summary>
    private const int MaxMemoWords = 500_000;

    private readonly ConcurrentDictionary<string, string[]> _foldedTerms = new(StringComparer.Ordinal);

    /// <summary>Words added to <see cref="_foldedTerms"/> since it last started over.</summary>
    private int _added;

    /// <summary>
    /// The folded chain's terms of one token as written (exact form, stem, compound parts, folded), analysed once per
    /// word and then reused: re-analysing each hit's whole text per query cost most of a query's time (see BENCHMARKS.md).
    /// Every filter of the chain works token by token and compound parts keep their word's offsets, so the terms of a
    /// word alone are the terms it gets in its text.
    /// </summary>
    private string[] FoldedTerms(ReadOnlySpan<char> token)
    {
        var lookup = _foldedTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out var terms))
        {
            return terms;
        }

        var word = token.ToString();
        terms = _analyzers.Folded.Tokens(word).Select(t => t.Term).ToArray();
        // Counted here rather than with ConcurrentDictionary.Count, which takes every lock of the table on each new
        // word (a unit shown for the first time brings hundreds); a word two threads add at once counts twice, which
        // only starts the memo over a little early.
        if (Interlocked.Increment(ref _added) > MaxMemoWords)
        {
            _foldedTerms.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        _foldedTerms[word] = terms;
        return terms;
    }

    /// <summary>
    /// A text cut into words (the tokenizer's pattern, no token objects), each with its folded chain's terms from the
    /// word memo: all a snippet needs of the text besides the text itself. It depends on the text only, so a host that
    /// shows the same unit again keeps it (<see cref="HitReader"/> does, per reader) and a query then only looks its
    /// terms up, without cutting or analysing anything.
    /// </summary>
    public sealed class TextWords
    {
        internal TextWords(int[] starts, int[] lengths, string[][] terms, int[] forms, int formCount)
        {
            Starts = starts;
            Lengths = lengths;
            Terms = terms;
            Forms = forms;
            FormCount = formCount;
        }

        internal int[] Starts { get; }
        internal int[] Lengths { get; }
        internal string[][] Terms { get; }

        /// <summary>Each word's lower-cased form as a number, the same for the same form (0 to <see cref="FormCount"/> − 1).</summary>
        internal int[] Forms { get; }

        internal int FormCount { get; }
    }

    /// <summary>Cuts <paramref name="text"/> into words with their folded terms (see <see cref="TextWords"/>).</summary>
    public TextWords Cut(string text)
    {
        var starts = new List<int>();
        var lengths = new List<int>();
        var terms = new List<string[]>();
        var forms = new List<int>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var match in NorwegianTokenizer.Spans(text))
        {
            starts.Add(match.Index);
            lengths.Add(match.Length);
            terms.Add(FoldedTerms(text.AsSpan(match.Index, match.Length)));
            var form = text.Substring(match.Index, match.Length).ToLowerInvariant();
            if (!numbers.TryGetValue(form, out var number))
            {
                number = numbers.Count;
                numbers[form] = number;
            }

            forms.Add(number);
        }

        return new TextWords([.. starts], [.. lengths], [.. terms], [.. forms], numbers.Count);
    }

    /// <summary>The query's highlight terms of every field, folded as the folded chain gives them: what snippets match.</summary>
    public static HashSet<string> FoldedQueryTerms(IReadOnlyDictionary<string, HashSet<string>> highlightTerms)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, set) in highlightTerms)
        {
            foreach (var term in set)
            {
                terms.Add(field == IndexSchema.Folded ? term : NorwegianFolding.Fold(term));
            }
        }

        return terms;
    }

    public string Build(string text, IReadOnlyList<TextRepair> repairs, IReadOnlyDictionary<string, HashSet<string>> highlightTerms) =>
        Build(text, text.Length == 0 ? null : Cut(text), repairs, FoldedQueryTerms(highlightTerms));

    /// <summary>The snippet of <paramref name="text"/>, cut before into <paramref name="words"/>, for the query's <see cref="FoldedQueryTerms"/>.</summary>
    public string Build(string text, TextWords? words, IReadOnlyList<TextRepair> repairs, IReadOnlySet<string> foldedQueryTerms)
    {
        if (text.Length == 0 || words is null)
        {
            return "";
        }

        var spans = MatchSpans(words, foldedQueryTerms);
        var (start, end) = ChooseWindow(text, words, spans);
        var marks = Merge(spans.Where(s => s.End > start && s.Start < end).Select(s => (s.Start, s.End)));
        var repaired = repairs.Where(r => r.Offset >= start && r.Offset + r.Length <= end && r.Offset + r.Length <= text.Length).OrderBy(r => r.Offset).ToList();
        return Render(text, start, end, marks, repaired);
    }

    /// <summary>
    /// The folded chain gives each word's folded exact form, its stem and its compound parts, so the query terms of the
    /// text and parts fields, folded, are found among them too.
    /// </summary>
    private static List<Span> MatchSpans(TextWords words, IReadOnlySet<string> terms)
    {
        // One list per thread, reused by every snippet it builds (a snippet is built start to end on one thread).
        var spans = t_spans ??= [];
        spans.Clear();
        if (terms.Count == 0)
        {
            return spans;
        }

        for (var i = 0; i < words.Starts.Length; i++)
        {
            var (start, length) = (words.Starts[i], words.Lengths[i]);
            foreach (var term in words.Terms[i])
            {
                if (terms.Contains(term))
                {
                    spans.Add(new Span(start, start + length, term, i));
                }
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return spans;
    }

    /// <summary>The window with the most distinct matched terms (then the most matches), cut at word boundaries.</summary>
    private static (int Start, int End) ChooseWindow(string text, TextWords words, List<Span> spans)
    {
        int start;
        if (spans.Count == 0)
        {
            start = 0;
        }
        else
        {
            // Each matched word's lower-cased form as a number (from the cut); then every window start counts the
            // distinct numbers inside, marking a number as seen with the window's start.
            var seenAt = t_seenAt is { } known && known.Length >= words.FormCount ? known : t_seenAt = new int[Math.Max(words.FormCount, 256)];
            foreach (var span in spans)
            {
                seenAt[words.Forms[span.Word]] = 0;
            }

            var best = (Distinct: -1, Count: -1, Start: 0);
            for (var i = 0; i < spans.Count; i++)
            {
                var windowEnd = spans[i].Start + WindowLength;
                var distinct = 0;
                var count = 0;
                for (var j = i; j < spans.Count && spans[j].End <= windowEnd; j++)
                {
                    var form = words.Forms[spans[j].Word];
                    if (seenAt[form] != i + 1)
                    {
                        seenAt[form] = i + 1;
                        distinct++;
                    }

                    count++;
                }

                if (distinct > best.Distinct || distinct == best.Distinct && count > best.Count)
                {
                    best = (distinct, count, spans[i].Start);
                }
            }

            // Some context before the first match.
            start = Math.Max(0, best.Start - WindowLength / 6);
        }

        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + WindowLength);
        while (end < text.Length && end - start < WindowLength + 30 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    private static string Render(string text, int start, int end, List<(int Start, int End)> marks, List<TextRepair> repairs)
    {
        // Boundaries where the mark state changes.
        var cuts = new SortedSet<int> { start, end };
        foreach (var (s, e) in marks)
        {
            cuts.Add(Math.Clamp(s, start, end));
            cuts.Add(Math.Clamp(e, start, end));
        }

        foreach (var r in repairs)
        {
            cuts.Add(r.Offset);
            cuts.Add(r.Offset + r.Length);
        }

        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            if (a >= b)
            {
                continue;
            }

            var piece = Encode(CollapseSpace(text[a..b]));
            var match = marks.Any(m => m.Start <= a && m.End >= b);
            var repair = repairs.FirstOrDefault(r => r.Offset <= a && r.Offset + r.Length >= b);
            if (repair is not null)
            {
                piece = $"<mark class=\"repaired\" title=\"OCR: {Encode(repair.Before)}\">{piece}</mark>";
            }

            sb.Append(match ? $"<mark>{piece}</mark>" : piece);
        }

        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString().Trim();
    }

    private static string CollapseSpace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
            }
            else
            {
                sb.Append(c);
                space = false;
            }
        }

        return sb.ToString();
    }

    /// <summary>HTML-encodes the five markup characters and leaves æøå and other letters readable.</summary>
    public static string Encode(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}

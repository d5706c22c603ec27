using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Joins words broken across lines at a hyphen. Office documents wrap lines after a real hyphen ("helse-|økosystemet",
/// "offentlig-|privat"): then the hyphen is kept and the halves are joined without a space. Typeset or scanned text may
/// hyphenate inside a word ("utvik-|ling"): then the hyphen is dropped. The choice is made with the lexicon: when both
/// halves are words the hyphen belongs to the word; when they are not but the joined form is, it was a soft break.
/// A soft hyphen (U+00AD) is always a soft break. A hyphen before "og"/"eller" on the next line ends a compound that
/// shares its last part ("helse- og omsorgstjenesten") and is left as it is; in a table row the continuation is looked
/// for in the cell below the broken word, not in the next line's first cell.
/// </summary>
public sealed class HyphenJoiner(NorwegianLexicon? lexicon = null)
{
    private readonly NorwegianLexicon _lexicon = lexicon ?? NorwegianLexicon.Default;

    /// <summary>
    /// Words after which a line-end hyphen marks a compound sharing its last part with the next one ("kvalitets- og
    /// pasientsikkerhetsarbeid", "helse- eller sosialfaglig"), not a broken word.
    /// </summary>
    private static readonly HashSet<string> SuspendedCompoundConjunctions = new(StringComparer.OrdinalIgnoreCase) { "og", "eller", "samt", "og/eller" };

    /// <summary>Joins hyphen-broken words across consecutive lines of each block.</summary>
    public IReadOnlyList<TextBlock> Join(IReadOnlyList<TextBlock> blocks) =>
        blocks.Select(b => b.Lines.Count < 2 ? b : new TextBlock(JoinLines(b.Lines))).ToList();

    private List<TextLine> JoinLines(IReadOnlyList<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        var pending = lines[0];
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i];
            if (TryJoin(pending, next, out var joinedPrev, out var rest))
            {
                pending = joinedPrev;
                if (rest is null)
                {
                    continue;
                }

                result.Add(pending);
                pending = rest;
            }
            else
            {
                result.Add(pending);
                pending = next;
            }
        }

        result.Add(pending);
        return result;
    }

    private bool TryJoin(TextLine line, TextLine next, out TextLine joined, out TextLine? rest)
    {
        joined = line;
        rest = next;
        if (line.Words.Count == 0 || next.Words.Count == 0)
        {
            return false;
        }

        var last = line.Words[^1].Text;
        var at = ContinuationIndex(line, next);
        if (at < 0)
        {
            return false;
        }

        var first = next.Words[at].Text;
        var soft = last.EndsWith('\u00AD');
        if (!(soft || last.EndsWith('-')) || last.Length < 3 || first.Length == 0 || !char.IsLower(first[0]))
        {
            return false;
        }

        var left = last[..^1];
        var (rightWord, trailing) = SplitTrailingPunctuation(first);
        if (!soft && SuspendedCompoundConjunctions.Contains(rightWord))
        {
            return false; // "helse- og omsorgstjenesten": the first part's hyphen stands for the shared last part
        }

        var joinedWord = soft || !KeepHyphen(left, rightWord) ? left + first : last + first;
        _ = trailing;

        var words = line.Words.Take(line.Words.Count - 1)
            .Append(line.Words[^1] with { Text = joinedWord })
            .ToList();
        joined = line with { Words = words, Text = ReplaceLast(line.Text, last, joinedWord) };

        var restWords = next.Words.Where((_, i) => i != at).ToList();
        if (restWords.Count == 0)
        {
            rest = null;
        }
        else if (at == 0)
        {
            rest = next with { Words = restWords, Text = next.Text[(next.Text.IndexOf(first, StringComparison.Ordinal) + first.Length)..].TrimStart(' ', '\t'), Left = restWords[0].Left };
        }
        else
        {
            rest = next with { Words = restWords, Text = LineBuilder.TextOf(restWords), Left = restWords.Min(w => w.Left) };
        }

        return true;
    }

    /// <summary>
    /// The word of the next line that continues the line's last word, or -1. In running text that is the next line's
    /// first word. When the broken word stands in a later cell of a table row ("Fra | …, seksjon for offentlig-") and
    /// the row's first cell wraps too ("departementet: | privat samarbeid"), the next line starts with the rest of the
    /// first cell, so the continuation is the first word at the broken word's cell, after words that all end before it.
    /// </summary>
    private static int ContinuationIndex(TextLine line, TextLine next)
    {
        if (!line.Text.Contains('\t'))
        {
            return 0; // no cells: running text, also where justification widened the spaces
        }

        var cellStart = line.Words.Count - 1;
        while (cellStart > 0 && !LineBuilder.IsColumnGap(line.Words[cellStart - 1], line.Words[cellStart]))
        {
            cellStart--;
        }

        if (cellStart == 0)
        {
            return 0;
        }

        var cellLeft = line.Words[cellStart].Left;
        var tolerance = Math.Max(2, 0.3 * line.Words[cellStart].FontSize);
        for (var i = 0; i < next.Words.Count; i++)
        {
            if (next.Words[i].Left >= cellLeft - tolerance)
            {
                return i;
            }

            if (next.Words[i].Right > cellLeft)
            {
                return -1; // a word straddles the cell's edge: not a table row
            }
        }

        return -1;
    }

    private bool KeepHyphen(string left, string right)
    {
        var leftLetters = left.TrimStart('(', '«', '"', '\'');
        if (leftLetters.Contains('-'))
        {
            return true; // already a hyphenated compound ("offentlig-privat-")
        }

        var leftKnown = _lexicon.Contains(leftLetters);
        var rightKnown = _lexicon.Contains(right);
        var joinedKnown = _lexicon.Contains(leftLetters + right);
        if (leftKnown && rightKnown)
        {
            return true;
        }

        return !joinedKnown && (leftKnown || rightKnown) && leftLetters.Length >= 4 && right.Length >= 4;
    }

    private static (string Word, string Trailing) SplitTrailingPunctuation(string token)
    {
        var end = token.Length;
        while (end > 0 && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        return (token[..end], token[end..]);
    }

    private static string ReplaceLast(string text, string old, string replacement)
    {
        var at = text.LastIndexOf(old, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + old.Length)..];
    }
}

using NorPreM.Search.Lexicon;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Joins words broken across lines at a hyphen. Office documents wrap lines after a real hyphen ("helse-|økosystemet",
/// "offentlig-|privat"): then the hyphen is kept and the halves are joined without a space. Typeset or scanned text may
/// hyphenate inside a word ("utvik-|ling"): then the hyphen is dropped. The choice is made with the lexicon: when both
/// halves are words the hyphen belongs to the word; when they are not but the joined form is, it was a soft break.
/// A soft hyphen (U+00AD) is always a soft break.
/// </summary>
public sealed class HyphenJoiner(NorwegianLexicon? lexicon = null)
{
    private readonly NorwegianLexicon _lexicon = lexicon ?? NorwegianLexicon.Default;

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
        var first = next.Words[0].Text;
        var soft = last.EndsWith('\u00AD');
        if (!(soft || last.EndsWith('-')) || last.Length < 3 || first.Length == 0 || !char.IsLower(first[0]))
        {
            return false;
        }

        var left = last[..^1];
        var (rightWord, trailing) = SplitTrailingPunctuation(first);
        var joinedWord = soft || !KeepHyphen(left, rightWord) ? left + first : last + first;
        _ = trailing;

        var words = line.Words.Take(line.Words.Count - 1)
            .Append(line.Words[^1] with { Text = joinedWord })
            .ToList();
        joined = line with { Words = words, Text = ReplaceLast(line.Text, last, joinedWord) };

        var restWords = next.Words.Skip(1).ToList();
        rest = restWords.Count == 0
            ? null
            : next with { Words = restWords, Text = next.Text[(next.Text.IndexOf(first, StringComparison.Ordinal) + first.Length)..].TrimStart(' ', '\t'), Left = restWords[0].Left };
        return true;
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

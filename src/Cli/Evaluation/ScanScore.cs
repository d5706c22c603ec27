using NorPreM.Core.Lexicon;

namespace NorPreM.Cli.Evaluation;

/// <summary>
/// How one reading of a page compares with the text that was printed on it: characters (edit distance over the text
/// with runs of white space as one space), words (edit distance over words, punctuation at a word's ends ignored),
/// words with æ/ø/å read exactly right, and, when the reading before repair is given, words the repair made wrong.
/// Scores add up, so a condition's score is the sum of its pages'.
/// </summary>
/// <param name="TruthCharacters">Characters in the printed text.</param>
/// <param name="CharacterErrors">Character edits from the reading to the printed text.</param>
/// <param name="TruthWords">Words in the printed text.</param>
/// <param name="WordErrors">Word edits from the reading to the printed text.</param>
/// <param name="NorwegianWords">Printed words with æ, ø or å.</param>
/// <param name="NorwegianRight">Of those, the ones the reading has exactly (aligned word for word).</param>
/// <param name="SoundWords">Printed words the reading before repair had right (0 when not given).</param>
/// <param name="SoundChanged">Of those, the ones the repaired reading has wrong.</param>
public sealed record ScanScore(long TruthCharacters, long CharacterErrors, int TruthWords, int WordErrors, int NorwegianWords,
    int NorwegianRight, int SoundWords, int SoundChanged)
{
    /// <summary>The repairs made on the reading: confidence and whether the repaired word is the printed one.</summary>
    public IReadOnlyList<(double Confidence, bool Right, string Before)> Repairs { get; init; } = [];

    /// <summary>Repairs that made a word wrong: confidence, the word written, the printed word (for study).</summary>
    public IReadOnlyList<(double Confidence, string Written, string Truth)> WrongRepairs { get; init; } = [];

    /// <summary>Words read wrong (printed, before repair or "", after), for study; not part of the sums.</summary>
    public IReadOnlyList<(string Truth, string Before, string After)> Wrong { get; init; } = [];

    /// <summary>No pages.</summary>
    public static readonly ScanScore Empty = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double Cer => TruthCharacters == 0 ? 0 : CharacterErrors / (double)TruthCharacters;
    public double Wer => TruthWords == 0 ? 0 : WordErrors / (double)TruthWords;
    public double NorwegianShare => NorwegianWords == 0 ? 0 : NorwegianRight / (double)NorwegianWords;
    public double SoundChangedShare => SoundWords == 0 ? 0 : SoundChanged / (double)SoundWords;

    public static ScanScore operator +(ScanScore a, ScanScore b) => new(
        a.TruthCharacters + b.TruthCharacters, a.CharacterErrors + b.CharacterErrors, a.TruthWords + b.TruthWords,
        a.WordErrors + b.WordErrors, a.NorwegianWords + b.NorwegianWords, a.NorwegianRight + b.NorwegianRight,
        a.SoundWords + b.SoundWords, a.SoundChanged + b.SoundChanged);

    /// <summary>Scores <paramref name="reading"/> against <paramref name="truth"/>; <paramref name="before"/> is the reading before repair.</summary>
    public static ScanScore Of(string truth, string reading, string? before = null, IReadOnlyList<(int Offset, double Confidence, string Before)>? repairs = null)
    {
        var t = Normalize(truth);
        var r = Normalize(reading);
        var truthWords = Words(t);
        var readWords = Words(r);
        var (wordErrors, matched, aligned) = Align(truthWords, readWords);
        string[]? beforeWords = null;
        int[]? beforeAligned = null;
        var norwegian = 0;
        var norwegianRight = 0;
        for (var i = 0; i < truthWords.Length; i++)
        {
            if (truthWords[i].AsSpan().IndexOfAny("æøåÆØÅ") >= 0)
            {
                norwegian++;
                norwegianRight += matched[i] ? 1 : 0;
            }
        }

        var sound = 0;
        var changed = 0;
        if (before is not null)
        {
            beforeWords = Words(Normalize(before));
            var (_, soundBefore, alignedBefore) = Align(truthWords, beforeWords);
            beforeAligned = alignedBefore;
            for (var i = 0; i < truthWords.Length; i++)
            {
                if (soundBefore[i])
                {
                    sound++;
                    changed += matched[i] ? 0 : 1;
                }
            }
        }

        var wrong = new List<(string, string, string)>();
        for (var i = 0; i < truthWords.Length; i++)
        {
            if (!matched[i])
            {
                var b = beforeAligned is null || beforeAligned[i] < 0 ? "" : beforeWords![beforeAligned[i]];
                wrong.Add((truthWords[i], b, aligned[i] < 0 ? "" : readWords[aligned[i]]));
            }
        }

        var judged = new List<(double, bool, string)>();
        var wrongRepairs = new List<(double, string, string)>();
        if (repairs is not null)
        {
            var right = new HashSet<int>(Enumerable.Range(0, truthWords.Length).Where(i => matched[i]).Select(i => aligned[i]));
            var truthOf = new Dictionary<int, string>();
            for (var i = 0; i < truthWords.Length; i++)
            {
                if (aligned[i] >= 0)
                {
                    truthOf[aligned[i]] = truthWords[i];
                }
            }

            foreach (var (offset, confidence, written) in repairs)
            {
                // The repaired word's index among the reading's words: the words that start before its offset.
                var index = Words(Normalize(reading[..Math.Min(offset, reading.Length)] + "x")).Length - 1;
                var ok = right.Contains(index);
                judged.Add((confidence, ok, written));
                if (!ok && index >= 0 && index < readWords.Length)
                {
                    wrongRepairs.Add((confidence, readWords[index], truthOf.GetValueOrDefault(index, "")));
                }
            }
        }

        return new ScanScore(t.Length, EditDistance.Levenshtein(r, t), truthWords.Length, wordErrors, norwegian, norwegianRight, sound, changed)
        {
            Wrong = wrong,
            Repairs = judged,
            WrongRepairs = wrongRepairs,
        };
    }

    /// <summary>Runs of white space as one space, the ends trimmed.</summary>
    public static string Normalize(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string[] Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ':', ';', '(', ')', '«', '»', '"', '!', '?'))
            .Where(w => w.Length > 0)
            .ToArray();

    /// <summary>Word edit distance, and for each truth word whether the optimal alignment matches it exactly and the reading word aligned with it (-1: none).</summary>
    private static (int Errors, bool[] Matched, int[] Aligned) Align(string[] truth, string[] reading)
    {
        var n = truth.Length;
        var m = reading.Length;
        var d = new int[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var cost = string.Equals(truth[i - 1], reading[j - 1], StringComparison.Ordinal) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        var matched = new bool[n];
        var aligned = Enumerable.Repeat(-1, n).ToArray();
        int a = n, b = m;
        while (a > 0 && b > 0)
        {
            var same = string.Equals(truth[a - 1], reading[b - 1], StringComparison.Ordinal);
            if (d[a, b] == d[a - 1, b - 1] + (same ? 0 : 1))
            {
                matched[a - 1] = same;
                aligned[a - 1] = b - 1;
                a--;
                b--;
            }
            else if (d[a, b] == d[a - 1, b] + 1)
            {
                a--;
            }
            else
            {
                b--;
            }
        }

        return (d[n, m], matched, aligned);
    }
}

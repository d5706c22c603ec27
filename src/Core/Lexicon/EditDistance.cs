namespace NorPreM.Core.Lexicon;

/// <summary>
/// String edit distances shared by spelling suggestions (Search), title repair and the OCR-repair evaluation (Ingest).
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// Character edit distance with insertions, deletions and substitutions (Levenshtein 1966), in two rows of memory.
    /// The character error rate of the OCR evaluation is built on it, so it counts a transposition as two edits.
    /// </summary>
    public static int Levenshtein(string x, string y)
    {
        if (x == y)
        {
            return 0;
        }

        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                var substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[y.Length];
    }

    /// <summary>
    /// Optimal string alignment distance (restricted Damerau–Levenshtein: an adjacent transposition such as
    /// "hlesedata" → "helsedata" is one edit; Damerau 1964), the usual measure for typing errors. When every cell of a
    /// row exceeds <paramref name="limit"/> the distance can only grow, so the computation stops and returns
    /// <paramref name="limit"/> + 1.
    /// </summary>
    public static int OptimalStringAlignment(string a, string b, int limit = int.MaxValue - 1)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}

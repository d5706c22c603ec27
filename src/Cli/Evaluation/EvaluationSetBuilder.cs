using System.Text;
using NorPreM.Core.Lexicon;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Cli.Evaluation;

/// <summary>
/// Builds evaluation pairs. Two kinds: (1) a born-digital page rendered and read by an OCR engine set to the wrong
/// language, lined up word by word with the page's clean text layer; (2) clean text damaged synthetically with the
/// confusions seen in a scanned Norwegian mandate's text layer, with a fixed seed.
/// </summary>
public static class EvaluationSetBuilder
{
    /// <summary>
    /// Lines up OCR output with the clean text of the same page (word-level edit-distance alignment) and keeps
    /// each OCR line whose words all pair with consecutive clean words at a small distance, so a pair differs only
    /// by misread letters, never by reading order or missing words. Lines under three words are left out.
    /// </summary>
    public static IReadOnlyList<EvaluationPair> AlignPage(string group, string ocrText, string cleanText)
    {
        var ocr = new List<(string Word, int Line)>();
        var ocrLines = ocrText.Split('\n');
        for (var i = 0; i < ocrLines.Length; i++)
        {
            foreach (var w in ocrLines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ocr.Add((w, i));
            }
        }

        var clean = cleanText.Split([' ', '\n', '\t', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
        var match = Align(ocr.Select(o => o.Word).ToList(), clean);
        var pairs = new List<EvaluationPair>();
        foreach (var line in ocr.Select((o, index) => (o.Line, index)).GroupBy(x => x.Line))
        {
            var indices = line.Select(x => x.index).ToList();
            if (indices.Count < 3 || indices.Any(i => match[i] < 0))
            {
                continue;
            }

            var consecutive = indices.Zip(indices.Skip(1)).All(p => match[p.Second] == match[p.First] + 1);
            if (!consecutive)
            {
                continue;
            }

            pairs.Add(new EvaluationPair(
                group,
                string.Join(' ', indices.Select(i => ocr[i].Word)),
                string.Join(' ', indices.Select(i => clean[match[i]]))));
        }

        return pairs;
    }

    /// <summary>For each OCR word, the index of the clean word it pairs with, or -1.</summary>
    private static int[] Align(IReadOnlyList<string> ocr, IReadOnlyList<string> clean)
    {
        var n = ocr.Count;
        var m = clean.Count;
        var cost = new double[n + 1, m + 1];
        for (var i = 0; i <= n; i++)
        {
            cost[i, 0] = i;
        }

        for (var j = 0; j <= m; j++)
        {
            cost[0, j] = j;
        }

        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= m; j++)
            {
                var sub = cost[i - 1, j - 1] + Substitution(ocr[i - 1], clean[j - 1]);
                cost[i, j] = Math.Min(sub, Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        }

        var match = Enumerable.Repeat(-1, n).ToArray();
        int a = n, b = m;
        while (a > 0 && b > 0)
        {
            var s = Substitution(ocr[a - 1], clean[b - 1]);
            if (Math.Abs(cost[a, b] - (cost[a - 1, b - 1] + s)) < 1e-9)
            {
                if (s < 1)
                {
                    match[a - 1] = b - 1;
                }

                a--;
                b--;
            }
            else if (Math.Abs(cost[a, b] - (cost[a - 1, b] + 1)) < 1e-9)
            {
                a--;
            }
            else
            {
                b--;
            }
        }

        return match;
    }

    private static double Substitution(string x, string y)
    {
        if (x == y)
        {
            return 0;
        }

        var d = EditDistance.Levenshtein(x, y) / (double)Math.Max(x.Length, y.Length);
        return d <= 0.5 ? 2 * d * 0.9 : 1.5;
    }

    /// <summary>
    /// Damages clean text the way the mandate's text layer is damaged: most æ, ø and å misread (ø as g, o, @, a or
    /// l; å as a, d, &amp; or 3; æ as ee, a or e; upper-case Ø as @ or 0), and the odd j read as i. Deterministic for
    /// a given <paramref name="random"/> seed.
    /// </summary>
    public static string Damage(string clean, Random random)
    {
        var builder = new StringBuilder(clean.Length + 16);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var lone = (i == 0 || !char.IsLetter(clean[i - 1])) && (i + 1 == clean.Length || !char.IsLetter(clean[i + 1]));
            var r = random.NextDouble();
            var replacement = c switch
            {
                'ø' => Pick(r, ("g", 0.55), ("o", 0.12), ("@", 0.05), ("a", 0.06), ("l", 0.04)),
                'Ø' => Pick(r, ("@", 0.45), ("0", 0.2), ("O", 0.25)),
                'å' when lone => Pick(r, ("a", 0.8), ("&", 0.1)),
                'å' => Pick(r, ("a", 0.6), ("d", 0.2), ("3", 0.03)),
                'Å' => Pick(r, ("A", 0.85)),
                'æ' => Pick(r, ("ee", 0.45), ("a", 0.25), ("e", 0.15)),
                'Æ' => Pick(r, ("Ae", 0.5), ("A", 0.3)),
                'j' => Pick(r, ("i", 0.03)),
                _ => null,
            };
            if (replacement is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(replacement);
            }
        }

        return builder.ToString();
    }

    private static string? Pick(double r, params (string Text, double P)[] choices)
    {
        var sum = 0.0;
        foreach (var (text, p) in choices)
        {
            sum += p;
            if (r < sum)
            {
                return text;
            }
        }

        return null;
    }
}

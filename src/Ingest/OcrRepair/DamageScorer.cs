using System.Runtime.CompilerServices;
using System.Globalization;
using NorPreM.Ingest.Extraction;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>The measurements behind a damage score, kept for the corrector and for explanations.</summary>
/// <param name="Words">Correctable words on the page.</param>
/// <param name="UnknownShare">Share of those neither in the lexicon nor a compound of lexicon words.</param>
/// <param name="PatternShare">Share with a tell-tale OCR pattern (see <see cref="DamageScorer"/>).</param>
/// <param name="NorwegianLetterShare">Share containing æ, ø or å.</param>
/// <param name="RepairableShare">Share the corrector would change if the page were damaged.</param>
/// <param name="Score">0 (clean) .. 1 (unreadable).</param>
public sealed record DamageMeasure(int Words, double UnknownShare, double PatternShare, double NorwegianLetterShare,
    double RepairableShare, double Score);

/// <summary>
/// Scores how damaged a text layer is. Four signals, each general to Norwegian text rather than to one document:
/// words unknown to the lexicon (after compound analysis); tell-tale patterns of an OCR engine without
/// Norwegian letters (a 'g' between consonants in an unknown word, '@' or '&amp;' or a digit inside a word, "ee"
/// in an unknown word, lone "a"/"pd" where Norwegian writes "å"/"på"); too few words with æ/ø/å, which make up
/// roughly one word in eight in bokmål prose (the born-digital corpus and NorQuAD both show 11–16 %); and the
/// share of words the corrector would repair if it took the page for damaged ("ogsa", "seerskilt", "pa"), which
/// is near zero on sound text because the corrector leaves sound words alone. Table rows (lines with column breaks)
/// do not count as evidence of missing letters: a born-digital table of names, numbers and codes is not damage.
/// </summary>
public sealed class DamageScorer(NoisyChannelCorrector corrector) : IDamageScorer
{

    /// <summary>Score at and above which a page counts as damaged.</summary>
    public const double Threshold = 0.2;

    /// <summary>Share of words with æ/ø/å expected in Norwegian prose.</summary>
    public const double ExpectedNorwegianLetterShare = 0.12;

    /// <inheritdoc />
    public PageQuality Score(string text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PageQuality(1.0, true, source, ["ingen tekst"]);
        }

        var m = Measure(text);
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"ukjente ord {m.UnknownShare:P0}"),
            string.Create(CultureInfo.InvariantCulture, $"OCR-mønstre {m.PatternShare:P0}"),
            string.Create(CultureInfo.InvariantCulture, $"ord med æøå {m.NorwegianLetterShare:P0}"),
            string.Create(CultureInfo.InvariantCulture, $"ord som kan rettes {m.RepairableShare:P0}"),
        };
        return new PageQuality(Math.Round(m.Score, 3), m.Score >= Threshold, source, reasons);
    }

    /// <summary>The measurements and the combined score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DamageMeasure Measure(string text)
    {
        var words = 0;
        var unknown = 0;
        var patterns = 0;
        var norwegian = 0;
        var repairable = 0;
        foreach (var word in corrector.Analyze(text.Split('\n')))
        {
            var lower = word.Lower;
            words++;
            if (lower.AsSpan().IndexOfAny("æøå") >= 0)
            {
                norwegian++;
            }

            var valid = lower.Length > 1 && word.ValidParts is > 0 and <= 3;
            if (!valid && lower.Length > 1)
            {
                unknown++;
            }

            if (HasPattern(lower, valid))
            {
                patterns++;
            }

            if (word.Repairable)
            {
                repairable++;
            }
        }

        if (words == 0)
        {
            return new DamageMeasure(0, 0, 0, 0, 0, 1.0);
        }

        var unknownShare = unknown / (double)words;
        var patternShare = patterns / (double)words;
        var norwegianShare = norwegian / (double)words;
        var repairableShare = repairable / (double)words;
        // The missing-letter signal needs enough running text to mean anything: short texts lean on the others, and
        // so do tables (rows with column breaks, of names, numbers and codes), where few words carry æ/ø/å at all.
        var prose = text.Split('\n').Where(l => !l.Contains('\t')).Sum(l => WordTokenizer.Tokenize(l).Count);
        var evidence = Math.Min(1.0, Math.Min(words, prose) / 60.0);
        var missing = Math.Max(0, 1 - norwegianShare / ExpectedNorwegianLetterShare) * evidence;
        var score = Math.Clamp(1.2 * unknownShare + 2.5 * patternShare + 0.15 * missing * missing + 3.0 * repairableShare, 0, 1);
        return new DamageMeasure(words, unknownShare, patternShare, norwegianShare, repairableShare, score);
    }

    private static bool HasPattern(string lower, bool valid)
    {
        if (lower is "a" or "pd" or "&")
        {
            return true;
        }

        if (lower.AsSpan().IndexOfAny("@&03") >= 0 && lower.Any(char.IsLetter))
        {
            return true;
        }

        if (valid)
        {
            return false;
        }

        if (lower.Contains("ee", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 1; i + 1 < lower.Length; i++)
        {
            if (lower[i] == 'g' && IsConsonant(lower[i - 1]) && IsConsonant(lower[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c) < 0;
}

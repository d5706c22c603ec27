using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// A letter-trigram model of Norwegian spelling, counted over the lexicon's word forms (Shannon 1951; Kukich 1992,
/// "Techniques for automatically correcting words in text", on n-gram letter models for non-word detection). It
/// judges words no lexicon has, names above all: "Sjgvold" and "Bjgntegaard" hold letter runs ("jgv", "jgn") that
/// Norwegian spelling almost never has, while "Sjøvold" and "Bjøntegaard" are ordinary; "Englund" keeps its
/// "ngl", which is common.
/// </summary>
public sealed class LetterModel
{
    private const char Boundary = '^';
    private const double Smoothing = 0.5;
    private const int Alphabet = 40;
    private static readonly Lazy<LetterModel> Shared = new(() => Count(NorwegianLexicon.Default.Words));

    private readonly Dictionary<long, int> _trigrams;
    private readonly Dictionary<long, int> _bigrams;

    private LetterModel(Dictionary<long, int> trigrams, Dictionary<long, int> bigrams)
    {
        _trigrams = trigrams;
        _bigrams = bigrams;
    }

    /// <summary>The model over the shipped lexicon (built on first use).</summary>
    public static LetterModel Default => Shared.Value;

    /// <summary>Counts letter trigrams (with word boundaries) in lower-cased words.</summary>
    public static LetterModel Count(IEnumerable<string> words)
    {
        var trigrams = new Dictionary<long, int>();
        var bigrams = new Dictionary<long, int>();
        foreach (var word in words)
        {
            var a = Boundary;
            var b = Boundary;
            for (var i = 0; i <= word.Length; i++)
            {
                var c = i < word.Length ? char.ToLowerInvariant(word[i]) : Boundary;
                var key = Key(a, b, c);
                trigrams[key] = trigrams.GetValueOrDefault(key) + 1;
                var context = Key(a, b, '\0');
                bigrams[context] = bigrams.GetValueOrDefault(context) + 1;
                a = b;
                b = c;
            }
        }

        return new LetterModel(trigrams, bigrams);
    }

    /// <summary>Natural log of the probability of a lower-cased word, letter by letter (add-½ smoothing).</summary>
    public double LogProbability(ReadOnlySpan<char> word)
    {
        var sum = 0.0;
        var a = Boundary;
        var b = Boundary;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? word[i] : Boundary;
            var tri = _trigrams.GetValueOrDefault(Key(a, b, c));
            var bi = _bigrams.GetValueOrDefault(Key(a, b, '\0'));
            sum += Math.Log((tri + Smoothing) / (bi + Smoothing * Alphabet));
            a = b;
            b = c;
        }

        return sum;
    }

    private static long Key(char a, char b, char c) => ((long)a << 32) | ((long)b << 16) | c;
}

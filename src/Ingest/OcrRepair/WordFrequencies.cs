using System.Runtime.CompilerServices;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Word and word-pair counts from clean Norwegian text: the language model of the noisy-channel corrector.
/// P(next | word) interpolates the pair estimate, a class estimate on the next word's last two letters (so
/// "å" learns to precede infinitives in -e and "på" nouns, even for pairs never seen) and the single-word
/// estimate (Jelinek-Mercer interpolation; Chen and Goodman 1999, "An empirical study of smoothing techniques").
/// The shipped table is counted from the born-digital HelseOmsorg21 papers and NorQuAD passages (CC0); see
/// Resources/Ocr/word-frequencies.NOTICE.md.
/// </summary>
public sealed class WordFrequencies
{

    private const string ResourceName = "NorPreM.Ingest.Resources.Ocr.word-frequencies.tsv.gz";
    private static readonly Lazy<WordFrequencies> Shared = new(LoadEmbedded);

    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int> _pairs;
    private readonly Dictionary<string, int> _capitalised;
    private readonly Dictionary<(string, string), int> _pairIndex = [];
    private readonly Dictionary<(string, string), int> _pairClasses = [];
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);

    private WordFrequencies(Dictionary<string, int> words, Dictionary<string, int> pairs, Dictionary<string, int> capitalised)
    {
        _words = words;
        _pairs = pairs;
        _capitalised = capitalised;
        foreach (var (word, count) in words)
        {
            Total += count;
            var cls = ClassOf(word);
            _classes[cls] = _classes.GetValueOrDefault(cls) + count;
        }

        foreach (var (pair, count) in pairs)
        {
            var space = pair.IndexOf(' ');
            var first = pair[..space];
            var second = pair[(space + 1)..];
            _pairIndex[(first, second)] = count;
            var key = (first, ClassOf(second));
            _pairClasses[key] = _pairClasses.GetValueOrDefault(key) + count;
        }

        Total = Math.Max(Total, 1);
    }

    /// <summary>The table shipped in the assembly.</summary>
    public static WordFrequencies Default => Shared.Value;

    /// <summary>Number of running words counted.</summary>
    public long Total { get; }

    /// <summary>Distinct words.</summary>
    public int WordCount => _words.Count;

    /// <summary>Distinct word pairs.</summary>
    public int PairCount => _pairs.Count;

    /// <summary>Times the lower-cased word was seen.</summary>
    public int Count(string word) => _words.GetValueOrDefault(word);

    /// <summary>
    /// Times the word was seen with a capital inside a sentence (not as its first word): how often it is a name or
    /// part of one ("Øst" in "Helse Sør-Øst") rather than a common word ("økonomisk").
    /// </summary>
    public int CapitalisedCount(string word) => _capitalised.GetValueOrDefault(word);

    /// <summary>Times the lower-cased pair "first second" was seen.</summary>
    public int PairCountOf(string first, string second) => _pairIndex.GetValueOrDefault((first, second));

    /// <summary>
    /// Probability of a word on its own. Unseen words get a share of an unseen-word mass by kind: lexicon words
    /// most; compounds less, more so with each part, and more so when their parts are rare or short (short rare
    /// parts are how nonsense passes as a compound); strings outside the lexicon least. An unseen compound whose
    /// head is common is likelier, since a compound inflects and is used like its head.
    /// </summary>
    /// <param name="segments">The lexicon words the word is made of; null or empty when it is not valid.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Unigram(string word, IReadOnlyList<string>? segments)
    {
        var count = _words.GetValueOrDefault(word);
        if (count > 0)
        {
            return count / (double)Total;
        }

        if (segments is null || segments.Count == 0)
        {
            return 0.002 / Total;
        }

        if (segments.Count == 1)
        {
            return 0.3 / Total;
        }

        var pseudo = 0.2 * Math.Pow(0.5, segments.Count - 2) * Math.Sqrt(1 + _words.GetValueOrDefault(segments[^1]));
        for (var i = 0; i < segments.Count; i++)
        {
            var partCount = _words.GetValueOrDefault(segments[i]);
            if (i < segments.Count - 1)
            {
                pseudo *= Math.Min(1.0, Math.Sqrt((1 + partCount) / 30.0));
            }

            if (segments[i].Length <= 3 && partCount == 0)
            {
                pseudo *= 0.3;
            }
        }

        // A compound never outranks an attested lexicon word (pseudo-count 0.3) on its own.
        return Math.Min(pseudo, 0.1) / Total;
    }

    /// <summary>P(second | first): pair, class-of-second and single-word estimates interpolated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Next(string first, string second, double secondUnigram, double discount = 0)
    {
        var firstCount = _words.GetValueOrDefault(first);
        if (firstCount == 0)
        {
            return secondUnigram;
        }

        // Absolute discounting (Ney, Essen and Kneser 1994) when asked: a pair seen once is weak evidence.
        var pair = Math.Max(0, _pairIndex.GetValueOrDefault((first, second)) - discount) / firstCount;
        var cls = ClassOf(second);
        var classCount = _classes.GetValueOrDefault(cls);
        var byClass = classCount == 0
            ? secondUnigram
            : _pairClasses.GetValueOrDefault((first, cls)) / (double)firstCount * (secondUnigram * Total / classCount);
        // How far the pair and class estimates are trusted grows with how often the first word was seen
        // (Witten and Bell 1991; Chen and Goodman 1999): a word seen once says little about what follows it, and
        // must not make every unseen follower look less likely than after a word never seen at all.
        var trust = 0.85 * firstCount / (firstCount + PairBackoff);
        return trust * (0.7 * pair + 0.3 * byClass) + (1 - trust) * secondUnigram;
    }

    /// <summary>Count of a first word at which its pair and class estimates get half their full weight.</summary>
    private const double PairBackoff = 3.0;

    /// <summary>The class of a word for the class estimate: its last two letters.</summary>
    public static string ClassOf(string word) => word.Length <= 2 ? word : word[^2..];

    /// <summary>Counts words and adjacent pairs (within a sentence) in clean texts.</summary>
    public static WordFrequencies CountTexts(IEnumerable<string> texts)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            string? previous = null;
            foreach (var token in WordTokenizer.Tokenize(text.Replace('\n', ' ')))
            {
                if (!token.Text.Any(char.IsLetter))
                {
                    previous = null;
                    continue;
                }

                var word = token.Text.ToLowerInvariant();
                words[word] = words.GetValueOrDefault(word) + 1;
                if (previous is not null && !token.SentenceStart)
                {
                    var key = previous + " " + word;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    if (char.IsUpper(token.Text[0]))
                    {
                        capitalised[word] = capitalised.GetValueOrDefault(word) + 1;
                    }
                }

                previous = word;
            }
        }

        return new WordFrequencies(words, pairs, capitalised);
    }

    /// <summary>
    /// Writes the table as gzip-compressed TSV ("1\tword\tcount", "2\tfirst second\tcount", and "3\tword\tcount" for the
    /// times a word was seen capitalised inside a sentence).
    /// </summary>
    public void Write(Stream output, string header)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        foreach (var (word, count) in _words.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"1\t{word}\t{count.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var (pair, count) in _pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"2\t{pair}\t{count.ToString(CultureInfo.InvariantCulture)}");
        }

        foreach (var (word, count) in _capitalised.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"3\t{word}\t{count.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Reads a table written by <see cref="Write"/>.</summary>
    public static WordFrequencies Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new InvalidDataException($"Bad line in word-frequency table: {line}");
            }

            (parts[0] switch { "2" => pairs, "3" => capitalised, _ => words })[parts[1]] = count;
        }

        return new WordFrequencies(words, pairs, capitalised);
    }

    private static WordFrequencies LoadEmbedded()
    {
        using var stream = typeof(WordFrequencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded word-frequency table for OCR repair is missing from the build.");
        return Read(stream);
    }
}

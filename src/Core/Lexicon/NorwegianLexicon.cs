using System.IO.Compression;
using System.Text;

namespace NorPreM.Core.Lexicon;

/// <summary>
/// The Norwegian word-form list shipped with the product (222,766 forms from Tesseract's Norwegian model,
/// Apache-2.0, see Resources/nor-words.NOTICE.md). Used for OCR-repair validity, decompounding and spelling.
/// Loaded once; lookups are case-insensitive on the lower-cased form.
/// </summary>
public sealed class NorwegianLexicon
{
    private static readonly Lazy<NorwegianLexicon> Shared = new(LoadEmbedded);
    private readonly HashSet<string> _words;

    private NorwegianLexicon(HashSet<string> words) => _words = words;

    /// <summary>The embedded lexicon (loaded on first use, then shared).</summary>
    public static NorwegianLexicon Default => Shared.Value;

    /// <summary>Number of distinct lower-cased word forms.</summary>
    public int Count => _words.Count;

    /// <summary>All lower-cased word forms.</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>True when the lower-cased word is a known form.</summary>
    public bool Contains(string word) => _words.Contains(word.ToLowerInvariant());

    /// <summary>Builds a lexicon from word forms (for tests and for extra word lists).</summary>
    public static NorwegianLexicon FromWords(IEnumerable<string> words) =>
        new(new HashSet<string>(words.Select(w => w.Trim().ToLowerInvariant()).Where(w => w.Length > 0), StringComparer.Ordinal));

    private static NorwegianLexicon LoadEmbedded()
    {
        using var stream = typeof(NorwegianLexicon).Assembly.GetManifestResourceStream("NorPreM.Core.Resources.nor-words.txt.gz")
            ?? throw new InvalidOperationException("The embedded Norwegian lexicon is missing from the build.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var w = line.Trim();
            if (w.Length > 0)
            {
                words.Add(w.ToLowerInvariant());
            }
        }

        return new NorwegianLexicon(words);
    }
}

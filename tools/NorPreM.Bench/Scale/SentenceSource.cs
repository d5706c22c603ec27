using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace NorPreM.Bench.Scale;

/// <summary>
/// The sentences the scale generator recombines: the corpus PDFs, the test fixtures' PDFs and the NorQuAD passages,
/// all read at run time from where they live (the corpus folder, <c>tests/**/Fixtures</c>, <c>../shared/data/norquad</c>);
/// nothing of them is copied into the repository. Sentences are cut at sentence ends, kept when they have 5–40 words,
/// and reduced to the characters the PDF's standard font can show. Fixtures under a <c>hostile</c> folder (decompression
/// bombs and other attacks for the upload tests) are skipped: they are built to exhaust a reader.
/// </summary>
public sealed partial class SentenceSource
{
    private SentenceSource(IReadOnlyList<string> sentences, IReadOnlyList<string> phrases)
    {
        Sentences = sentences;
        Phrases = phrases;
    }

    /// <summary>Whole sentences, each ending in a full stop, question or exclamation mark.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Short noun phrases (3–8 words, from sentence starts) used as case titles.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Where the sentences came from, for the generator's report.</summary>
    public string Origin { get; private init; } = "";

    /// <summary>Reads every source that exists; throws when none gives sentences.</summary>
    public static SentenceSource Load(string corpusFolder, string repoRoot)
    {
        var texts = new List<string>();
        var origin = new List<string>();
        var pdfs = Directory.Exists(corpusFolder) ? Directory.GetFiles(corpusFolder, "*.pdf").Order(StringComparer.Ordinal).ToList() : [];
        // Hostile fixtures (a decompression bomb) test the extractor's limits: opening them here in process exhausts memory.
        var fixtures = Directory.Exists(Path.Combine(repoRoot, "tests"))
            ? Directory.GetFiles(Path.Combine(repoRoot, "tests"), "*.pdf", SearchOption.AllDirectories)
                .Where(p => p.Contains("Fixtures", StringComparison.Ordinal) && !p.Contains("beskyttet", StringComparison.Ordinal)
                            && !p.Contains($"{Path.DirectorySeparatorChar}hostile{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var pdf in pdfs.Concat(fixtures))
        {
            try
            {
                using var document = PdfDocument.Open(pdf);
                texts.AddRange(document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A fixture may be deliberately broken; it simply gives no sentences.
            }
        }

        origin.Add($"{pdfs.Count} korpus-PDF-er, {fixtures.Count} testfiler");
        var norquad = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "data", "norquad", "passages.jsonl"));
        if (File.Exists(norquad))
        {
            var passages = 0;
            foreach (var line in File.ReadLines(norquad))
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } t)
                {
                    texts.Add(t.Replace('\n', ' '));
                    passages++;
                }
            }

            origin.Add($"{passages} NorQuAD-avsnitt");
        }

        var sentences = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in SentenceRegex().Matches(Printable(text)))
            {
                var s = Regex.Replace(m.Value.Trim(), @"\s+", " ");
                var words = s.Count(c => c == ' ') + 1;
                if (words is >= 5 and <= 40 && char.IsUpper(s[0]) && seen.Add(s))
                {
                    sentences.Add(s);
                }
            }
        }

        if (sentences.Count < 50)
        {
            throw new InvalidOperationException($"For få setninger å bygge arkivet av ({sentences.Count}); finnes korpuset og ../shared/data?");
        }

        var phrases = sentences
            .Select(s => s.Split(' '))
            .Where(w => w.Length >= 6)
            .Select(w => string.Join(' ', w.Take(3 + w.Length % 5)).TrimEnd(',', ':', ';', '.'))
            .Where(p => p.Length is > 12 and < 70 && !p.Any(char.IsDigit))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SentenceSource(sentences, phrases) { Origin = string.Join(", ", origin) };
    }

    /// <summary>
    /// The text with every character the standard 14 fonts' WinAnsi encoding lacks replaced by a space (Latin-1 and
    /// the usual typographic marks stay).
    /// </summary>
    public static string Printable(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= ' ' and <= '~' or >= '\u00A1' and <= '\u00FF' or '–' or '—' or '‘' or '’' or '“' or '”' or '…' or '€' ? c : ' ');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[^.!?]+[.!?](?=\s|$)")]
    private static partial Regex SentenceRegex();
}

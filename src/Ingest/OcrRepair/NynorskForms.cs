using System.IO.Compression;
using System.Text;
using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Which word forms are valid nynorsk, and whether a document is written in nynorsk. The corrector's lexicon and
/// frequency table are mostly bokmål, so in a nynorsk paper it takes "vert", "vart", "analysar" or "konsultasjonar"
/// for damage ("vært", "analysår"). In a document <see cref="IsNynorsk"/> judges nynorsk, a form on this list is
/// therefore left as written. The list is the nynorsk word list of the spell-norwegian project (Debian package
/// <c>wnorwegian</c>, GPL-2 or later), shipped as a data file beside the program (not compiled into it), built by
/// <c>norprem evaluate-repair --build nynorsk</c>; see <c>Resources/Ocr/nynorsk-forms.NOTICE.md</c>. When the file
/// is absent the list is empty and nynorsk papers are corrected as before.
/// </summary>
public sealed class NynorskForms
{
    /// <summary>File name of the shipped list, under <c>Resources/Ocr</c> beside the program.</summary>
    public const string FileName = "nynorsk-forms.txt.gz";

    // Words that only one of the two written standards uses, none with æ/ø/å, so an English OCR leaves them intact.
    private static readonly HashSet<string> NynorskMarkers = new(StringComparer.Ordinal)
    {
        "ikkje", "eit", "dei", "kva", "berre", "vere", "vert", "korleis", "noko", "mykje", "eg", "ho", "desse", "meir",
        "heile", "kvar", "gjeld", "saman", "ein", "fekk", "seier", "sidan", "difor", "kvifor", "utan", "fleire", "nokre",
    };

    private static readonly HashSet<string> BokmalMarkers = new(StringComparer.Ordinal)
    {
        "ikke", "et", "hva", "bare", "blir", "hvordan", "noe", "mye", "jeg", "hun", "disse", "mer", "hele", "hver",
        "gjelder", "sammen", "en", "fikk", "sier", "siden", "derfor", "hvorfor", "ble", "uten", "flere", "noen",
    };

    // The most frequent nynorsk words that are also a bokmål word with æ/ø/å lost ("vart"/"vært", "vere"/"være",
    // "no"/"nå"): closed-class words of nynorsk grammar, kept in a nynorsk document whatever the bokmål context model says.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "vart", "vert", "vere", "no", "noko", "ho", "seie", "sa",
    };

    private static readonly Lazy<NynorskForms> Shared = new(() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Resources", "Ocr", FileName), NorwegianLexicon.Default.Words));

    /// <summary>Marks a line of the shipped list whose form bokmål does not have ("gjer\tn").</summary>
    public const string NynorskOnlyMark = "\tn";

    private readonly HashSet<string> _forms;
    private readonly HashSet<string> _only;
    private readonly HashSet<string> _folded;
    private readonly Dictionary<string, string?> _restore = new(StringComparer.Ordinal);

    /// <summary>
    /// A list of the given lower-cased forms; <paramref name="lexicon"/> (bokmål) joins the list's own forms with
    /// æ/ø/å in telling which written forms may be such a form with æ/ø/å lost.
    /// </summary>
    /// <param name="forms">Valid nynorsk forms, lower-cased.</param>
    /// <param name="lexicon">Bokmål forms with æ/ø/å lost that a written form may be (the validity lexicon).</param>
    /// <param name="nynorskOnly">The forms of <paramref name="forms"/> that bokmål does not have ("gjer", "eit", "vere").</param>
    public NynorskForms(IEnumerable<string> forms, IEnumerable<string>? lexicon = null, IEnumerable<string>? nynorskOnly = null)
    {
        _forms = new HashSet<string>(forms, StringComparer.Ordinal);
        _only = new HashSet<string>((nynorskOnly ?? []).Where(_forms.Contains), StringComparer.Ordinal);
        _folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in _forms.Concat(lexicon ?? []))
        {
            if (form.AsSpan().IndexOfAny("æøå") >= 0)
            {
                _folded.Add(Fold(form));
            }
        }

        foreach (var form in _forms)
        {
            if (form.AsSpan().IndexOfAny("æøå") >= 0)
            {
                var folded = Fold(form);
                // Two nynorsk forms that fold alike ("bør", "bår") leave the written form undecided.
                _restore[folded] = _restore.ContainsKey(folded) ? null : form;
            }
        }
    }

    /// <summary>The shipped list (empty when the file is missing).</summary>
    public static NynorskForms Default => Shared.Value;

    /// <summary>Forms on the list.</summary>
    public int Count => _forms.Count;

    /// <summary>Whether the lower-cased form is valid nynorsk.</summary>
    public bool Contains(string lower) => _forms.Contains(lower);

    /// <summary>Forms on the list that bokmål does not have.</summary>
    public int NynorskOnlyCount => _only.Count;

    /// <summary>Whether the lower-cased form is valid nynorsk and no bokmål form ("gjer", "eit", "vere").</summary>
    public bool IsNynorskOnly(string lower) => _only.Contains(lower);

    /// <summary>
    /// Whether a nynorsk document's word must stay as written: a valid nynorsk form that is not also a form with
    /// æ/ø/å whose letters an English OCR lost ("konsultasjonar", "analysar", "seiast" stay; "pa", "aret", "gar" may
    /// be "på", "året", "går" and go to the corrector), or one of nynorsk's commonest function words ("vart", "vere").
    /// </summary>
    public bool Keeps(string lower) =>
        _forms.Contains(lower) && (FunctionWords.Contains(lower) || !_folded.Contains(lower));

    /// <summary>
    /// The one nynorsk form with æ/ø/å that a written form is with those letters lost, when the written form is not a
    /// nynorsk form itself ("fra" → "frå", "manaders" → "månaders"); null otherwise or when two forms compete.
    /// </summary>
    public string? Restore(string lower) =>
        lower.Length > 1 && !_forms.Contains(lower) && _restore.TryGetValue(lower, out var form) ? form : null;

    /// <summary>
    /// Whether two or more nynorsk forms with æ/ø/å fold to this written form ("foreslar": "foreslår" and "føreslår"), so
    /// that a bokmål context model cannot tell which one a nynorsk paper wrote.
    /// </summary>
    public bool HasRivalForms(string folded) => _restore.TryGetValue(folded, out var form) && form is null;

    /// <summary>æ → e, ø → o, å → a: what an English OCR makes of the Norwegian letters most often.</summary>
    public static string Fold(string lower) => string.Create(lower.Length, lower, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch { 'æ' => 'e', 'ø' => 'o', 'å' => 'a', var c => c };
        }
    });

    /// <summary>
    /// Reads a gzipped UTF-8 list, one form per line, a form bokmål lacks marked by <see cref="NynorskOnlyMark"/>; an
    /// absent file gives an empty list.
    /// </summary>
    public static NynorskForms Load(string path, IEnumerable<string>? lexicon = null)
    {
        if (!File.Exists(path))
        {
            return new NynorskForms([]);
        }

        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var forms = new List<string>(650_000);
        var only = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                if (line.EndsWith(NynorskOnlyMark, StringComparison.Ordinal))
                {
                    line = line[..^NynorskOnlyMark.Length];
                    only.Add(line);
                }

                forms.Add(line);
            }
        }

        return new NynorskForms(forms, lexicon, only);
    }

    /// <summary>
    /// Whether text is nynorsk: at least three words only nynorsk uses ("ikkje", "eit", "kva", "berre", "vert" …),
    /// and more than twice as many of them as of words only bokmål uses ("ikke", "et", "hva", "bare", "blir" …); or,
    /// for a text too short or too damaged to hold three (a tilted scan whose English OCR layer lost half its lines),
    /// two and not one bokmål marker, which a bokmål page of any length holds ("en", "et", "ikke", "ble").
    /// The markers carry no æ, ø or å, so a damaged text layer tells as well as a clean one.
    /// </summary>
    public static bool IsNynorsk(IEnumerable<string> lines)
    {
        int nynorsk = 0, bokmal = 0;
        foreach (var line in lines)
        {
            foreach (var token in WordTokenizer.Tokenize(line))
            {
                var lower = token.Text.ToLowerInvariant();
                var inNynorsk = NynorskMarkers.Contains(lower);
                var inBokmal = BokmalMarkers.Contains(lower);
                if (inNynorsk && !inBokmal)
                {
                    nynorsk++;
                }
                else if (inBokmal && !inNynorsk)
                {
                    bokmal++;
                }
            }
        }

        return (nynorsk >= 3 && nynorsk > 2 * bokmal) || (nynorsk >= 2 && bokmal == 0);
    }
}

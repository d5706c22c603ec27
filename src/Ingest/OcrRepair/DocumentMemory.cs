namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Words with æ, ø or å that the earlier pages of one document contained as written, or that repaired a word no
/// lexicon knows. A document repeats its vocabulary across pages ("fagdirektørmøte" on page 1 and page 4), so a
/// form seen clean or repaired beyond doubt elsewhere is strong evidence on a page where the same word is damaged
/// into a real word (the cache language model of Kuhn and De Mori 1990, kept for a whole document). One memory
/// belongs to one document and is filled page by page; it is not thread-safe.
/// </summary>
public sealed class DocumentMemory
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the document is written in nynorsk (<see cref="NynorskForms.IsNynorsk"/>), set by whoever reads the whole
    /// document first; the corrector then leaves valid nynorsk forms as written.
    /// </summary>
    public bool Nynorsk { get; init; }

    /// <summary>The document's own misreadings, learnt page by page (<see cref="DocumentChannel"/>).</summary>
    public DocumentChannel Channel { get; } = new();

    /// <summary>Words of the pages remembered so far (the denominator of the memory's estimate).</summary>
    public int Words { get; private set; }

    /// <summary>Times the lower-cased form was remembered.</summary>
    public int Count(string form) => _counts.GetValueOrDefault(form);

    /// <summary>Remembers one page: its forms worth remembering and how many words it had.</summary>
    public void AddPage(IEnumerable<string> forms, int words)
    {
        foreach (var form in forms)
        {
            _counts[form] = _counts.GetValueOrDefault(form) + 1;
        }

        Words += Math.Max(0, words);
    }
}

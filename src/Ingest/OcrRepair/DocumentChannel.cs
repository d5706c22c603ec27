namespace NorPreM.Ingest.OcrRepair;

/// <summary>One misreading undone: the engine wrote <paramref name="Observed"/> where the page had <paramref name="Intended"/>.</summary>
public readonly record struct ChannelEdit(string Observed, char Intended);

/// <summary>
/// The channel of one document, learnt from the document itself. Engines, fonts and scanners misread Norwegian letters
/// in their own ways: one document's English OCR writes "ø" as "e" ("mete", "sterre"), another's as "g" ("mgte"). The
/// readings of a page's words, each weighted by its posterior on its own, show which misreadings this document makes
/// and how often, and the Norwegian letters its valid words still carry show how many
/// survived. Those counts update the general channel as a Dirichlet prior (one round of expectation–maximisation,
/// as in adapting an OCR error model to a document: Kolak and Resnik 2002, "OCR error correction using a noisy channel
/// model"), so the real words of the same page ("mete", "ber") are weighed with the document's own misreadings.
/// Counts are kept per document; it is not thread-safe.
/// </summary>
public sealed class DocumentChannel
{
    /// <summary>Weight of the general channel, in misreadings: how many of the document's own it takes to move it halfway.</summary>
    public const double PriorStrength = 20.0;

    /// <summary>Weight of the page's damage estimate of θ, in letters.</summary>
    public const double ThetaPriorStrength = 8.0;

    /// <summary>
    /// Highest θ the document's counts may give: an engine that never writes the letter still leaves some chance it
    /// was not there. Chosen on the development scans (0.90, 0.95, 0.98 with prior strength 20 and 60): at 0.98 a
    /// compound's "a" became "å" ("gentestsvar" → "gentestsvår") where 0.95 left every sound word alone.
    /// </summary>
    public const double MaxTheta = 0.95;

    private readonly Dictionary<ChannelEdit, double> _counts = [];
    private readonly Dictionary<char, double> _byLetter = [];

    /// <summary>Norwegian letters undone, weighted by the posterior of the readings that undo them.</summary>
    public double Misread { get; private set; }

    /// <summary>Norwegian letters read as written, in valid words.</summary>
    public double Intact { get; private set; }

    /// <summary>Counts the misreadings of one reading, weighted by how likely the reading is.</summary>
    public void AddRepair(IReadOnlyList<ChannelEdit> edits, double weight = 1.0)
    {
        foreach (var edit in edits)
        {
            _counts[edit] = _counts.GetValueOrDefault(edit) + weight;
            _byLetter[edit.Intended] = _byLetter.GetValueOrDefault(edit.Intended) + weight;
            Misread += weight;
        }
    }

    /// <summary>Counts Norwegian letters that a valid word carries as written.</summary>
    public void AddIntact(int letters) => Intact += Math.Max(0, letters);

    /// <summary>Adds another channel's counts to this one.</summary>
    public void Add(DocumentChannel other)
    {
        foreach (var (k, v) in other._counts)
        {
            _counts[k] = _counts.GetValueOrDefault(k) + v;
        }

        foreach (var (k, v) in other._byLetter)
        {
            _byLetter[k] = _byLetter.GetValueOrDefault(k) + v;
        }

        Misread += other.Misread;
        Intact += other.Intact;
    }

    /// <summary>
    /// θ for the document: the share of its Norwegian letters misread, with the page's damage estimate
    /// <paramref name="pageTheta"/> as prior.
    /// </summary>
    public double Theta(double pageTheta) =>
        Math.Min(Math.Max(pageTheta, MaxTheta),
            (Misread + ThetaPriorStrength * pageTheta) / (Misread + Intact + ThetaPriorStrength));

    /// <summary>
    /// The weight of one misreading in this document: the general weight raised towards the document's own share of
    /// that letter's misreadings (the letter's total weight kept), never lowered.
    /// </summary>
    public double Weight(ChannelEdit edit, ConfusionModel general)
    {
        var prior = general.WeightOf(edit.Observed, edit.Intended);
        var letterMass = general.MassOf(edit.Intended);
        if (prior == 0 || letterMass == 0)
        {
            return prior;
        }

        // The counts come from readings the page supports, and a misreading into a real word ("for" for "før") is seldom
        // supported, so the counts miss such misreadings: what the document shows raises a misreading's weight, what it
        // does not show leaves the general weight.
        var seen = _byLetter.GetValueOrDefault(edit.Intended);
        var share = (_counts.GetValueOrDefault(edit) + PriorStrength * prior / letterMass) / (seen + PriorStrength);
        return Math.Max(prior, share * letterMass);
    }

    /// <summary>
    /// The misreadings that turn <paramref name="candidate"/> into <paramref name="written"/> under
    /// <paramref name="model"/> (the likeliest when there are several ways), or null when it cannot.
    /// </summary>
    public static IReadOnlyList<ChannelEdit>? EditsOf(string written, string candidate, ConfusionModel model)
    {
        var memo = new Dictionary<(int, int), (double Score, ChannelEdit? Edit, int NextP)?>();
        if (Best(0, 0) is null)
        {
            return null;
        }

        var edits = new List<ChannelEdit>();
        var (p, q) = (0, 0);
        while (q < candidate.Length)
        {
            var step = memo[(p, q)]!.Value;
            if (step.Edit is { } e)
            {
                edits.Add(e);
            }

            p = step.NextP;
            q++;
        }

        return edits;

        (double Score, ChannelEdit? Edit, int NextP)? Best(int wp, int cq)
        {
            if (cq == candidate.Length)
            {
                return wp == written.Length ? (0.0, null, wp) : null;
            }

            if (memo.TryGetValue((wp, cq), out var known))
            {
                return known;
            }

            (double Score, ChannelEdit? Edit, int NextP)? best = null;
            if (wp < written.Length && written[wp] == candidate[cq] && Best(wp + 1, cq + 1) is { } same)
            {
                best = (same.Score, null, wp + 1);
            }

            foreach (var c in model.Confusions)
            {
                if (c.Intended != candidate[cq] || wp + c.Observed.Length > written.Length
                    || string.CompareOrdinal(written, wp, c.Observed, 0, c.Observed.Length) != 0)
                {
                    continue;
                }

                if (Best(wp + c.Observed.Length, cq + 1) is { } rest)
                {
                    var score = rest.Score + Math.Log(c.Weight);
                    if (best is null || score > best.Value.Score)
                    {
                        best = (score, new ChannelEdit(c.Observed, c.Intended), wp + c.Observed.Length);
                    }
                }
            }

            memo[(wp, cq)] = best;
            return best;
        }
    }
}

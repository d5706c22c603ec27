using System.Globalization;
using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>What a repair changed, as far as its trustworthiness goes: read from the written word alone.</summary>
public enum RepairKind
{
    /// <summary>A written form no lexicon knows ("mgte", "fagdirektgrmgte"): most likely damage.</summary>
    NonWord,

    /// <summary>A lower-case lexicon word as written ("mate", "for"): only context says it is damage.</summary>
    RealWord,

    /// <summary>A capitalised word ("Ar", "Orjan", "Sjoberg"): a name, a heading or a sentence's first word.</summary>
    Capitalised,
}

/// <summary>
/// Maps a repair's raw confidence (the corrector's posterior, or the OCR merge's word confidence) to a cautious estimate
/// of the share of such repairs that were right on the development sets, per <see cref="RepairKind"/> and band of raw
/// confidence (binning and isotonic regression, as Zadrozny and Elkan 2002 calibrate). Cautious: the lower one-sided
/// 95 % bound of that share, counting a band's documents, not its repairs, as the independent draws, because one
/// document repeats its own misreadings and names many times (a name read wrong on every page, "Flåtten"). Fitted by <c>norprem evaluate-repair --calibrate</c>
/// with cross-validation grouped by document, compiled in from <c>Resources/Ocr/confidence-calibration.tsv</c>; without
/// that table the raw confidence is kept.
/// </summary>
public sealed class ConfidenceCalibration
{
    /// <summary>Name of the compiled-in table.</summary>
    public const string ResourceName = "NorPreM.Ingest.Resources.Ocr.confidence-calibration.tsv";

    /// <summary>Upper edges of the raw-confidence bands (the last band holds 1.0).</summary>
    public static readonly double[] Edges = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 1.0001];

    // How many repairs' worth of the pooled band share (all kinds) a kind's band starts from.
    private const double PriorWeight = 10;

    // One-sided 95 % normal quantile for the lower bound of a band's share.
    private const double LowerBoundZ = 1.645;

    private static readonly Lazy<ConfidenceCalibration> Shared = new(LoadCompiledIn);

    private readonly double[][]? _values;

    private ConfidenceCalibration(double[][]? values) => _values = values;

    /// <summary>Keeps every raw confidence as it is.</summary>
    public static ConfidenceCalibration Identity { get; } = new(null);

    /// <summary>The compiled-in table (<see cref="Identity"/> when it is missing or unreadable).</summary>
    public static ConfidenceCalibration Default => Shared.Value;

    /// <summary>Whether this maps anything (false for <see cref="Identity"/>).</summary>
    public bool IsFitted => _values is not null;

    /// <summary>The kind of a repair of the written word <paramref name="before"/>.</summary>
    public static RepairKind KindOf(string before)
    {
        if (before.Length > 0 && char.IsUpper(before[0]))
        {
            return RepairKind.Capitalised;
        }

        return before.Length > 0 && before.All(char.IsLetter) && NorwegianLexicon.Default.Contains(before)
            ? RepairKind.RealWord
            : RepairKind.NonWord;
    }

    /// <summary>The calibrated confidence of a repair of <paramref name="before"/> whose raw confidence is <paramref name="raw"/>.</summary>
    public double Map(string before, double raw) => Map(KindOf(before), raw);

    /// <summary>The calibrated confidence of a repair of the given kind and raw confidence.</summary>
    public double Map(RepairKind kind, double raw) =>
        _values is null ? raw : Math.Round(_values[(int)kind][Band(raw)], 3);

    private static int Band(double raw)
    {
        for (var b = 0; b < Edges.Length; b++)
        {
            if (raw < Edges[b])
            {
                return b;
            }
        }

        return Edges.Length - 1;
    }

    /// <summary>
    /// Fits the table to judged repairs: per kind and band the share right, drawn towards the band's share over all kinds
    /// (weight <see cref="PriorWeight"/> repairs, so a thin band borrows from its neighbours' kinds), lowered to its
    /// one-sided 95 % bound with the band's documents as the sample size, then made non-decreasing in raw confidence
    /// within each kind (pool-adjacent-violators).
    /// </summary>
    public static ConfidenceCalibration Fit(IEnumerable<(RepairKind Kind, double Raw, bool Right, string Document)> repairs)
    {
        var kinds = Enum.GetValues<RepairKind>().Length;
        var n = new double[kinds, Edges.Length];
        var right = new double[kinds, Edges.Length];
        var documents = new HashSet<string>[kinds, Edges.Length];
        foreach (var (kind, raw, ok, document) in repairs)
        {
            var b = Band(raw);
            n[(int)kind, b]++;
            right[(int)kind, b] += ok ? 1 : 0;
            (documents[(int)kind, b] ??= new HashSet<string>(StringComparer.Ordinal)).Add(document);
        }

        var values = new double[kinds][];
        for (var k = 0; k < kinds; k++)
        {
            var share = new double[Edges.Length];
            var weight = new double[Edges.Length];
            for (var b = 0; b < Edges.Length; b++)
            {
                double pooledN = 0, pooledRight = 0;
                for (var j = 0; j < kinds; j++)
                {
                    pooledN += n[j, b];
                    pooledRight += right[j, b];
                }

                var pooled = (pooledRight + 1) / (pooledN + 2);
                var estimate = (right[k, b] + PriorWeight * pooled) / (n[k, b] + PriorWeight);
                // A band seen in few documents counts as few draws; an unseen band as the prior's weight of one.
                var draws = Math.Max(1, documents[k, b]?.Count ?? 0);
                share[b] = Math.Max(0, estimate - LowerBoundZ * Math.Sqrt(estimate * (1 - estimate) / draws));
                // A band with no repairs of this kind takes its neighbours' value rather than pulling theirs down.
                weight[b] = n[k, b] + 1e-3;
            }

            values[k] = Monotone(share, weight);
        }

        return new ConfidenceCalibration(values);
    }

    /// <summary>Weighted isotonic regression (pool adjacent violators): the closest non-decreasing sequence.</summary>
    private static double[] Monotone(double[] values, double[] weights)
    {
        var blocks = new List<(double Value, double Weight, int Count)>();
        for (var i = 0; i < values.Length; i++)
        {
            blocks.Add((values[i], weights[i], 1));
            while (blocks.Count > 1 && blocks[^2].Value > blocks[^1].Value)
            {
                var (a, b) = (blocks[^2], blocks[^1]);
                blocks.RemoveRange(blocks.Count - 2, 2);
                var w = a.Weight + b.Weight;
                blocks.Add(((a.Value * a.Weight + b.Value * b.Weight) / w, w, a.Count + b.Count));
            }
        }

        return [.. blocks.SelectMany(b => Enumerable.Repeat(b.Value, b.Count))];
    }

    /// <summary>Writes the table: "kind TAB band's upper edge TAB calibrated confidence" per line, '#' comments first.</summary>
    public void Write(TextWriter writer, string header)
    {
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        if (_values is null)
        {
            return;
        }

        foreach (var kind in Enum.GetValues<RepairKind>())
        {
            for (var b = 0; b < Edges.Length; b++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}\t{Math.Min(1, Edges[b]):0.00}\t{_values[(int)kind][b]:0.0000}"));
            }
        }
    }

    private static ConfidenceCalibration LoadCompiledIn()
    {
        using var stream = typeof(ConfidenceCalibration).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new ConfidenceCalibration(null);
        }

        using var reader = new StreamReader(stream);
        return Load(reader);
    }

    /// <summary>Reads a table written by <see cref="Write"/>; a malformed or incomplete table gives <see cref="Identity"/>.</summary>
    public static ConfidenceCalibration Load(TextReader reader)
    {
        var kinds = Enum.GetValues<RepairKind>().Length;
        var values = Enumerable.Range(0, kinds).Select(_ => new double[Edges.Length]).ToArray();
        var seen = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || !Enum.TryParse<RepairKind>(parts[0], out var kind)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var edge)
                || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return Identity;
            }

            values[(int)kind][Band(Math.Min(edge, 1.0) - 1e-9)] = value;
            seen++;
        }

        return seen == kinds * Edges.Length ? new ConfidenceCalibration(values) : Identity;
    }
}

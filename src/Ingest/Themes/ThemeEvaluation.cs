using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>Counts and scores for one theme.</summary>
public sealed record ThemeMetrics(string Id, int Support, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;
    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);
}

/// <summary>
/// Multi-label evaluation: per-theme precision, recall and F1, and their macro average (each theme counts the same,
/// so rare themes matter as much as frequent ones). Themes without a gold positive in the set are left out of the
/// macro average, since their F1 is undefined.
/// </summary>
public sealed record ThemeEvaluation(IReadOnlyList<ThemeMetrics> PerTheme)
{
    public double MacroF1 => PerTheme.Where(m => m.Support > 0).Select(m => m.F1).DefaultIfEmpty(0).Average();
    public double MacroPrecision => PerTheme.Where(m => m.Support > 0).Select(m => m.Precision).DefaultIfEmpty(0).Average();
    public double MacroRecall => PerTheme.Where(m => m.Support > 0).Select(m => m.Recall).DefaultIfEmpty(0).Average();

    /// <summary>
    /// Share of the assigned themes that are wrong (false positives over all assignments, pooled over themes): what a
    /// reader browsing by theme meets as noise. 0 when nothing was assigned.
    /// </summary>
    public double SpuriousRate
    {
        get
        {
            int tp = PerTheme.Sum(m => m.TruePositives), fp = PerTheme.Sum(m => m.FalsePositives);
            return tp + fp == 0 ? 0 : (double)fp / (tp + fp);
        }
    }

    public double MicroF1
    {
        get
        {
            int tp = PerTheme.Sum(m => m.TruePositives), fp = PerTheme.Sum(m => m.FalsePositives), fn = PerTheme.Sum(m => m.FalseNegatives);
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /// <summary>Compares predicted theme sets with the gold labels, passage by passage.</summary>
    public static ThemeEvaluation Compute(IReadOnlyList<LabelledPassage> gold, IReadOnlyList<IReadOnlySet<string>> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("Like mange prediksjoner som fasitpassasjer trengs.", nameof(predicted));
        }

        var metrics = ThemeTaxonomy.Ids.Select(id =>
        {
            int support = 0, tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i].Themes.Contains(id);
                var p = predicted[i].Contains(id);
                if (g) support++;
                if (g && p) tp++;
                else if (p) fp++;
                else if (g) fn++;
            }

            return new ThemeMetrics(id, support, tp, fp, fn);
        }).ToList();
        return new ThemeEvaluation(metrics);
    }

    /// <summary>
    /// Percentile bootstrap interval of the macro-F1 (Efron &amp; Tibshirani 1993): the passages are resampled
    /// with replacement <paramref name="resamples"/> times with a fixed seed, so the interval is repeatable. With a
    /// handful of positives per theme the macro-F1 of a small split moves a lot with single passages; the interval
    /// says how much.
    /// </summary>
    public static (double Low, double High) BootstrapMacroF1(IReadOnlyList<LabelledPassage> gold, IReadOnlyList<IReadOnlySet<string>> predicted,
        int resamples = 1000, double level = 0.95, int seed = 20220603)
    {
        if (gold.Count == 0)
        {
            return (0, 0);
        }

        var random = new Random(seed);
        var scores = new double[resamples];
        var g = new LabelledPassage[gold.Count];
        var p = new IReadOnlySet<string>[gold.Count];
        for (var r = 0; r < resamples; r++)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                var k = random.Next(gold.Count);
                g[i] = gold[k];
                p[i] = predicted[k];
            }

            scores[r] = Compute(g, p).MacroF1;
        }

        Array.Sort(scores);
        var tail = (1 - level) / 2;
        return (scores[(int)Math.Floor(tail * (resamples - 1))], scores[(int)Math.Ceiling((1 - tail) * (resamples - 1))]);
    }

    /// <summary>
    /// Percentile bootstrap intervals that resample whole sources (<see cref="LabelledPassage.SourceKey"/>) with
    /// replacement, the cluster bootstrap (Field &amp; Welsh 2007): with leave-one-source-out predictions the unit of
    /// variation is the source, and passages of one source are not independent. Gives intervals for the macro-F1, the
    /// spurious-theme rate and each theme's F1 (a resample without positives of a theme leaves that theme out).
    /// </summary>
    public static SourceBootstrap BootstrapBySource(IReadOnlyList<LabelledPassage> gold, IReadOnlyList<IReadOnlySet<string>> predicted,
        int resamples = 1000, double level = 0.95, int seed = 20220603)
    {
        var sources = Enumerable.Range(0, gold.Count).GroupBy(i => gold[i].SourceKey, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var random = new Random(seed);
        var macro = new List<double>();
        var spurious = new List<double>();
        var perTheme = ThemeTaxonomy.Ids.ToDictionary(id => id, _ => new List<double>(), StringComparer.Ordinal);
        for (var r = 0; r < resamples && sources.Count > 0; r++)
        {
            var rows = Enumerable.Range(0, sources.Count).SelectMany(_ => sources[random.Next(sources.Count)]).ToList();
            var evaluation = Compute(rows.Select(i => gold[i]).ToList(), rows.Select(i => predicted[i]).ToList());
            macro.Add(evaluation.MacroF1);
            spurious.Add(evaluation.SpuriousRate);
            foreach (var m in evaluation.PerTheme.Where(m => m.Support > 0))
            {
                perTheme[m.Id].Add(m.F1);
            }
        }

        return new SourceBootstrap(sources.Count, Interval(macro, level), Interval(spurious, level),
            perTheme.ToDictionary(kv => kv.Key, kv => Interval(kv.Value, level), StringComparer.Ordinal));
    }

    private static (double Low, double High) Interval(List<double> scores, double level)
    {
        if (scores.Count == 0)
        {
            return (0, 0);
        }

        scores.Sort();
        var tail = (1 - level) / 2;
        return (scores[(int)Math.Floor(tail * (scores.Count - 1))], scores[(int)Math.Ceiling((1 - tail) * (scores.Count - 1))]);
    }

    /// <summary>A plain-text table (Norwegian headings) for the CLI.</summary>
    public string ToTable()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{"tema",-27} {"antall",6} {"presisjon",9} {"treff",6} {"F1",6}");
        foreach (var m in PerTheme)
        {
            sb.AppendLine($"{m.Id,-27} {m.Support,6} {m.Precision,9:0.000} {m.Recall,6:0.000} {m.F1,6:0.000}");
        }

        sb.AppendLine($"{"makro",-27} {"",6} {MacroPrecision,9:0.000} {MacroRecall,6:0.000} {MacroF1,6:0.000}");
        sb.Append($"mikro-F1 {MicroF1:0.000}");
        return sb.ToString();
    }
}

/// <summary>Bootstrap intervals over sources (<see cref="ThemeEvaluation.BootstrapBySource"/>).</summary>
/// <param name="Sources">How many sources were resampled.</param>
public sealed record SourceBootstrap(int Sources, (double Low, double High) MacroF1, (double Low, double High) SpuriousRate,
    IReadOnlyDictionary<string, (double Low, double High)> ThemeF1);

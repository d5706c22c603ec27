using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// A classifier that remembers what it answered, for a host that ingests again and again (the web app on every corpus
/// change): the themes stage classifies the whole knowledge base each run, and with this only the texts the run has
/// not seen before reach the model, so adding one paper costs that paper's texts, not the archive's.
/// </summary>
/// <remarks>
/// A text's themes depend on the text alone (<see cref="Classify"/>, <see cref="ClassifyMany"/>, <see cref="Scores"/>),
/// and a text read in context on the texts sharing its context key (<see cref="ClassifyInContext"/>: the model mixes
/// each text's probabilities with the mean of its group, <see cref="ThemeContext"/>), so a group is remembered whole,
/// keyed by its key and every text in it; a group that changed in any text is classified again. Keys are SHA-256 of the
/// texts, so the memory holds scores, not texts. Past <see cref="MaxEntries"/> it starts afresh.
/// </remarks>
public sealed class RememberingThemeClassifier(IThemeClassifier inner) : IThemeClassifier
{
    /// <summary>Most answers kept; about a theme list each.</summary>
    public const int MaxEntries = 500_000;

    private readonly ConcurrentDictionary<string, IReadOnlyList<ThemeScore>> _themes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<ThemeScore>> _scores = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<ThemeScore>>> _groups = new(StringComparer.Ordinal);

    /// <summary>Texts (or groups of texts in context) the inner classifier was asked about: what the memory did not answer.</summary>
    public int Classified => Volatile.Read(ref _classified);

    private int _classified;

    public IReadOnlyList<ThemeScore> Classify(string text) =>
        Remember(_themes, Key("t", text), () =>
        {
            Interlocked.Increment(ref _classified);
            return inner.Classify(text);
        });

    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyMany(IReadOnlyList<string> texts) =>
        RememberMany(_themes, "t", texts, missing =>
        {
            Interlocked.Add(ref _classified, missing.Count);
            return inner.ClassifyMany(missing);
        });

    public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyInContext(IReadOnlyList<string> texts, IReadOnlyList<string> contexts)
    {
        // The texts of each context key, in the order given: the unit the model reads together.
        var groups = Enumerable.Range(0, texts.Count).GroupBy(i => contexts[i], StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var keys = groups.Select(g => Key("c", contexts[g[0]] + "\u0002" + string.Join('\u0001', g.Select(i => texts[i])))).ToList();
        var result = new IReadOnlyList<ThemeScore>[texts.Count];
        var missing = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (_groups.TryGetValue(keys[g], out var known))
            {
                for (var k = 0; k < groups[g].Count; k++)
                {
                    result[groups[g][k]] = known[k];
                }
            }
            else
            {
                missing.Add(g);
            }
        }

        if (missing.Count > 0)
        {
            // Every group not remembered in one batch: the model featurizes many texts at once much faster than one by one.
            var order = missing.SelectMany(g => groups[g]).ToList();
            Interlocked.Add(ref _classified, order.Count);
            var fresh = inner.ClassifyInContext(order.Select(i => texts[i]).ToList(), order.Select(i => contexts[i]).ToList());
            var at = order.Select((index, k) => (index, k)).ToDictionary(x => x.index, x => fresh[x.k]);
            Trim();
            foreach (var g in missing)
            {
                var answers = groups[g].Select(i => at[i]).ToList();
                _groups[keys[g]] = answers;
                for (var k = 0; k < groups[g].Count; k++)
                {
                    result[groups[g][k]] = answers[k];
                }
            }
        }

        return result;
    }

    public IReadOnlyList<ThemeScore> Scores(string text) => Remember(_scores, Key("s", text), () => inner.Scores(text));

    public IReadOnlyList<IReadOnlyList<ThemeScore>> ScoresMany(IReadOnlyList<string> texts) =>
        RememberMany(_scores, "s", texts, inner.ScoresMany);

    /// <summary>
    /// The remembered answer for each text, and for the texts not remembered one call of <paramref name="compute"/>,
    /// whose answers are then remembered.
    /// </summary>
    private IReadOnlyList<IReadOnlyList<ThemeScore>> RememberMany(ConcurrentDictionary<string, IReadOnlyList<ThemeScore>> memory, string prefix,
        IReadOnlyList<string> texts, Func<IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<ThemeScore>>> compute)
    {
        var keys = texts.Select(t => Key(prefix, t)).ToList();
        var result = new IReadOnlyList<ThemeScore>[texts.Count];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (memory.TryGetValue(keys[i], out var known))
            {
                result[i] = known;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            var fresh = compute(missing.Select(i => texts[i]).ToList());
            Trim();
            for (var k = 0; k < missing.Count; k++)
            {
                result[missing[k]] = memory[keys[missing[k]]] = fresh[k];
            }
        }

        return result;
    }

    private IReadOnlyList<ThemeScore> Remember(ConcurrentDictionary<string, IReadOnlyList<ThemeScore>> memory, string key, Func<IReadOnlyList<ThemeScore>> compute)
    {
        if (memory.TryGetValue(key, out var known))
        {
            return known;
        }

        Trim();
        return memory[key] = compute();
    }

    /// <summary>Starts afresh when the memory has grown past <see cref="MaxEntries"/> (texts of papers long gone).</summary>
    private void Trim()
    {
        if (_themes.Count + _scores.Count + _groups.Count > MaxEntries)
        {
            _themes.Clear();
            _scores.Clear();
            _groups.Clear();
        }
    }

    private static string Key(string kind, string text) =>
        kind + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

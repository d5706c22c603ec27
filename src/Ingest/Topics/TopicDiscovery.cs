using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using NorPreM.Ingest.Themes;
using NorPreM.Search.Analysis;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Topics;

/// <summary>Settings of <see cref="TopicDiscovery"/>; the defaults are the product's.</summary>
public sealed record TopicOptions
{
    /// <summary>Number of topics; null chooses it from the number of texts (<see cref="TopicDiscovery.TopicCountFor"/>).</summary>
    public int? Topics { get; init; }

    /// <summary>Most topics chosen automatically: staff read each one, and a small corpus cannot carry many.</summary>
    public int MaxTopics { get; init; } = 8;

    public int WordsPerTopic { get; init; } = 10;

    /// <summary>Most representative texts returned per topic.</summary>
    public int TextsPerTopic { get; init; } = 5;

    /// <summary>A text counts as representative of a topic only when the topic has at least this share of its words.</summary>
    public double MinTextWeight { get; init; } = 0.2;

    /// <summary>
    /// Words found in more than this share of the texts are left out: they are the corpus's genre words ("rådet",
    /// "sak", "møte") and would top every topic. Gensim's <c>filter_extremes</c> uses 0.5 by default.
    /// </summary>
    public double MaxDocumentShare { get; init; } = 0.4;

    /// <summary>Words found in fewer texts than this are left out: a word seen once cannot link two texts.</summary>
    public int MinDocumentCount { get; init; } = 2;

    /// <summary>
    /// Counts inflected forms of a word as one word ("strategi"/"strategien", "sak"/"saker"), shown in its most frequent
    /// form. A small corpus has too few occurrences to spread over forms, and a topic's top words otherwise repeat one
    /// word in several forms.
    /// </summary>
    public bool ConflateInflections { get; init; } = true;

    /// <summary>
    /// Sampling iterations of LightLDA. Its Metropolis-Hastings sampler mixes slowly on small corpora: at 300
    /// iterations even texts with disjoint vocabularies still shared topics; 1000 separated them (a page corpus of 35
    /// pages takes about a second).
    /// </summary>
    public int Iterations { get; init; } = 1000;

    /// <summary>
    /// Most texts the model is fitted on. LightLDA's time grows with the words it samples (texts × iterations), and 8
    /// topics are well estimated from a few hundred pages: a larger archive is sampled evenly in its stable order
    /// (<see cref="LdaTopicFinder"/>). 300 pages take about 4 s on one core; all 1 000 pages of a generated archive took
    /// 32 s and were 46 % of its ingest (BENCHMARKS.md, issue 19).
    /// </summary>
    public int MaxTexts { get; init; } = 300;

    /// <summary>
    /// Seed of the <see cref="MLContext"/>. LightLDA restarts its own random generator before training and before
    /// inference (<c>LightDocSampler::AdaptAlphaSum</c> in dotnet/machinelearning's src/Native/LdaNative), so results
    /// are the same for every seed; together with one thread this is what makes runs reproducible.
    /// </summary>
    public int Seed { get; init; } = 20220603;

    /// <summary>
    /// Words never counted as topic words (lower case): the words of the names of people the knowledge base knows
    /// (attendees, case officers). In a small corpus the people who attend every meeting of one council otherwise
    /// top that council's topic ("ragnhild", "aarø") without saying what was discussed.
    /// </summary>
    public IReadOnlySet<string> ExcludedWords { get; init; } = new HashSet<string>();
}

/// <summary>One unsupervised topic: its most probable words and the texts (by index into the input) it weighs most in.</summary>
public sealed record DiscoveredTopic(int Number, IReadOnlyList<TopicWord> Words, IReadOnlyList<TopicText> Texts);

/// <summary>A text representative of a topic: its index in the input and the share of its words in the topic.</summary>
public sealed record TopicText(int Index, double Weight);

/// <summary>The topics found, with what the vocabulary filter kept and left out.</summary>
public sealed record TopicDiscoveryResult(
    IReadOnlyList<DiscoveredTopic> Topics,
    int Texts,
    int Vocabulary,
    IReadOnlyList<string> CommonWords,
    string Method);

/// <summary>Raised when the texts cannot carry topics (too few texts, or too few words shared between them).</summary>
public sealed class TopicDiscoveryException(string reason) : Exception(reason)
{
    /// <summary>Norwegian reason, for users.</summary>
    public string Reason { get; } = reason;
}

/// <summary>
/// Unsupervised topics with Microsoft.ML's LatentDirichletAllocation transform (LightLDA; Blei, Ng &amp; Jordan 2003;
/// Yuan et al. 2015), to show staff recurring subjects the fixed taxonomy may miss.
/// <para>
/// Words are lower-cased tokens of letters and digits (kept whole across hyphens: "e-helse", "ho21-rådet"; tokens
/// without a letter dropped), without the project's Norwegian stop words and ML.NET's; inflected forms are counted
/// as one word (<see cref="TopicOptions.ConflateInflections"/>). The vocabulary is then
/// pruned by document frequency, as is standard for topic models (gensim's <c>filter_extremes</c>, scikit-learn's
/// <c>max_df</c>/<c>min_df</c>): words in fewer than <see cref="TopicOptions.MinDocumentCount"/> texts or in more
/// than <see cref="TopicOptions.MaxDocumentShare"/> of them are left out, since genre words shared by most pages
/// ("rådet", "sak", "bidra") otherwise top every topic. Fitting is deterministic: one thread and the engine's random
/// generator reset (<see cref="TopicOptions.Seed"/>). The Dirichlet priors are ML.NET's defaults: LightLDA replaces a
/// document-topic prior summed below 10 by 100 when training and one above 10 by 1 when inferring each text's topic
/// weights, so the parameter barely matters. LightLDA's progress lines, which its native code prints to the process's standard output,
/// are silenced (<see cref="NativeStdout"/>).
/// </para>
/// </summary>
public static partial class TopicDiscovery
{
    private sealed class Row
    {
        public string Text { get; set; } = "";
    }

    /// <summary>
    /// The number of topics for <paramref name="texts"/> texts when none is given: √(n/2), the rule of thumb for the
    /// number of clusters (Mardia, Kent &amp; Bibby 1979), between 2 and <paramref name="max"/>. 35 pages give 4 topics,
    /// 200 give 8 (capped).
    /// </summary>
    public static int TopicCountFor(int texts, int max) =>
        Math.Clamp((int)Math.Round(Math.Sqrt(texts / 2.0)), 2, Math.Max(2, max));

    /// <summary>Finds topics in <paramref name="texts"/>. Throws <see cref="TopicDiscoveryException"/> when they cannot carry any.</summary>
    public static TopicDiscoveryResult Discover(IReadOnlyList<string> texts, TopicOptions? options = null)
    {
        options ??= new TopicOptions();
        var topics = options.Topics ?? TopicCountFor(texts.Count, options.MaxTopics);
        ArgumentOutOfRangeException.ThrowIfLessThan(topics, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WordsPerTopic, 1);
        if (texts.Count < Math.Max(topics, options.MinDocumentCount))
        {
            throw new TopicDiscoveryException($"For få tekster ({texts.Count}) til {topics} emner.");
        }

        var surface = texts.Select(t => (IReadOnlyList<string>)Tokenize(t).Where(w => !options.ExcludedWords.Contains(w)).ToList()).ToList();
        var (tokens, display) = options.ConflateInflections ? Conflate(surface) : (surface, new Dictionary<string, string>(StringComparer.Ordinal));
        var (kept, commonKeys) = PruneVocabulary(tokens, options.MinDocumentCount, options.MaxDocumentShare);
        var common = commonKeys.Select(k => display.GetValueOrDefault(k, k)).ToList();
        var filtered = tokens.Select(t => t.Where(kept.Contains).ToList()).ToList();
        var usable = filtered.Count(t => t.Count > 0);
        if (kept.Count < topics || usable < topics)
        {
            throw new TopicDiscoveryException($"Tekstene har for få felles ord ({kept.Count}) til {topics} emner.");
        }

        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(filtered.Select(t => new Row { Text = string.Join(' ', t) }).ToList());
        var text = ml.Transforms.Text;
        var pipeline = text.TokenizeIntoWords("Words", nameof(Row.Text), [' '])
            .Append(text.RemoveDefaultStopWords("Words", "Words", StopWordsRemovingEstimator.Language.Norwegian_Bokmal))
            .Append(ml.Transforms.Conversion.MapValueToKey("Keys", "Words"))
            .Append(text.ProduceNgrams("Counts", "Keys", ngramLength: 1, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(text.LatentDirichletAllocation("Topics", "Counts", numberOfTopics: topics,
                maximumNumberOfIterations: options.Iterations, likelihoodInterval: options.Iterations,
                numberOfSummaryTermsPerTopic: options.WordsPerTopic, numberOfThreads: 1, resetRandomGenerator: true));

        var (model, weights) = NativeStdout.Silenced(() =>
        {
            var fitted = pipeline.Fit(data);
            return (fitted, ReadTopicWeights(fitted.Transform(data), topics));
        });

        var details = model.LastTransformer.GetLdaDetails(0);
        var result = new List<DiscoveredTopic>(topics);
        for (var t = 0; t < topics; t++)
        {
            var words = details.WordScoresPerTopic[t]
                .OrderByDescending(w => w.Score)
                .ThenBy(w => w.Word, StringComparer.Ordinal)
                .Take(options.WordsPerTopic)
                .Select(w => new TopicWord(display.GetValueOrDefault(w.Word, w.Word), Math.Round(w.Score, 4)))
                .ToList();
            var representative = Enumerable.Range(0, texts.Count)
                .Where(i => filtered[i].Count > 0 && weights[i][t] >= options.MinTextWeight)
                .OrderByDescending(i => weights[i][t])
                .ThenBy(i => i)
                .Take(options.TextsPerTopic)
                .Select(i => new TopicText(i, Math.Round(weights[i][t], 3)))
                .ToList();
            result.Add(new DiscoveredTopic(t + 1, words, representative));
        }

        var method = $"LightLDA (Microsoft.ML), {topics} emner, {options.Iterations} iterasjoner, 1 tråd; " +
            $"ord i minst {options.MinDocumentCount} og høyst {options.MaxDocumentShare:P0} av tekstene";
        return new TopicDiscoveryResult(result, texts.Count, kept.Count, common, method);
    }

    /// <summary>The lower-cased content words of a text, in order (stop words and tokens without letters removed).</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        var words = new List<string>();
        foreach (Match m in WordRegex().Matches(text))
        {
            var word = m.Value.ToLowerInvariant();
            if (word.Length >= 2 && word.Any(char.IsLetter) && !StopWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// Replaces each word by its minimal stem (<see cref="NorwegianStems"/>) and names each stem by its most frequent
    /// form (ties: the shorter, then the first in ordinal order).
    /// </summary>
    private static (List<IReadOnlyList<string>> Keys, Dictionary<string, string> Display) Conflate(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var keys = new List<IReadOnlyList<string>>(texts.Count);
        foreach (var words in texts)
        {
            var row = new List<string>(words.Count);
            foreach (var word in words)
            {
                if (!stems.TryGetValue(word, out var stem))
                {
                    stem = NorwegianStems.Minimal(word);
                    stems[word] = stem;
                }

                if (!forms.TryGetValue(stem, out var counts))
                {
                    forms[stem] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                counts[word] = counts.GetValueOrDefault(word) + 1;
                row.Add(stem);
            }

            keys.Add(row);
        }

        var display = forms.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
        return (keys, display);
    }

    /// <summary>
    /// The words kept (in at least <paramref name="minCount"/> texts and at most <paramref name="maxShare"/> of them)
    /// and the common words left out, most widespread first.
    /// </summary>
    public static (HashSet<string> Kept, IReadOnlyList<string> Common) PruneVocabulary(IReadOnlyList<IReadOnlyList<string>> texts, int minCount, double maxShare)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in texts)
        {
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        var maxCount = maxShare * texts.Count;
        var kept = documentFrequency.Where(kv => kv.Value >= minCount && kv.Value <= maxCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var common = documentFrequency.Where(kv => kv.Value > maxCount)
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key)
            .ToList();
        return (kept, common);
    }

    /// <summary>Each text's topic distribution (normalised to sum 1; all zero for a text without words).</summary>
    private static List<double[]> ReadTopicWeights(IDataView transformed, int topics)
    {
        var column = transformed.Schema["Topics"];
        var result = new List<double[]>();
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var buffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var dense = new double[topics];
            foreach (var (index, value) in buffer.Items())
            {
                dense[index] = value;
            }

            var sum = dense.Sum();
            result.Add(sum > 0 ? dense.Select(v => v / sum).ToArray() : dense);
        }

        return result;
    }

    /// <summary>
    /// General Norwegian words that name no subject in any text: light verbs, vague adjectives and quantifiers, and
    /// abbreviations such as "bl.a." and "jf.". Not stop words for search (someone may look for "nye metoder"), but
    /// a topic model spends its top words on them. Written for this project from bokmål grammar, not from the corpus.
    /// </summary>
    public static IReadOnlyList<string> GeneralWords { get; } =
    [
        "alle", "andre", "annen", "annet", "ny", "nye", "nytt", "stor", "store", "stort", "større", "størst", "ulik",
        "ulike", "egen", "eget", "egne", "hele", "flere", "fleste", "noen", "gi", "gir", "ga", "gitt", "ta", "tar", "tok",
        "tatt", "få", "får", "fikk", "fått", "gjøre", "gjør", "gjorde", "gjort", "legge", "legger", "la", "lagt", "komme",
        "kommer", "kom", "kommet", "frem", "fram", "rundt", "tillegg", "knyttet", "bl", "mv", "osv", "jf", "ca", "dvs",
        "etc", "ifm", "iht", "pr", "nr", "mht",
    ];

    /// <summary>
    /// The project's stop words (the classifier's list and the search analyzer's, <see cref="NorwegianStopWords"/>)
    /// plus <see cref="GeneralWords"/>.
    /// </summary>
    private static readonly HashSet<string> StopWords = new(
        ThemeFeaturizer.StopWords.Concat(NorwegianStopWords.Set.Select(w => w.ToString() ?? "")).Concat(GeneralWords),
        StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex WordRegex();
}

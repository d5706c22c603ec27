using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace NorPreM.Ingest.Themes;

/// <summary>One unsupervised topic: its most probable words with their weights.</summary>
public sealed record DiscoveredTopic(int Number, IReadOnlyList<(string Word, double Weight)> Words);

/// <summary>
/// Unsupervised topics with Microsoft.ML's LatentDirichletAllocation transform (LightLDA; Blei, Ng &amp; Jordan 2003;
/// Yuan et al. 2015), to show staff recurring subjects the fixed taxonomy may miss. Words are lower-cased,
/// the project's Norwegian stop words removed, and only words seen in at least two texts are kept.
/// </summary>
public static class TopicDiscovery
{
    private sealed class Row
    {
        public string Text { get; set; } = "";
    }

    public static IReadOnlyList<DiscoveredTopic> Discover(IReadOnlyList<string> texts, int topics, int wordsPerTopic, int seed = 20220603)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(topics, 2);
        var ml = new MLContext(seed: seed);
        var data = ml.Data.LoadFromEnumerable(texts.Select(t => new Row { Text = ThemeFeaturizer.Clean(t) }).ToList());
        var text = ml.Transforms.Text;
        var pipeline = text.NormalizeText("Normalized", nameof(Row.Text), TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: true, keepPunctuations: false, keepNumbers: false)
            .Append(text.TokenizeIntoWords("Words", "Normalized"))
            .Append(text.RemoveDefaultStopWords("Words", "Words", StopWordsRemovingEstimator.Language.Norwegian_Bokmal))
            .Append(text.RemoveStopWords("Words", "Words", ThemeFeaturizer.StopWords.Distinct().ToArray()))
            .Append(ml.Transforms.Conversion.MapValueToKey("Keys", "Words"))
            .Append(text.ProduceNgrams("Counts", "Keys", ngramLength: 1, useAllLengths: false,
                weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(text.LatentDirichletAllocation("Topics", "Counts", numberOfTopics: topics, maximumNumberOfIterations: 200,
                numberOfSummaryTermsPerTopic: wordsPerTopic, numberOfThreads: 1, resetRandomGenerator: true));
        var model = pipeline.Fit(data);
        var lda = model.LastTransformer;
        var details = lda.GetLdaDetails(0);
        return details.WordScoresPerTopic
            .Select((words, i) => new DiscoveredTopic(i + 1, words.Select(w => (w.Word, (double)w.Score)).Take(wordsPerTopic).ToList()))
            .ToList();
    }
}

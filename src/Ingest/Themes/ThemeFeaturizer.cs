using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>Input row of the featurization pipeline.</summary>
internal sealed class TextRow
{
    public string Text { get; set; } = "";
}

/// <summary>
/// Turns text into the sparse feature vector the per-theme classifiers read, with Microsoft.ML transforms:
/// lower-cased text (æ, ø, å kept), word uni- and bigrams after removing ML.NET's Norwegian (bokmål) stop words,
/// and character 5-grams (robust to inflection and compounds such as "helsedata"/"helsedataene"), both weighted
/// by presence × IDF (binary term frequency: a word repeated in a passage says little more than once, as in the
/// binarised features of Wang &amp; Manning; it beat TF-IDF in cross-validation, see eval/themes/RESULTS.md),
/// concatenated and L2-normalised. Word n-grams come first in the vector so their slots can be named
/// as evidence. Word and character n-gram features with a linear model follow the strong text
/// classification baselines of Wang &amp; Manning (2012, "Baselines and bigrams") and Joachims (1998).
/// </summary>
internal static class ThemeFeaturizer
{
    public const string FeaturesColumn = "Features";
    public const string WordGramsColumn = "WordGrams";
    private const string Normalized = "Normalized";
    private const string Words = "Words";
    private const string WordKeys = "WordKeys";
    private const string CharKeys = "CharKeys";
    private const string CharGrams = "CharGrams";
    private const string Joined = "Joined";

    /// <summary>Describes the featurization in the model manifest, so a reader knows what produced it.</summary>
    public static string Describe(int wordNgrams, int charNgrams, bool decompound = false, bool lemmas = false) =>
        (decompound ? "Decompound(NorwegianLexicon) | " : "") + (lemmas ? "Lemmas(NorwegianStems.Minimal of words and compound parts) | " : "") + $"NormalizeText(lower, keep æøå) | TokenizeIntoWords | RemoveDefaultStopWords(Norwegian_Bokmal) + project stop words | word 1-{wordNgrams}-grams binary×IDF (max 20000)"
        + (charNgrams > 0 ? $" + char {charNgrams}-grams binary×IDF (max 30000)" : "") + " | L2";

    /// <summary>
    /// Norwegian (bokmål and common nynorsk) function words, plus every one-letter token (mostly OCR-read bullets
    /// such as "e" and "o"). ML.NET's built-in Norwegian list turned out not to remove words such as "at", "de",
    /// "har" in this version, so the project keeps its own list (written for this project from bokmål grammar:
    /// pronouns, determiners, prepositions, conjunctions, auxiliaries and frequent adverbs).
    /// </summary>
    internal static readonly string[] StopWords =
    [
        .. "abcdefghijklmnopqrstuvwxyzæøåé".Select(c => c.ToString()),
        "at", "av", "bare", "begge", "ble", "blei", "bli", "blir", "blitt", "bør", "både", "da", "de", "deg", "dei", "deim",
        "deira", "deires", "dem", "den", "denne", "der", "dere", "deres", "det", "dette", "di", "din", "disse", "dit", "ditt",
        "du", "dykk", "dykkar", "eg", "ein", "eit", "eitt", "eller", "elles", "en", "ene", "eneste", "enhver", "enn", "er",
        "et", "ett", "etter", "for", "fordi", "fra", "før", "ganske", "god", "ha", "hadde", "han", "hans", "har", "hennar",
        "henne", "hennes", "her", "hjå", "ho", "hoe", "honom", "hoss", "hossen", "hun", "hva", "hvem", "hver", "hvilke",
        "hvilken", "hvis", "hvor", "hvordan", "hvorfor", "i", "ikke", "ikkje", "ingen", "ingi", "inkje", "inn", "inni", "ja",
        "jeg", "kan", "kom", "korleis", "korso", "kun", "kunne", "kva", "kvar", "kvarhelst", "kven", "kvi", "kvifor", "man",
        "mange", "me", "med", "medan", "meg", "meget", "mellom", "men", "mens", "mer", "mest", "mi", "min", "mine", "mitt",
        "mot", "mye", "mykje", "må", "måtte", "ned", "nei", "no", "noe", "noen", "noka", "noko", "nokon", "nokor", "nokre",
        "nå", "når", "og", "også", "om", "opp", "oss", "over", "på", "samme", "seg", "selv", "si", "sia", "sidan", "siden",
        "sin", "sine", "sitt", "sjøl", "skal", "skulle", "slik", "so", "som", "somme", "somt", "så", "sånn", "til", "um",
        "upp", "ut", "uten", "var", "vart", "varte", "ved", "vere", "verte", "vi", "vil", "ville", "vore", "vors", "vort",
        "vår", "være", "vært", "å", "hos", "blant", "gjennom", "mot", "under", "uten", "innen", "innenfor", "samt", "slike",
        "dermed", "derfor", "videre", "dessuten", "likevel", "allerede", "fortsatt", "også", "svært", "veldig", "ofte",
    ];

    /// <remarks>
    /// The n-gram limits (20 000 word n-grams of each length, 30 000 character 5-grams) are below the training
    /// vocabulary (about 75 000 and 97 000), and Microsoft.ML fills its dictionary first come, first served: the
    /// labelled passages come first, so the limits mostly drop rare n-grams of the authored examples appended after
    /// them. Limits that hold every n-gram were tried and not kept: no better on all real labelled passages, for a
    /// model 60 % larger (eval/themes/RESULTS.md, session 4).
    /// </remarks>
    public static IEstimator<ITransformer> Create(MLContext ml, int wordNgrams, int charNgrams, int ldaTopics = 0)
    {
        var features = CreateNgrams(ml, wordNgrams, charNgrams);
        if (ldaTopics <= 0)
        {
            return features;
        }

        // Topic proportions of the words (LightLDA; Blei, Ng & Jordan 2003), a dense column beside the n-grams that
        // Featurize appends scaled: topics learnt from all training text may carry over to a source whose words differ.
        return features
            .Append(ml.Transforms.Text.ProduceNgrams(LdaCounts, WordKeys, ngramLength: 1, useAllLengths: false,
                maximumNgramsCount: 20000, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation(TopicsColumn, LdaCounts, numberOfTopics: ldaTopics,
                maximumNumberOfIterations: 100, likelihoodInterval: 100, numberOfThreads: 1, resetRandomGenerator: true));
    }

    /// <summary>Name of the topic-proportion column (present when the featurizer was fitted with LDA topics).</summary>
    public const string TopicsColumn = "Topics";
    private const string LdaCounts = "LdaCounts";

    private static IEstimator<ITransformer> CreateNgrams(MLContext ml, int wordNgrams, int charNgrams)
    {
        var text = ml.Transforms.Text;
        var words = text.NormalizeText(Normalized, nameof(TextRow.Text), TextNormalizingEstimator.CaseMode.Lower,
                keepDiacritics: true, keepPunctuations: false, keepNumbers: false)
            .Append(text.TokenizeIntoWords(Words, Normalized))
            .Append(text.RemoveDefaultStopWords(Words, Words, StopWordsRemovingEstimator.Language.Norwegian_Bokmal))
            .Append(text.RemoveStopWords(Words, Words, StopWords.Distinct().ToArray()))
            .Append(ml.Transforms.Conversion.MapValueToKey(WordKeys, Words))
            .Append(text.ProduceNgrams(WordGramsColumn, WordKeys, ngramLength: wordNgrams, skipLength: 0, useAllLengths: true,
                maximumNgramsCount: 20000, weighting: NgramExtractingEstimator.WeightingCriteria.Idf));
        if (charNgrams <= 0)
        {
            return words.Append(ml.Transforms.NormalizeLpNorm(FeaturesColumn, WordGramsColumn));
        }

        return words
            .Append(text.TokenizeIntoCharactersAsKeys(CharKeys, Normalized, useMarkerCharacters: true))
            .Append(text.ProduceNgrams(CharGrams, CharKeys, ngramLength: charNgrams, skipLength: 0, useAllLengths: false,
                maximumNgramsCount: 30000, weighting: NgramExtractingEstimator.WeightingCriteria.Idf))
            .Append(ml.Transforms.Concatenate(Joined, WordGramsColumn, CharGrams))
            .Append(ml.Transforms.NormalizeLpNorm(FeaturesColumn, Joined));
    }

    /// <summary>Fits the featurizer on the texts (vocabulary and IDF come from these texts only).</summary>
    public static ITransformer Fit(MLContext ml, IEnumerable<string> texts, int wordNgrams, int charNgrams, bool decompound = false, bool lemmas = false,
        int ldaTopics = 0) =>
        ldaTopics <= 0
            ? Create(ml, wordNgrams, charNgrams).Fit(Load(ml, texts, decompound, lemmas))
            : NorPreM.Ingest.Topics.NativeStdout.Silenced(() => Create(ml, wordNgrams, charNgrams, ldaTopics).Fit(Load(ml, texts, decompound, lemmas)));

    public static IDataView Load(MLContext ml, IEnumerable<string> texts, bool decompound = false, bool lemmas = false) =>
        ml.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = Expand(Clean(t), decompound, lemmas) }).ToList());

    private static string Expand(string text, bool decompound, bool lemmas) =>
        lemmas ? ThemeLemmas.Lemmatize(text) : decompound ? Decompound(text) : text;


    /// <summary>
    /// Appends the lexicon parts of every closed compound to the text ("helsedataservice" → "… helsedata service
    /// helse data"), using the Search project's <see cref="NorPreM.Search.Analysis.Decompounder"/> (dictionary
    /// segmentation over the shipped Norwegian lexicon). Compounds then share word features with their parts, which
    /// matters because new compounds ("helsedataservice", "genomsekvensering") are rare in a small training set.
    /// The parts come after the text, so the text's own word n-grams are unchanged.
    /// </summary>
    public static string Decompound(string text)
    {
        var splitter = NorPreM.Search.Analysis.Decompounder.Default;
        var parts = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in WordPattern.Matches(text))
        {
            parts.AddRange(splitter.Split(m.Value.ToLowerInvariant()));
        }

        return parts.Count == 0 ? text : text + " | " + string.Join(' ', parts);
    }

    private static readonly System.Text.RegularExpressions.Regex WordPattern = new(@"\p{L}{8,}", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>Feature vectors of the texts, in order.</summary>
    /// <remarks>With <paramref name="topicScale"/> above 0 (a featurizer fitted with LDA topics), the topic proportions
    /// times the scale follow the n-gram features.</remarks>
    public static List<VBuffer<float>> Featurize(MLContext ml, ITransformer featurizer, IEnumerable<string> texts, bool decompound = false, bool lemmas = false,
        float topicScale = 0)
    {
        if (topicScale > 0)
        {
            return NorPreM.Ingest.Topics.NativeStdout.Silenced(() => FeaturizeCore(ml, featurizer, texts, decompound, lemmas, topicScale));
        }

        return FeaturizeCore(ml, featurizer, texts, decompound, lemmas, 0);
    }

    private static List<VBuffer<float>> FeaturizeCore(MLContext ml, ITransformer featurizer, IEnumerable<string> texts, bool decompound, bool lemmas, float topicScale)
    {
        var transformed = featurizer.Transform(Load(ml, texts, decompound, lemmas));
        var column = transformed.Schema[FeaturesColumn];
        var topics = topicScale > 0 ? transformed.Schema[TopicsColumn] : (DataViewSchema.Column?)null;
        var result = new List<VBuffer<float>>();
        using var cursor = transformed.GetRowCursor(topics is { } tc ? [column, tc] : [column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var topicGetter = topics is { } t ? cursor.GetGetter<VBuffer<float>>(t) : null;
        var buffer = default(VBuffer<float>);
        var topicBuffer = default(VBuffer<float>);
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            var copy = default(VBuffer<float>);
            buffer.CopyTo(ref copy);
            if (topicGetter is not null)
            {
                topicGetter(ref topicBuffer);
                var indices = new List<int>();
                var values = new List<float>();
                var dense = copy.IsDense;
                var v = copy.GetValues();
                var ix = copy.GetIndices();
                for (var k = 0; k < v.Length; k++)
                {
                    indices.Add(dense ? k : ix[k]);
                    values.Add(v[k]);
                }

                var k2 = 0;
                foreach (var p in topicBuffer.DenseValues())
                {
                    if (p != 0)
                    {
                        indices.Add(copy.Length + k2);
                        values.Add(p * topicScale);
                    }

                    k2++;
                }

                copy = new VBuffer<float>(copy.Length + topicBuffer.Length, values.Count, values.ToArray(), indices.ToArray());
            }

            result.Add(copy);
        }

        return result;
    }

    /// <summary>
    /// Appends one glossary feature per theme (taxonomy order) after the text features: the number of distinct
    /// glossary terms of that theme in the text (<see cref="ThemeTerms.MatchAll"/>, names counting as one more, at
    /// most three) times <paramref name="scale"/>. Pooling many rare words into one feature lets the classifier
    /// learn from all of a theme's examples how much its glossary matters, where each rare word alone is seen once
    /// or never ("lexicon features", as in sentiment lexicons added to n-gram models). Scale 0 adds nothing.
    /// </summary>
    public static List<VBuffer<float>> AppendGlossary(List<VBuffer<float>> features, IReadOnlyList<TermMatch[]> matches, float scale)
    {
        if (scale <= 0)
        {
            return features;
        }

        var themes = ThemeTaxonomy.Ids;
        var result = new List<VBuffer<float>>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            var x = features[i];
            var indices = new List<int>();
            var values = new List<float>();
            var xValues = x.GetValues();
            var xIndices = x.GetIndices();
            for (var k = 0; k < xValues.Length; k++)
            {
                if (xValues[k] != 0)
                {
                    indices.Add(x.IsDense ? k : xIndices[k]);
                    values.Add(xValues[k]);
                }
            }

            for (var t = 0; t < themes.Count; t++)
            {
                var hits = matches[i][t].Hits;
                var count = Math.Min(3, hits.Fields + (hits.Name ? 1 : 0));
                if (count > 0)
                {
                    indices.Add(x.Length + t);
                    values.Add(scale * count);
                }
            }

            result.Add(new VBuffer<float>(x.Length + themes.Count, values.Count, values.ToArray(), indices.ToArray()));
        }

        return result;
    }

    /// <summary>Readable names of the word n-gram slots ("persontilpasset medisin"), which lead the feature vector.</summary>
    public static IReadOnlyList<string> WordSlotNames(MLContext ml, ITransformer featurizer)
    {
        var schema = featurizer.GetOutputSchema(Load(ml, []).Schema);
        var column = schema[WordGramsColumn];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.GetSlotNames(ref names);
        var size = (column.Type as VectorDataViewType)?.Size ?? 0;
        var result = new string[size];
        var dense = names.DenseValues().ToList();
        for (var i = 0; i < size; i++)
        {
            result[i] = i < dense.Count ? dense[i].ToString().Replace('|', ' ') : "";
        }

        return result;
    }

    /// <summary>Collapses whitespace (line breaks of the PDF layout carry no meaning for themes).</summary>
    public static string Clean(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}

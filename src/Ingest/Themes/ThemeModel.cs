using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NorPreM.Core.Model;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Themes;

/// <summary>What a model file says about itself (manifest.json inside the model zip).</summary>
public sealed record ThemeModelManifest
{
    [JsonPropertyName("formatVersion")] public required int FormatVersion { get; init; }
    [JsonPropertyName("kind")] public string Kind { get; init; } = ThemeModel.ModelKind;
    /// <summary>Theme ids the model was trained for, in order; must equal <see cref="ThemeTaxonomy.Ids"/>.</summary>
    [JsonPropertyName("taxonomy")] public required IReadOnlyList<string> Taxonomy { get; init; }
    /// <summary>Per-theme probability threshold chosen by k-fold cross-validation on the training data.</summary>
    [JsonPropertyName("thresholds")] public required IReadOnlyDictionary<string, double> Thresholds { get; init; }
    [JsonPropertyName("trainedOn")] public required ThemeTrainingInfo TrainedOn { get; init; }
    [JsonPropertyName("featurizer")] public string Featurizer { get; init; } = "";
    [JsonPropertyName("trainer")] public string Trainer { get; init; } = "";
    /// <summary>True when compounds were split with the lexicon before featurizing (must match at prediction).</summary>
    [JsonPropertyName("decompound")] public bool Decompound { get; init; }
    /// <summary>Words and compound parts were stemmed into extra features (ThemeFeaturizer.Lemmatize); prediction does the same. Absent in older files = false.</summary>
    [JsonPropertyName("lemmas")] public bool Lemmas { get; init; }
    /// <summary>Weight w of the taxonomy-term prior (<see cref="ThemeTerms.Combine"/>), chosen by cross-validation;
    /// 0 (and absent in older files) means the model's probability alone.</summary>
    [JsonPropertyName("termPrior")] public double TermPrior { get; init; }
    /// <summary>Weight of the prior for a name or acronym from the taxonomy (EHDS, Sykehusinnkjøp), chosen by cross-validation.</summary>
    [JsonPropertyName("namePrior")] public double NamePrior { get; init; }
    /// <summary>Scale of the per-theme glossary features appended to the text features (0 = none; see ThemeFeaturizer.AppendGlossary).</summary>
    [JsonPropertyName("glossaryFeatureScale")] public float GlossaryFeatureScale { get; init; }
    /// <summary>
    /// Council text that reaches no threshold gets its closest theme when the score is at least this share of that
    /// theme's threshold (<see cref="ThemeModel.AssignAtLeastOne"/>); 0 (models trained before it) = off.
    /// </summary>
    [JsonPropertyName("atLeastOneFloor")] public double AtLeastOneFloor { get; init; }
    /// <summary>
    /// Weight α of document context (<see cref="ThemeContext.Mix"/>), chosen by the leave-one-source-out figure; the
    /// thresholds were chosen on scores mixed the same way. 0 (models trained before it) = each text on its own.
    /// </summary>
    [JsonPropertyName("contextWeight")] public double ContextWeight { get; init; }
    /// <summary>LDA topics of the featurizer whose proportions, times <see cref="TopicScale"/>, follow the n-grams (0, absent in older files = none).</summary>
    [JsonPropertyName("ldaTopics")] public int LdaTopics { get; init; }
    [JsonPropertyName("topicScale")] public float TopicScale { get; init; }
    /// <summary>At most this many themes per text, those furthest above their thresholds (0, absent in older files = no cap).</summary>
    [JsonPropertyName("maxThemes")] public int MaxThemes { get; init; }
    /// <summary>
    /// Per theme, the factor a score without any glossary evidence in the text is divided by (<see cref="ThemeTrainer.ChooseEvidenceGates"/>);
    /// themes not listed, and models trained before it (null), have no gate.
    /// </summary>
    [JsonPropertyName("evidenceGates")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? EvidenceGates { get; init; }
    [JsonPropertyName("mlnet")] public string MlNet { get; init; } = typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "";
}

/// <summary>Provenance of a trained model.</summary>
/// <param name="Passages">Number of labelled passages trained on.</param>
/// <param name="DataSha256">SHA-256 of the training passages (ids, texts and labels), to tell which data made it.</param>
/// <param name="Positives">Positive passages per theme.</param>
/// <param name="Folds">Folds used to choose the thresholds.</param>
/// <param name="Seed">Seed of the MLContext.</param>
public sealed record ThemeTrainingInfo(
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("dataSha256")] string DataSha256,
    [property: JsonPropertyName("positives")] IReadOnlyDictionary<string, int> Positives,
    [property: JsonPropertyName("folds")] int Folds,
    [property: JsonPropertyName("seed")] int Seed);

/// <summary>A model file that cannot be used: missing parts, another format version or another taxonomy.</summary>
public sealed class ThemeModelException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One theme's calibrated linear classifier: p = 1 / (1 + exp(Slope·(w·x + b) + Offset)) (Platt 1999).</summary>
internal sealed record ThemeLinear(string Id, float[] Weights, float Bias, double Slope, double Offset, double Threshold);

/// <summary>
/// The trained theme model: a Microsoft.ML text featurizer and one calibrated logistic-regression classifier per
/// theme, with per-theme thresholds. Saved as a zip holding manifest.json (format version, taxonomy, thresholds,
/// provenance), featurizer.zip and themes/{id}.zip (Microsoft.ML model files).
/// Scores are computed from the linear models' weights so that each theme can name the words that drove it
/// (the n-grams present in the text with the largest weight × value), which users need to trust a tag.
/// </summary>
public sealed class ThemeModel
{
    /// <summary>Bumped whenever the file layout or the featurization changes; older files are refused.</summary>
    public const int CurrentFormatVersion = 2;
    public const string ModelKind = "norprem-themes";
    /// <summary>Share of the strongest word's contribution a word needs to be named as evidence.</summary>
    public const double MinEvidenceShare = 0.2;
    private const string ManifestEntry = "manifest.json";
    private const string FeaturizerEntry = "featurizer.zip";
    private static readonly DateTimeOffset EntryTime = new(2022, 6, 3, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly MLContext _ml;
    private readonly ITransformer _featurizer;
    private readonly DataViewSchema _inputSchema;
    private readonly IReadOnlyList<ThemeLinear> _themes;
    private readonly IReadOnlyList<string> _wordSlots;
    private readonly IReadOnlyDictionary<string, (ITransformer Model, DataViewSchema Schema)> _mlModels;
    private readonly Lock _gate = new();

    internal ThemeModel(MLContext ml, ITransformer featurizer, DataViewSchema inputSchema,
        IReadOnlyDictionary<string, (ITransformer Model, DataViewSchema Schema)> mlModels, ThemeModelManifest manifest)
    {
        _ml = ml;
        _featurizer = featurizer;
        _inputSchema = inputSchema;
        _mlModels = mlModels;
        Manifest = manifest;
        _wordSlots = ThemeFeaturizer.WordSlotNames(ml, featurizer);
        _themes = manifest.Taxonomy
            .Select(id => Extract(id, mlModels.TryGetValue(id, out var m) ? m.Model : throw new ThemeModelException($"Modellen mangler tema «{id}»."),
                manifest.Thresholds.TryGetValue(id, out var t) ? t : 0.5))
            .ToList();
    }

    public ThemeModelManifest Manifest { get; }

    /// <summary>The themes whose probability reaches their threshold, best first, each with its evidence.</summary>
    public IReadOnlyList<ThemeScore> Assign(string text, int evidenceTerms = 5) => Assign([text], evidenceTerms)[0];

    /// <summary>Batch form of <see cref="Assign(string,int)"/> (one featurization pass for all texts).</summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> Assign(IReadOnlyList<string> texts, int evidenceTerms = 5) =>
        AssignAtLeastOne(texts, floor: 0, evidenceTerms);

    /// <summary>
    /// Like <see cref="Assign(IReadOnlyList{string},int)"/>, but a text that reaches no threshold gets the theme whose score
    /// comes closest to its threshold, when that score is at least <paramref name="floor"/> of it: the "at least one
    /// category" fallback of threshold-based multi-label text categorisation (Yang 2001, "A study of thresholding
    /// strategies for text categorization", SIGIR). For council text, whose every case is about something in the
    /// taxonomy; never for text of unknown origin, which may belong to no theme.
    /// </summary>
    /// <param name="contexts">Optional: one key per text (its document part or section), see <see cref="ScoreAll"/>.</param>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> AssignAtLeastOne(IReadOnlyList<string> texts, double floor, int evidenceTerms = 5,
        IReadOnlyList<string>? contexts = null)
    {
        var all = ScoreAll(texts, evidenceTerms, contexts);
        return all.Select(scores =>
        {
            var assigned = scores.Where(s => s.Score >= Threshold(s.Id)).OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
            if (Manifest.MaxThemes > 0 && assigned.Count > Manifest.MaxThemes)
            {
                var kept = assigned.OrderByDescending(s => s.Score / Threshold(s.Id)).ThenBy(s => s.Id, StringComparer.Ordinal)
                    .Take(Manifest.MaxThemes).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                assigned = assigned.Where(s => kept.Contains(s.Id)).ToList();
            }

            if (assigned.Count > 0)
            {
                return (IReadOnlyList<ThemeScore>)assigned;
            }

            if (floor <= 0)
            {
                return (IReadOnlyList<ThemeScore>)[];
            }

            var closest = scores.OrderByDescending(s => s.Score / Threshold(s.Id)).ThenBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault();
            return closest is not null && closest.Score >= floor * Threshold(closest.Id) ? [closest] : [];
        }).ToList();
    }

    /// <summary>
    /// The probability of every theme (taxonomy order), whether assigned or not, with evidence. With
    /// <paramref name="contexts"/> (one key per text: the document part or section it belongs to) and a model trained
    /// with document context (<see cref="ThemeModelManifest.ContextWeight"/>), each text's probabilities are first mixed
    /// with the mean of the texts sharing its key (<see cref="ThemeContext.Mix"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ThemeScore>> ScoreAll(IReadOnlyList<string> texts, int evidenceTerms = 5, IReadOnlyList<string>? contexts = null)
    {
        // The glossary is matched once per text and serves the features, the noisy-OR and the evidence.
        var matches = texts.Select(ThemeTerms.MatchAll).ToList();
        List<VBuffer<float>> features;
        lock (_gate)
        {
            features = ThemeFeaturizer.AppendGlossary(ThemeFeaturizer.Featurize(_ml, _featurizer, texts, Manifest.Decompound, Manifest.Lemmas, Manifest.LdaTopics > 0 ? Manifest.TopicScale : 0), matches, Manifest.GlossaryFeatureScale);
        }

        var linear = features.Select(f => _themes.Select(t => Linear(t, f)).ToArray()).ToArray();
        var probabilities = linear.Select(row => row.Select(x => x.Probability).ToArray()).ToArray();
        if (contexts is not null && Manifest.ContextWeight > 0)
        {
            probabilities = ThemeContext.Mix(probabilities, contexts, Manifest.ContextWeight);
        }

        return linear.Select((row, i) => (IReadOnlyList<ThemeScore>)_themes
            .Select((t, k) => Score(t, probabilities[i][k], row[k].Contributions, matches[i][k], evidenceTerms)).ToList()).ToList();
    }

    /// <summary>The threshold of a theme (0.5 when the manifest has none).</summary>
    public double Threshold(string themeId) => Manifest.Thresholds.TryGetValue(themeId, out var t) ? t : 0.5;

    /// <summary>The calibrated probability of one theme and the positive contributions of the word n-gram slots.</summary>
    private (double Probability, List<(int Slot, double Value)> Contributions) Linear(ThemeLinear theme, VBuffer<float> x)
    {
        var values = x.GetValues();
        var indices = x.GetIndices();
        double margin = theme.Bias;
        var contributions = new List<(int Slot, double Value)>();
        for (var k = 0; k < values.Length; k++)
        {
            var slot = x.IsDense ? k : indices[k];
            if (slot >= theme.Weights.Length || values[k] == 0)
            {
                continue;
            }

            var c = (double)theme.Weights[slot] * values[k];
            margin += c;
            if (c > 0 && slot < _wordSlots.Count)
            {
                contributions.Add((slot, c));
            }
        }

        return (1.0 / (1.0 + Math.Exp(theme.Slope * margin + theme.Offset)), contributions);
    }

    private ThemeScore Score(ThemeLinear theme, double probability, List<(int Slot, double Value)> contributions, TermMatch terms, int evidenceTerms)
    {
        var gate = Manifest.EvidenceGates is { } gates && gates.TryGetValue(theme.Id, out var g) ? g : 1;
        if (Manifest.TermPrior <= 0 && Manifest.NamePrior <= 0 && gate <= 1)
        {
            return new ThemeScore(theme.Id, Math.Round(probability, 4), Evidence(contributions, evidenceTerms));
        }

        // Taxonomy terms found in the text come first in the evidence: they are the most direct explanation.
        var combined = ThemeTerms.Combine(probability, terms.Hits, Manifest.TermPrior, Manifest.NamePrior, gate);
        var evidence = evidenceTerms <= 0 ? [] : terms.Found.Take(evidenceTerms).ToList();
        foreach (var term in Evidence(contributions, evidenceTerms))
        {
            if (evidence.Count >= evidenceTerms)
            {
                break;
            }

            if (!evidence.Any(e => e.Contains(term, StringComparison.OrdinalIgnoreCase) || term.Contains(e, StringComparison.OrdinalIgnoreCase)))
            {
                evidence.Add(term);
            }
        }

        return new ThemeScore(theme.Id, Math.Round(combined, 4), evidence);
    }

    /// <summary>
    /// The n-grams with the largest positive contribution, best first, without repeating a word: a bigram
    /// replaces a unigram it contains ("persontilpasset medisin" rather than "persontilpasset" and "medisin"), and
    /// only those with at least <see cref="MinEvidenceShare"/> of the strongest contribution.
    /// </summary>
    private List<string> Evidence(List<(int Slot, double Value)> contributions, int count)
    {
        var selected = new List<string>();
        if (count <= 0)
        {
            return selected;
        }

        // Words that pushed the score only a little are no explanation ("ber", "hod orienterte"): keep those with at
        // least a fifth of the strongest contribution.
        var strongest = contributions.Count == 0 ? 0 : contributions.Max(c => c.Value);
        foreach (var (slot, _) in contributions.Where(c => c.Value >= strongest * MinEvidenceShare).OrderByDescending(c => c.Value).ThenBy(c => c.Slot))
        {
            var term = _wordSlots[slot];
            if (term.Length < 3)
            {
                continue;
            }

            var words = term.Split(' ');
            if (selected.Any(s => s.Split(' ').Intersect(words).Count() == words.Length))
            {
                continue;
            }

            selected.RemoveAll(s => s.Split(' ').All(words.Contains));
            selected.Add(term);
            if (selected.Count >= count)
            {
                break;
            }
        }

        return selected;
    }

    private static ThemeLinear Extract(string id, ITransformer transformer, double threshold)
    {
        // A freshly trained model and one loaded from disk expose the calibrated model under different generic
        // types; both have SubModel (the linear model) and Calibrator (Platt) properties.
        var model = (transformer as ISingleFeaturePredictionTransformer<object>)?.Model
                    ?? throw new ThemeModelException($"Tema «{id}»: ikke en prediksjonsmodell.");
        var linear = Property<LinearBinaryModelParameters>(model, "SubModel")
                     ?? throw new ThemeModelException($"Tema «{id}»: mangler lineær modell.");
        var platt = Property<PlattCalibrator>(model, "Calibrator")
                    ?? throw new ThemeModelException($"Tema «{id}»: mangler Platt-kalibrering.");
        return new ThemeLinear(id, linear.Weights.ToArray(), linear.Bias, platt.Slope, platt.Offset, threshold);
    }

    private static T? Property<T>(object owner, string name) where T : class =>
        owner.GetType().GetProperties().Where(p => p.Name == name).Select(p => p.GetValue(owner)).OfType<T>().FirstOrDefault();

    /// <summary>Writes the model zip to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Write(zip, ManifestEntry, s => JsonSerializer.Serialize(s, Manifest, Json));
        Write(zip, FeaturizerEntry, s => SaveReproducibly(s, inner => _ml.Model.Save(_featurizer, _inputSchema, inner)));
        foreach (var (id, (model, schema)) in _mlModels.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            Write(zip, $"themes/{id}.zip", s => SaveReproducibly(s, inner => _ml.Model.Save(model, schema, inner)));
        }
    }

    /// <summary>Saves to a temporary file next to <paramref name="path"/>, then moves it into place, so a crash
    /// never leaves a half-written model where the product looks for one.</summary>
    public void SaveToFile(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var file = File.Create(temp))
            {
                Save(file);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Reads a model zip. Throws <see cref="ThemeModelException"/> when the file is not a theme model, has another
    /// format version or was trained for another taxonomy (callers degrade to no themes, see
    /// <see cref="ThemeClassifierFactory"/>).
    /// </summary>
    public static ThemeModel Load(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new ThemeModelException("Modellfilen mangler manifest.json.");
            ThemeModelManifest manifest;
            using (var s = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<ThemeModelManifest>(s)
                           ?? throw new ThemeModelException("manifest.json er tom.");
            }

            if (manifest.Kind != ModelKind)
            {
                throw new ThemeModelException($"Modellfilen er av typen «{manifest.Kind}», ikke «{ModelKind}».");
            }

            if (manifest.FormatVersion != CurrentFormatVersion)
            {
                throw new ThemeModelException(
                    $"Modellfilen har formatversjon {manifest.FormatVersion}, men programmet forventer {CurrentFormatVersion}. Tren modellen på nytt.");
            }

            if (!manifest.Taxonomy.SequenceEqual(ThemeTaxonomy.Ids))
            {
                throw new ThemeModelException("Modellen er trent for en annen temaliste enn programmets. Tren modellen på nytt.");
            }

            var ml = new MLContext(seed: manifest.TrainedOn.Seed);
            var featurizer = ReadModel(ml, zip, FeaturizerEntry, out var inputSchema);
            var models = new Dictionary<string, (ITransformer, DataViewSchema)>(StringComparer.Ordinal);
            foreach (var id in manifest.Taxonomy)
            {
                var model = ReadModel(ml, zip, $"themes/{id}.zip", out var schema);
                models[id] = (model, schema);
            }

            return new ThemeModel(ml, featurizer, inputSchema, models, manifest);
        }
        catch (ThemeModelException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or InvalidOperationException or FormatException
                                      or ArgumentException or IOException or NotSupportedException or InvalidCastException)
        {
            throw new ThemeModelException($"Modellfilen kan ikke leses: {e.Message}", e);
        }
    }

    private static ITransformer ReadModel(MLContext ml, ZipArchive zip, string name, out DataViewSchema schema)
    {
        var entry = zip.GetEntry(name) ?? throw new ThemeModelException($"Modellfilen mangler {name}.");
        using var buffer = new MemoryStream();
        using (var s = entry.Open())
        {
            s.CopyTo(buffer);
        }

        buffer.Position = 0;
        return ml.Model.Load(buffer, out schema);
    }

    /// <summary>
    /// Writes a Microsoft.ML model zip with its entries' timestamps fixed, so training the same data twice gives the
    /// same bytes (Microsoft.ML stamps every entry with the time of saving; the content is already deterministic).
    /// </summary>
    private static void SaveReproducibly(Stream target, Action<Stream> save)
    {
        using var original = new MemoryStream();
        save(original);
        original.Position = 0;
        using var source = new ZipArchive(original, ZipArchiveMode.Read);
        using var copy = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var clone = copy.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            clone.LastWriteTime = EntryTime;
            using var from = entry.Open();
            using var to = clone.Open();
            from.CopyTo(to);
        }
    }

    private static void Write(ZipArchive zip, string name, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var s = entry.Open();
        buffer.Position = 0;
        buffer.CopyTo(s);
    }
}

using System.Globalization;
using System.Text.Json;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Search;
using NorPreM.Search.Querying;

namespace NorPreM.Cli.Evaluation;

/// <summary>A question of the ranking set: the pages (file#page) that answer it.</summary>
public sealed record RankingQuestion(string Id, string Question, IReadOnlyList<string> Relevant);

/// <summary>
/// One setting of the query-time preferences: the three first set by hand, and the coordination credit
/// (<see cref="RankingOptions.CoordinationStrength"/>, 0 = plain BM25).
/// </summary>
public sealed record PreferenceSetting(float YearFactor, float AskerWeight, float OtherPagesShare, float Coordination = 0f)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"år ×{YearFactor:0.##}, spørreord {AskerWeight:0.##}, andre sider ≥ {OtherPagesShare:0.##}, samsvar ^{Coordination:0.##}");
}

/// <summary>What a question scored under one setting: reciprocal rank of the first right page, and the page-list F1.</summary>
public sealed record QuestionScore(double ReciprocalRank, double PagesF1);

/// <summary>The cross-validated choice: the held-out scores per question and the setting chosen on each fold and on all data.</summary>
public sealed record CrossValidationResult(
    double HeldOutMrr, double HeldOutPagesF1, double DefaultMrr, double DefaultPagesF1, double NeutralMrr, double NeutralPagesF1,
    IReadOnlyList<PreferenceSetting> FoldChoices, PreferenceSetting Chosen, double ChosenMrr, double ChosenPagesF1, int Folds, int Groups);

/// <summary>
/// Chooses the year preference, the asker-word weight, the coordination credit and the other-pages share by cross-validation grouped by source
/// document: the papers a question's right pages stand in, joined where questions share a paper, form a group; the
/// groups are dealt into k folds, the setting is chosen on the other folds (MRR@10 of the first right page for the three
/// ranking knobs, the F1 of the pages shown for a document's hit for the share) and scored on the held-out fold. Ties go
/// to the setting nearest to neutral (×1, weight 1, no coordination credit), so a knob moves only when the data ask for it. The neutral setting
/// is reported beside the choice.
/// </summary>
public static class RankingCrossValidation
{
    /// <summary>The settings tried: year factors, asker weights and shares.</summary>
    public static readonly float[] YearFactors = [1.0f, 1.25f, 1.5f, 2.0f, 3.0f];
    /// <summary>
    /// Asker weights tried. Full weight (1.0) is left out: on the committed passage sets of `evaluate-search` it ranks
    /// one corpus question lower (MRR@10 0.991 → 0.982; 0.05–0.5 keep 0.991 and NorQuAD 0.958), and those sets may not get worse.
    /// </summary>
    public static readonly float[] AskerWeights = [0.05f, 0.1f, 0.2f, 0.35f, 0.5f];
    public static readonly float[] Shares = [0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f];
    /// <summary>
    /// Coordination strengths offered by default: only 0 (plain BM25). Every strength above it lowers NorQuAD's
    /// questions in `evaluate-search` (0.959 → 0.957 at 0.25), and those sets may not get worse, as for the asker
    /// weight 1.0. `--coordination 0,0.25,0.5,1,2,3,4` tries them (<see cref="StrengthsTried"/>).
    /// </summary>
    public static readonly float[] Coordinations = [0f];

    /// <summary>The strengths tried in the experiment of docs/search.md: 0 (plain BM25), 1 (Lucene's classic coord), up to the fourth power.</summary>
    public static readonly float[] StrengthsTried = [0f, 0.25f, 0.5f, 1f, 2f, 3f, 4f];

    /// <summary>The values first set by hand (issue 16): year ×1.5, asker weight 0.2, other pages at half the best page's score.</summary>
    public static readonly PreferenceSetting HandSet = new(1.5f, 0.2f, 0.5f);

    /// <summary>No preference at all: a year's units not raised, an asker's word at full weight (reported for comparison, never chosen).</summary>
    public static readonly PreferenceSetting Neutral = new(1.0f, 1.0f, 0.5f);

    /// <summary>Reads the questions (JSONL: id, question, relevant).</summary>
    public static IReadOnlyList<RankingQuestion> Read(TextReader reader)
    {
        var result = new List<RankingQuestion>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            result.Add(new RankingQuestion(root.GetProperty("id").GetString()!, root.GetProperty("question").GetString()!,
                root.GetProperty("relevant").EnumerateArray().Select(e => e.GetString()!).ToList()));
        }

        return result;
    }

    /// <summary>Ingests the files once into <paramref name="indexFolder"/> with the pipeline every host runs.</summary>
    public static void Ingest(IReadOnlyList<CorpusFile> files, string indexFolder, Action<string> log)
    {
        using var index = SearchIndex.OpenOrCreate(indexFolder);
        new IngestPipeline(IngestStages.CreateDefault(log), new NoDocumentCache()).Run(files, index.Writer, new MemoryKnowledgeStorage());
    }

    /// <summary>
    /// Every question scored under the settings the cross-validation can look at (the index opened read-only once per
    /// setting): every ranking setting (year factor × asker weight × coordination) at the middle share, then every share
    /// for the ranking settings a fold (or all questions) chooses. The share does not change the order of the hits, only
    /// the pages a hit lists, so the ranking knobs are chosen first and the shares need scoring only under those.
    /// </summary>
    public static Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>> ScoreAll(string indexFolder, IReadOnlyList<RankingQuestion> questions, int k, IReadOnlyList<float>? coordinations = null)
    {
        var middle = HandSet.OtherPagesShare;
        var rankingSettings = YearFactors.SelectMany(y => AskerWeights.Select(a => (y, a)))
            .SelectMany(p => (coordinations ?? Coordinations).Select(c => new PreferenceSetting(p.y, p.a, middle, c)))
            .Append(Neutral).Append(HandSet).Distinct().ToList();
        var result = new Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>>();
        foreach (var setting in rankingSettings)
        {
            result[setting] = ScoreSetting(indexFolder, questions, setting);
        }

        var foldOf = Folds(questions, k);
        var chosen = Enumerable.Range(0, k)
            .Select(fold => Enumerable.Range(0, questions.Count).Where(i => foldOf[i] != fold).ToList())
            .Append(Enumerable.Range(0, questions.Count).ToList())
            .Where(train => train.Count > 0)
            .Select(train => ChooseRanking(result, train)).Distinct().ToList();
        foreach (var setting in chosen.SelectMany(r => Shares.Select(s => r with { OtherPagesShare = s })).Where(s => !result.ContainsKey(s)).ToList())
        {
            result[setting] = ScoreSetting(indexFolder, questions, setting);
        }

        return result;
    }

    private static IReadOnlyList<QuestionScore> ScoreSetting(string indexFolder, IReadOnlyList<RankingQuestion> questions, PreferenceSetting setting)
    {
        var ranking = new RankingOptions
        {
            YearFactor = setting.YearFactor, AskerWeight = setting.AskerWeight, OtherPagesShare = setting.OtherPagesShare,
            CoordinationStrength = setting.Coordination,
        };
        using var reader = SearchIndex.OpenReader(indexFolder, new SearchIndexOptions { Ranking = ranking, QueryTimeBudget = TimeSpan.FromSeconds(30) });
        return questions.Select(q => Score(reader.Searcher.Search(new SearchRequest { Query = q.Question, PageSize = 10 }), q)).ToList();
    }

    /// <summary>
    /// A question's scores in one answer: 1/rank of the first hit showing a right page (its pages or the other good
    /// pages it lists), and for the first hit in a document with right pages the F1 of the pages it shows against them.
    /// </summary>
    public static QuestionScore Score(SearchResponse response, RankingQuestion question)
    {
        var relevant = question.Relevant.ToHashSet(StringComparer.Ordinal);
        var rr = 0.0;
        for (var i = 0; i < response.Hits.Count; i++)
        {
            if (Shown(response.Hits[i], withOthers: false).Any(relevant.Contains))
            {
                rr = 1.0 / (i + 1);
                break;
            }
        }

        var documents = relevant.Select(r => r.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var hit = response.Hits.FirstOrDefault(h => documents.Contains(h.Document));
        var f1 = 0.0;
        if (hit is not null)
        {
            var wanted = relevant.Where(r => r.StartsWith(hit.Document + "#", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
            var shown = Shown(hit, withOthers: true).ToHashSet(StringComparer.Ordinal);
            var right = shown.Count(wanted.Contains);
            f1 = right == 0 ? 0 : 2.0 * right / (shown.Count + wanted.Count);
        }

        return new QuestionScore(rr, f1);
    }

    private static IEnumerable<string> Shown(SearchHit hit, bool withOthers) =>
        hit.Pages.Concat(withOthers ? hit.OtherPages : []).Append(hit.Page).Distinct().Select(p => hit.Document + "#" + p.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Groups of questions that share a source paper (a question whose right pages stand in two papers joins their
    /// groups), so no paper is in a training fold and the held-out fold at once.
    /// </summary>
    public static IReadOnlyList<int> Groups(IReadOnlyList<RankingQuestion> questions)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var doc in questions.SelectMany(q => q.Relevant.Select(r => r.Split('#')[0])))
        {
            parent.TryAdd(doc, doc);
        }

        foreach (var q in questions)
        {
            var docs = q.Relevant.Select(r => r.Split('#')[0]).Distinct().ToList();
            foreach (var d in docs.Skip(1))
            {
                parent[Find(d)] = Find(docs[0]);
            }
        }

        var roots = new Dictionary<string, int>(StringComparer.Ordinal);
        return questions.Select(q => Find(q.Relevant[0].Split('#')[0])).Select(r => roots.TryGetValue(r, out var g) ? g : roots[r] = roots.Count).ToList();
    }

    /// <summary>Grouped k-fold cross-validation of the setting over scores computed once per setting.</summary>
    public static CrossValidationResult CrossValidate(IReadOnlyList<RankingQuestion> questions, Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>> scores, int k)
    {
        var groupCount = Groups(questions).Distinct().Count();
        var foldOf = Folds(questions, k);
        var heldRr = new double[questions.Count];
        var heldF1 = new double[questions.Count];
        var choices = new List<PreferenceSetting>();
        for (var fold = 0; fold < k; fold++)
        {
            var train = Enumerable.Range(0, questions.Count).Where(i => foldOf[i] != fold).ToList();
            var test = Enumerable.Range(0, questions.Count).Where(i => foldOf[i] == fold).ToList();
            if (test.Count == 0)
            {
                continue;
            }

            var chosen = Choose(scores, train);
            choices.Add(chosen);
            foreach (var i in test)
            {
                heldRr[i] = scores[chosen][i].ReciprocalRank;
                heldF1[i] = scores[chosen][i].PagesF1;
            }
        }

        var all = Enumerable.Range(0, questions.Count).ToList();
        var final = Choose(scores, all);
        var defaults = HandSet;
        var neutral = Neutral;
        return new CrossValidationResult(
            heldRr.Average(), heldF1.Average(),
            scores[defaults].Average(s => s.ReciprocalRank), scores[defaults].Average(s => s.PagesF1),
            scores[neutral].Average(s => s.ReciprocalRank), scores[neutral].Average(s => s.PagesF1),
            choices, final, scores[final].Average(s => s.ReciprocalRank), scores[final].Average(s => s.PagesF1), k, groupCount);
    }

    /// <summary>
    /// The fold of each question: groups dealt into folds by size, largest first, each to the fold with the fewest
    /// questions so far.
    /// </summary>
    private static IReadOnlyList<int> Folds(IReadOnlyList<RankingQuestion> questions, int k)
    {
        var groups = Groups(questions);
        var foldOf = new Dictionary<int, int>();
        var sizes = new int[k];
        foreach (var g in groups.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key))
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            foldOf[g.Key] = fold;
            sizes[fold] += g.Count();
        }

        return groups.Select(g => foldOf[g]).ToList();
    }

    /// <summary>
    /// The setting best on the questions given: the ranking knobs by mean reciprocal rank, then the share by mean page
    /// F1 under them; ties to the mildest setting.
    /// </summary>
    private static PreferenceSetting Choose(Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>> scores, IReadOnlyList<int> questions)
    {
        var ranking = ChooseRanking(scores, questions);
        var middle = HandSet.OtherPagesShare;
        return scores.Keys.Where(s => s with { OtherPagesShare = middle } == ranking && Shares.Contains(s.OtherPagesShare))
            .OrderByDescending(s => Math.Round(questions.Average(i => scores[s][i].PagesF1), 9)).ThenBy(s => Math.Abs(s.OtherPagesShare - middle)).First();
    }

    /// <summary>
    /// The ranking knobs (year factor, asker weight, coordination) best by mean reciprocal rank at the middle share;
    /// ties to the setting nearest no preference and no coordination credit.
    /// </summary>
    private static PreferenceSetting ChooseRanking(Dictionary<PreferenceSetting, IReadOnlyList<QuestionScore>> scores, IReadOnlyList<int> questions)
    {
        static double Distance(PreferenceSetting s) => Math.Abs(Math.Log(s.YearFactor)) + Math.Abs(Math.Log(s.AskerWeight)) + s.Coordination;
        var middle = HandSet.OtherPagesShare;
        return scores.Keys.Where(s => s.OtherPagesShare == middle && AskerWeights.Contains(s.AskerWeight))
            .OrderByDescending(s => Math.Round(questions.Average(i => scores[s][i].ReciprocalRank), 9)).ThenBy(Distance).First();
    }
}

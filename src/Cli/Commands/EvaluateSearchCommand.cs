using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using NorPreM.Search.Querying;
using NorPreM.Cli.Evaluation;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `evaluate-search [--passages P.jsonl --queries Q.jsonl] [--k 10] [--explain]`: indexes the passages in memory
/// once per analyzer (Lucene's StandardAnalyzer, stock NorwegianAnalyzer, the NorPreM chain) and prints
/// MRR@k, nDCG@k and recall@k of the queries. Without files it runs both committed sets: NorQuAD
/// (NorQuAD, read from ../shared/data/norquad) and the NorPreM corpus set (eval/search). --explain adds MRR per query kind and the queries
/// whose first relevant passage was not ranked first.
/// </summary>
public sealed class EvaluateSearchCommand : ICliCommand
{
    public string Name => "evaluate-search";
    public string Usage => "evaluate-search [--passages P.jsonl --queries Q.jsonl] [--k 10] [--explain] | evaluate-search --ranking R.jsonl [--corpus-list L.txt] [--folds 5]";
    public string Summary => "Måler søkekvalitet (MRR, nDCG, recall) for StandardAnalyzer, NorwegianAnalyzer og vår analysekjede.";

    public int Run(CliArguments args, CliContext context)
    {
        if (args.Option("ranking") is { } ranking)
        {
            return RunRanking(ranking, args, context);
        }

        var k = Math.Clamp(args.IntOption("k", 10), 1, 100);
        var sets = new List<(string Name, string Passages, string Queries)>();
        if (args.Option("passages") is { } passages)
        {
            var queries = args.Option("queries") ?? throw new CliUsageException("--passages krever --queries.");
            sets.Add((Path.GetFileNameWithoutExtension(queries), passages, queries));
        }
        else if (args.Option("queries") is not null)
        {
            throw new CliUsageException("--queries krever --passages.");
        }
        else
        {
            var root = SharedData.Eval() ?? throw new CliUsageException("Fant ikke mappen eval/ (kjør fra repoet, eller gi --passages og --queries).");
            var norquad = SharedData.NorQuad() ?? throw new CliUsageException("Fant ikke NorQuAD i ../shared/data/norquad ved siden av repoet (eller gi --passages og --queries).");
            sets.Add(("norquad", Path.Combine(norquad, "passages.jsonl"), Path.Combine(norquad, "questions.jsonl")));
            sets.Add(("norprem-korpus", Path.Combine(root, "search", "passages.jsonl"), Path.Combine(root, "search", "queries.jsonl")));
        }

        foreach (var (name, passagesPath, queriesPath) in sets)
        {
            foreach (var path in new[] { passagesPath, queriesPath })
            {
                if (!File.Exists(path))
                {
                    context.Error.WriteLine($"Finner ikke «{path}».");
                    return 1;
                }
            }

            IReadOnlyList<EvalPassage> passageList;
            IReadOnlyList<EvalQuery> queryList;
            try
            {
                using (var reader = File.OpenText(passagesPath))
                {
                    passageList = RelevanceEvaluation.ReadPassages(reader);
                }

                using (var reader = File.OpenText(queriesPath))
                {
                    queryList = RelevanceEvaluation.ReadQueries(reader);
                }
            }
            catch (FormatException e)
            {
                context.Error.WriteLine($"Ugyldig JSONL i «{name}»: {e.Message}");
                return 1;
            }

            context.Out.WriteLine($"== {name}: {queryList.Count} spørsmål, {passageList.Count} passasjer");
            var retrievers = new Func<IPassageRetriever>[]
            {
                () => new LuceneBaselineRetriever("StandardAnalyzer", new StandardAnalyzer(LuceneVersion.LUCENE_48), passageList),
                () => new LuceneBaselineRetriever("NorwegianAnalyzer", new NorwegianAnalyzer(LuceneVersion.LUCENE_48), passageList),
                () => new NorPreMRetriever(passageList),
            };
            foreach (var create in retrievers)
            {
                using var retriever = create();
                var score = RelevanceEvaluation.Score(retriever, queryList, k);
                context.Out.WriteLine(RelevanceEvaluation.Format(score, k));
                if (args.Flag("explain"))
                {
                    foreach (var kind in score.PerQuery.GroupBy(r => r.Query.Kind).Where(g => g.Key is not null).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        var mrr = kind.Average(r => r.FirstRelevantRank > 0 ? 1.0 / r.FirstRelevantRank : 0);
                        context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"   kind={kind.Key} n={kind.Count()} MRR@{k}={mrr:0.000}"));
                    }

                    foreach (var miss in score.PerQuery.Where(r => r.FirstRelevantRank != 1))
                    {
                        context.Out.WriteLine($"   rank={miss.FirstRelevantRank} «{miss.Query.Question}» want {string.Join(',', miss.Query.Relevant)} got {string.Join(',', miss.Retrieved.Take(3))}");
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// `--ranking questions.jsonl[,more.jsonl] [--corpus-list files.txt] [--folds 5] [--coordination 0,1,2]`: ingests the listed papers once, scores every
    /// question under each setting of the year preference, the asker-word weight and the other-pages share, and
    /// chooses them by cross-validation grouped by source paper (<see cref="RankingCrossValidation"/>).
    /// </summary>
    private static int RunRanking(string questionsPath, CliArguments args, CliContext context)
    {
        var questionFiles = questionsPath.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var listPath = args.Option("corpus-list") ?? Path.Combine(Path.GetDirectoryName(questionFiles[0]) ?? ".", "ranking-corpus.txt");
        foreach (var path in questionFiles.Append(listPath))
        {
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"Finner ikke «{path}».");
                return 1;
            }
        }

        var folds = Math.Clamp(args.IntOption("folds", 5), 2, 50);
        var coordinations = args.Option("coordination") is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).Append(0f).Distinct().ToList()
            : null;
        var questions = new List<RankingQuestion>();
        foreach (var file in questionFiles)
        {
            using var reader = File.OpenText(file);
            questions.AddRange(RankingCrossValidation.Read(reader));
        }

        // Paths in the list are relative to the repository: the list's folder two levels up (eval/search/).
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(listPath))!, "..", ".."));
        var files = File.ReadAllLines(listPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => Path.Combine(root, l)).Where(File.Exists)
            .Select(p => new NorPreM.Ingest.Pipeline.CorpusFile(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        var folder = Path.Combine(Path.GetTempPath(), "norprem-ranking-" + Guid.NewGuid().ToString("N"));
        try
        {
            context.Out.WriteLine($"== rangering: {questions.Count} spørsmål, {files.Count} dokumenter, {folds} fold gruppert etter kildedokument");
            RankingCrossValidation.Ingest(files, folder, _ => { });
            var scores = RankingCrossValidation.ScoreAll(folder, questions, folds, coordinations);
            var result = RankingCrossValidation.CrossValidate(questions, scores, folds);
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            context.Out.WriteLine(string.Create(inv, $"grupper (kildedokumenter, slått sammen der spørsmål deler dokument): {result.Groups}"));
            context.Out.WriteLine(string.Create(inv, $"nøytralt (år ×1, spørreord 1):      MRR@10 {result.NeutralMrr:0.000}  side-F1 {result.NeutralPagesF1:0.000}"));
            context.Out.WriteLine(string.Create(inv, $"håndsatt ({RankingCrossValidation.HandSet}): MRR@10 {result.DefaultMrr:0.000}  side-F1 {result.DefaultPagesF1:0.000}"));
            context.Out.WriteLine(string.Create(inv, $"kryssvalidert, holdt ute:              MRR@10 {result.HeldOutMrr:0.000}  side-F1 {result.HeldOutPagesF1:0.000}"));
            foreach (var (choice, i) in result.FoldChoices.Select((c, i) => (c, i)))
            {
                context.Out.WriteLine($"   fold {i + 1}: {choice}");
            }

            context.Out.WriteLine(string.Create(inv, $"valgt på alle: {result.Chosen} (MRR@10 {result.ChosenMrr:0.000}, side-F1 {result.ChosenPagesF1:0.000}; ikke et holdt-ute-tall)"));
            if (args.Flag("explain"))
            {
                // Each coordination strength under the shipped year factor and asker weight (all questions, middle share).
                var shipped = new NorPreM.Search.Querying.RankingOptions();
                foreach (var c in coordinations ?? [.. RankingCrossValidation.Coordinations])
                {
                    var setting = new PreferenceSetting(shipped.YearFactor, shipped.AskerWeight, RankingCrossValidation.HandSet.OtherPagesShare, c);
                    if (scores.TryGetValue(setting, out var s))
                    {
                        context.Out.WriteLine(string.Create(inv, $"   samsvar ^{c:0.##} ({setting}), alle spørsmål: MRR@10 {s.Average(q => q.ReciprocalRank):0.000}  side-F1 {s.Average(q => q.PagesF1):0.000}"));
                    }
                }

                // The questions the choice changes: reciprocal rank under the hand-set values and under the chosen ones.
                var handSet = scores[RankingCrossValidation.HandSet];
                var chosen = scores[result.Chosen];
                for (var i = 0; i < questions.Count; i++)
                {
                    if (Math.Abs(handSet[i].ReciprocalRank - chosen[i].ReciprocalRank) > 1e-9 || Math.Abs(handSet[i].PagesF1 - chosen[i].PagesF1) > 1e-9)
                    {
                        context.Out.WriteLine(string.Create(inv,
                            $"   «{questions[i].Question}»: RR {handSet[i].ReciprocalRank:0.00} → {chosen[i].ReciprocalRank:0.00}, side-F1 {handSet[i].PagesF1:0.00} → {chosen[i].PagesF1:0.00}"));
                    }
                }
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

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
    public string Usage => "evaluate-search [--passages P.jsonl --queries Q.jsonl] [--k 10] [--explain]";
    public string Summary => "Måler søkekvalitet (MRR, nDCG, recall) for StandardAnalyzer, NorwegianAnalyzer og vår analysekjede.";

    public int Run(CliArguments args, CliContext context)
    {
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
}

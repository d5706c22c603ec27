using System.Globalization;
using NorPreM.Cli.Evaluation;
using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Pipeline;
using NorPreM.Core.Knowledge;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `evaluate-structure [gold.jsonl …] [--index dir]`: reads each document of the gold files (extraction, OCR repair and
/// the structure stage, or the knowledge base stored beside an index with --index) and prints a row per document and
/// totals per split and overall: cases F1, decisions F1, body, kind, meeting-date and attendee-count accuracy, and the
/// share of decisions read right whose kind is right where the gold names it ("decisionKind"). Without
/// a gold file it scores every file in eval/structure. Paths in a gold file are relative to the repository (the gold
/// file's folder two levels up); a document that is absent (../shared not beside the clone) is reported and skipped.
/// </summary>
public sealed class EvaluateStructureCommand : ICliCommand
{
    /// <summary>Where the gold files live, relative to the repository.</summary>
    public const string DefaultDirectory = "eval/structure";

    public string Name => "evaluate-structure";
    public string Usage => "evaluate-structure [gold.jsonl …] [--index dir] [--explain]";
    public string Summary => "Måler strukturlesingen mot fasitfiler: saker (F1), vedtak (F1), organ, dokumenttype, møtedato og antall deltakere.";

    public int Run(CliArguments args, CliContext context)
    {
        var files = args.Positionals.Count > 0
            ? args.Positionals.ToList()
            : Directory.Exists(DefaultDirectory) ? Directory.GetFiles(DefaultDirectory, "*.jsonl").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            throw new CliUsageException($"Fant ingen fasitfil (ga ingen, og «{DefaultDirectory}» har ingen *.jsonl).");
        }

        var knowledge = args.Option("index") is { } index ? KnowledgeStore.Load(Path.GetFullPath(index)) : null;
        if (args.Option("index") is not null && knowledge is null)
        {
            context.Error.WriteLine($"Fant ingen lesbar kunnskapsbase i «{args.Option("index")}». Kjør «norprem ingest» først.");
            return 1;
        }

        // The pipeline's own per-file stages (extract → repair OCR → parse structure), as ingestion runs them.
        var pipeline = new IngestPipeline(IngestStages.CreateDefault(message => context.Error.WriteLine(message)), new NoDocumentCache());
        var totals = new Dictionary<string, StructureScore>(StringComparer.Ordinal);
        var output = context.Out;
        output.WriteLine($"{"dokument",-52} {"del",-8} {"saker",-9} {"vedtak",-9} organ type dato   deltakere");
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                context.Error.WriteLine($"Fant ikke fasitfilen «{file}».");
                return 1;
            }

            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "..", ".."));
            IReadOnlyList<GoldDocument> golds;
            try
            {
                golds = StructureEvaluation.ReadGold(file);
            }
            catch (InvalidDataException e)
            {
                context.Error.WriteLine(e.Message);
                return 1;
            }

            foreach (var gold in golds)
            {
                var path = Path.GetFullPath(Path.Combine(root, gold.File));
                ReadFacts? read;
                if (knowledge is not null)
                {
                    var document = knowledge.Documents.FirstOrDefault(d => d.FileName == Path.GetFileName(path));
                    read = document is null ? null : StructureEvaluation.FromKnowledge(knowledge, document);
                }
                else if (File.Exists(path))
                {
                    try
                    {
                        read = StructureEvaluation.FromStructured(pipeline.Parse(new CorpusFile(Path.GetFileName(path), File.ReadAllBytes(path))));
                    }
                    catch (PdfReadException e)
                    {
                        context.Error.WriteLine($"{gold.File}: {e.Message}");
                        read = null;
                    }
                }
                else
                {
                    read = null;
                }

                if (read is null)
                {
                    context.Error.WriteLine($"Hopper over «{gold.File}»: finnes ikke{(knowledge is null ? "" : " i kunnskapsbasen")}.");
                    continue;
                }

                var score = StructureEvaluation.Score(gold, read);
                totals[gold.Split] = totals.GetValueOrDefault(gold.Split, StructureScore.Zero) + score;
                totals["alle"] = totals.GetValueOrDefault("alle", StructureScore.Zero) + score;
                output.WriteLine($"{Short(Path.GetFileName(gold.File), 52),-52} {gold.Split,-8} {Ratio(score.CaseHits, score.CasesRead, score.CasesGold),-9} {Ratio(score.DecisionHits, score.DecisionsRead, score.DecisionsGold),-9} "
                                 + $"{(score.BodyHits == 1 ? "ja" : "nei"),-5} {(score.Kinds == 0 ? "–" : score.KindHits == 1 ? "ja" : "nei"),-4} {score.DateHits}/{score.Dates,-4} {score.AttendanceHits}/{score.Attendances}"
                                 + (score.BodyHits == 1 ? "" : $"   (organ: {read.Body ?? "ingen"}, fasit {gold.Body ?? "ingen"})")
                                 + (score.Kinds == 0 || score.KindHits == 1 ? "" : $"   (type: {read.Kind}, fasit {gold.Kind})"));
                if (args.Flag("explain"))
                {
                    Explain(gold, read, output);
                }
            }
        }

        output.WriteLine();
        output.WriteLine($"{"sum",-10} {"saker F1",9} {"vedtak F1",9} {"organ",7} {"type",7} {"møtedato",9} {"deltakere",10} {"vedtaksart",10}");
        foreach (var (split, s) in totals.OrderBy(t => t.Key == "alle" ? 1 : 0).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{split,-10} {F(s.CaseF1),9} {F(s.DecisionF1),9} {Share(s.BodyHits, s.Bodies),7} {Share(s.KindHits, s.Kinds),7} {Share(s.DateHits, s.Dates),9} {Share(s.AttendanceHits, s.Attendances),10} {Share(s.DecisionKindHits, s.DecisionKindsScored),10}");
        }

        return 0;
    }

    /// <summary>What was read where it differs from the gold: meetings with their counts, cases not matched, decisions that begin otherwise.</summary>
    private static void Explain(GoldDocument gold, ReadFacts read, TextWriter output)
    {
        foreach (var m in read.Meetings)
        {
            output.WriteLine($"    møte {m.Number} {m.Date:yyyy-MM-dd}: til stede {m.Present.Count} ({string.Join("; ", m.Present.Select(p => p.Name))}), forfall {m.Absent.Count} ({string.Join("; ", m.Absent.Select(p => p.Name))}), stemmeberettigede {m.VotingMembers?.ToString(CultureInfo.InvariantCulture) ?? "–"}");
        }

        foreach (var c in read.Cases)
        {
            var g = gold.Cases.FirstOrDefault(x => StructureEvaluation.Matches(x, c));
            if (g is null)
            {
                output.WriteLine($"    lest, ikke i fasit: {c.Label ?? c.Number} {c.Title}");
            }
            else if (g.Decided != (c.Decision is not null) || (g.Decided && !StructureEvaluation.Begins(c.Decision!, g.Decision ?? "")))
            {
                output.WriteLine($"    vedtak i {c.Label ?? c.Number}: «{Short(c.Decision ?? "(ingen)", 90)}» [{c.DecisionKind}], fasit «{g.Decision ?? "(ingen)"}»");
            }
        }

        foreach (var g in gold.Cases.Where(g => !read.Cases.Any(c => StructureEvaluation.Matches(g, c))))
        {
            output.WriteLine($"    ikke funnet: {g.Number} {g.Title}");
        }
    }

    private static string Ratio(int hits, int read, int gold) => $"{hits}/{read}/{gold}";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Share(int hits, int total) => total == 0 ? "–" : F((double)hits / total);

    private static string Short(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}

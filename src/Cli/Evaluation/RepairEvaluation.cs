using System.Diagnostics;
using System.Text;
using NorPreM.Core.Lexicon;
using NorPreM.Ingest.OcrRepair;

namespace NorPreM.Cli.Evaluation;

/// <summary>Counts for one side (damaged input or repaired output) against the truth.</summary>
/// <param name="CharacterErrors">Summed character edit distance to the truth lines.</param>
/// <param name="NorwegianCorrect">Words with æ/ø/å in the truth that read exactly right.</param>
/// <param name="SoundChanged">Words that were right in the input and are wrong here (0 for the input).</param>
public sealed record SideCounts(long CharacterErrors, int NorwegianCorrect, int SoundChanged);

/// <summary>What an evaluation run measured on one set.</summary>
/// <param name="Name">Set name (file name without extension).</param>
/// <param name="Lines">Line pairs.</param>
/// <param name="TruthCharacters">Characters in the truth lines.</param>
/// <param name="Words">Words in the truth lines.</param>
/// <param name="NorwegianWords">Truth words with æ/ø/å.</param>
/// <param name="DamagedNorwegianWords">Of those, the ones the input has wrong.</param>
/// <param name="RestoredNorwegianWords">Of the damaged ones, the ones the repair gets exactly right.</param>
/// <param name="SoundWords">Words the input has right.</param>
/// <param name="Before">Input against truth.</param>
/// <param name="After">Repaired output against truth.</param>
/// <param name="Bytes">UTF-8 bytes of input text repaired.</param>
/// <param name="Seconds">Wall-clock time spent scoring and correcting (one thread).</param>
/// <param name="CpuSeconds">Processor time the process used meanwhile: the fair measure on a busy machine.</param>
/// <param name="Changes">Sample of wrong outputs (truth, input, output), for study.</param>
public sealed record EvaluationReport(
    string Name,
    int Lines,
    long TruthCharacters,
    int Words,
    int NorwegianWords,
    int DamagedNorwegianWords,
    int RestoredNorwegianWords,
    int SoundWords,
    SideCounts Before,
    SideCounts After,
    long Bytes,
    double Seconds,
    double CpuSeconds,
    IReadOnlyList<(string Truth, string Input, string Output)> Changes)
{
    /// <summary>
    /// Every word the repair changed: its confidence, whether the change made it right, the word as written and the
    /// document it is in (for calibration grouped by document).
    /// </summary>
    public IReadOnlyList<(double Confidence, bool Right, string Before, string Document)> Repairs { get; init; } = [];

    public double CerBefore => TruthCharacters == 0 ? 0 : Before.CharacterErrors / (double)TruthCharacters;
    public double CerAfter => TruthCharacters == 0 ? 0 : After.CharacterErrors / (double)TruthCharacters;
    public double NorwegianBefore => NorwegianWords == 0 ? 0 : Before.NorwegianCorrect / (double)NorwegianWords;
    public double NorwegianAfter => NorwegianWords == 0 ? 0 : After.NorwegianCorrect / (double)NorwegianWords;
    public double RestoredShare => DamagedNorwegianWords == 0 ? 0 : RestoredNorwegianWords / (double)DamagedNorwegianWords;
    public double SoundChangedShare => SoundWords == 0 ? 0 : After.SoundChanged / (double)SoundWords;
    public double MegabytesPerSecond => Seconds <= 0 ? 0 : Bytes / 1e6 / Seconds;
    public double MegabytesPerCpuSecond => CpuSeconds <= 0 ? 0 : Bytes / 1e6 / CpuSeconds;
}

/// <summary>
/// Runs the damage scorer and the corrector over an evaluation set, group by group as the stage runs page by
/// page, and compares input and output with the truth word by word (the pairs have the same words in the same
/// order) and character by character.
/// </summary>
public static class RepairEvaluation
{
    private const int WarmUpRuns = 3;

    /// <summary>
    /// Evaluates one set. With <paramref name="resetCaches"/> the set is first run three times untimed (so tables are
    /// loaded and the code compiled and optimised), then <paramref name="timedRuns"/> times, each after
    /// <paramref name="resetCaches"/> has emptied the word caches; the fastest run counts (the usual way to time
    /// on a shared machine, where other work only ever adds time).
    /// </summary>
    public static EvaluationReport Evaluate(string name, IReadOnlyList<EvaluationPair> pairs, IDamageScorer scorer, ITextCorrector corrector,
        Action? resetCaches = null, int timedRuns = 1)
    {
        var groups = pairs.Select((p, i) => (p, i)).GroupBy(x => x.p.Group)
            .Select(g => (Document: DocumentOf(g.Key), Indices: g.Select(x => x.i).ToList(), Lines: g.Select(x => x.p.Damaged).ToList()))
            .ToList();
        var bytes = groups.Sum(g => (long)Encoding.UTF8.GetByteCount(string.Join('\n', g.Lines)));
        var outputs = new string[pairs.Count];
        if (resetCaches is not null)
        {
            // The runtime compiles hot methods again, optimised, on a background thread after some calls (tiered
            // compilation); that thread's time would count as the corrector's. A few warm-up passes and a pause
            // let it finish, so the timed runs measure the corrector in a long-running process.
            for (var warmUp = 0; warmUp < WarmUpRuns; warmUp++)
            {
                resetCaches();
                Run(groups, scorer, corrector, outputs);
            }

            Thread.Sleep(TimeSpan.FromMilliseconds(500));
        }

        var seconds = double.MaxValue;
        var cpuSeconds = double.MaxValue;
        for (var run = 0; run < Math.Max(1, timedRuns); run++)
        {
            resetCaches?.Invoke();
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Run(groups, scorer, corrector, outputs);
            watch.Stop();
            process.Refresh();
            seconds = Math.Min(seconds, watch.Elapsed.TotalSeconds);
            cpuSeconds = Math.Min(cpuSeconds, (process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        var changed = new List<(int Pair, int Start, double Confidence, string Before)>();
        resetCaches?.Invoke();
        Run(groups, scorer, corrector, outputs, changed);
        var judged = new List<(double, bool, string, string)>(changed.Count);
        foreach (var (pair, start, confidence, before) in changed)
        {
            var output = outputs[pair];
            var index = output.AsSpan(0, Math.Min(start, output.Length)).Count(' ');
            var truthWords = Words(pairs[pair].Truth);
            var outputWords = Words(output);
            judged.Add((confidence, index < truthWords.Length && index < outputWords.Length && truthWords[index] == outputWords[index],
                before, name + "/" + DocumentOf(pairs[pair].Group)));
        }

        long truthChars = 0, errorsBefore = 0, errorsAfter = 0;
        int words = 0, norwegian = 0, damagedNorwegian = 0, restored = 0, sound = 0;
        int norwegianBefore = 0, norwegianAfter = 0, soundChanged = 0;
        var wrong = new List<(string, string, string)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var (truth, input, output) = (pairs[i].Truth, pairs[i].Damaged, outputs[i]);
            truthChars += truth.Length;
            errorsBefore += EditDistance.Levenshtein(input, truth);
            errorsAfter += EditDistance.Levenshtein(output, truth);
            var t = Words(truth);
            var d = Words(input);
            var r = Words(output);
            if (t.Length != d.Length || t.Length != r.Length)
            {
                throw new InvalidDataException($"Pair {i + 1} ({pairs[i].Group}): input, truth and output do not have the same words.");
            }

            for (var w = 0; w < t.Length; w++)
            {
                words++;
                var hasNorwegian = t[w].AsSpan().IndexOfAny("æøåÆØÅ") >= 0;
                if (hasNorwegian)
                {
                    norwegian++;
                    norwegianBefore += d[w] == t[w] ? 1 : 0;
                    norwegianAfter += r[w] == t[w] ? 1 : 0;
                    if (d[w] != t[w])
                    {
                        damagedNorwegian++;
                        restored += r[w] == t[w] ? 1 : 0;
                    }
                }

                if (d[w] == t[w])
                {
                    sound++;
                    if (r[w] != t[w])
                    {
                        soundChanged++;
                    }
                }

                if (r[w] != t[w] && (hasNorwegian || d[w] == t[w]) && wrong.Count < 400)
                {
                    wrong.Add((t[w], d[w], r[w]));
                }
            }
        }

        return new EvaluationReport(name, pairs.Count, truthChars, words, norwegian, damagedNorwegian, restored, sound,
            new SideCounts(errorsBefore, norwegianBefore, 0), new SideCounts(errorsAfter, norwegianAfter, soundChanged),
            bytes, seconds, cpuSeconds, wrong)
        {
            Repairs = judged,
        };
    }

    private static void Run(List<(string Document, List<int> Indices, List<string> Lines)> groups, IDamageScorer scorer, ITextCorrector corrector, string[] outputs,
        List<(int Pair, int Start, double Confidence, string Before)>? repairs = null)
    {
        var memories = new Dictionary<string, DocumentMemory>(StringComparer.Ordinal);
        foreach (var (document, indices, lines) in groups)
        {
            var quality = scorer.Score(string.Join('\n', lines), "text-layer");
            if (!memories.TryGetValue(document, out var memory))
            {
                memories[document] = memory = new DocumentMemory { Nynorsk = NynorskForms.IsNynorsk(lines) };
            }

            var corrected = corrector.Correct(lines, quality.Score, memory);
            for (var k = 0; k < indices.Count; k++)
            {
                outputs[indices[k]] = corrected.Lines[k];
            }

            foreach (var r in corrected.Repairs)
            {
                repairs?.Add((indices[r.Line], r.Start, r.Confidence, r.Before));
            }
        }
    }

    /// <summary>
    /// The document a group belongs to: groups named "&lt;document&gt;-p&lt;page&gt;" are pages of one document and
    /// share a <see cref="DocumentMemory"/>, as in the stage; any other group is a document of its own.
    /// </summary>
    public static string DocumentOf(string group)
    {
        var dash = group.LastIndexOf("-p", StringComparison.Ordinal);
        return dash > 0 && dash + 2 < group.Length && group.AsSpan(dash + 2).IndexOfAnyExceptInRange('0', '9') < 0 ? group[..dash] : group;
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

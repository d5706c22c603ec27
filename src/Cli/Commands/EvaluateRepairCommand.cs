using System.Globalization;
using System.Text;
using System.Text.Json;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Cli.Evaluation;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `evaluate-repair [--set eval/ocr]`: measures the OCR repair on the committed evaluation sets (character error
/// rate, æøå-words right, sound words changed, before and after; MB/s on one thread).
/// `--build sets` rebuilds the sets from the corpus and NorQuAD; `--build frequencies` recounts the shipped
/// word-frequency table. Both builds use a fixed split: HO21 odd pages and every fourth NorQuAD passage are
/// for evaluation, the rest for counting, so no evaluated text is counted.
/// </summary>
public sealed class EvaluateRepairCommand : ICliCommand
{
    private const string Ho21 = "ho21-mote-2022-03-saksdokumenter.pdf";
    private const int Seed = 20240318;

    public string Name => "evaluate-repair";
    public string Usage => "evaluate-repair [--set eval/ocr] [--examples N] | --build sets|frequencies [--corpus corpus] [--norquad ../shared/data/norquad/passages.jsonl] [--out fil]";
    public string Summary => "Måler OCR-reparasjonen på evalueringssettene (CER, æøå-ord, endrede friske ord, MB/s), eller bygger settene og frekvenstabellen på nytt.";

    public int Run(CliArguments args, CliContext context)
    {
        var set = args.Option("set") ?? Path.Combine("eval", "ocr");
        var corpus = args.Option("corpus") ?? "corpus";
        var norquad = args.Option("norquad") ?? Path.Combine(SharedData.NorQuad() ?? Path.Combine("..", "shared", "data", "norquad"), "passages.jsonl");
        switch (args.Option("build"))
        {
            case null:
                return Evaluate(set, args.IntOption("examples", 0), context);
            case "sets":
                return BuildSets(set, corpus, norquad, context);
            case "frequencies":
                return BuildFrequencies(args.Option("out") ?? Path.Combine("src", "Ingest", "Resources", "Ocr", "word-frequencies.tsv.gz"),
                    corpus, norquad, context);
            default:
                throw new CliUsageException("--build tar «sets» eller «frequencies».");
        }
    }

    private static int Evaluate(string set, int examples, CliContext context)
    {
        if (!Directory.Exists(set))
        {
            context.Error.WriteLine($"Finner ikke evalueringssettet «{set}».");
            return 1;
        }

        var files = Directory.GetFiles(set, "*.jsonl").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            context.Error.WriteLine($"Ingen *.jsonl-filer i «{set}».");
            return 1;
        }

        var corrector = NoisyChannelCorrector.Default;
        var scorer = new DamageScorer(corrector);

        var reports = new List<EvaluationReport>();
        foreach (var file in files)
        {
            IReadOnlyList<EvaluationPair> pairs;
            try
            {
                using var reader = new StreamReader(file, Encoding.UTF8);
                pairs = EvaluationSet.Read(reader);
            }
            catch (Exception e) when (e is InvalidDataException or JsonException)
            {
                context.Error.WriteLine($"Kan ikke lese «{file}»: {e.Message}");
                return 1;
            }

            // Each set runs once untimed (loading the tables and compiling the code), then three times timed, each
            // with an empty word cache, so the speed is that of text never seen before; the fastest run counts.
            reports.Add(RepairEvaluation.Evaluate(Path.GetFileNameWithoutExtension(file), pairs, scorer, corrector, corrector.ClearCache, timedRuns: 3));
        }

        var o = context.Out;
        o.WriteLine("| sett | linjer | ord | æøå-ord | skadde æøå-ord | CER før | CER etter | æøå-ord riktige før | etter | skadde æøå-ord gjenopprettet | friske ord endret | MB/s | MB/CPU-s |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports.Append(Total(reports)))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Lines} | {r.Words} | {r.NorwegianWords} | {r.DamagedNorwegianWords} | {r.CerBefore:P2} | {r.CerAfter:P2} | {r.NorwegianBefore:P1} | {r.NorwegianAfter:P1} | {r.RestoredShare:P1} ({r.RestoredNorwegianWords}/{r.DamagedNorwegianWords}) | {r.SoundChangedShare:P2} ({r.After.SoundChanged}/{r.SoundWords}) | {r.MegabytesPerSecond:0.00} | {r.MegabytesPerCpuSecond:0.00} |"));
        }

        if (examples > 0)
        {
            foreach (var r in reports)
            {
                o.WriteLine();
                o.WriteLine($"Feil i {r.Name} (fasit / inn / ut):");
                foreach (var (truth, input, output) in r.Changes.Take(examples))
                {
                    o.WriteLine($"  {truth} / {input} / {output}");
                }
            }
        }

        return 0;
    }

    private static EvaluationReport Total(IReadOnlyList<EvaluationReport> reports) => new(
        "totalt",
        reports.Sum(r => r.Lines),
        reports.Sum(r => r.TruthCharacters),
        reports.Sum(r => r.Words),
        reports.Sum(r => r.NorwegianWords),
        reports.Sum(r => r.DamagedNorwegianWords),
        reports.Sum(r => r.RestoredNorwegianWords),
        reports.Sum(r => r.SoundWords),
        new SideCounts(reports.Sum(r => r.Before.CharacterErrors), reports.Sum(r => r.Before.NorwegianCorrect), 0),
        new SideCounts(reports.Sum(r => r.After.CharacterErrors), reports.Sum(r => r.After.NorwegianCorrect), reports.Sum(r => r.After.SoundChanged)),
        reports.Sum(r => r.Bytes),
        reports.Sum(r => r.Seconds),
        reports.Sum(r => r.CpuSeconds),
        []);

    private static int BuildSets(string set, string corpus, string norquad, CliContext context)
    {
        var pdftoppm = ExternalTool.Find("pdftoppm");
        var pdftotext = ExternalTool.Find("pdftotext");
        var tesseract = ExternalTool.Find("tesseract");
        if (pdftoppm is null || pdftotext is null || tesseract is null)
        {
            context.Error.WriteLine("Å bygge settene krever pdftoppm, pdftotext (poppler-utils) og tesseract med engelsk modell.");
            return 1;
        }

        var pdfPath = Path.Combine(corpus, Ho21);
        if (!File.Exists(pdfPath) || !File.Exists(norquad))
        {
            context.Error.WriteLine($"Finner ikke «{pdfPath}» eller «{norquad}».");
            return 1;
        }

        Directory.CreateDirectory(set);
        var pdf = File.ReadAllBytes(pdfPath);
        var pages = PageCount(pdftotext, pdf);
        var ho21 = new List<EvaluationPair>();
        foreach (var page in Enumerable.Range(1, pages).Where(IsEvaluationPage))
        {
            var clean = PageText(pdftotext, pdf, page);
            var number = page.ToString(CultureInfo.InvariantCulture);
            var image = ExternalTool.Run(pdftoppm, ["-r", "200", "-gray", "-png", "-singlefile", "-f", number, "-l", number, "-"],
                TimeSpan.FromMinutes(2), input: pdf).Output;
            var ocr = ExternalTool.Run(tesseract, ["stdin", "stdout", "-l", "eng"], TimeSpan.FromMinutes(3),
                new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }, image).StandardOutput;
            var pairs = EvaluationSetBuilder.AlignPage($"ho21-p{page:00}", ocr, clean);
            context.Error.WriteLine($"side {page}: {pairs.Count} linjer");
            ho21.AddRange(pairs);
        }

        Write(Path.Combine(set, "ho21-tesseract-eng.jsonl"), ho21);

        var random = new Random(Seed);
        var synthetic = new List<EvaluationPair>();
        foreach (var (id, text) in Passages(norquad).Where((_, i) => IsEvaluationPassage(i)))
        {
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var clean = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                synthetic.Add(new EvaluationPair($"norquad-{id}", EvaluationSetBuilder.Damage(clean, random), clean));
            }
        }

        Write(Path.Combine(set, "norquad-synthetic.jsonl"), synthetic);
        context.Out.WriteLine($"Skrev {ho21.Count} linjer fra HO21 og {synthetic.Count} syntetiske linjer fra NorQuAD til «{set}».");
        return 0;
    }

    private static int BuildFrequencies(string output, string corpus, string norquad, CliContext context)
    {
        var pdftotext = ExternalTool.Find("pdftotext");
        var pdfPath = Path.Combine(corpus, Ho21);
        if (pdftotext is null || !File.Exists(pdfPath) || !File.Exists(norquad))
        {
            context.Error.WriteLine($"Å telle ordfrekvenser krever pdftotext, «{pdfPath}» og «{norquad}».");
            return 1;
        }

        var pdf = File.ReadAllBytes(pdfPath);
        var texts = new List<string>();
        texts.AddRange(Enumerable.Range(1, PageCount(pdftotext, pdf)).Where(p => !IsEvaluationPage(p)).Select(p => PageText(pdftotext, pdf, p)));
        texts.AddRange(Passages(norquad).Where((_, i) => !IsEvaluationPassage(i)).Select(p => p.Text));
        var table = WordFrequencies.CountTexts(texts);
        var header = $"""
            Word and word-pair counts for NorPreM OCR repair (norprem evaluate-repair --build frequencies).
            Counted from: {Ho21} (HelseOmsorg21-rådet, even pages only) and NorQuAD passages (CC0 1.0,
            Ivanova et al. 2023, ltgoslo/NorQuAD; every passage except every fourth). {table.Total} words, {table.WordCount} forms, {table.PairCount} pairs.
            """;
        var temp = output + ".tmp";
        using (var stream = File.Create(temp))
        {
            table.Write(stream, header);
        }

        File.Move(temp, output, overwrite: true);
        context.Out.WriteLine($"Skrev {table.WordCount} ord og {table.PairCount} ordpar ({table.Total} løpende ord) til «{output}».");
        return 0;
    }

    /// <summary>HO21 odd pages are evaluated; even pages are counted.</summary>
    private static bool IsEvaluationPage(int page) => page % 2 == 1;

    /// <summary>Every fourth NorQuAD passage is evaluated; the others are counted.</summary>
    private static bool IsEvaluationPassage(int index) => index % 4 == 0;

    private static int PageCount(string pdftotext, byte[] pdf)
    {
        var info = ExternalTool.Find("pdfinfo") is { } pdfinfo
            ? ExternalTool.Run(pdfinfo, ["-"], TimeSpan.FromSeconds(30), input: pdf).StandardOutput
            : "";
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        if (line is not null && int.TryParse(line[6..].Trim(), CultureInfo.InvariantCulture, out var pages))
        {
            return pages;
        }

        // Without pdfinfo: pdftotext separates pages with form feeds.
        return ExternalTool.Run(pdftotext, ["-enc", "UTF-8", "-", "-"], TimeSpan.FromMinutes(1), input: pdf).StandardOutput
            .Split('\f').Length - 1;
    }

    private static string PageText(string pdftotext, byte[] pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        return ExternalTool.Run(pdftotext, ["-f", number, "-l", number, "-enc", "UTF-8", "-", "-"], TimeSpan.FromMinutes(1), input: pdf)
            .StandardOutput.Replace("\f", "");
    }

    private static IEnumerable<(string Id, string Text)> Passages(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            yield return (json.RootElement.GetProperty("id").GetString() ?? "", json.RootElement.GetProperty("text").GetString() ?? "");
        }
    }

    private static void Write(string path, IEnumerable<EvaluationPair> pairs)
    {
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        {
            EvaluationSet.Write(writer, pairs);
        }

        File.Move(temp, path, overwrite: true);
    }
}

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
    public string Usage => "evaluate-repair [--set eval/ocr] [--examples N] | --scans [eval/ocr/scans] [--only betingelse] [--jobs N] [--no-ocr] | --calibrate [skannemapper …] [--jobs N] [--out fil] | --build nynorsk [--from /usr/share/dict/nynorsk] [--bokmal /usr/share/dict/bokmaal] | --build sets|frequencies [--corpus corpus] [--norquad ../shared/data/norquad/passages.jsonl] [--out fil]";
    public string Summary => "Måler OCR-reparasjonen på evalueringssettene (CER, æøå-ord, endrede friske ord, MB/s), eller bygger settene og frekvenstabellen på nytt.";

    public int Run(CliArguments args, CliContext context)
    {
        var set = args.Option("set") ?? Path.Combine("eval", "ocr");
        var corpus = args.Option("corpus") ?? "corpus";
        var norquad = args.Option("norquad") ?? Path.Combine(SharedData.NorQuad() ?? Path.Combine("..", "shared", "data", "norquad"), "passages.jsonl");
        if (args.Flag("scans"))
        {
            return EvaluateScans(args.Positional(0) ?? Path.Combine("eval", "ocr", "scans"), args.Option("only"),
                args.IntOption("jobs", Environment.ProcessorCount), args.IntOption("examples", 0), !args.Flag("no-ocr"), context);
        }

        if (args.Flag("calibrate"))
        {
            var folders = args.Positionals.Count > 0
                ? args.Positionals.ToList()
                : [Path.Combine("eval", "ocr", "scans"), Path.Combine("eval", "ocr", "scans", "heldout"), Path.Combine("eval", "ocr", "scans", "heldout2")];
            return Calibrate(set, norquad, folders, args.IntOption("jobs", Environment.ProcessorCount),
                args.Option("out") ?? Path.Combine("src", "Ingest", "Resources", "Ocr", "confidence-calibration.tsv"), context);
        }

        switch (args.Option("build"))
        {
            case null:
                return Evaluate(set, norquad, args.IntOption("examples", 0), context);
            case "sets":
                return BuildSets(set, corpus, norquad, context);
            case "nynorsk":
                return BuildNynorsk(args.Option("from") ?? "/usr/share/dict/nynorsk", args.Option("bokmal") ?? "/usr/share/dict/bokmaal",
                    args.Option("out") ?? Path.Combine("src", "Ingest", "Resources", "Ocr", NynorskForms.FileName), context);
            case "frequencies":
                return BuildFrequencies(args.Option("out") ?? Path.Combine("src", "Ingest", "Resources", "Ocr", "word-frequencies.tsv.gz"),
                    corpus, norquad, context);
            default:
                throw new CliUsageException("--build tar «sets», «frequencies» eller «nynorsk».");
        }
    }

    private static int Evaluate(string set, string norquad, int examples, CliContext context)
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

        if (File.Exists(norquad))
        {
            reports.Add(RepairEvaluation.Evaluate("norquad-synthetic", SyntheticNorQuad(norquad), scorer, corrector, corrector.ClearCache, timedRuns: 3));
        }
        else
        {
            context.Error.WriteLine($"Finner ikke «{norquad}»: det syntetiske settet fra NorQuAD er utelatt.");
        }

        var o = context.Out;
        o.WriteLine("| sett | linjer | ord | æøå-ord | skadde æøå-ord | CER før | CER etter | æøå-ord riktige før | etter | skadde æøå-ord gjenopprettet | friske ord endret | MB/s | MB/CPU-s |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in reports.Append(Total(reports)))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Lines} | {r.Words} | {r.NorwegianWords} | {r.DamagedNorwegianWords} | {r.CerBefore:P2} | {r.CerAfter:P2} | {r.NorwegianBefore:P1} | {r.NorwegianAfter:P1} | {r.RestoredShare:P1} ({r.RestoredNorwegianWords}/{r.DamagedNorwegianWords}) | {r.SoundChangedShare:P2} ({r.After.SoundChanged}/{r.SoundWords}) | {r.MegabytesPerSecond:0.00} | {r.MegabytesPerCpuSecond:0.00} |"));
        }

        // Does the confidence mean what it says? Repairs by confidence band, and how many of them were right.
        o.WriteLine();
        o.WriteLine("| sikkerhet | rettinger | riktige |");
        o.WriteLine("|---|---:|---:|");
        // The corrector's raw confidence mapped as the stage maps it.
        var all = reports.SelectMany(r => r.Repairs)
            .Select(r => (Confidence: ConfidenceCalibration.Default.Map(r.Before, r.Confidence), r.Right)).ToList();
        foreach (var (low, high) in new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01), (0.9, 1.01) })
        {
            var band = all.Where(r => r.Confidence >= low && r.Confidence < high).ToList();
            var right = band.Count(r => r.Right);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(high > 1 ? $"≥ {low:0.00}" : $"{low:0.00}–{high:0.00}")} | {band.Count} | {(band.Count == 0 ? 0 : right / (double)band.Count):P1} ({right}) |"));
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

    /// <summary>
    /// The scan set (eval/ocr/scans, made by scripts/make-scan-set.sh): per condition, text layer and language form, the
    /// character and word error rates and the share of æøå words right of `pdftotext -raw`, `tesseract -l nor`, and our
    /// extraction and repair without and with Tesseract, on the same files.
    /// </summary>
    private static int EvaluateScans(string folder, string? only, int jobs, int examples, bool ocr, CliContext context)
    {
        var pages = ScanEvaluation.Find(folder).Where(p => only is null || p.Condition == only).ToList();
        if (pages.Count == 0)
        {
            context.Error.WriteLine($"Ingen skannede sider i «{folder}» (pdf/*.pdf med tekster i texts/); lag dem med scripts/make-scan-set.sh.");
            return 1;
        }

        var readers = new List<ScanReader>();
        if (ExternalTool.Find("pdftotext") is { } pdftotext)
        {
            readers.Add(ScanEvaluation.PdftotextRaw(pdftotext));
        }

        var tesseractReady = ocr && TesseractEngine.Detect("nor", out _) is not null;
        if (tesseractReady && ExternalTool.Find("pdftoppm") is { } pdftoppm && TesseractEngine.Detect("nor", out _) is not null && ExternalTool.Find("tesseract") is { } tesseract)
        {
            readers.Add(ScanEvaluation.TesseractNor(pdftoppm, tesseract));
        }

        readers.Add(ScanEvaluation.Extraction());
        var quiet = new Action<string>(_ => { });
        readers.Add(ScanEvaluation.Pipeline("NorPreM uten Tesseract", OcrRepairStage.CreateDefault(quiet, useOcr: false)));
        if (tesseractReady)
        {
            readers.Add(ScanEvaluation.Pipeline("NorPreM med Tesseract", OcrRepairStage.CreateDefault(m => context.Error.WriteLine(m), useOcr: true)));
        }

        var results = ScanEvaluation.Run(pages, readers, jobs, m => context.Error.WriteLine(m));
        var o = context.Out;
        o.WriteLine("| betingelse | tekstlag | leser | sider | CER | WER | æøå-ord riktige | friske ord endret |");
        o.WriteLine("|---|---|---|---:|---:|---:|---:|---:|");
        var conditions = pages.Select(p => p.Condition).Distinct().ToList();
        var groups = conditions.Select(c => (Label: c, Match: (Func<ScanPage, bool>)(p => p.Condition == c)))
            .Concat([("bokmål", p => p.Form == "bokmål"), ("nynorsk", p => p.Form == "nynorsk"), ("alle", _ => true)]);
        foreach (var (label, match) in groups)
        {
            foreach (var layer in new[] { "eng-layer", "image-only" })
            {
                foreach (var reader in readers)
                {
                    var rows = results.Where(r => r.Reader == reader.Name && r.Page.Layer == layer && match(r.Page)).ToList();
                    if (rows.Count == 0)
                    {
                        continue;
                    }

                    var sum = rows.Aggregate(ScanScore.Empty, (a, r) => a + r.Score);
                    var sound = sum.SoundWords == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{sum.SoundChangedShare:P2} ({sum.SoundChanged}/{sum.SoundWords})");
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {label} | {layer} | {reader.Name} | {rows.Count} | {sum.Cer:0.0000} | {sum.Wer:0.0000} | {sum.NorwegianShare:P1} ({sum.NorwegianRight}/{sum.NorwegianWords}) | {sound} |"));
                }
            }
        }

        o.WriteLine();
        o.WriteLine("| leser | sikkerhet | rettinger | riktige |");
        o.WriteLine("|---|---|---:|---:|");
        foreach (var group in results.Where(r => r.Score.Repairs.Count > 0).GroupBy(r => r.Reader))
        {
            var all = group.SelectMany(r => r.Score.Repairs).ToList();
            foreach (var (low, high) in new[] { (0.0, 0.7), (0.7, 0.9), (0.9, 1.01) })
            {
                var band = all.Where(r => r.Confidence >= low && r.Confidence < high).ToList();
                var right = band.Count(r => r.Right);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {group.Key} | {(high > 1 ? $"≥ {low:0.0}" : $"{low:0.0}–{high:0.0}")} | {band.Count} | {(band.Count == 0 ? 0 : right / (double)band.Count):P1} ({right}) |"));
            }
        }

        if (examples > 0)
        {
            foreach (var group in results.Where(r => r.Reader.StartsWith("NorPreM", StringComparison.Ordinal)).GroupBy(r => r.Reader))
            {
                o.WriteLine();
                o.WriteLine($"Feil, {group.Key} (fasit / før reparasjon / ut), de vanligste først:");
                foreach (var (confidence, written, truth) in group.SelectMany(r => r.Score.WrongRepairs).Where(w => w.Confidence >= 0.9).Take(examples))
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  feil retting {confidence:0.00}: {written} (fasit {truth})"));
                }

                foreach (var (page, (truth, _, after)) in group.SelectMany(r => r.Score.Wrong.Where(w => w.Before == w.Truth).Select(w => (Path.GetFileName(r.Page.Pdf), w))))
                {
                    o.WriteLine($"  friskt ord endret: {truth} → {after} ({page})");
                }

                foreach (var wrong in group.SelectMany(r => r.Score.Wrong).Where(w => w.Before.Length + w.After.Length > 0).GroupBy(w => w).OrderByDescending(g => g.Count()).Take(examples))
                {
                    o.WriteLine($"  {wrong.Count()}× {wrong.Key.Truth} / {wrong.Key.Before} / {wrong.Key.After}");
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

        context.Out.WriteLine($"Skrev {ho21.Count} linjer fra HO21 til «{set}». Det syntetiske settet fra NorQuAD lages ved hver evaluering.");
        return 0;
    }

    /// <summary>
    /// The mandate's damage on other text: every fourth NorQuAD passage (read from <c>../shared</c>, never copied into the
    /// project), line by line, damaged by <see cref="EvaluationSetBuilder.Damage"/> with a fixed seed, so every run builds
    /// the same pairs.
    /// </summary>
    internal static IReadOnlyList<EvaluationPair> SyntheticNorQuad(string norquad)
    {
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

        return synthetic;
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

    /// <summary>
    /// Fits the confidence map (<see cref="ConfidenceCalibration"/>) to the repairs of the development sets: the text
    /// sets in <paramref name="set"/>, the synthetic NorQuAD set and the English-OCR layers of the scan folders, read
    /// without Tesseract with the raw confidence. Reports the map's accuracy by five-fold cross-validation grouped by
    /// document (a document's repairs, all its scan conditions included, are scored by a map fitted without it), then
    /// fits on all of them and writes the table.
    /// </summary>
    private static int Calibrate(string set, string norquad, IReadOnlyList<string> folders, int jobs, string output, CliContext context)
    {
        var records = new List<(string Document, RepairKind Kind, double Raw, bool Right)>();
        var corrector = NoisyChannelCorrector.Default;
        var scorer = new DamageScorer(corrector);
        var sets = Directory.Exists(set)
            ? Directory.GetFiles(set, "*.jsonl").Order(StringComparer.Ordinal)
                .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Pairs: (Func<IReadOnlyList<EvaluationPair>>)(() => EvaluationSet.Read(new StreamReader(f, Encoding.UTF8)))))
                .ToList()
            : [];
        if (File.Exists(norquad))
        {
            sets.Add(("norquad-synthetic", () => SyntheticNorQuad(norquad)));
        }

        foreach (var (name, pairs) in sets)
        {
            var report = RepairEvaluation.Evaluate(name, pairs(), scorer, corrector);
            records.AddRange(report.Repairs.Select(r => (r.Document, ConfidenceCalibration.KindOf(r.Before), r.Confidence, r.Right)));
        }

        var raw = ScanEvaluation.Pipeline("rå", OcrRepairStage.CreateDefault(_ => { }, useOcr: false, ConfidenceCalibration.Identity));
        foreach (var folder in folders)
        {
            var pages = ScanEvaluation.Find(folder).Where(p => p.Layer == "eng-layer").ToList();
            context.Error.WriteLine($"{folder}: {pages.Count} sider med engelsk tekstlag");
            foreach (var (page, _, score, _) in ScanEvaluation.Run(pages, [raw], jobs, _ => { }))
            {
                records.AddRange(score.Repairs.Select(r => (folder + "/" + page.Text, ConfidenceCalibration.KindOf(r.Before), r.Confidence, r.Right)));
            }
        }

        if (records.Count == 0)
        {
            context.Error.WriteLine("Ingen rettinger å kalibrere på.");
            return 1;
        }

        const int folds = 5;
        var documents = records.Select(r => r.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = documents.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        var crossValidated = new List<(RepairKind Kind, double Raw, double Mapped, bool Right)>();
        for (var f = 0; f < folds; f++)
        {
            var map = ConfidenceCalibration.Fit(records.Where(r => foldOf[r.Document] != f).Select(r => (r.Kind, r.Raw, r.Right, r.Document)));
            crossValidated.AddRange(records.Where(r => foldOf[r.Document] == f).Select(r => (r.Kind, r.Raw, map.Map(r.Kind, r.Raw), r.Right)));
        }

        var o = context.Out;
        o.WriteLine($"{records.Count} rettinger i {documents.Count} dokumenter; {folds} fold etter dokument.");
        o.WriteLine("| sikkerhet | rå: rettinger | riktige | kalibrert (kryssvalidert): rettinger | riktige |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (low, high) in new[] { (0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01), (0.9, 1.01) })
        {
            var before = crossValidated.Where(r => r.Raw >= low && r.Raw < high).ToList();
            var after = crossValidated.Where(r => r.Mapped >= low && r.Mapped < high).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(high > 1 ? $"≥ {low:0.00}" : $"{low:0.00}–{high:0.00}")} | {before.Count} | {Share(before.Count(r => r.Right), before.Count):P1} | {after.Count} | {Share(after.Count(r => r.Right), after.Count):P1} |"));
        }

        o.WriteLine("| slag | rå sikkerhet under | rettinger | riktige | dokumenter |");
        o.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var group in records.GroupBy(r => (r.Kind, Band: Array.FindIndex(ConfidenceCalibration.Edges, e => r.Raw < e))).OrderBy(g => g.Key))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key.Kind} | {Math.Min(1, ConfidenceCalibration.Edges[group.Key.Band]):0.00} | {group.Count()} | {Share(group.Count(r => r.Right), group.Count()):P1} | {group.Select(r => r.Document).Distinct().Count()} |"));
        }

        foreach (var kind in Enum.GetValues<RepairKind>())
        {
            var ofKind = crossValidated.Where(r => r.Kind == kind).ToList();
            var high = ofKind.Where(r => r.Mapped >= 0.9).ToList();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind}: {ofKind.Count} rettinger, {Share(ofKind.Count(r => r.Right), ofKind.Count):P1} riktige; kalibrert ≥ 0,9: {high.Count}, {Share(high.Count(r => r.Right), high.Count):P1} riktige"));
        }

        var fitted = ConfidenceCalibration.Fit(records.Select(r => (r.Kind, r.Raw, r.Right, r.Document)));
        var temp = output + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            fitted.Write(writer, string.Join('\n',
                $"Confidence calibration for NorPreM OCR repair (norprem evaluate-repair --calibrate {string.Join(' ', folders)}).",
                string.Create(CultureInfo.InvariantCulture, $"Fitted on {records.Count} repairs in {documents.Count} documents: {string.Join(", ", sets.Select(s => s.Name))} and the English-OCR layers of the scan folders, without Tesseract."),
                "kind<TAB>upper edge of the raw-confidence band<TAB>calibrated confidence"));
        }

        File.Move(temp, output, overwrite: true);
        o.WriteLine($"Skrev kalibreringen til «{output}».");
        return 0;

        static double Share(int part, int whole) => whole == 0 ? 0 : part / (double)whole;
    }

    /// <summary>
    /// The shipped list of valid nynorsk forms (<see cref="NynorskForms"/>) from the spell-norwegian project's nynorsk
    /// word list (Debian package wnorwegian, ISO-8859-1, one form per line): lower-cased, sorted, one per line, gzipped;
    /// a form the same project's bokmål list lacks is marked (<see cref="NynorskForms.NynorskOnlyMark"/>).
    /// </summary>
    private static int BuildNynorsk(string source, string bokmalSource, string output, CliContext context)
    {
        foreach (var path in new[] { source, bokmalSource })
        {
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"Finner ikke «{path}» (Debian: apt-get install wnorwegian).");
                return 1;
            }
        }

        var bokmal = new HashSet<string>(ReadWordList(bokmalSource), StringComparer.Ordinal);
        var forms = ReadWordList(source)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var temp = output + ".tmp";
        using (var stream = new System.IO.Compression.GZipStream(File.Create(temp), System.IO.Compression.CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (var form in forms)
            {
                writer.WriteLine(bokmal.Contains(form) ? form : form + NynorskForms.NynorskOnlyMark);
            }
        }

        File.Move(temp, output, overwrite: true);
        context.Out.WriteLine($"Skrev {forms.Count} nynorskformer til «{output}», {forms.Count(f => !bokmal.Contains(f))} av dem uten bokmålsform.");
        return 0;
    }

    /// <summary>A spell-norwegian word list (ISO-8859-1, one form per line), lower-cased, words of letters only.</summary>
    private static IEnumerable<string> ReadWordList(string path) => File.ReadLines(path, Encoding.Latin1)
        .Select(l => l.Trim().ToLowerInvariant())
        .Where(l => l.Length > 0 && l.All(c => char.IsLetter(c) || c is '-' or '\''));

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

using System.Runtime.CompilerServices;
using System.Collections.Concurrent;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>One word changed in a line: offsets are into the corrected line.</summary>
/// <param name="Line">Index of the line.</param>
/// <param name="Start">Offset of the corrected word in the corrected line.</param>
/// <param name="Before">The word as written.</param>
/// <param name="After">The corrected word.</param>
/// <param name="Confidence">Posterior probability of the correction among the candidates (0..1).</param>
public sealed record LineRepair(int Line, int Start, string Before, string After, double Confidence);

/// <summary>A correctable word as the corrector sees it.</summary>
/// <param name="Lower">The word lower-cased.</param>
/// <param name="ValidParts">1 for a lexicon word, n for a compound of n lexicon words, 0 for neither.</param>
/// <param name="Repairable">True when the corrector would change it on a damaged page even without context.</param>
public sealed record WordAnalysis(string Lower, int ValidParts, bool Repairable);

/// <summary>Corrected lines (same count and order as the input) and the changes made.</summary>
public sealed record CorrectedText(IReadOnlyList<string> Lines, IReadOnlyList<LineRepair> Repairs)
{
    /// <summary>For a merge with a new reading: the lines the reading had no line over, left as they were written.</summary>
    public IReadOnlyList<int> Unread { get; init; } = [];
}

/// <summary>
/// Noisy-channel correction of damaged Norwegian letters (Kernighan, Church and Gale 1990; Mays, Damerau and
/// Mercer 1991 for real-word errors). For each word it weighs candidates c from <see cref="CandidateGenerator"/>
/// by P(c | previous word) · P(next word | c) · P(written | c). The channel P(written | c) is θ·weight for each
/// Norwegian letter misread, where θ, the chance that a Norwegian letter was misread at all, follows the page's
/// damage score: about 1 in 1000 on a clean page, most letters on a badly damaged one. A word that is valid as
/// written is only replaced on a damaged page and only when the replacement is several times likelier
/// (<see cref="RealWordMargin"/>), so sound text passes through unchanged.
/// </summary>
public sealed class NoisyChannelCorrector : ITextCorrector
{
    /// <summary>Log-odds (natural log) a replacement of a valid word must win by.</summary>
    public const double RealWordMargin = 1.0;

    /// <summary>Confidence of a nynorsk form restored in a nynorsk document (<see cref="NynorskForms.Restore"/>), measured on the scan set.</summary>
    public const double NynorskRestoreConfidence = 0.9;

    /// <summary>Highest confidence given to a repair whose result is no lexicon word or compound (a respelt name).</summary>
    public const double UnlistedRepairConfidence = 0.8;

    /// <summary>
    /// Subtracted from each pair count when a lexicon word as written competes with its repairs. At 1 a pair seen once
    /// is no evidence: on the development scans 0, 0.5, 0.7 and 0.9 all let one "vår positive" in the counts turn
    /// "var positive" into "vår positive".
    /// </summary>
    public const double RealWordPairDiscount = 1.0;

    /// <summary>θ above which valid words are questioned at all.</summary>
    public const double RealWordMinTheta = 0.1;

    private const double SymbolPrior = 1e-3;

    /// <summary>Log-odds by which the letter model must prefer an 'ø' for a 'g' before it is considered.</summary>
    private const double LetterEvidence = 3.0;

    /// <summary>Most a letter-model preference may raise an unknown word's prior (natural log).</summary>
    private const double MaxLetterGain = 7.0;

    /// <summary>Pseudo-count of an unknown capitalised word inside a sentence (a name).</summary>
    private const double NamePrior = 0.02;

    /// <summary>Weight of the page's own word cache against the frequency table.</summary>
    private const double CacheWeight = 0.2;

    /// <summary>
    /// Factor on the prior of a written form that is valid only as an unattested compound when a lexicon word lies
    /// a misreading away from it.
    /// </summary>
    private const double UnlistedCompoundFactor = 0.05;

    /// <summary>Candidates this far (natural log) below the best on their own are not weighed in context.</summary>
    private const double Beam = 7.0;
    private static readonly CandidateLimits NonWordLimits = new();
    private static readonly Lazy<NoisyChannelCorrector> Shared = new(() =>
        new NoisyChannelCorrector(new CandidateGenerator(LexiconTrie.Default, ConfusionModel.Default), WordFrequencies.Default));

    private readonly CandidateGenerator _generator;
    private readonly WordFrequencies _frequencies;
    private readonly ConcurrentDictionary<(string Word, bool RealWord), Option[]> _cache = new();
    private readonly Lazy<NynorskForms> _nynorsk = new(() => NynorskForms.Default);
    private int _cacheSize;

    /// <summary>Builds a corrector from its candidate search and language model.</summary>
    public NoisyChannelCorrector(CandidateGenerator generator, WordFrequencies frequencies)
    {
        _generator = generator;
        _frequencies = frequencies;
    }

    /// <summary>The corrector over the shipped lexicon, confusions and frequency table (built on first use).</summary>
    public static NoisyChannelCorrector Default => Shared.Value;

    /// <summary>
    /// Forgets the per-word candidate cache. For benchmarks: after a warm-up pass has compiled the code, a timed
    /// pass then starts with no word seen before.
    /// </summary>
    public void ClearCache()
    {
        _cache.Clear();
        Interlocked.Exchange(ref _cacheSize, 0);
    }

    /// <summary>The candidate search (shared with the damage scorer).</summary>
    public CandidateGenerator Generator => _generator;

    /// <summary>
    /// θ: the chance a Norwegian letter was misread, from a damage score (0..1). Below the damage threshold it
    /// rises from 1 in 1000 to 1 in 50; a damaged page has lost most of its Norwegian letters (the mandate's text
    /// layer has none left), so from the threshold up θ starts at one half and rises to 0.9.
    /// </summary>
    public static double ErrorRate(double damage)
    {
        if (damage < DamageScorer.Threshold)
        {
            var t = Math.Clamp(damage / DamageScorer.Threshold, 0, 1);
            return Math.Exp(Math.Log(1e-3) + t * (Math.Log(0.02) - Math.Log(1e-3)));
        }

        return Math.Min(0.9, 0.5 + 2 * (damage - DamageScorer.Threshold));
    }

    /// <inheritdoc />
    public CorrectedText Correct(IReadOnlyList<string> lines, double damage) => Correct(lines, damage, null);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public CorrectedText Correct(IReadOnlyList<string> lines, double damage, DocumentMemory? memory)
    {
        var theta = ErrorRate(damage);
        var logTheta = Math.Log(theta);
        var items = Collect(lines, theta >= RealWordMinTheta, memory?.Nynorsk == true ? _nynorsk.Value : null);
        if (items.Count == 0)
        {
            return new CorrectedText(lines, []);
        }

        // What this page shows of the document's own misreadings (each reading's misreadings weighted by its posterior,
        // and the letters that survived) is gathered in pass 1 and weighs pass 2's choices (DocumentChannel).
        var pageChannel = new DocumentChannel();
        if (theta >= RealWordMinTheta)
        {
            foreach (var item in items)
            {
                if (item.Correctable && item.Options[0].Valid && item.Options[0].Edits == 0)
                {
                    pageChannel.AddIntact(item.Lower.Count(c => c is 'æ' or 'ø' or 'å'));
                }
            }
        }

        // Pass 1: each word on its own (and a beam to drop hopeless candidates); pass 2: with the chosen left
        // neighbour and the pass-1 right neighbour.
        var first = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Options.Length == 1)
            {
                first[i] = item.Options[0].Text;
                continue;
            }

            var alone = new double[item.Options.Length];
            var best = 0;
            for (var k = 0; k < item.Options.Length; k++)
            {
                alone[k] = Channel(item.Options[k], logTheta) + Math.Log(item.Options[k].Unigram);
                if (alone[k] > alone[best])
                {
                    best = k;
                }
            }

            first[i] = item.Options[best].Text;
            if (theta >= RealWordMinTheta && item.Correctable)
            {
                // Expected counts: each reading's misreadings weighted by its posterior on its own (the E step).
                var sum = alone.Sum(a => Math.Exp(a - alone[best]));
                for (var k = 0; k < item.Options.Length; k++)
                {
                    if (item.Options[k].Edits > 0 && item.Options[k].Misreadings is { } misread)
                    {
                        pageChannel.AddRepair(misread, Math.Exp(alone[k] - alone[best]) / sum);
                    }
                }
            }

            var floor = alone[best] - Beam;
            var kept = item.Options.Where((o, k) => k == 0 || alone[k] >= floor).ToArray();
            items[i] = item with { Options = kept };
        }

        // A page repeats its own words: forms with æ/ø/å that are written so or that repair a non-word form a cache
        // that raises their probability elsewhere on the page (a cache language model; Kuhn and De Mori 1990).
        // A word's own pass-1 choice is left out of its cache, or every guess would vouch for itself.
        var cache = new Dictionary<string, int>(StringComparer.Ordinal);
        var cached = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (first[i].AsSpan().IndexOfAny("æøå") >= 0 && (first[i] == items[i].Lower || !items[i].Options[0].Valid))
            {
                cache[first[i]] = cache.GetValueOrDefault(first[i]) + 1;
                cached[i] = true;
                foreach (var part in PartsWithNorwegianLetters(first[i]))
                {
                    cache[part] = cache.GetValueOrDefault(part) + 1;
                }
            }
        }

        DocumentChannel? channel = null;
        if (theta >= RealWordMinTheta)
        {
            memory?.Channel.Add(pageChannel);
            channel = memory?.Channel ?? pageChannel;
            logTheta = Math.Log(channel.Theta(theta));
        }

        var chosen = new string[items.Count];
        var changes = new List<(Item Item, Option Option, double Confidence)>();
        var nynorsk = memory?.Nynorsk == true ? _nynorsk.Value : null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // A capital inside a line's sentence marks a name ("Ingebjørg Flatten"); at a line's start it is a heading's
            // or a list's first word ("Frå administrasjonen:").
            var nameLike = !item.SentenceStart && char.IsUpper(item.Token.Text[0])
                && lines[item.Line].AsSpan(0, item.Token.Start).ContainsAnyExcept(" \t-•*–");
            if (nynorsk is not null && item.Correctable && !nameLike && nynorsk.Restore(item.Lower) is { } restored)
            {
                // In a nynorsk document a word that is no nynorsk form but is exactly one with æ/ø/å lost ("fra",
                // "manaders", "foremal") is that form ("frå", "månaders", "føremål"): the bokmål context model
                // would keep the bokmål form or choose a bokmål repair.
                changes.Add((item, new Option(restored, 1, 0, 1, true, 1e-6), NynorskRestoreConfidence));
                chosen[i] = restored;
                continue;
            }

            var previous = i > 0 && !item.SentenceStart && items[i - 1].Adjacent ? chosen[i - 1] : null;
            var next = i + 1 < items.Count && !items[i + 1].SentenceStart && item.Adjacent ? items[i + 1] : null;
            var nextWord = next is null ? null : first[i + 1];
            var nextUnigram = next is null ? 0 : next.Options.First(o => o.Text == nextWord).Unigram;
            if (item.Options.Length == 1)
            {
                chosen[i] = item.Options[0].Text;
                continue;
            }

            // Overturning a lexicon word takes pairs seen more than once: a single "vår positive" in the counts must
            // not turn "Medlemmene var positive" into "vår positive" (absolute discounting by one pair, of the
            // repairs' pairs only: the word as written keeps the support of its own).
            var realWord = item.Options[0].Parts == 1 && item.Options[0].Valid;
            var discount = realWord ? RealWordPairDiscount : 0;
            var scores = new double[item.Options.Length];
            var best = 0;
            for (var k = 0; k < item.Options.Length; k++)
            {
                var o = item.Options[k];
                var seen = cache.GetValueOrDefault(o.Text) - (cached[i] && o.Text == first[i] ? 1 : 0);
                var unigram = o.Unigram + CacheWeight * seen / items.Count;
                if (memory is { Words: > 0 })
                {
                    unigram += CacheWeight * memory.Count(o.Text) / memory.Words;
                }

                if (o.Text == "&" && next is not null && char.IsLower(next.Token.Text[0]))
                {
                    // '&' joins names ("Ernst & Young"); before a lower-case word it is far likelier a misread 'å'.
                    unigram *= 0.01;
                }

                var d = k == 0 ? 0 : discount;
                var left = previous is null ? unigram : _frequencies.Next(previous, o.Text, unigram, d);
                var right = nextWord is null ? 1.0 : _frequencies.Next(o.Text, nextWord, nextUnigram, d) / nextUnigram;
                scores[k] = Channel(o, logTheta, channel) + Math.Log(left) + Math.Log(right);
                if (scores[k] > scores[best])
                {
                    best = k;
                }
            }

            var identity = Array.FindIndex(item.Options, o => o.Edits == 0 && o.Text == item.Lower);
            var winner = item.Options[best];
            var accept = best != identity
                && (identity < 0 || !item.Options[identity].Valid || scores[best] - scores[identity] >= RealWordMargin);
            if (!accept)
            {
                chosen[i] = item.Lower;
                continue;
            }

            var max = scores[best];
            var sum = scores.Sum(s => Math.Exp(s - max));
            // A respelling no lexicon knows (a name, an unknown string: "Ostergård" from "@stergard") may be only part
            // of the way to the right form, so its posterior among a handful of candidates overstates it.
            // So may the repair of a name: a capitalised word inside a sentence that becomes a word never seen in
            // running text ("Sjoberg" → "Sjøberg" for "Sjöberg") is a guess at a name's spelling.
            var name = !item.SentenceStart && char.IsUpper(item.Token.Text[0]) && _frequencies.Count(winner.Text) == 0;
            var confidence = winner.Parts == 0 || name ? Math.Min(1.0 / sum, UnlistedRepairConfidence) : 1.0 / sum;
            if (nynorsk is not null && nynorsk.Restore(NynorskForms.Fold(winner.Text)) is { } nynorskForm && nynorskForm != winner.Text)
            {
                // In a nynorsk document a bokmål repair ("fravær") gives way to the nynorsk form it folds like ("fråvær").
                winner = winner with { Text = nynorskForm };
                confidence = NynorskRestoreConfidence;
            }
            else if (nynorsk is not null && nynorsk.HasRivalForms(NynorskForms.Fold(winner.Text)))
            {
                // Nynorsk spells this word two ways ("foreslår", "føreslår") and the bokmål counts chose between them.
                confidence = Math.Min(confidence, UnlistedRepairConfidence);
            }

            changes.Add((item, winner, confidence));
            chosen[i] = winner.Text;
        }

        memory?.AddPage(Remembered(items, chosen), items.Count);
        return Apply(lines, changes);
    }

    /// <summary>
    /// Forms with æ/ø/å a page vouches for: written so, or the repair of a word no lexicon knows, and the parts with
    /// æ/ø/å of such a compound.
    /// </summary>
    private IEnumerable<string> Remembered(List<Item> items, string[] chosen)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Correctable && chosen[i].AsSpan().IndexOfAny("æøå") >= 0
                && (chosen[i] == items[i].Lower || !items[i].Options[0].Valid))
            {
                yield return chosen[i];
                foreach (var part in PartsWithNorwegianLetters(chosen[i]))
                {
                    yield return part;
                }
            }
        }
    }

    /// <summary>
    /// The parts with æ/ø/å of a compound ("møte" and "dato" of "møtedato": "møte"): a page about a "møtedato" and a
    /// "møterom" is about a "møte", so a cached compound raises its parts too (a cache over the words' parts as well
    /// as the words). Parts shorter than four letters are left out: they are as often a misparse as a part.
    /// </summary>
    private IEnumerable<string> PartsWithNorwegianLetters(string word)
    {
        if (_generator.Parse(word, NonWordLimits) is not { Parts: > 1 } parse)
        {
            yield break;
        }

        foreach (var part in parse.Segments)
        {
            if (part.Length >= 4 && part.AsSpan().IndexOfAny("æøå") >= 0)
            {
                yield return part;
            }
        }
    }

    /// <summary>
    /// What the corrector knows about each correctable word of a text, for the damage scorer: whether it is a
    /// lexicon word or compound, and whether the corrector would change it on its own (without context) if the
    /// page were damaged (θ = 0.5). Sound text has almost no such words, because the corrector leaves sound
    /// words alone; a text layer without Norwegian letters has about as many as it had words with one.
    /// </summary>
    public IReadOnlyList<WordAnalysis> Analyze(IReadOnlyList<string> lines)
    {
        var items = Collect(lines, questionValidWords: true);
        var logTheta = Math.Log(0.5);
        var result = new List<WordAnalysis>(items.Count);
        foreach (var item in items)
        {
            if (!item.Correctable)
            {
                continue;
            }

            var identity = item.Options[0];
            var identityScore = Math.Log(identity.Unigram);
            var needed = identity.Valid ? RealWordMargin + 1.0 : 0.0;
            var repairable = false;
            for (var k = 1; k < item.Options.Length && !repairable; k++)
            {
                var o = item.Options[k];
                repairable = Channel(o, logTheta) + Math.Log(o.Unigram) - identityScore > needed;
            }

            result.Add(new WordAnalysis(item.Lower, identity.Parts, repairable));
        }

        return result;
    }

    private static double Channel(Option o, double logTheta) => o.Edits == 0 ? 0 : o.Edits * logTheta + o.LogWeight;

    /// <summary>The channel with the document's own misreading weights, where the option's misreadings are known.</summary>
    private static double Channel(Option o, double logTheta, DocumentChannel? channel)
    {
        if (channel is null || o.Edits == 0 || o.Misreadings is not { Count: > 0 } misreadings)
        {
            return Channel(o, logTheta);
        }

        var log = 0.0;
        foreach (var edit in misreadings)
        {
            log += logTheta + Math.Log(channel.Weight(edit, ConfusionModel.Default));
        }

        return log;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Item> Collect(IReadOnlyList<string> lines, bool questionValidWords, NynorskForms? nynorsk = null)
    {
        var items = new List<Item>();
        var sentenceEnded = true;
        for (var lineIndex = 0; lineIndex < lines.Count; lineIndex++)
        {
            var line = lines[lineIndex];
            var tokens = WordTokenizer.Tokenize(line);
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                var sentenceStart = t == 0 ? sentenceEnded : token.SentenceStart;
                var end = t + 1 < tokens.Count ? tokens[t + 1].Start : line.Length;
                // Neighbours count as context only when nothing but spaces or a hyphen lies between them.
                var gap = line.AsSpan(token.End, end - token.End).Trim();
                var adjacent = gap.Length == 0 || gap is "-";
                var lower = token.Text.ToLowerInvariant();
                // A letter Norwegian does not use (ä, ö, ü, é …) marks a name or a loan word written as it should be:
                // "Häkkinen", "Müller", "José" are never respelt. A valid nynorsk form in a nynorsk document stays too.
                var correctable = WordTokenizer.IsCorrectable(token.Text) && !IsAbbreviationPart(line, token)
                    && !(sentenceStart is false && IsCode(token.Text)) && !IsAddress(line, token);
                var options = correctable ? OptionsFor(lower, questionValidWords) : [new Option(lower, 0, 0, 0, true, SymbolPrior)];
                if (correctable && IsAcronym(token.Text) && options[0].Parts != 1)
                {
                    correctable = false;
                    options = [new Option(lower, 0, 0, 0, true, SymbolPrior)];
                }

                if (options.Length > 1 && (HasForeignLetter(lower) || nynorsk?.Keeps(lower) == true))
                {
                    options = [options[0] with { Valid = true }];
                }
                else if (options.Length > 1 && nynorsk is not null && nynorsk.Contains(lower))
                {
                    // In a nynorsk document a valid nynorsk form ("gjere") may only be a misread nynorsk form ("på" for
                    // "pa"), never a bokmål one ("gjøre"), however much likelier the bokmål context model finds it.
                    // A form bokmål does not have ("gjer") may only be itself with its æ/ø/å lost ("gjær", "nar" for
                    // "når"): the bokmål counts have never seen it, so they cannot speak for another reading ("gjør").
                    var only = nynorsk.IsNynorskOnly(lower);
                    options = [options[0] with { Valid = true },
                        .. options.Skip(1).Where(o => nynorsk.Contains(o.Text) && (!only || NynorskForms.Fold(o.Text) == lower))];
                }

                if (options.Length > 1 && !options[0].Valid && !sentenceStart && char.IsUpper(token.Text[0]) && IsAllLetters(lower))
                {
                    // A capitalised word inside a sentence that the lexicon lacks is most likely a name, unless it
                    // carries the mark of a misreading ('@', '&' or a digit among its letters: "Milj@direktoratet").
                    // A respelling of the name ("Sjgvold" → "Sjøvold") is a name as well and rises with it.
                    var raise = Math.Max(1.0, NamePrior * options[0].Spelling / _frequencies.Total / options[0].Unigram);
                    options = [.. options.Select((o, k) => k == 0 || (o.Parts == 0 && o.Edits > 0) ? o with { Unigram = o.Unigram * raise } : o)];
                }
                items.Add(new Item(lineIndex, token, lower, sentenceStart, adjacent, correctable, options));
            }

            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0)
            {
                sentenceEnded = trimmed[^1] is '.' or '!' or '?' or ':';
            }
        }

        OfferÅForFour(items);
        return items;
    }

    /// <summary>
    /// An English OCR reads a serif "å" as "4" ("ønsker 4 delta", "behov for 4 avklare"). A lone "4" between two
    /// lower-case words inside a sentence may be that "å": it competes as a number (a symbol's prior) against "å",
    /// and context decides, so "de 4 regionale" and "i 4 år" keep their number.
    /// </summary>
    private void OfferÅForFour(List<Item> items)
    {
        for (var i = 1; i + 1 < items.Count; i++)
        {
            var item = items[i];
            if (item.Token.Text != "4" || item.SentenceStart || items[i + 1].SentenceStart || !items[i - 1].Adjacent || !item.Adjacent
                || !IsLowerWord(items[i - 1].Token.Text) || !IsLowerWord(items[i + 1].Token.Text))
            {
                continue;
            }

            var options = OptionsFor("4", questionValidWords: true);
            if (options.Length > 1)
            {
                items[i] = item with { Options = options };
            }
        }

        static bool IsLowerWord(string token) => token.Length > 0 && char.IsLower(token[0]) && token.All(char.IsLetter);
    }

    /// <summary>
    /// "bl.a.", "o.l.", "f.eks.": a short run glued to a full stop belongs to an abbreviation; a lone capital
    /// followed by '.' or ')' is an initial or a list label ("A.", "B)").
    /// </summary>
    private static bool IsAbbreviationPart(string line, WordToken token)
    {
        if (token.Text.Length > 2)
        {
            return false;
        }

        if (token.Text.Length == 1 && char.IsUpper(token.Text[0]) && token.End < line.Length && line[token.End] is '.' or ')')
        {
            return true;
        }

        var before = token.Start > 0 && line[token.Start - 1] == '.';
        var after = token.End + 1 < line.Length && line[token.End] == '.' && char.IsLetter(line[token.End + 1]);
        return before || after;
    }

    /// <summary>A capital and digits inside a sentence is a code ("D3", "E6"); at a sentence start "S3" is "Så".</summary>
    private static bool IsCode(string token) =>
        token.Length <= 3 && char.IsUpper(token[0]) && token.Skip(1).All(char.IsDigit);

    /// <summary>
    /// Two to four capitals and nothing else, not a lexicon word in lower case, is an acronym ("DRG", "NPR", "RHF",
    /// "SSB"), spelt as its owner spells it; a misread one carries a mark of the misreading ("DF@") and stays
    /// correctable, and so does a word in capitals ("PA" for "PÅ").
    /// </summary>
    private static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 4 && token.All(c => c is >= 'A' and <= 'Z');

    /// <summary>E-mail addresses and handles ("post@hod.dep.no") keep their '@'.</summary>
    private static bool IsAddress(string line, WordToken token)
    {
        var start = token.Start;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]))
        {
            start--;
        }

        var end = token.End;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }

        var run = line.AsSpan(start, end - start);
        var at = run.IndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var dot = run[at..].IndexOf('.');
        return dot > 0 && at + dot + 1 < run.Length && char.IsLetter(run[at + dot + 1]);
    }

    private Option[] OptionsFor(string lower, bool questionValidWords)
    {
        if (_cache.TryGetValue((lower, questionValidWords), out var known))
        {
            return known;
        }

        // ConcurrentDictionary.Count takes every lock, so the size is tracked apart; the bound keeps memory flat
        // on endless input.
        if (Interlocked.Increment(ref _cacheSize) > 200_000)
        {
            _cache.Clear();
            Interlocked.Exchange(ref _cacheSize, 0);
        }

        return _cache.GetOrAdd((lower, questionValidWords), key => BuildOptions(key.Word, key.RealWord));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Option[] BuildOptions(string lower, bool questionValidWords)
    {
        if (lower is "&" or "4")
        {
            return
            [
                // A number is sound as written: "å" must win by the real-word margin.
                new Option(lower, 0, 0, 0, lower == "4", SymbolPrior),
                .. _generator.SingleEditWords(lower).Select(c => ToOption(c, lower)),
            ];
        }

        var parse = _generator.Parse(lower, NonWordLimits);
        var validParts = parse?.Parts ?? 0;
        // Only a lexicon word counts as sound; a word that is valid only as a compound competes on equal terms.
        var unigram = _frequencies.Unigram(lower, parse?.Segments);
        if (validParts == 0 && lower.Any(c => !char.IsLetter(c)))
        {
            // '@', '&' or a digit among letters ("omr3der", "@st") is itself the mark of a misreading.
            unigram *= 1e-3;
        }

        var identity = new Option(lower, 0, 0, validParts, validParts == 1, unigram);
        if (validParts > 0 && !questionValidWords)
        {
            return [identity];
        }

        if (validParts > 0 && !HasSuspect(lower))
        {
            return [identity];
        }

        // Short words seldom carry more than two misread letters; capping edits keeps the search small.
        var candidates = validParts == 1
            ? _generator.SingleEditWords(lower)
            : _generator.Generate(lower, NonWordLimits with { MaxEdits = lower.Length <= 4 ? 2 : lower.Length <= 9 ? 3 : 4 });
        var options = new List<Option> { identity };
        foreach (var c in candidates)
        {
            if (c.Edits > 0)
            {
                options.Add(ToOption(c, lower));
            }
        }

        if (validParts > 1 && _frequencies.Count(lower) == 0 && options.Exists(o => o.Parts == 1 && o.Edits > 0))
        {
            // The 222k-form lexicon holds most compounds in use; a compound it lacks that is one misreading or
            // more from a form it has ("tie|nestene" / "tjenestene", "und|erstatte" / "understøtte") is far
            // likelier that form misread than a new coinage, so the written compound loses some of its prior.
            options[0] = identity with { Unigram = identity.Unigram * UnlistedCompoundFactor };
        }

        if (validParts == 0 && options.Count > 1)
        {
            // A string no lexicon knows is likelier a word of its own (a name, a loan) when it is spelt like one.
            // When the nearest repairs read far more like Norwegian than the written form ("Nzeringsdepartementet",
            // "Stjordglafylke"), the written form loses up to e^4 of its prior.
            var letters = LetterModel.Default;
            var written = letters.LogProbability(lower);
            var best = double.MinValue;
            for (var k = 1; k < Math.Min(options.Count, 4); k++)
            {
                best = Math.Max(best, letters.LogProbability(options[k].Text));
            }

            var penalty = Math.Clamp(written - best, -MaxLetterGain / 2, 0);
            options[0] = identity with { Unigram = identity.Unigram * Math.Exp(penalty), Spelling = Math.Exp(penalty) };
        }

        if (options.Count == 1 && validParts == 0 && LetterRepair(lower, unigram / (lower.All(char.IsLetter) ? 1 : 1e-3)) is { } spelled)
        {
            options.Add(spelled);
        }

        return [.. options];
    }

    /// <summary>
    /// For a word that is neither in the lexicon nor near a lexicon word, most often a name ("Sjgvold", "DF@",
    /// "Taugb@l"): undoes the misreadings that betray themselves. '@', '0', '3' and '&amp;' among letters are
    /// taken back to ø and å; a 'g' between consonants is taken for an ø when the letter model finds the word
    /// far likelier spelt so ("Skjgld" → "Skjøld", but "Englund" stays). The result competes as an unknown
    /// string whose prior is scaled by how much more Norwegian it looks than the written form.
    /// </summary>
    private Option? LetterRepair(string lower, double unknownPrior)
    {
        if (lower.Length < 3)
        {
            return null;
        }

        var letters = LetterModel.Default;
        var chars = lower.ToCharArray();
        var edits = 0;
        var logWeight = 0.0;
        var gain = 0.0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var letterBefore = i > 0 && char.IsLetter(lower[i - 1]);
            var letterAfter = i + 1 < lower.Length && char.IsLetter(lower[i + 1]);
            char intended;
            if (c is '@' or '0' && (letterBefore || (i == 0 && letterAfter && IsConsonant(lower[1]))))
            {
                intended = 'ø';
            }
            else if (c is '3' or '&' && letterBefore && letterAfter)
            {
                intended = 'å';
            }
            else if (c == 'g' && (i == 0 || IsConsonant(lower[i - 1])) && i + 1 < lower.Length && IsConsonant(lower[i + 1]))
            {
                var asWritten = letters.LogProbability(chars);
                chars[i] = 'ø';
                var asOslash = letters.LogProbability(chars);
                chars[i] = 'g';
                if (asOslash - asWritten < LetterEvidence)
                {
                    continue;
                }

                intended = 'ø';
                gain += asOslash - asWritten;
            }
            else
            {
                continue;
            }

            var weight = 0.01;
            foreach (var confusion in ConfusionModel.Default.StartingWith(c))
            {
                if (confusion.Observed.Length == 1 && confusion.Intended == intended)
                {
                    weight = confusion.Weight;
                }
            }

            chars[i] = intended;
            edits++;
            logWeight += Math.Log(weight);
        }

        if (edits == 0)
        {
            return null;
        }

        var text = new string(chars);
        return new Option(text, edits, logWeight, 0, false, unknownPrior * Math.Exp(Math.Min(gain, MaxLetterGain)),
            Misreadings: DocumentChannel.EditsOf(lower, text, ConfusionModel.Default));
    }

    private static bool IsConsonant(char c) => c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c) < 0;

    private Option ToOption(Candidate c, string written) => new(c.Text, c.Edits, c.LogWeight, c.Parts, true,
        _frequencies.Unigram(c.Text, c.Segments), Misreadings: DocumentChannel.EditsOf(written, c.Text, ConfusionModel.Default));

    /// <summary>A letter outside the Norwegian alphabet (a–z, æ, ø, å): ä, ö, ü, é, è, á, ç, ñ, ß ….</summary>
    private static bool HasForeignLetter(string lower)
    {
        foreach (var c in lower)
        {
            if (c > 'z' && char.IsLetter(c) && c is not ('æ' or 'ø' or 'å'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSuspect(string lower)
    {
        foreach (var c in lower)
        {
            if (ConfusionModel.Default.IsSuspect(c))
            {
                return true;
            }
        }

        return false;
    }

    private CorrectedText Apply(IReadOnlyList<string> lines, List<(Item Item, Option Option, double Confidence)> changes)
    {
        var result = lines.ToArray();
        var repairs = new List<LineRepair>();
        foreach (var group in changes.GroupBy(c => c.Item.Line))
        {
            var line = lines[group.Key];
            var builder = new System.Text.StringBuilder(line.Length + 8);
            var position = 0;
            foreach (var (item, option, confidence) in group.OrderBy(c => c.Item.Token.Start))
            {
                builder.Append(line, position, item.Token.Start - position);
                var after = RestoreCase(item, option.Text, line);
                repairs.Add(new LineRepair(group.Key, builder.Length, item.Token.Text, after, Math.Round(confidence, 3)));
                builder.Append(after);
                position = item.Token.End;
            }

            builder.Append(line, position, line.Length - position);
            result[group.Key] = builder.ToString();
        }

        return new CorrectedText(result, repairs.OrderBy(r => r.Line).ThenBy(r => r.Start).ToList());
    }

    /// <summary>Gives the corrected word the case of the written one; a leading '@' or '0' takes its case from context.</summary>
    private string RestoreCase(Item item, string lower, string line)
    {
        var written = item.Token.Text;
        var letters = written.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return lower.ToUpperInvariant();
        }

        var lead = written[0];
        bool capital;
        if (char.IsLetter(lead))
        {
            capital = char.IsUpper(lead);
        }
        else
        {
            // A leading '@' or '0' is how OCR engines read a capital Ø (its slash and ring look alike), so it is
            // taken as a capital, except after a hyphen that follows a lower-case part ("sør-@st" stays lower).
            var start = item.Token.Start;
            if (start >= 2 && line[start - 1] == '-')
            {
                var p = start - 2;
                while (p > 0 && WordTokenizer.IsWordChar(line[p - 1]))
                {
                    p--;
                }

                capital = char.IsUpper(line[p]);
            }
            else
            {
                capital = lead is '@' or '0'
                    ? written.Length > 1 && (item.SentenceStart || AfterCaseNumber(line, item.Token.Start) || !CommonWord(lower))
                    : item.SentenceStart && written.Length > 1;
            }
        }

        return capital ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
    }

    /// <summary>A title after a case number starts with a capital: "Sak 12/24 Økonomisk langtidsplan".</summary>
    private static bool AfterCaseNumber(string line, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(line[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(line[begin - 1]))
        {
            begin--;
        }

        var token = line.AsSpan(begin, end - begin);
        var slash = token.IndexOf('/');
        return slash > 0 && slash < token.Length - 1 && !token.ContainsAnyExcept("0123456789/");
    }

    /// <summary>
    /// A word clean text writes in lower case inside a sentence more often than not ("økonomisk"), as opposed to a name
    /// or a word never seen ("Øyvind", "Østergård"): inside a sentence its misread capital Ø ("@konomisk") was a small ø.
    /// </summary>
    private bool CommonWord(string lower)
    {
        var count = _frequencies.Count(lower);
        return count >= 2 && _frequencies.CapitalisedCount(lower) * 2 < count;
    }

    /// <param name="Spelling">For an unknown word: how far its spelling lowered its prior (1 = not at all).</param>
    /// <param name="Misreadings">The misreadings undone, when known (for the document's own channel).</param>
    private sealed record Option(string Text, int Edits, double LogWeight, int Parts, bool Valid, double Unigram, double Spelling = 1.0,
        IReadOnlyList<ChannelEdit>? Misreadings = null);

    private sealed record Item(int Line, WordToken Token, string Lower, bool SentenceStart, bool Adjacent, bool Correctable, Option[] Options);
}

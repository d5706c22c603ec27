using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Cuts a text into words once and gives every field that indexes it the terms of its own chain, instead of running the
/// text through each field's analyzer (issue 19: the body went through five chains — text, parts, folded, exact, spell —
/// each with its own tokenizer pass, lower-casing, normalisation and stemming, and analysis was most of indexing time).
/// <para>
/// Every filter after <see cref="NorwegianTokenizer"/> works token by token: what a chain emits for a word depends only
/// on the word's term and type, and a word it drops only moves the next word's position (Lucene's filters add the
/// skipped increments to the next token they keep). So each distinct word is run through the five chains once, alone,
/// and the result is kept (<see cref="MaxWords"/> words at most, then forgotten); <see cref="AnalyzedText.Stream"/>
/// replays a field's terms word by word with the word's offsets and the positions the chain would have given. The
/// tokens are those of the analyzers (<c>OnePassAnalysisTests</c> compares them on council text), so the index and the
/// analyzer name stay as they were.
/// </para>
/// </summary>
public sealed class OnePassAnalysis
{
    /// <summary>Distinct words remembered before the memo is cleared (a 10 000-page archive has about 150 000).</summary>
    public const int MaxWords = 400_000;

    private static readonly AnalysisMode[] Modes = Enum.GetValues<AnalysisMode>();
    private readonly object _gate = new();
    private readonly PresetTokenizer _source = new();
    private readonly TokenStream[] _chains;
    private readonly ICharTermAttribute[] _terms;
    private readonly IPositionIncrementAttribute[] _increments;
    private readonly Dictionary<string, WordTerms>[] _memo = [new(), new(), new(), new()];
    private int _words;

    public OnePassAnalysis(Decompounder decompounder)
    {
        _chains = new TokenStream[Modes.Length];
        _terms = new ICharTermAttribute[Modes.Length];
        _increments = new IPositionIncrementAttribute[Modes.Length];
        foreach (var mode in Modes)
        {
            // One source shared by the five chains: each chain is run to its end before the next starts.
            var chain = NorPreMAnalyzer.Chain(_source, mode, decompounder);
            _chains[(int)mode] = chain;
            _terms[(int)mode] = chain.AddAttribute<ICharTermAttribute>();
            _increments[(int)mode] = chain.AddAttribute<IPositionIncrementAttribute>();
        }
    }

    /// <summary>The words of <paramref name="text"/> with each word's terms in every chain. Safe from several threads.</summary>
    public AnalyzedText Analyze(string text)
    {
        // About one token per seven characters of council text.
        var tokens = new List<RawToken>(text.Length / 7 + 4);
        NorwegianTokenizer.Read(text, tokens);
        var words = new WordTerms[tokens.Count];
        lock (_gate)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                words[i] = Lookup(tokens[i].Term, tokens[i].Type);
            }
        }

        return new AnalyzedText(text.Length, tokens, words);
    }

    private WordTerms Lookup(string term, string type)
    {
        var memo = _memo[TypeIndex(type)];
        if (memo.TryGetValue(term, out var known))
        {
            return known;
        }

        if (_words >= MaxWords)
        {
            foreach (var m in _memo)
            {
                m.Clear();
            }

            _words = 0;
        }

        var perMode = new WordTerms.Emitted[Modes.Length];
        foreach (var mode in Modes)
        {
            perMode[(int)mode] = RunAlone(mode, term, type, perMode);
        }

        var word = new WordTerms(perMode);
        memo[term] = word;
        _words++;
        return word;
    }

    /// <summary>One word through one chain, as if it stood alone in a text.</summary>
    private WordTerms.Emitted RunAlone(AnalysisMode mode, string term, string type, WordTerms.Emitted[] earlier)
    {
        var chain = _chains[(int)mode];
        var termAttribute = _terms[(int)mode];
        var increment = _increments[(int)mode];
        _source.Set(term, type);
        chain.Reset();
        List<string>? terms = null;
        List<int>? increments = null;
        while (chain.IncrementToken())
        {
            terms ??= [];
            increments ??= [];
            terms.Add(Shared(termAttribute.ToString() ?? "", earlier, (int)mode));
            increments.Add(increment.PositionIncrement);
        }

        chain.End();
        var end = increment.PositionIncrement;
        return terms is null || increments is null
            ? end == 0 ? WordTerms.Emitted.None : new WordTerms.Emitted([], [], end)
            : new WordTerms.Emitted([.. terms], [.. increments], end);
    }

    /// <summary>The same string instance as an earlier chain's equal term, so the memo holds each term once.</summary>
    private static string Shared(string term, WordTerms.Emitted[] earlier, int before)
    {
        for (var m = 0; m < before; m++)
        {
            foreach (var t in earlier[m].Terms)
            {
                if (t == term)
                {
                    return t;
                }
            }
        }

        return term;
    }

    private static int TypeIndex(string type) => type switch
    {
        NorwegianTokenizer.WordType => 0,
        NorwegianTokenizer.AcronymType => 1,
        NorwegianTokenizer.NumberType => 2,
        _ => 3,
    };

    /// <summary>Emits one preset token, so a chain can be run on one word.</summary>
    private sealed class PresetTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly ITypeAttribute _type;
        private readonly IPositionIncrementAttribute _increment;
        private string _presetTerm = "";
        private string _presetType = NorwegianTokenizer.WordType;
        private bool _done;

        public PresetTokenizer() : base(TextReader.Null)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _type = AddAttribute<ITypeAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public void Set(string term, string type)
        {
            _presetTerm = term;
            _presetType = type;
        }

        public override void Reset()
        {
            // The text is the preset word, not the reader: no base.Reset, whose reader hand-over only matters for reading.
            _done = false;
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_done)
            {
                return false;
            }

            _done = true;
            _term.SetEmpty().Append(_presetTerm);
            _offset.SetOffset(0, _presetTerm.Length);
            _type.Type = _presetType;
            _increment.PositionIncrement = 1;
            return true;
        }
    }
}

/// <summary>What each chain emits for one word standing alone: its terms and their position increments.</summary>
public sealed class WordTerms
{
    internal WordTerms(Emitted[] perMode) => PerMode = perMode;

    internal Emitted[] PerMode { get; }

    /// <param name="EndIncrement">The increment the chain reports at the end of the word alone: the positions its
    /// filters skipped and still owed to a next token (a stop word's), which the end of a text reports.</param>
    internal sealed record Emitted(string[] Terms, int[] Increments, int EndIncrement = 0)
    {
        public static readonly Emitted None = new([], []);
    }
}

/// <summary>A text cut into words once (<see cref="OnePassAnalysis.Analyze"/>), ready to give each field its terms.</summary>
public sealed class AnalyzedText
{
    internal AnalyzedText(int length, IReadOnlyList<RawToken> tokens, WordTerms[] words)
    {
        Length = length;
        Tokens = tokens;
        Words = words;
    }

    /// <summary>Characters of the analysed text.</summary>
    public int Length { get; }

    internal IReadOnlyList<RawToken> Tokens { get; }

    internal WordTerms[] Words { get; }

    /// <summary>The token stream <paramref name="mode"/>'s analyzer would give for the text.</summary>
    public TokenStream Stream(AnalysisMode mode) => new ReplayTokenStream(mode, [(this, 0)]);

    /// <summary>The stream of <paramref name="first"/>, a one-character separator, then <paramref name="second"/>, as the
    /// analyzer would give for <c>first + "\n" + second</c> (the tokenizer never joins words across a line break).</summary>
    public static TokenStream Joined(AnalysisMode mode, AnalyzedText first, AnalyzedText second) =>
        new ReplayTokenStream(mode, [(first, 0), (second, first.Length + 1)]);

    /// <summary>The distinct terms <paramref name="mode"/> gives for the text, in the order they first appear.</summary>
    public IReadOnlyList<string> Terms(AnalysisMode mode)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var word in Words)
        {
            foreach (var term in word.PerMode[(int)mode].Terms)
            {
                if (seen.Add(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }

    /// <summary>Replays the memo's terms word by word, with positions as the chain's filters would have moved them.</summary>
    private sealed class ReplayTokenStream : TokenStream
    {
        private readonly int _mode;
        private readonly (AnalyzedText Text, int Shift)[] _parts;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _part;
        private int _word;
        private int _index;
        private int _carried;
        private int _owedAtEnd;

        public ReplayTokenStream(AnalysisMode mode, (AnalyzedText Text, int Shift)[] parts)
        {
            _mode = (int)mode;
            _parts = parts;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            while (_part < _parts.Length)
            {
                var (text, shift) = _parts[_part];
                if (_word >= text.Words.Length)
                {
                    _part++;
                    _word = 0;
                    _index = -1;
                    continue;
                }

                var emitted = text.Words[_word].PerMode[_mode];
                if (_index < 0)
                {
                    // The tokenizer's increment of this word, kept until the chain emits a term of it or a later word.
                    _carried++;
                    _index = 0;
                    // What the end reports: the positions skipped since the last word a filter let through (Lucene's
                    // filtering filters add them at the end; a word one lets through and a later one drops owes none).
                    _owedAtEnd = emitted.EndIncrement > 0 ? _owedAtEnd + emitted.EndIncrement : 0;
                }

                if (_index >= emitted.Terms.Length)
                {
                    _word++;
                    _index = -1;
                    continue;
                }

                var token = text.Tokens[_word];
                var increment = emitted.Increments[_index];
                if (_index == 0)
                {
                    // Alone, the word's first term carries the word's own increment (1); here it also carries the skipped words'.
                    increment += _carried - 1;
                    _carried = 0;
                }

                _term.SetEmpty().Append(emitted.Terms[_index]);
                _offset.SetOffset(token.Start + shift, token.End + shift);
                _increment.PositionIncrement = increment;
                _index++;
                return true;
            }

            return false;
        }

        public override void End()
        {
            base.End();
            var (last, shift) = _parts[^1];
            _offset.SetOffset(last.Length + shift, last.Length + shift);
            _increment.PositionIncrement = _owedAtEnd;
        }

        public override void Reset()
        {
            base.Reset();
            _part = 0;
            _word = 0;
            _index = -1;
            _carried = 0;
            _owedAtEnd = 0;
        }
    }
}

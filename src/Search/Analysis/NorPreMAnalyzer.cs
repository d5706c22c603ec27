using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.No;
using Lucene.Net.Util;

namespace NorPreM.Search.Analysis;

/// <summary>The analysis chains of the index, one per kind of field.</summary>
public enum AnalysisMode
{
    /// <summary>Exact form and minimal stem at each position: tokenizer → lower case → Scandinavian normalisation →
    /// stop words → KeywordRepeat → minimal stem → RemoveDuplicates. Exact matches score both terms, so rank higher.</summary>
    Text,
    /// <summary>Only compound parts (stemmed), used for the "parts" field at index time.</summary>
    Parts,
    /// <summary>Text chain with compound parts, then æ/ø/å folded (æ→a, ø→o, å→a, aa→a), for queries typed without æøå.</summary>
    Folded,
    /// <summary>Lower-cased surface words without stop words: the vocabulary for spelling and autocomplete.</summary>
    Spell,
    /// <summary>The words as written (lower case, Scandinavian normalisation, stop words left as gaps), no stems and no
    /// parts: the "exact" fields that quoted phrases search, so "helsedata" in quotes does not find "helsedataene".</summary>
    Exact,
}

/// <summary>
/// The NorPreM Norwegian analyzer (see docs/search.md): one <see cref="Analyzer"/> per <see cref="AnalysisMode"/>. Stemming is Lucene's
/// NorwegianMinimalStemmer (bokmål and nynorsk noun endings: -en/-et/-ene/-er/-ens…, after Savoy's light stemmers,
/// "Light stemming approaches for the French, Portuguese, German and Hungarian languages", SAC 2006). It is
/// lighter than Snowball and than NorwegianLightStemmer, which cuts "kommisjon" to "kommisjo" but
/// "kommisjonen" to "kommisjon"; the minimal stemmer maps both, and "rådsmøte"/"rådsmøtene", to one stem.
/// <see cref="FinalAStemFilter"/> gives nouns in -a one stem too ("helsedata"/"helsedataene").
/// </summary>
public sealed class NorPreMAnalyzer : Analyzer
{
    /// <summary>Name recorded in the index; bump when any chain changes so old indexes are rebuilt.</summary>
    public const string Name = "norprem-nb-5";

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly AnalysisMode _mode;
    private readonly Decompounder _decompounder;

    public NorPreMAnalyzer(AnalysisMode mode, Decompounder? decompounder = null)
    {
        _mode = mode;
        _decompounder = decompounder ?? Decompounder.Default;
    }

    /// <summary>The chain this analyzer runs.</summary>
    public AnalysisMode Mode => _mode;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new NorwegianTokenizer(reader);
        return new TokenStreamComponents(source, Chain(source, _mode, _decompounder));
    }

    /// <summary>The filters of <paramref name="mode"/> over <paramref name="source"/>: one definition for the analyzers and for
    /// <see cref="OnePassAnalysis"/>, which runs the chains word by word.</summary>
    internal static TokenStream Chain(Tokenizer source, AnalysisMode mode, Decompounder decompounder)
    {
        TokenStream stream = new TableLowerCaseFilter(source);
        switch (mode)
        {
            case AnalysisMode.Text:
                stream = InflectionGuardFilter.Restore(new ScandinavianNormalizationFilter(InflectionGuardFilter.Protect(stream)));
                stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                stream = Stem(stream);
                break;
            case AnalysisMode.Parts:
                stream = InflectionGuardFilter.Restore(new ScandinavianNormalizationFilter(InflectionGuardFilter.Protect(stream)));
                stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                stream = new DecompoundFilter(stream, decompounder, keepOriginal: false);
                stream = Stem(stream);
                break;
            case AnalysisMode.Folded:
                stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                stream = new DecompoundFilter(stream, decompounder, keepOriginal: true);
                stream = new ScandinavianFoldingFilter(stream);
                stream = new StopFilter(Version, stream, NorwegianStopWords.FoldedSet);
                stream = Stem(stream);
                break;
            case AnalysisMode.Spell:
                stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                break;
            case AnalysisMode.Exact:
                stream = InflectionGuardFilter.Restore(new ScandinavianNormalizationFilter(InflectionGuardFilter.Protect(stream)));
                stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                break;
        }

        return stream;
    }

    private static TokenStream Stem(TokenStream stream)
    {
        stream = new StemRepeatFilter(stream);
        stream = new ProtectTypesFilter(stream);
        stream = new NorwegianMinimalStemFilter(stream, NorwegianStandard.BOKMAAL | NorwegianStandard.NYNORSK);
        stream = new FinalAStemFilter(stream);
        return new RemoveDuplicatesTokenFilter(stream);
    }

    /// <summary>Texts up to this length (a query's words and phrases) have their tokens kept (<see cref="Tokens"/>).</summary>
    private const int MemoTextLength = 64;

    /// <summary>Most short texts whose tokens are kept; the memo starts over when full.</summary>
    private const int MemoEntries = 16_384;

    private readonly BoundedMemo<(string Text, string Field), AnalyzedToken[]> _memo = new(MemoEntries);

    /// <summary>
    /// Runs this analyzer over <paramref name="text"/> and returns its tokens (for tests, snippets and queries). A chain's
    /// output depends only on the text, and a query analyses the same words many times (per field, mode and pass, and
    /// again in every filter, page and sort of it), so the tokens of short texts are kept.
    /// </summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string text, string field = "f")
    {
        if (text.Length > MemoTextLength)
        {
            return Analyze(this, text, field);
        }

        return _memo.Get((text, field), key => [.. Analyze(this, key.Text, key.Field)]);
    }

    /// <summary>Runs any analyzer over <paramref name="text"/>, returning terms with positions and offsets.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string text, string field = "f")
    {
        var tokens = new List<AnalyzedToken>();
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var posInc = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var type = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        var keyword = ts.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IKeywordAttribute>();
        ts.Reset();
        var position = -1;
        while (ts.IncrementToken())
        {
            position += posInc.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset, type.Type, keyword.IsKeyword));
        }

        ts.End();
        return tokens;
    }
}

/// <summary>One token produced by an analyzer; <see cref="IsKeyword"/> marks the unstemmed copy of KeywordRepeat.</summary>
public sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset, string Type, bool IsKeyword = false);

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.No;
using Lucene.Net.Util;
using NorPreM.Search.Analysis;

namespace NorPreM.Search.Tests;

/// <summary>
/// The table lower-casing and the light keyword repeat replace Lucene's filters for speed (issue 19); the index they
/// write must not change, so they are compared with Lucene's own filters token by token.
/// </summary>
public sealed class AnalysisFilterTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const string Council = """
        Sak 28/3/2022 Innspill til Helsepersonellkommisjonen. HOD og Helse- og omsorgsdepartementet ba NorPreM-rådet om
        helsedataene, temaene og skjemaer; ÆRLIGE ØKONOMIRAPPORTER Å LESE. Rådsmøtene i HO21-rådet drøftet
        kvalitetsregistrene, pasientsikkerhetsarbeidet og persontilpasset medisin i 2023. Vedtak: Rådet tar saken til orientering.
        ΑΘΗΝΑ İstanbul ǅemal ﬁnansiering straße 𝐀𝐁𝐂 𐐀𐐁 Ǆ ǈ ẞ Ω K Å
        """;

    [Fact]
    public void TableLowerCasingGivesLucenesLowerCaseForEveryCharacterOfThePlane()
    {
        // Every non-surrogate BMP character that is a letter or digit, in runs of 50 so the tokenizer keeps them as words.
        var letters = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => !char.IsSurrogate(c) && char.IsLetterOrDigit(c)).ToArray();
        var text = string.Join(' ', letters.Chunk(50).Select(chunk => new string(chunk)));
        Assert.Equal(Terms(new LowerCaseChain(useTable: false), text), Terms(new LowerCaseChain(useTable: true), text));
        Assert.Equal(Terms(new LowerCaseChain(useTable: false), Council), Terms(new LowerCaseChain(useTable: true), Council));
    }

    [Theory]
    [InlineData(AnalysisMode.Text)]
    [InlineData(AnalysisMode.Parts)]
    [InlineData(AnalysisMode.Folded)]
    public void ProductChainsGiveTheTokensOfLucenesFilters(AnalysisMode mode)
    {
        var product = new NorPreMAnalyzer(mode).Tokens(Council);
        var lucene = NorPreMAnalyzer.Analyze(new LuceneChain(mode), Council);
        Assert.Equal(lucene, product);
        Assert.Contains(product, t => t.Term.EndsWith("kommisjon", StringComparison.Ordinal) && !t.IsKeyword);
    }

    private static List<string> Terms(Analyzer analyzer, string text) =>
        NorPreMAnalyzer.Analyze(analyzer, text).Select(t => t.Term).ToList();

    private sealed class LowerCaseChain(bool useTable) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new WhitespaceTokenizer(Version, reader);
            return new TokenStreamComponents(source, useTable ? new TableLowerCaseFilter(source) : new LowerCaseFilter(Version, source));
        }
    }

    /// <summary>The product's chains as they were written with Lucene's LowerCaseFilter and KeywordRepeatFilter.</summary>
    private sealed class LuceneChain(AnalysisMode mode) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new NorwegianTokenizer(reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            switch (mode)
            {
                case AnalysisMode.Text:
                    stream = InflectionGuardFilter.Restore(new ScandinavianNormalizationFilter(InflectionGuardFilter.Protect(stream)));
                    stream = Stem(new StopFilter(Version, stream, NorwegianStopWords.Set));
                    break;
                case AnalysisMode.Parts:
                    stream = InflectionGuardFilter.Restore(new ScandinavianNormalizationFilter(InflectionGuardFilter.Protect(stream)));
                    stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                    stream = Stem(new DecompoundFilter(stream, Decompounder.Default, keepOriginal: false));
                    break;
                default:
                    stream = new StopFilter(Version, stream, NorwegianStopWords.Set);
                    stream = new ScandinavianFoldingFilter(new DecompoundFilter(stream, Decompounder.Default, keepOriginal: true));
                    stream = Stem(new StopFilter(Version, stream, NorwegianStopWords.FoldedSet));
                    break;
            }

            return new TokenStreamComponents(source, stream);
        }

        private static TokenStream Stem(TokenStream stream) =>
            new RemoveDuplicatesTokenFilter(new FinalAStemFilter(new NorwegianMinimalStemFilter(
                new ProtectTypesFilter(new KeywordRepeatFilter(stream)), NorwegianStandard.BOKMAAL | NorwegianStandard.NYNORSK)));
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using NorPreM.Search.Analysis;

namespace NorPreM.Search.Tests;

/// <summary>
/// The index's fields take their terms from one pass over the text (issue 19); the terms, positions and offsets must
/// be those each field's analyzer gives, or the index would change under the same analyzer name.
/// </summary>
public sealed class OnePassAnalysisTests
{
    private const string Council = """
        Sak 28/3/2022 Innspill til Helsepersonellkommisjonen. HOD og Helse- og omsorgsdepartementet ba NorPreM-rådet om
        helsedataene, temaene og skjemaer; ÆRLIGE ØKONOMIRAPPORTER Å LESE. Rådsmøtene i HO21-rådet drøftet
        kvalitetsregistrene, pasientsikkerhetsarbeidet og persontilpasset medisin i 2023. Vedtak: Rådet tar saken til orientering.
        Det er en og en av de som har vært på møtet i 13/2/22 og 28-3-2022, 1,5 mill. kr; raadet, kontoene, fagdirektørmøte.
        ΑΘΗΝΑ İstanbul ǅemal ﬁnansiering straße 𝐀𝐁𝐂 𐐀𐐁 Ǆ ǈ ẞ Ω K Å
        """;

    public static TheoryData<AnalysisMode> Modes() => new(Enum.GetValues<AnalysisMode>());

    [Theory]
    [MemberData(nameof(Modes))]
    public void ReplayGivesTheAnalyzersTermsPositionsAndOffsets(AnalysisMode mode)
    {
        var onePass = new OnePassAnalysis(Decompounder.Default);
        var analyzer = new NorPreMAnalyzer(mode);
        var texts = CorpusFixture.LoadUnits().Select(u => u.Text).Prepend(Council).Append("").Append("og i på");
        foreach (var text in texts)
        {
            // Twice: the second pass reads every word from the memo.
            Assert.Equal(Expected(analyzer, text), Read(onePass.Analyze(text).Stream(mode)));
            Assert.Equal(Expected(analyzer, text), Read(onePass.Analyze(text).Stream(mode)));
        }
    }

    [Fact]
    public void JoinedStreamIsTheStreamOfBothTextsOnTwoLines()
    {
        var onePass = new OnePassAnalysis(Decompounder.Default);
        const string title = "Helsedataene i HO21-rådet og";
        var joined = AnalyzedText.Joined(AnalysisMode.Spell, onePass.Analyze(title), onePass.Analyze(Council));
        Assert.Equal(Expected(new NorPreMAnalyzer(AnalysisMode.Spell), title + "\n" + Council), Read(joined));
    }

    [Fact]
    public void TermsAreTheDistinctTermsInOrder()
    {
        var onePass = new OnePassAnalysis(Decompounder.Default);
        var expected = new NorPreMAnalyzer(AnalysisMode.Folded).Tokens(Council).Select(t => t.Term).Distinct().ToList();
        Assert.Equal(expected, onePass.Analyze(Council).Terms(AnalysisMode.Folded));
        Assert.Contains("radet", expected);
    }

    private static List<(string, int, int, int)> Expected(Analyzer analyzer, string text) =>
        Read(analyzer.GetTokenStream("f", text));

    private static List<(string Term, int Position, int Start, int End)> Read(TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            tokens.Add(("<end>", position + increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }

        return tokens;
    }
}

using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using NorPreM.Core.Model;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Stop words: Lucene's Norwegian list (the Snowball project's list, mostly bokmål) plus the common nynorsk
/// function words it lacks (from the nynorsk grammar's closed word classes: pronouns, determiners, conjunctions,
/// adverbs). Council papers are bokmål, but NorPreM and regional papers may be in nynorsk.
/// </summary>
public static class NorwegianStopWords
{
    private static readonly string[] Nynorsk =
    [
        "eg", "ho", "dei", "dykk", "dykkar", "deira", "hennar", "hans", "ein", "eit", "ei", "ikkje", "kva", "kvar", "kven",
        "korleis", "kvifor", "kvi", "me", "oss", "vår", "vårt", "våre", "hjå", "noko", "nokon", "nokre", "nokor", "berre",
        "sidan", "vere", "vore", "vart", "vorte", "vert", "blei", "fordi", "utan", "mellom", "medan", "dersom", "sjølv",
        "slik", "slike", "desse", "denne", "dette", "somme", "kvarandre", "eller", "då", "no", "òg", "og", "til", "frå",
    ];

    /// <summary>Bokmål and nynorsk stop words, lower case.</summary>
    public static CharArraySet Set { get; } = Build();

    /// <summary>The same words with æøå folded (for the folded field).</summary>
    public static CharArraySet FoldedSet { get; } = new(LuceneVersion.LUCENE_48,
        Set.Select(w => NorwegianFolding.Fold(w.ToString() ?? "")).ToList(), ignoreCase: false);

    private static CharArraySet Build()
    {
        var words = NorwegianAnalyzer.DefaultStopSet.Select(w => w.ToString() ?? "").Concat(Nynorsk).ToList();
        return new CharArraySet(LuceneVersion.LUCENE_48, words, ignoreCase: false).AsReadOnly();
    }

}

using Lucene.Net.Analysis.No;

namespace NorPreM.Search.Analysis;

/// <summary>
/// The stem the index's analyzer gives a single lower-cased word (Lucene's NorwegianMinimalStemmer, bokmål and
/// nynorsk; see <see cref="NorPreMAnalyzer"/>), for code outside the analyzer that groups inflected forms:
/// "strategi"/"strategien", "sak"/"saker"/"saken", "rådet"/"rådets" share a stem. Words with a digit or a hyphen
/// ("ho21", "e-helse") are kept whole, as the analyzer protects them.
/// </summary>
public static class NorwegianStems
{
    private static readonly NorwegianMinimalStemmer Stemmer = new(NorwegianStandard.BOKMAAL | NorwegianStandard.NYNORSK);

    /// <summary>The minimal stem of <paramref name="word"/> (expected lower-cased).</summary>
    public static string Minimal(string word)
    {
        if (word.Length == 0 || !word.All(char.IsLetter))
        {
            return word;
        }

        var chars = word.ToCharArray();
        var length = FinalAStemFilter.Complete(chars, Stemmer.Stem(chars, chars.Length));
        return new string(chars, 0, length);
    }
}

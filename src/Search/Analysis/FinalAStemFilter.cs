using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Completes Lucene's NorwegianMinimalStemmer for nouns whose base form ends in -a ("data", "tema", "skjema", "firma"):
/// it strips the -a of the base form ("helsedata" → "helsedat") but only the ending of the inflected forms
/// ("helsedataene" → "helsedata", "temaer" → "tema"), so the forms of one word got two stems and "helsedata" did not
/// find "helsedataene". The minimal stemmer strips a final -a from every word of four letters or more, so a stem that
/// still ends in -a came from an inflected form; dropping that -a gives the base form's stem.
/// </summary>
public sealed class FinalAStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public FinalAStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            _term.Length = Complete(_term.Buffer, _term.Length);
        }

        return true;
    }

    /// <summary>The length of a minimal stem after dropping the -a an inflected form left on it.</summary>
    public static int Complete(char[] stem, int length) =>
        length >= 4 && stem[length - 1] == 'a' ? length - 1 : length;
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Emits every token twice, as Lucene's <c>KeywordRepeatFilter</c> does: first marked as a keyword (the exact form, which
/// stemmers leave alone), then unmarked at the same position (to be stemmed); <c>RemoveDuplicatesTokenFilter</c> then
/// drops the second when the stem equals the form. Lucene's filter captures and restores the whole attribute state of
/// every token (a clone of each attribute), which was about a tenth of indexing time (issue 19 profile). Only this
/// chain's filters follow it, and on the keyword copy none of them changes anything but the keyword flag, so saving
/// the term's characters is enough to give the second copy exactly the state the first one had.
/// </summary>
public sealed class StemRepeatFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private char[] _saved = new char[32];
    private int _savedLength = -1;

    public StemRepeatFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_savedLength >= 0)
        {
            _term.CopyBuffer(_saved, 0, _savedLength);
            _savedLength = -1;
            _positionIncrement.PositionIncrement = 0;
            _keyword.IsKeyword = false;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_saved.Length < _term.Length)
        {
            _saved = new char[_term.Length * 2];
        }

        Array.Copy(_term.Buffer, _saved, _term.Length);
        _savedLength = _term.Length;
        _keyword.IsKeyword = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _savedLength = -1;
    }
}

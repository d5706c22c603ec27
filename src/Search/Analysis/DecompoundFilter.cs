using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Adds the parts of a compound (see <see cref="Decompounder"/>) at the compound's position, with its offsets,
/// so phrase positions stay intact and snippets mark the whole compound. With <c>keepOriginal: false</c> only
/// the parts are emitted (the "parts" field of the index, which holds nothing but compound parts).
/// </summary>
public sealed class DecompoundFilter : TokenFilter
{
    private readonly Decompounder _decompounder;
    private readonly bool _keepOriginal;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly ITypeAttribute _type;
    private readonly Queue<string> _pending = new();
    private State? _state;
    private int _carriedIncrement;
    private int _nextIncrement;

    public DecompoundFilter(TokenStream input, Decompounder decompounder, bool keepOriginal) : base(input)
    {
        _decompounder = decompounder;
        _keepOriginal = keepOriginal;
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_pending.Count == 0)
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var parts = _type.Type == NorwegianTokenizer.WordType ? _decompounder.Split(_term.ToString()) : [];
            if (_keepOriginal)
            {
                if (parts.Count > 0)
                {
                    _state = CaptureState();
                    _nextIncrement = 0;
                    foreach (var p in parts)
                    {
                        _pending.Enqueue(p);
                    }
                }

                return true;
            }

            if (parts.Count == 0)
            {
                // A dropped token still counts as a position, so phrases over the parts field stay honest.
                _carriedIncrement += _posInc.PositionIncrement;
                continue;
            }

            _nextIncrement = _posInc.PositionIncrement + _carriedIncrement;
            _carriedIncrement = 0;
            _state = CaptureState();
            foreach (var p in parts)
            {
                _pending.Enqueue(p);
            }
        }

        RestoreState(_state);
        _term.SetEmpty().Append(_pending.Dequeue());
        _posInc.PositionIncrement = _nextIncrement;
        _nextIncrement = 0;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _state = null;
        _carriedIncrement = 0;
        _nextIncrement = 0;
    }
}

/// <summary>
/// Marks case numbers, numbers and acronyms as keywords so the stemmer leaves them alone
/// ("HOD" must not lose its "D", "2022" is not a word).
/// </summary>
public sealed class ProtectTypesFilter : TokenFilter
{
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    public ProtectTypesFilter(TokenStream input) : base(input)
    {
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_type.Type is NorwegianTokenizer.CaseNumberType or NorwegianTokenizer.NumberType or NorwegianTokenizer.AcronymType)
        {
            _keyword.IsKeyword = true;
        }

        return true;
    }
}

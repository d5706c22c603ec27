using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Indexing;

/// <summary>A span of the text with the analysed terms of its damaged OCR form.</summary>
public sealed record RepairSpan(int Start, int End, IReadOnlyList<string> Terms);

/// <summary>
/// Indexes the damaged OCR form of a repaired word at the repaired word's position (position increment 0, same
/// offsets), like a synonym: a search for "fagdirektgrmgte" (as another text layer has it) and for
/// "fagdirektørmøte" both find the unit, and the snippet marks the repaired word.
/// </summary>
public sealed class RepairTokenFilter : TokenFilter
{
    private readonly IReadOnlyList<RepairSpan> _spans;
    private readonly bool[] _done;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly Queue<string> _pending = new();
    private State? _state;

    public RepairTokenFilter(TokenStream input, IReadOnlyList<RepairSpan> spans) : base(input)
    {
        _spans = spans;
        _done = new bool[spans.Count];
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0 && _state is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending.Dequeue());
            _posInc.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var start = _offset.StartOffset;
        for (var i = 0; i < _spans.Count; i++)
        {
            var span = _spans[i];
            if (!_done[i] && start >= span.Start && start < span.End)
            {
                _done[i] = true;
                var own = _term.ToString();
                foreach (var t in span.Terms.Where(t => t != own))
                {
                    _pending.Enqueue(t);
                }
            }
        }

        if (_pending.Count > 0)
        {
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        Array.Clear(_done);
        _pending.Clear();
        _state = null;
    }
}

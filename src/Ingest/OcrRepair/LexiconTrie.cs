using System.Runtime.CompilerServices;
using NorPreM.Core.Lexicon;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// A character trie over the lower-cased lexicon, so the candidate search can walk the lexicon and the damaged
/// word in step and drop a branch as soon as no word starts with it (the classic trie-guided spelling search,
/// Oflazer 1996, "Error-tolerant finite-state recognition"). Nodes live in flat arrays in breadth-first order, so
/// a node's children are contiguous and sorted by character.
/// </summary>
public sealed class LexiconTrie
{
    private static readonly Lazy<LexiconTrie> Shared = new(() => Build(NorwegianLexicon.Default.Words));

    private char[] _char;
    private int[] _firstChild;
    private int[] _nextSibling;
    private bool[] _isWord;
    private int _count;

    // The compact layout built after insertion: children of node n are nodes [_start[n], _start[n] + _length[n]).
    private char[] _label = [];
    private int[] _start = [];
    private int[] _length = [];
    private bool[] _word = [];

    private LexiconTrie(int capacity)
    {
        _char = new char[capacity];
        _firstChild = new int[capacity];
        _nextSibling = new int[capacity];
        _isWord = new bool[capacity];
        _count = 1; // the root
        _firstChild[0] = -1;
        _nextSibling[0] = -1;
    }

    /// <summary>The trie over <see cref="NorwegianLexicon.Default"/>, built on first use.</summary>
    public static LexiconTrie Default => Shared.Value;

    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>Number of nodes (for diagnostics).</summary>
    public int NodeCount => _count;

    /// <summary>Builds a trie from lower-cased word forms.</summary>
    public static LexiconTrie Build(IEnumerable<string> words)
    {
        var sorted = words.Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        sorted.Sort(StringComparer.Ordinal);
        var trie = new LexiconTrie(Math.Max(1024, sorted.Count * 3));
        // Words arrive sorted, so each word shares a prefix with the previous one and its new nodes are appended
        // as last children; the path of the previous word is kept to find where the new word branches off.
        var path = new List<int> { Root };
        var previous = "";
        foreach (var word in sorted)
        {
            var common = 0;
            while (common < word.Length && common < previous.Length && word[common] == previous[common])
            {
                common++;
            }

            path.RemoveRange(common + 1, path.Count - common - 1);
            for (var i = common; i < word.Length; i++)
            {
                var node = trie.AppendChild(path[^1], word[i]);
                path.Add(node);
            }

            trie._isWord[path[^1]] = true;
            previous = word;
        }

        trie.Compact();
        return trie;
    }

    private void Compact()
    {
        var label = new char[_count];
        var start = new int[_count];
        var length = new int[_count];
        var word = new bool[_count];
        var order = new int[_count]; // breadth-first position -> old node
        var head = 0;
        var tail = 1;
        order[0] = Root;
        while (head < tail)
        {
            var old = order[head];
            var position = head++;
            label[position] = _char[old];
            word[position] = _isWord[old];
            start[position] = tail;
            for (var child = _firstChild[old]; child >= 0; child = _nextSibling[child])
            {
                order[tail++] = child;
            }

            length[position] = tail - start[position];
        }

        (_label, _start, _length, _word) = (label, start, length, word);
        _char = [];
        _firstChild = [];
        _nextSibling = [];
        _isWord = [];
    }

    /// <summary>The child of <paramref name="node"/> reached by <paramref name="c"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Child(int node, char c)
    {
        var lo = _start[node];
        var hi = lo + _length[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var mc = _label[mid];
            if (mc == c)
            {
                return mid;
            }

            if (mc < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>True when the path to <paramref name="node"/> spells a word.</summary>
    public bool IsWord(int node) => _word[node];

    /// <summary>True when the lower-cased string is a word of the lexicon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node < 0)
            {
                return false;
            }
        }

        return _word[node];
    }

    private int AppendChild(int parent, char c)
    {
        if (_count == _char.Length)
        {
            var size = _char.Length * 2;
            Array.Resize(ref _char, size);
            Array.Resize(ref _firstChild, size);
            Array.Resize(ref _nextSibling, size);
            Array.Resize(ref _isWord, size);
        }

        var node = _count++;
        _char[node] = c;
        _firstChild[node] = -1;
        _nextSibling[node] = -1;
        var child = _firstChild[parent];
        if (child < 0)
        {
            _firstChild[parent] = node;
        }
        else
        {
            while (_nextSibling[child] >= 0)
            {
                child = _nextSibling[child];
            }

            _nextSibling[child] = node;
        }

        return node;
    }
}

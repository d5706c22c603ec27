using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Lower-cases terms exactly as Lucene's <c>LowerCaseFilter</c> (4.8) does, through a table. Lucene.Net lower-cases
/// each code point with a culture-aware call (ICU under .NET on Linux), which was the largest single cost of indexing
/// after the term hash (issue 19 profile: about 9 % of indexing time, every text field runs through it). The table
/// holds that same call's answer for every character of the Basic Multilingual Plane, computed once through Lucene's
/// own <see cref="CharacterUtils"/>; a term with a surrogate pair (outside the plane) is lower-cased by Lucene itself.
/// </summary>
public sealed class TableLowerCaseFilter : TokenFilter
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly CharacterUtils Lucene = CharacterUtils.GetInstance(Version);
    private static readonly Lazy<char[]> Table = new(BuildTable);
    private readonly ICharTermAttribute _term;

    public TableLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var table = Table.Value;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsSurrogate(c))
            {
                // Code points beyond the table: Lucene lower-cases the rest of the term (the part before is done).
                Lucene.ToLower(buffer, i, length);
                return true;
            }

            buffer[i] = table[c];
        }

        return true;
    }

    /// <summary>Lucene's lower case of every non-surrogate UTF-16 unit; surrogates map to themselves (never read).</summary>
    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        var one = new char[1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = (char)c;
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            one[0] = (char)c;
            Lucene.ToLower(one, 0, 1);
            table[c] = one[0];
        }

        return table;
    }
}

using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Cuts Norwegian council text into terms. Unlike Lucene's StandardTokenizer (UAX#29) it keeps case numbers
/// ("28/3/2022", "13/2/22", "28-3-2022") as one token in normal form, marks acronyms ("HOD", "NorPreM", "HO21")
/// so later filters leave them unstemmed, and splits hyphenated compounds ("HO21-rådet") into their parts.
/// Soft hyphens are dropped. The whole input is read once: council texts are pages or sections, not streams.
/// </summary>
public sealed partial class NorwegianTokenizer : Tokenizer
{
    /// <summary>Token type of a case number (term is the normal form).</summary>
    public const string CaseNumberType = "<CASE>";
    /// <summary>Token type of an acronym such as "HOD" or "NorPreM".</summary>
    public const string AcronymType = "<ACRONYM>";
    /// <summary>Token type of a number.</summary>
    public const string NumberType = "<NUM>";
    /// <summary>Token type of an ordinary word.</summary>
    public const string WordType = "<ALPHANUM>";

    /// <summary>Longest token kept; longer runs (e.g. hashes, garbage) are cut.</summary>
    public const int MaxTokenLength = 64;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _posInc;
    private string _text = "";
    private Match? _match;
    private int _finalOffset;

    [GeneratedRegex(
        @"(?<case>(?<![\p{L}\p{N}/\-.])\d{1,3}([/\-])\d{1,2}\1(?:\d{4}|\d{2})(?![\p{L}\p{N}]|[/\-]\d))" +
        @"|(?<num>\d+(?:[.,]\d+)*(?:\p{L}[\p{L}\p{N}\u00AD]*)?)" +
        @"|(?<word>\p{L}[\p{L}\p{N}\p{Mn}\u00AD]*(?:['’]\p{L}+)?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    /// <summary>
    /// Where the tokens of <paramref name="text"/> stand, as (start, length), without building them: a token's terms depend
    /// only on its own characters (every filter after this tokenizer works token by token), so a caller that has
    /// analysed a word once can reuse its terms wherever the word stands (snippets).
    /// </summary>
    public static Regex.ValueMatchEnumerator Spans(string text) => TokenPattern().EnumerateMatches(text);

    public NorwegianTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene's reusable string reader yields null, not "", for an empty value.
        _text = m_input.ReadToEnd() ?? "";
        _match = null;
        _finalOffset = CorrectOffset(_text.Length);
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        _match = _match is null ? TokenPattern().Match(_text) : _match.NextMatch();
        if (!_match.Success)
        {
            return false;
        }

        var (term, type) = TermOf(_match);
        _term.SetEmpty().Append(term);
        _offset.SetOffset(CorrectOffset(_match.Index), CorrectOffset(_match.Index + _match.Length));
        _type.Type = type;
        _posInc.PositionIncrement = 1;
        return true;
    }

    /// <summary>
    /// Every token of <paramref name="text"/> as this tokenizer emits it (term, type, offsets), without a token stream:
    /// <see cref="OnePassAnalysis"/> cuts a unit's text once and gives each field the terms of these tokens.
    /// </summary>
    public static void Read(string text, List<RawToken> into)
    {
        for (var match = TokenPattern().Match(text); match.Success; match = match.NextMatch())
        {
            var (term, type) = TermOf(match);
            into.Add(new RawToken(term, type, match.Index, match.Index + match.Length));
        }
    }

    private static (string Term, string Type) TermOf(Match match)
    {
        string term;
        string type;
        if (match.Groups["case"].Success)
        {
            term = CaseNumbers.Normalize(CaseNumbers.Pattern().Match(match.Value));
            type = CaseNumberType;
        }
        else if (match.Groups["num"].Success)
        {
            term = match.Value.Replace("\u00AD", "", StringComparison.Ordinal);
            type = NumberType;
        }
        else
        {
            term = match.Value.Replace("\u00AD", "", StringComparison.Ordinal);
            type = IsAcronym(term) ? AcronymType : WordType;
        }

        return (term.Length > MaxTokenLength ? term[..MaxTokenLength] : term, type);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    /// <summary>
    /// An acronym has at least two upper-case letters and no lower-case run longer than the upper-case part
    /// ("HOD", "RHF", "HO21", "NorPreM", "Hdir" is not one). Words in all caps of 8+ letters are headings, not acronyms.
    /// </summary>
    public static bool IsAcronym(string token)
    {
        if (token.Length < 2 || token.Length > 8)
        {
            return false;
        }

        var upper = token.Count(char.IsUpper);
        var lower = token.Count(char.IsLower);
        return upper >= 2 && upper >= lower - 1 && char.IsUpper(token[0]);
    }
}

/// <summary>A token as <see cref="NorwegianTokenizer"/> emits it: its term (before lower-casing), type and offsets.</summary>
public readonly record struct RawToken(string Term, string Type, int Start, int End);

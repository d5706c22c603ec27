using System.Runtime.CompilerServices;
namespace NorPreM.Ingest.OcrRepair;

/// <summary>A word-like run in a line of text, as the corrector sees it.</summary>
/// <param name="Start">Offset of the first character in the line.</param>
/// <param name="Text">The run as written.</param>
/// <param name="SentenceStart">True when only punctuation, bullets or nothing precede it since the last sentence end.</param>
public readonly record struct WordToken(int Start, string Text, bool SentenceStart)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// Cuts text into word runs for OCR repair and for counting word frequencies. A run is letters plus the
/// characters OCR engines put in place of Norwegian letters (<c>@</c>, <c>&amp;</c>, <c>¢</c>, digits), so that
/// "Sgr-@st" yields "Sgr" and "@st" and "bist3" stays whole. Hyphens, apostrophes and punctuation separate runs.
/// </summary>
public static class WordTokenizer
{
    /// <summary>Word runs of one line, left to right.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<WordToken> Tokenize(string line)
    {
        var tokens = new List<WordToken>(line.Length / 5 + 1);
        var sentenceStart = true;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < line.Length && IsWordChar(line[i]))
                {
                    i++;
                }

                tokens.Add(new WordToken(start, line[start..i], sentenceStart));
                sentenceStart = false;
                continue;
            }

            if (c is '.' or '!' or '?' or ':' or ';')
            {
                sentenceStart = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>True for characters that belong to a word run.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '&' or '¢';

    /// <summary>
    /// True when the run is something the corrector may rewrite: letters with at most OCR stand-ins, not a
    /// number, code or mixed-case name ("HO21", "2022", "NorPreM").
    /// </summary>
    public static bool IsCorrectable(string token)
    {
        // A lone capital is an initial, a label or an abbreviation ("R & D"), except "A" for a sentence-initial "Å".
        if (token.Length == 1 && char.IsUpper(token[0]) && token[0] != 'A')
        {
            return false;
        }

        var letters = 0;
        var digits = 0;
        var upperInside = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (i > 0 && char.IsUpper(c) && char.IsLower(token[i - 1]))
                {
                    upperInside = true;
                }
            }
            else if (char.IsDigit(c))
            {
                if (c is not ('0' or '3'))
                {
                    return false;
                }

                digits++;
            }
        }

        if (upperInside)
        {
            return false;
        }

        // A digit opens a word only as '0' for a capital Ø before lower-case letters ("0st") or as '3' for an 'å'
        // before at least two ("3ret", "3pner"); "3D" and "3m" are codes and units.
        if (char.IsDigit(token[0]) && !OpensAsLetter(token))
        {
            return false;
        }

        // A lone '&' may stand for 'å'; otherwise a run needs letters, and digits only as stand-ins among them.
        return token == "&" || (letters > 0 && digits <= 1 && letters >= digits);
    }

    private static bool OpensAsLetter(string token) => token[0] switch
    {
        '0' => token.Length >= 2 && char.IsLower(token[1]),
        '3' => token.Length >= 3 && char.IsLower(token[1]) && char.IsLower(token[2]),
        _ => false,
    };
}

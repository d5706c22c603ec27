using System.Text.RegularExpressions;

namespace NorPreM.Core.Privacy;

/// <summary>
/// Personal data that council papers sometimes carry and that a public archive must not hand out: Norwegian national
/// identity numbers (fødselsnummer) and D-numbers, telephone numbers and e-mail addresses. The one place that
/// recognises and masks them, for snippets, page text, records and suggestions shown to anonymous users.
/// </summary>
/// <remarks>
/// An identity number is 11 digits: a birth date (DDMMYY; a D-number adds 4 to the first digit), three individual
/// digits and two mod-11 check digits (weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2, as the Norwegian Tax
/// Administration specifies them). Eleven digits that fail the checks are left alone: they are account numbers,
/// archive numbers or amounts. Telephone numbers are Norwegian 8-digit numbers written in the grouping people use
/// ("22 33 44 55", "223 34 455"), with a country prefix ("+47 22334455"), or after a telephone word ("tlf. 22334455");
/// a bare run of eight digits is too often a date or a reference to be masked without such a sign.
/// </remarks>
public static partial class PersonalData
{
    /// <summary>What replaces a national identity number or D-number.</summary>
    public const string IdentityNumberMask = "[fødselsnummer skjult]";

    /// <summary>What replaces a telephone number.</summary>
    public const string PhoneMask = "[telefonnummer skjult]";

    /// <summary>What replaces an e-mail address.</summary>
    public const string EmailMask = "[e-post skjult]";

    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    // 11 digits, or 6 + space + 5 as often printed, not inside a longer run of digits or a word.
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])(\d{6})[ \u00A0]?(\d{5})(?![\p{L}\p{Nd}])")]
    private static partial Regex IdentityCandidate();

    [GeneratedRegex(@"(?<![\p{L}\p{Nd}.+_-])[\p{L}\p{Nd}._%+-]+@[\p{L}\p{Nd}-]+(\.[\p{L}\p{Nd}-]+)*\.\p{L}{2,}(?![\p{L}\p{Nd}])")]
    private static partial Regex Email();

    // Norwegian numbers start with 2–9. Grouped as written, with a country prefix, or after a telephone word.
    [GeneratedRegex(
        @"(?:(?:\+|00)47[ \u00A0]?(?:[2-9]\d{7}|[2-9]\d[ \u00A0]\d\d[ \u00A0]\d\d[ \u00A0]\d\d|[2-9]\d\d[ \u00A0]\d\d[ \u00A0]\d\d\d)"
        + @"|(?<=\b(?:[Tt]lf|TLF|[Tt]elefon|TELEFON|[Mm]obil|MOBIL|[Tt]el|[Mm]ob)\.?:?[ \u00A0]*)[2-9]\d{7}"
        + @"|(?<![\p{Nd}][ \u00A0]?)(?<![\p{L}\p{Nd}])(?:[2-9]\d[ \u00A0]\d\d[ \u00A0]\d\d[ \u00A0]\d\d|[2-9]\d\d[ \u00A0]\d\d[ \u00A0]\d\d\d))"
        + @"(?![\p{L}\p{Nd}]|[ \u00A0]\d)")]
    private static partial Regex Phone();

    /// <summary>
    /// True when <paramref name="digits"/> (11 digits) is a valid national identity number or D-number: a possible
    /// birth date and both mod-11 check digits right.
    /// </summary>
    public static bool IsIdentityNumber(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var d = digits.Select(c => c - '0').ToArray();
        var day = d[0] * 10 + d[1];
        if (day > 40)
        {
            day -= 40; // D-number
        }

        var month = d[2] * 10 + d[3];
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        return CheckDigit(d, FirstWeights) == d[9] && CheckDigit(d, SecondWeights) == d[10];
    }

    private static int CheckDigit(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        var k = 11 - sum % 11;
        return k == 11 ? 0 : k; // 10 never equals a digit, so the number fails.
    }

    /// <summary>True when the text holds an identity number, D-number, telephone number or e-mail address.</summary>
    public static bool Contains(string? text) => !string.IsNullOrEmpty(text) && !ReferenceEquals(Mask(text), text);

    /// <summary>
    /// The text with every identity number, D-number, telephone number and e-mail address replaced by a Norwegian
    /// placeholder; the text itself when it holds none (same instance, so callers can skip copying records).
    /// </summary>
    public static string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = text;
        if (result.Contains('@'))
        {
            result = Email().Replace(result, EmailMask);
        }

        if (CountDigits(result) >= 8)
        {
            result = IdentityCandidate().Replace(result, m =>
                IsIdentityNumber(m.Groups[1].Value + m.Groups[2].Value) ? IdentityNumberMask : m.Value);
            result = Phone().Replace(result, PhoneMask);
        }

        return result == text ? text : result;
    }

    /// <summary><see cref="Mask(string)"/> for optional text.</summary>
    public static string? MaskOptional(string? text) => text is null ? null : Mask(text);

    private static int CountDigits(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }
}

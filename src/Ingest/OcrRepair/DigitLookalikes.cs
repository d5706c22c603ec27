using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Dates with a digit read as the letter it resembles: OCR of a low-resolution scan reads "14. mai 2024" as
/// "i4. mai 2024", "1O.05.2024" or "3. juni 2O24" ('1' as i, l, I or |; '0' as o or O). Such a misreading hides the
/// meeting's date from the minutes parser. A written form counts as a date only when it has the shape of one (a day
/// before a month name and a year, or day.month.year), most of its digit positions are digits already, and reading
/// the look-alikes as digits gives a valid date; then they are read so. Words are never touched, since the shape
/// asks for digits on both sides of a month name or between dots.
/// </summary>
public static partial class DigitLookalikes
{
    /// <summary>Confidence given to a date read this way.</summary>
    public const double Confidence = 0.9;

    private const string Digit = "[0-9ilI|oO]";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<n>" + Digit + @"{1,2})\.\s?(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+(?<n>" + Digit + @"{4})(?![\p{L}\p{N}])"
        + @"|(?<![\p{L}\p{N}.])(?<n>" + Digit + @"{1,2})\.(?<n>" + Digit + @"{1,2})\.(?<n>" + Digit + @"{4})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    /// <summary>Reads look-alike letters in dates as digits, line by line; the changes are returned as repairs.</summary>
    public static (IReadOnlyList<string> Lines, IReadOnlyList<LineRepair> Repairs) Repair(IReadOnlyList<string> lines)
    {
        List<string>? result = null;
        var repairs = new List<LineRepair>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            foreach (Match m in DateShape().Matches(lines[i]))
            {
                if (AsDigits(m) is not { } digits)
                {
                    continue;
                }

                text = string.Concat(text.AsSpan(0, m.Index), digits, text.AsSpan(m.Index + m.Length));
                repairs.Add(new LineRepair(i, m.Index, m.Value, digits, Confidence));
            }

            if (!ReferenceEquals(text, lines[i]))
            {
                result ??= lines.ToList();
                result[i] = text;
            }
        }

        return (result ?? lines, repairs);
    }

    /// <summary>
    /// The date with the look-alikes of its numbers read as digits, or null when it has none, when they are more than
    /// a third of its digit positions, or when the result is no valid date.
    /// </summary>
    private static string? AsDigits(Match m)
    {
        var chars = m.Value.ToCharArray();
        int positions = 0, lookalikes = 0;
        foreach (Capture number in m.Groups["n"].Captures)
        {
            for (var k = number.Index - m.Index; k < number.Index - m.Index + number.Length; k++)
            {
                positions++;
                if (!char.IsDigit(chars[k]))
                {
                    lookalikes++;
                    chars[k] = chars[k] is 'o' or 'O' ? '0' : '1';
                }
            }
        }

        var text = new string(chars);
        return lookalikes > 0 && 3 * lookalikes <= positions && NorwegianDates.FindDate(text) is { Index: 0 } found && found.Length == text.Length
            ? text
            : null;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace NorPreM.Core.Model;

/// <summary>
/// A reference into the case archive (sak/arkiv system) of a health authority, as case papers print it beside
/// "Arkivsak", "Arkivsaksnr.", "Vår ref." or "Saksnr.": the archive case "22/01234" or "2022/1234" (year first, then
/// the running number of the year, often zero-padded), optionally with the number of one document in it ("2022/1234-3",
/// "22/01234-3"). Every spelling of one archive case shares the normal form "2022/1234", which is what search matches.
/// It is not a council case number: those put the year last ("Sak 12/2023"), so a year-first number counts as an
/// archive reference only when it cannot be read as one (a four-digit year first, a running number of three or more
/// digits that is no year, or a document number after it).
/// </summary>
public static partial class ArchiveReference
{
    /// <summary>Normal form of the archive case a reference names ("22/01234-3" → "2022/1234"), or null when the text is not one.</summary>
    public static string? CaseOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || ShapeRegex().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }

        return Normalise(m);
    }

    /// <summary>The first archive reference in a text ("Arkivsak: 22/01234 – Saksbehandler …" → "22/01234"), as written, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (Match m in InTextRegex().Matches(text))
        {
            if (Normalise(m) is not null)
            {
                return Regex.Replace(m.Value, @"\s+", "");
            }
        }

        return null;
    }

    private static string? Normalise(Match m)
    {
        var yearText = m.Groups["y"].Value;
        var numberText = m.Groups["n"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var number = int.Parse(numberText, CultureInfo.InvariantCulture);
        var hasDocument = m.Groups["d"].Success;
        if (yearText.Length == 2)
        {
            // "12/2023" and "12/23" are council case numbers by year; "22/01234" and "22/1234-3" are not.
            var couldBeCaseByYear = numberText.Length == 2 || (numberText.Length == 4 && number is >= 1990 and <= 2100);
            if (!hasDocument && (couldBeCaseByYear || numberText.Length < 3))
            {
                return null;
            }

            year += year < 90 ? 2000 : 1900;
        }

        return year is >= 1990 and <= 2100 && number > 0 ? $"{year}/{number}" : null;
    }

    [GeneratedRegex(@"^(?<y>\d{2}|\d{4})\s*/\s*(?<n>\d{1,6})(?:\s*-\s*(?<d>\d{1,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ShapeRegex();

    [GeneratedRegex(@"(?<![\d/\-.])(?<y>\d{2}|\d{4})\s?/\s?(?<n>\d{1,6})(?:\s?-\s?(?<d>\d{1,4}))?(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex InTextRegex();
}

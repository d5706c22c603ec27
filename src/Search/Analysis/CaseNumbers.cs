using System.Text.RegularExpressions;

namespace NorPreM.Search.Analysis;

/// <summary>
/// Case numbers of council papers ("Sak 28/3/2022"): case / meeting / year. Papers write them with slashes,
/// bookmarks with hyphens ("28-3-2022") and minutes with a two-digit year ("13/2/22"); all map to one normal
/// form "28/3/2022" so that every spelling finds the same case. A case number is never read as a date.
/// </summary>
public static partial class CaseNumbers
{
    /// <summary>A case number anywhere in a text: 1–3 digit case, 1–2 digit meeting, 2- or 4-digit year, '/' or '-'.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/\-.])(\d{1,3})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/\-]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>Normal form "28/3/2022" of a written case number, or null when <paramref name="text"/> is not one.</summary>
    public static string? Normalize(string text)
    {
        var m = Pattern().Match(text.Trim());
        return m.Success && m.Length == text.Trim().Length ? Normalize(m) : null;
    }

    /// <summary>Normal form of a <see cref="Pattern"/> match.</summary>
    public static string Normalize(Match m)
    {
        var number = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var meeting = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 100)
        {
            // Two-digit years in minutes are this century's ("13/2/22" → 2022).
            year += 2000;
        }

        return $"{number}/{meeting}/{year}";
    }

    /// <summary>Every case number in <paramref name="text"/>, in normal form, first occurrence first.</summary>
    public static IReadOnlyList<string> FindAll(string text) =>
        Pattern().Matches(text).Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
}

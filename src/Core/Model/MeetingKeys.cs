using System.Globalization;
using System.Text.RegularExpressions;

namespace NorPreM.Core.Model;

/// <summary>
/// The key of a meeting within its council: "3/2022" (meeting 3 of 2022, as "Møte 3/2022" is printed), or, for councils
/// that name a meeting only by its date and number cases by year ("Referat fra møte 12. mai 2023", "Sak 10/23"), the
/// date "12.05.2023". One normal form serves the knowledge base, the index, the filters and the web addresses.
/// </summary>
public static partial class MeetingKeys
{
    /// <summary>The key of a meeting known only by its date: "12.05.2023".</summary>
    public static string FromDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Normal form of a meeting written "2-2022", "2/22", "møte 2/2022", "12.05.2023" or "2023-05-12"; null when the text is
    /// not a meeting key.
    /// </summary>
    public static string? Normalise(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var text = PrefixRegex().Replace(written.Trim(), "");
        if (DottedDateRegex().Match(text) is { Success: true } dotted)
        {
            return Date(dotted.Groups["y"].Value, dotted.Groups["m"].Value, dotted.Groups["d"].Value);
        }

        if (IsoDateRegex().Match(text) is { Success: true } iso)
        {
            return Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        var parts = text.Split('/', '-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var meeting)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        if (parts[1].Length == 2)
        {
            year += 2000;
        }

        return meeting is >= 1 and <= 20 && year is >= 1990 and <= 2100 ? $"{meeting}/{year}" : null;
    }

    /// <summary>
    /// True when the text has the shape of a meeting key ("99-2099", "møte 3/22", "31.02.2023", "2023-05-12"), whether or
    /// not <see cref="Normalise"/> accepts its numbers as a plausible meeting: an address of that shape names a meeting
    /// that does not exist rather than being malformed.
    /// </summary>
    public static bool HasKeyShape(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var text = PrefixRegex().Replace(written.Trim(), "");
        return DottedDateRegex().IsMatch(text) || IsoDateRegex().IsMatch(text) || NumberShapeRegex().IsMatch(text);
    }

    /// <summary>
    /// Chronological sort key of a meeting key: "3/2022" → (2022, 3); "12.05.2023" → (2023, 132), its day of the year;
    /// (0, 0) for anything else. Within a council meetings are keyed one way or the other, so the two never need to interleave.
    /// </summary>
    public static (int Year, int Number) Order(string key)
    {
        if (DateOnly.TryParseExact(key, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Year, date.DayOfYear);
        }

        var parts = key.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? (y, n) : (0, 0);
    }

    private static string? Date(string year, string month, string day) =>
        DateOnly.TryParseExact($"{year}-{month.PadLeft(2, '0')}-{day.PadLeft(2, '0')}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? FromDate(date)
            : null;

    [GeneratedRegex(@"^(?:møte|mote)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDateRegex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(@"^\d{1,4}\s*[/\-]\s*(?:\d{2}|\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShapeRegex();
}

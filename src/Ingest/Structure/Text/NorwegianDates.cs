using System.Globalization;
using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>
/// Dates and times as Norwegian papers write them: "30. mars 2022", "30. mar. 2022", "18 mars 2024", "15.06.2023", "03.03.25", "3. juni", "kl. 10.00 – 16.00".
/// A date without a year is not completed from context (the caller decides), so nothing is invented.
/// </summary>
public static partial class NorwegianDates
{
    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    /// <summary>The month a name or its abbreviation names ("juni", "jun.", "Sept."), 1–12, or 0.</summary>
    private static int MonthOf(string name)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        return key.Length < 3 ? 0 : Array.FindIndex(Months, month => month.StartsWith(key[..3], StringComparison.Ordinal)) + 1;
    }

    /// <summary>
    /// The first full date in the text, with where it was found: "30. mars 2022" (month name), "15.06.2023" or
    /// "15.6.2023" (numeric, as forms and tables write it), "03.03.25" (a two-digit year, as protocols and letterheads
    /// write it; day and month then need two digits each, so section numbers such as "4.1.2" stay what they are) or
    /// "2023-06-15" (ISO).
    /// </summary>
    public static (DateOnly Date, int Index, int Length)? FindDate(string text)
    {
        (DateOnly Date, int Index, int Length)? best = null;
        foreach (Match m in DateRegex().Matches(text))
        {
            var month = MonthOf(m.Groups["m"].Value);
            if (Build(m, month) is { } date)
            {
                best = (date, m.Index, m.Length);
                break;
            }
        }

        // "9/6-2021": day, slash, month, hyphen, year, as forms and handwritten notes date a meeting.
        foreach (Match m in SlashDateRegex().Matches(text))
        {
            if (best is { } found && found.Index < m.Index)
            {
                break;
            }

            if (Build(m, int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                best = (date, m.Index, m.Length);
                break;
            }
        }

        foreach (Match m in NumericDateRegex().Matches(text))
        {
            if (best is { } found && found.Index < m.Index)
            {
                break;
            }

            if (Build(m, int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture)) is { } date)
            {
                best = (date, m.Index, m.Length);
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// A day and month printed without a year ("Fredag 8. november kl. 09:00"), in <paramref name="year"/>: for a
    /// meeting whose year the paper gives elsewhere (its number "6/2024"). Null when the text has no such date or the
    /// day does not exist in that month.
    /// </summary>
    public static DateOnly? FindDayMonth(string text, int year)
    {
        if (DayMonthRegex().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var month = MonthOf(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.\s*(?<m>januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)\.?(?!\p{L}))(?!\p{L})(?!\s*(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthRegex();

    /// <summary>
    /// The first range of days in the text ("12.–13. juni 2023", "12.-13.06.2023", "12. og 13. juni 2023", "30. mai–1. juni 2025"; at most two weeks), as its first and last day; null when
    /// the text has no range. A single date is found by <see cref="FindDate"/>.
    /// </summary>
    public static (DateOnly Start, DateOnly End, int Index)? FindRange(string text)
    {
        foreach (Match m in RangeRegex().Matches(text))
        {
            var month = m.Groups["m"].Success ? MonthOf(m.Groups["m"].Value) : int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
            if (Build(m, month) is { } end && month is >= 1 and <= 12)
            {
                var startDay = int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture);
                // "30. mai–2. juni 2025": the first day in a month of its own, in the year before when the range crosses New Year.
                var startMonth = m.Groups["m1"].Success ? MonthOf(m.Groups["m1"].Value) : end.Month;
                var startYear = startMonth > end.Month ? end.Year - 1 : end.Year;
                if (startMonth is >= 1 and <= 12 && startDay >= 1 && startDay <= DateTime.DaysInMonth(startYear, startMonth)
                    && new DateOnly(startYear, startMonth, startDay) is var start && start < end && end.DayNumber - start.DayNumber <= 14)
                {
                    return (start, end, m.Index);
                }
            }
        }

        return null;
    }

    private static DateOnly? Build(Match m, int month)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2)
        {
            year += 2000;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The first time range "kl. 10.00 – 16.00" (or "10:00-16:00") after "kl.", as start and end "HH:MM".</summary>
    public static (string Start, string? End)? FindTimeRange(string text)
    {
        var m = TimeRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        static string Format(string h, string min) =>
            $"{int.Parse(h, CultureInfo.InvariantCulture):00}:{(min.Length == 0 ? "00" : min)}";

        var start = Format(m.Groups["h1"].Value, m.Groups["m1"].Value);
        string? end = m.Groups["h2"].Success ? Format(m.Groups["h2"].Value, m.Groups["m2"].Value) : null;
        return (start, end);
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})\.?\s+(?<m>januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)\.?(?!\p{L}))\s*(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?<![\d.])(?:(?<d>\d{1,2})\.(?<mm>\d{1,2})\.(?<y>(?:19|20)\d{2})|(?<d>\d{2})\.(?<mm>\d{2})\.(?<y>\d{2})|(?<y>(?:19|20)\d{2})-(?<mm>\d{2})-(?<d>\d{2}))(?![\d.]\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"(?<![Ss]ak\s{1,3})(?<![\d/])(?<d>\d{1,2})/(?<mm>\d{1,2})-(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashDateRegex();

    [GeneratedRegex(@"(?<![\d.])(?<d1>\d{1,2})(?:\.?\s*[–\-]|\.(?:\s*(?<m1>januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)\.?(?!\p{L})))?\s*(?:[–\-]|og\s|til\s))\s*(?:(?<d>\d{1,2})\.?\s+(?<m>januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|des)\.?(?!\p{L}))\s*(?<y>(?:19|20)\d{2})\b|(?<d>\d{1,2})\.(?<mm>\d{1,2})\.(?<y>(?:19|20)\d{2})(?!\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"\bkl\.?\s*(?<h1>\d{1,2})(?:[.:](?<m1>\d{2}))?(?:\s*[–\-]\s*(?<h2>\d{1,2})(?:[.:](?<m2>\d{2}))?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();
}

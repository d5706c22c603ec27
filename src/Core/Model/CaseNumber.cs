using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace NorPreM.Core.Model;

/// <summary>
/// A council case number "Sak NN/M/YYYY": case NN of meeting M in year YYYY. The papers write it as
/// "Sak 28/3/2022", "Sak 13/2/22", "Sak 28-3-2022" (bookmarks) or "28/3-22"; all share one normal form
/// "28/3/2022". Many councils and the regional health authorities number cases by year only ("Sak 10/23",
/// "Sak 010-2023", "sak 10/2023"): those are two-part numbers with <see cref="Meeting"/> 0 and normal form "10/2023";
/// their meeting is the one whose minutes or papers they stand in. A case number is recognised only by its shape plus
/// a plausible range (case ≤ 999, meeting ≤ 20), and the caller decides by context (a preceding "Sak", or a known
/// case) whether a bare "28/3/2022" is a case rather than a date. A two-part number needs "Sak" before it or a
/// four-digit year, so "12/05" in running text stays a date.
/// </summary>
public readonly partial record struct CaseNumber(int Case, int Meeting, int Year) : IComparable<CaseNumber>
{
    /// <summary>Normal form, e.g. "28/3/2022", or "10/2023" for a number by year only.</summary>
    public override string ToString() => HasMeeting ? $"{Case}/{Meeting}/{Year}" : $"{Case}/{Year}";

    /// <summary>Whether the number names its meeting ("28/3/2022") rather than only its year ("10/2023").</summary>
    public bool HasMeeting => Meeting > 0;

    /// <summary>The meeting in normal form, e.g. "3/2022"; null for a number by year only.</summary>
    public string? MeetingKey => HasMeeting ? $"{Meeting}/{Year}" : null;

    public int CompareTo(CaseNumber other) =>
        (Year, Meeting, Case).CompareTo((other.Year, other.Meeting, other.Case));

    /// <summary>Parses a bare case number ("28/3/2022", "13/2/22", "28-3-2022", "Sak 28/3/22"), nothing else around it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = BareRegex().Match(text.Trim());
        return m.Success && TryBuild(m, out number);
    }

    /// <summary>
    /// The number of a case whose number by year is shared by several councils, with the council it belongs to:
    /// "10/2023 (NorPreM-råd)". Only such numbers are qualified; the knowledge base decides when (KnowledgeLinker).
    /// </summary>
    public static string Qualify(string number, string council) => $"{number} ({council})";

    /// <summary>A case number without the council that qualifies it ("10/2023 (NorPreM-råd)" → "10/2023").</summary>
    public static string Plain(string number) => QualifiedRegex().Match(number) is { Success: true } m ? m.Groups["n"].Value : number;

    /// <summary>Sort key of a case number in normal form, qualified or not (<see cref="Plain"/>); default when it is none.</summary>
    public static CaseNumber SortKey(string number) => TryParse(Plain(number), out var n) ? n.Value : default;

    /// <summary>
    /// Normal form of a case number as written in an address or a reference, qualified or not: "28-3-22" → "28/3/2022",
    /// "10-2023 (NorPreM-råd)" → "10/2023 (NorPreM-råd)"; null when it is not a case number.
    /// </summary>
    public static string? NormaliseWritten(string? text)
    {
        if (TryParse(text, out var plain))
        {
            return plain.Value.ToString();
        }

        return text is not null && QualifiedRegex().Match(text.Trim()) is { Success: true } m && TryParse(m.Groups["n"].Value, out var n)
            ? Qualify(n.Value.ToString(), m.Groups["c"].Value.Trim())
            : null;
    }

    /// <summary>
    /// Normal form of a text that can only be a case number (a web address, an API parameter), qualified or not: as
    /// <see cref="NormaliseWritten"/>, but a number by year with a two-digit year needs no "Sak" before it, since the
    /// place it stands in already says so: "13-24" → "13/2024". Running text keeps the stricter rule.
    /// </summary>
    public static string? NormaliseAddress(string? text) =>
        NormaliseWritten(text) ?? (string.IsNullOrWhiteSpace(text) ? null : NormaliseWritten("sak " + text.Trim()))
        ?? (text is not null && InMeetingAddressRegex().Match(text.Trim()) is { Success: true } a && MeetingKeys.Normalise(a.Groups["m"].Value) is { } key
            ? InMeeting(a.Groups["p"].Value, key)
            : null);

    /// <summary>
    /// The case number as a web address segment: slashes as hyphens ("28/3/2022" → "28-3-2022"), and an item numbered by
    /// its place in a meeting without words or spaces ("5 (møte 12.05.2023)" → "5-mote-12.05.2023",
    /// "2 (møte 3/2023)" → "2-mote-3-2023"), which <see cref="NormaliseAddress"/> reads back.
    /// </summary>
    public static string Address(string number) =>
        InMeetingNumberRegex().Match(number) is { Success: true } m
            ? $"{m.Groups["p"].Value}-mote-{m.Groups["m"].Value.Replace('/', '-')}"
            : number.Replace('/', '-');

    /// <summary>
    /// True when the text has the shape of a case number ("1000-1-2022", "sak 28/21/2022", "5-1800", qualified or not),
    /// whether or not its numbers lie in the plausible range <see cref="NormaliseAddress"/> accepts: an address of that
    /// shape names a case that does not exist rather than being malformed.
    /// </summary>
    public static bool HasNumberShape(string? text) =>
        !string.IsNullOrWhiteSpace(text) && ShapeRegex().IsMatch(Plain(text.Trim()));

    /// <summary>Finds case numbers introduced by "Sak"/"sak"/"saksnr." in running text, in order of appearance.</summary>
    public static IReadOnlyList<(CaseNumber Number, int Index, int Length)> FindAll(string text)
    {
        var list = new List<(CaseNumber, int, int)>();
        foreach (Match m in InTextRegex().Matches(text))
        {
            if (TryBuild(m, out var n))
            {
                list.Add((n.Value, m.Index, m.Length));
            }
        }

        return list;
    }

    /// <summary>
    /// Finds case numbers in a text whose context already says it lists cases (a "Tidligere behandlet" cell, a list of
    /// references): with or without "Sak" before them. Elsewhere use <see cref="FindAll"/>, so dates stay dates.
    /// </summary>
    public static IReadOnlyList<(CaseNumber Number, int Index, int Length)> FindInCaseList(string text)
    {
        var list = new List<(CaseNumber, int, int)>();
        foreach (Match m in ListRegex().Matches(text))
        {
            if (TryBuild(m, out var n))
            {
                list.Add((n.Value, m.Index, m.Length));
            }
        }

        return list;
    }

    /// <summary>The meeting key ("3/2022") of a text such as "Møte 3/2022" or "møte 3-22" (or an OCR reading of it, "Mgte 3/2022"), or null.</summary>
    public static string? FindMeeting(string text)
    {
        var m = MeetingRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var meeting = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2)
        {
            y += 2000;
        }

        return meeting is >= 1 and <= 20 && y is >= 1990 and <= 2100 ? $"{meeting}/{y}" : null;
    }

    /// <summary>
    /// The item number a heading starts with, in any of the forms Norwegian councils, boards, municipalities and
    /// associations print: with a series word ("Sak 28/3/2022", "Styresak 45-2023", "Styresak 045/23", "KST-sak 006/19",
    /// "S-sak 12/24", "O-sak 3/24", "Sak 5", "Sak 1 –", "Pkt. 1"), with series capitals ("PS 12/23", "FS 3/24", "RS 2/24"), and,
    /// when <paramref name="bare"/> allows it because the caller knows the row is a heading, a bare place in the
    /// meeting ("5.", "5)"), in an outline ("13.1.3") or a case number by year without a series word ("5/2023", "56/23"). Returns the number as printed with its series, the scheme, the
    /// normal form of that scheme ("28/3/2022", "45/2023", "5", "13.1.3"), the council number when it is one, the
    /// title after it, and null when the text starts with no item number. Dates ("12.05.2023 …") are never numbers.
    /// </summary>
    public static PrintedCaseNumber? ReadPrinted(string text, bool bare = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.TrimStart();
        // "SR 2025/31", "Sak 2011/38": the year before the case, as church councils and some trusts print it; the normal
        // form is the case by year ("31/2025"). Only a series word or capitals before it, so an archive number stays one.
        if (YearFirstRegex().Match(trimmed) is { Success: true } yf && TryParse("sak " + yf.Groups["c"].Value + "/" + yf.Groups["y"].Value, out var yearFirst))
        {
            return new(Compact(yf.Value), yf.Groups["s"].Value, CaseNumberSchemes.ByYear, yearFirst.Value.ToString(), yearFirst, Title(trimmed[yf.Length..]));
        }

        if (SeriesWordRegex().Match(trimmed) is { Success: true } w)
        {
            var series = w.Groups["s"].Value;
            var digits = w.Groups["n"].Value;
            var title = Title(trimmed[w.Length..]);
            if (TryParse("sak " + digits, out var n))
            {
                return new(Compact(w.Value), series, n.Value.HasMeeting ? CaseNumberSchemes.ByMeeting : CaseNumberSchemes.ByYear, n.Value.ToString(), n, title);
            }

            // "Sak 5", "Sak 1 –": the item's place in its meeting; a number that looks like a date or a year is none.
            return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq) && seq is >= 1 and <= 999 && !digits.Contains('/') && !digits.Contains('-')
                ? new(Compact(w.Value), series, CaseNumberSchemes.InMeeting, seq.ToString(System.Globalization.CultureInfo.InvariantCulture), null, title)
                : null;
        }

        if (SeriesCapitalsRegex().Match(trimmed) is { Success: true } c && TryParse("sak " + c.Groups["n"].Value, out var cn))
        {
            return new(Compact(c.Value), c.Groups["s"].Value, cn.Value.HasMeeting ? CaseNumberSchemes.ByMeeting : CaseNumberSchemes.ByYear, cn.Value.ToString(), cn, Title(trimmed[c.Length..]));
        }

        // "S 5.1/22", "V-7.2/2023": a series letter before an outline number and a year, as bodies that group a meeting's
        // items ("Vedtakssaker" 5.x, "Informasjonssaker" 6.x) print them. The outline with its year is the normal form.
        if (SeriesOutlineYearRegex().Match(trimmed) is { Success: true } so && YearOf(so.Groups["y"].Value) is { } soYear)
        {
            var normal = so.Groups["o"].Value + "/" + soYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new(Compact(so.Value), so.Groups["s"].Value, CaseNumberSchemes.Outline, normal, null, Title(trimmed[so.Length..]));
        }

        if (!bare)
        {
            return null;
        }

        // "5/2023 Title", "56/23 TITLE": a case number by year heading its item without a series word, as councils'
        // minutes and older municipal protocols print it. A two-digit year that reads as day and month ("12/05") is a date.
        // "12 – 2024 Title": the number and a four-digit year joined by a dash, as working groups number their items; a dash
        // before a two-digit year ("12-05") stays a date.
        if (BareYearRegex().Match(trimmed) is { Success: true } y
            && !(y.Groups["y"].Value.Length == 2 && (y.Groups["sep"].Value != "/" || (int.Parse(y.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 31 && int.Parse(y.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 12)))
            && TryParse("sak " + y.Groups["c"].Value + "/" + y.Groups["y"].Value, out var yn) && !yn.Value.HasMeeting)
        {
            return new(Compact(y.Groups["n"].Value), null, CaseNumberSchemes.ByYear, yn.Value.ToString(), yn, Title(trimmed[y.Length..]));
        }

        if (OutlineRegex().Match(trimmed) is { Success: true } o)
        {
            return new(o.Groups["n"].Value, null, CaseNumberSchemes.Outline, o.Groups["n"].Value, null, Title(trimmed[o.Length..]));
        }

        if (SequenceRegex().Match(trimmed) is { Success: true } q)
        {
            var seq = int.Parse(q.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return seq is >= 1 and <= 99
                ? new(q.Groups["n"].Value + q.Groups["p"].Value, null, CaseNumberSchemes.InMeeting, seq.ToString(System.Globalization.CultureInfo.InvariantCulture), null, Title(trimmed[q.Length..]))
                : null;
        }

        return null;

        static string Title(string rest) => rest.Trim().TrimStart(':', '–', '-', '—').Trim();
        static string Compact(string label) => WhitespaceRegex().Replace(label.Trim().TrimEnd(':', '–', '-', '—').Trim(), " ");
    }

    /// <summary>
    /// The knowledge-base number of an item numbered by its place in the meeting ("Sak 5" in the meeting of 12 May
    /// 2023): the place, qualified by the meeting, "5 (møte 12.05.2023)", so items of different meetings never merge.
    /// </summary>
    public static string InMeeting(string place, string meetingKey) => $"{place} (møte {meetingKey})";

    /// <summary>
    /// Series that number items outside the case series: referatsaker ("RS", "Referatsak"), delegated decisions ("DS"),
    /// orienteringssaker of their own series ("OS"). Items of these series are a meeting's items, not its cases.
    /// </summary>
    public static bool IsItemSeries(string? series) =>
        series is not null && (series is "RS" or "DS" or "OS" or "RF"
            || series.StartsWith("Referat", StringComparison.OrdinalIgnoreCase) || series.StartsWith("Delegert", StringComparison.OrdinalIgnoreCase));

    private static int? YearOf(string text)
    {
        var y = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) + (text.Length == 2 ? 2000 : 0);
        return y is >= 1990 and <= 2100 ? y : null;
    }

    private static bool TryBuild(Match m, [NotNullWhen(true)] out CaseNumber? number)
    {
        number = null;
        var c = int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var hasMeeting = m.Groups["m"].Success;
        var meeting = hasMeeting ? int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var yearText = m.Groups["y"].Value;
        var y = int.Parse(yearText, System.Globalization.CultureInfo.InvariantCulture);
        if (yearText.Length == 2)
        {
            // "12/05" alone is a date; a number by year only with a two-digit year needs "Sak" before it.
            if (!hasMeeting && !m.Groups["sak"].Success)
            {
                return false;
            }

            y += 2000;
        }

        if (c is < 1 or > 999 || (hasMeeting && meeting is < 1 or > 20) || y is < 1990 or > 2100)
        {
            return false;
        }

        number = new CaseNumber(c, meeting, y);
        return true;
    }

    [GeneratedRegex(@"^(?<sak>sak\s*(?:nr\.?)?\s*)?(?<c>\d{1,3})\s*[/\-]\s*(?:(?<m>\d{1,2})\s*[/\-]\s*)?(?<y>\d{4}|\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareRegex();

    [GeneratedRegex(@"\b(?<sak>[Ss]ak(?:er|ene)?\s*(?:nr\.?\s*)?)(?<c>\d{1,3})\s*[/\-]\s*(?:(?<m>\d{1,2})\s*[/\-]\s*)?(?<y>\d{4}|\d{2})(?!\d)(?![/\-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex InTextRegex();

    [GeneratedRegex(@"(?<![\d/\-.])(?<sak>[Ss]ak\s*(?:nr\.?\s*)?)?(?<c>\d{1,3})\s*[/\-]\s*(?:(?<m>\d{1,2})\s*[/\-]\s*)?(?<y>\d{4}|\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex ListRegex();

    [GeneratedRegex(@"^(?:sak\s*(?:nr\.?)?\s*)?\d{1,6}\s*[/\-]\s*(?:\d{1,4}\s*[/\-]\s*)?\d{2,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShapeRegex();

    [GeneratedRegex(@"^(?<n>[^()]+?)\s*\((?<c>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedRegex();

    // A series word ending in "sak" ("Sak", "Styresak", "KST-sak", "S-sak", "Kommunestyresak") or a point ("Pkt. 1",
    // "Punkt 3", as associations number their items), an optional "nr.", then
    // a number of one to three parts; the number must not run on into a date ("Sak 12.05.2023").
    [GeneratedRegex(@"^(?<s>(?:\p{Lu}{1,4}-)?[Ss]ak|\p{Lu}\p{Ll}+sak|SAK|STYRESAK|Pkt\.?|PKT\.?|Punkt|PUNKT)\s*(?:nr\.?\s*)?(?<n>\d{1,4}(?:\s*[/\-]\s*\d{1,4}){0,2})(?![\d.,]\d|\d|[/\-]\d)[.:]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesWordRegex();

    // Series capitals of municipal case systems: "PS 12/23" (politisk sak), "FS 3/24", "KST 6/19", "RS 2/24".
    // "PS 12/23", and the series joined by a dash: "KU-04/24", "KO-10/12".
    [GeneratedRegex(@"^(?<s>(?:\p{Lu}{1,4}-)?[Ss]ak|\p{Lu}\p{Ll}+sak|SAK|STYRESAK|\p{Lu}{2,4})(?:\s+|-)(?:nr\.?\s*)?(?<y>(?:19|20)\d{2})\s*/\s*(?<c>\d{1,3})(?![\d/])[.:]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstRegex();

    [GeneratedRegex(@"^(?<s>\p{Lu}{2,4})(?:\s+|-)(?<n>\d{1,3}\s*/\s*(?:\d{1,2}\s*/\s*)?(?:\d{4}|\d{2}))(?![\d/])[.:]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesCapitalsRegex();

    [GeneratedRegex(@"^(?<s>\p{Lu}{1,4})(?:\s+|-)(?<o>\d{1,2}(?:\.\d{1,2}){1,2})\s*/\s*(?<y>\d{4}|\d{2})(?![\d/])[.:]?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesOutlineYearRegex();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OutlineRegex();

    [GeneratedRegex(@"^(?<n>\d{1,2})(?<p>[.)])\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SequenceRegex();

    [GeneratedRegex(@"^(?<n>(?<c>\d{1,3})\s*(?<sep>[/–-])\s*(?<y>\d{4}|\d{2}))(?![\d/])[.:]?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex BareYearRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"^(?<p>\d{1,3}(?:\.\d{1,2}){0,3}) \(møte (?<m>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex InMeetingNumberRegex();

    [GeneratedRegex(@"^(?<p>\d{1,3}(?:\.\d{1,2}){0,3})-m[oø]te-(?<m>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InMeetingAddressRegex();

    // "Møte" also as an OCR engine without Norwegian letters reads it ("Mote", "Mgte", "Mete", "M@te"): before a
    // meeting number no other word is meant, and "mote", "mete" and "mate" are words the corrector may keep. A compound
    // names a meeting too: "Styremøte nr. 3/2023", "Rådsmøte 2/24".
    [GeneratedRegex(@"(?:\b|(?<=\p{Ll}))[Mm][øØoOgeEaA@0]te(?:t)?\s+(?:nr\.?\s*)?(?<m>\d{1,2})\s*[/\-]\s*(?<y>\d{4}|\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingRegex();
}

/// <summary>
/// An item number as a heading prints it: <see cref="Label"/> with its series word ("Styresak 045/23"), the series
/// ("Styresak", "PS", null for a bare "5."), the scheme (<see cref="CaseNumberSchemes"/>), the normal form of that
/// scheme ("45/2023"), the council number when the scheme has one, and the title printed after it.
/// </summary>
public sealed record PrintedCaseNumber(string Label, string? Series, string Scheme, string Normal, CaseNumber? Number, string Title);

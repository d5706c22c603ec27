using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Entities;

/// <summary>
/// Recognises personal names and attendee entries as Norwegian minutes write them:
/// "Per Morten Sandset, UiO (leder)", "Torunn G. Omland (digitalt)", "Hege Strand Mikkelsen, seniorrådgiver".
/// A name is two to five capitalised words (initials and hyphenated names allowed, "von"/"van"/"de" particles too);
/// anything else is not taken as a person, so notes such as "Deltok på hele eller deler av møtet:" are skipped.
/// </summary>
public static partial class PersonNames
{
    /// <summary>True when the text has the shape of a personal name.</summary>
    public static bool IsName(string text)
    {
        var tokens = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 2 or > 5)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var token in tokens)
        {
            if (NameTokenRegex().IsMatch(token))
            {
                capitalised++;
            }
            else if (token is not ("von" or "van" or "de" or "der" or "af" or "la"))
            {
                return false;
            }
        }

        // A trailing initial or an all-caps token is an organisation ("Helse Vest", "NHO Abelia"), not a surname.
        return capitalised >= 2 && NameTokenRegex().IsMatch(tokens[^1]) && !tokens[^1].EndsWith('.') && !AllCapsRegex().IsMatch(tokens[^1]);
    }

    /// <summary>
    /// A function printed before a name, as boards and administrations list people ("Styreleder Arne Skjelstad",
    /// "Administrerende direktør Siri Kolstad", "Økonomidirektør Bjørn Aune"): the function, and the name after it. A
    /// text that does not open with a function word, or whose rest is no name, is returned whole as the name.
    /// </summary>
    public static (string? Role, string Name) WithoutRole(string text)
    {
        var trimmed = text.Trim();
        if (LeadingRoleRegex().Match(trimmed) is { Success: true } m && IsName(trimmed[m.Length..]))
        {
            return (m.Groups["role"].Value, trimmed[m.Length..].Trim());
        }

        // A function in lower case, as lists go on after their first entry ("sykehusfarmasøyt Hilde Moan", "klinisk
        // farmasøyt Martin Fossum", "kommunedirektør Tor Hval"): one or two lower-case words, then a name.
        return LowerRoleRegex().Match(trimmed) is { Success: true } lower && IsName(trimmed[lower.Length..])
            ? (lower.Groups["role"].Value, trimmed[lower.Length..].Trim())
            : (null, trimmed);
    }

    /// <summary>Key under which spellings of one name meet: lower case, hyphens as spaces ("Baard-Christian" = "Baard Christian").</summary>
    public static string Key(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Parses one attendee entry. Parentheses are remarks ("leder", "digitalt"), after the name or at the end, unless they hold an acronym,
    /// which belongs to the affiliation ("Norsk Forening for Allmennmedisin (NFA)"). After the first comma comes the
    /// affiliation, or a job title when it starts in lower case. Returns null when the entry is not a person.
    /// </summary>
    public static Attendee? ParseAttendee(string entry, string? defaultAffiliation)
    {
        var text = Text.Paragraphs.Normalise(entry).TrimEnd(',', ';', '.');
        var remarks = new List<string>();
        string? party = null;
        var written = text;
        text = ParenthesisRegex().Replace(text, m =>
        {
            // "Sigve Tveito (SP)", "Randi Moen (AP) for Olav Flaten": an acronym in brackets right after a name is the
            // person's party or organisation, as municipal protocols list members.
            if (party is null && IsAcronym(m.Groups["c"].Value) && !written[..m.Index].Contains(',') && IsName(WithoutRole(written[..m.Index]).Name))
            {
                party = m.Groups["c"].Value.Trim();
                return "";
            }

            if (IsAcronym(m.Groups["c"].Value))
            {
                return m.Value;
            }

            remarks.Add(m.Groups["c"].Value.Trim());
            return "";
        }).Trim();

        // "Solveig Ramsvik for Øistein Brun", "Endre Hjelle pva Lise Mork": a substitute and the member she stands in for.
        if (SubstituteRegex().Match(text) is { Success: true } sub && IsName(sub.Groups["a"].Value) && IsName(sub.Groups["b"].Value))
        {
            remarks.Add("for " + sub.Groups["b"].Value);
            text = sub.Groups["a"].Value + sub.Groups["rest"].Value;
        }

        var comma = text.IndexOf(',');
        var (function, name) = WithoutRole(comma < 0 ? text : text[..comma].Trim());
        var rest = comma < 0 ? "" : text[(comma + 1)..].Trim();
        if (!IsName(name))
        {
            return null;
        }

        string? affiliation = rest.Length > 0 && char.IsUpper(rest[0]) ? rest : party ?? defaultAffiliation;
        string? role = rest.Length > 0 && char.IsLower(rest[0]) ? rest : function;
        return new Attendee(name, affiliation, remarks.Count == 0 ? null : string.Join("; ", remarks)) { Role = role };
    }

    /// <summary>
    /// Parses an attendee entry that may name several people: entries separated by semicolons ("Kari Nordmann (leder),
    /// Helse Bergen; Ola Hansen, Helse Stavanger"), or a bare enumeration of three or more names ("Kari Nordmann, Ola
    /// Hansen og Per Olsen"). Two comma-separated parts stay one entry, since "Ola Hansen, Helse Vest" is a name and
    /// its affiliation.
    /// </summary>
    public static IReadOnlyList<Attendee> ParseAttendees(string entry, string? defaultAffiliation) =>
        ParseAttendees(entry, defaultAffiliation, ListStyle.Unknown);

    /// <summary>
    /// How the lists of one meeting write their entries, learned from its longer lists: an enumeration of names ("A, B, C")
    /// makes a two-part "Terje Bakken, Lise Holm" two people; "Surname, Given name" entries ("Nilsen, Anne; Berg, Truls")
    /// make a lone "Lund, Kari" the person Kari Lund.
    /// </summary>
    [Flags]
    public enum ListStyle { Unknown = 0, Enumeration = 1, SurnameFirst = 2 }

    /// <summary>The style an entry shows on its own: three or more names in one enumeration, or two or more "Surname, Given name" segments.</summary>
    public static ListStyle StyleOf(string entry)
    {
        var segments = entry.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var style = ListStyle.Unknown;
        if (segments.Length >= 2 && segments.All(s => SurnameFirst(s) is not null))
        {
            style |= ListStyle.SurnameFirst;
        }

        if (segments.Any(s => EnumerationSplitRegex().Split(ParenthesisRegex().Replace(s.TrimEnd('.'), "")).Count(n => IsName(n.Trim())) >= 3))
        {
            style |= ListStyle.Enumeration;
        }

        return style;
    }

    /// <summary>Parses an attendee entry in the style the meeting's lists were found to use (<see cref="StyleOf"/>).</summary>
    public static IReadOnlyList<Attendee> ParseAttendees(string entry, string? defaultAffiliation, ListStyle style)
    {
        var result = new List<Attendee>();
        var segments = entry.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if ((style.HasFlag(ListStyle.SurnameFirst) || (segments.Count >= 2 && segments.All(s => SurnameFirst(s) is not null)))
            && segments.All(s => SurnameFirst(s) is not null))
        {
            segments = segments.Select(s => SurnameFirst(s)!).ToList();
        }

        foreach (var segment in segments)
        {
            var names = EnumerationSplitRegex().Split(segment.TrimEnd('.')).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            if ((names.Count >= 3 || (names.Count == 2 && style.HasFlag(ListStyle.Enumeration) && !segment.Contains('('))) && names.All(IsName))
            {
                result.AddRange(names.Select(n => new Attendee(n, defaultAffiliation, null)));
            }
            // "Styreleder Arne Skjelstad, nestleder Hanne Bergseng": an enumeration of people each after a function.
            else if (names.Count >= 2 && names.Select(n => WithoutRole(char.ToUpperInvariant(n[0]) + n[1..])).ToList() is var roled
                     && roled.All(r => r.Role is not null && IsName(r.Name)))
            {
                result.AddRange(roled.Select(r => new Attendee(r.Name, defaultAffiliation, null) { Role = r.Role!.ToLowerInvariant() }));
            }
            // "Svein Gjedrem (styreleder), Kari Nyland Sætre (nestleder), Geir Olav Ødegård": an enumeration whose
            // names carry their remarks in parentheses.
            else if (RemarkEnumeration(segment, defaultAffiliation) is { } remarked)
            {
                result.AddRange(remarked);
            }
            else if (ParseAttendee(segment, defaultAffiliation) is { } attendee)
            {
                result.Add(attendee);
            }
        }

        return result;
    }

    /// <summary>"Nilsen, Anne (leder)" → "Anne Nilsen (leder)": a surname, a comma and one or two given names (or initials), or null.</summary>
    private static string? SurnameFirst(string segment) =>
        SurnameFirstRegex().Match(segment.Trim().TrimEnd('.')) is { Success: true } m
            ? $"{m.Groups["given"].Value} {m.Groups["surname"].Value}{m.Groups["remark"].Value}"
            : null;

    private static IReadOnlyList<Attendee>? RemarkEnumeration(string segment, string? defaultAffiliation)
    {
        if (!segment.Contains('('))
        {
            return null;
        }

        var parts = RemarkEnumerationSplitRegex().Split(segment.TrimEnd('.')).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        // Three or more, as for a bare enumeration: "Kari Nordmann (leder), Helse Bergen" is a name and its affiliation.
        // Two when each carries its own remark ("Anne Kvåle (KRF), Eskil Nordbø (R)"): an affiliation after a name is
        // not itself followed by a remark of its own in parentheses.
        if (parts.Count < 2 || (parts.Count == 2 && !parts.All(p => ParenthesisRegex().IsMatch(p))))
        {
            return null;
        }

        var attendees = parts.Select(p => WithoutRole(ParenthesisRegex().Replace(p, "").Trim()) is var (role, name) && IsName(name)
            ? new Attendee(name, defaultAffiliation, ParenthesisRegex().Match(p) is { Success: true } r ? r.Groups["c"].Value.Trim() : null) { Role = role?.ToLowerInvariant() }
            : null).ToList();
        return attendees.All(a => a is not null) ? attendees.OfType<Attendee>().ToList() : null;
    }

    /// <summary>
    /// People named by their given names only, as youth councils and small groups write their lists ("Emma, Jonas,
    /// Sofie og Noah", "Linn M."): every part of the enumeration a single capitalised word, with an initial at most, and
    /// at least <paramref name="minimum"/> of them; otherwise empty.
    /// </summary>
    public static IReadOnlyList<string> GivenNames(string text, int minimum)
    {
        var parts = EnumerationSplitRegex().Split(text.Trim().TrimEnd('.')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count >= minimum && parts.All(p => GivenNameRegex().IsMatch(p)) ? parts : [];
    }

    /// <summary>Names in an enumeration "A, B, C og D" (also "A/B"), keeping only those shaped as names.</summary>
    public static IReadOnlyList<string> Enumeration(string text) =>
        EnumerationSplitRegex().Split(text).Select(s => s.Trim().TrimEnd('.', ')').TrimStart('(')).Where(IsName).ToList();

    /// <summary>True for an acronym such as "NFA", "HOD", "UiO", "NorPreM": no spaces, at least two capitals.</summary>
    public static bool IsAcronym(string text) =>
        AcronymRegex().IsMatch(text.Trim()) && text.Count(char.IsUpper) >= 2;

    [GeneratedRegex(@"^(?:\p{Lu}\.|\p{Lu}[\p{Ll}']+(?:-\p{Lu}[\p{Ll}']+)*)$")]
    private static partial Regex NameTokenRegex();

    [GeneratedRegex(@"^(?<a>[^,]+?)\s+(?:for|i\s+stedet\s+for|i\s+staden\s+for|pva\.?|p\.v\.a\.|på\s+vegne\s+av)\s+(?<b>[^,]+?)(?<rest>,.*)?$")]
    private static partial Regex SubstituteRegex();

    [GeneratedRegex(@"^(?<surname>\p{Lu}[\p{Ll}'\-]+(?:-\p{Lu}[\p{Ll}'\-]+)?),\s*(?<given>\p{Lu}[\p{Ll}'\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'\-]+))?)(?<remark>\s*\([^()]*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SurnameFirstRegex();

    // A function word or two before a name: "Styreleder", "Nestleder", "Styremedlem", "Varamedlem", "Ordfører",
    // "Kommunedirektør", "Administrerende direktør", "Adm. dir.", "Konstituert økonomisjef", "Seniorrådgiver".
    [GeneratedRegex(@"^(?<role>(?:(?:Administrerende|Adm\.|Konstituert|Konst\.|Fungerende|Fung\.|Assisterende|Ass\.)\s+)?(?:Leder|Leiar|Medlem|Direktør|Rådmann|Sekretær|Overlege|Rådgiver|Rådgjevar|Koordinator|Konsulent|Revisor|\p{Lu}\p{Ll}*(?:leder|leiar|direktør|dir\.|medlem|sekretær|sjef|rådgiver|rådgjevar|ordfører|ordførar|overlege|rådmann|koordinator|konsulent|fører|revisor)|(?<=\s)(?:direktør|dir\.|\p{Ll}+(?:direktør|sjef|leder|leiar|rådgiver|rådgjevar|sekretær))))\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingRoleRegex();

    [GeneratedRegex(@"^(?<role>(?!(?:og|samt|med|for|fra|frå|ved|til|etter|utan|uten|eller)\s)\p{Ll}[\p{Ll}\-]{3,}(?:\s+(?!(?:og|samt|med|for|fra|frå|ved|til|etter|utan|uten|eller)\s)\p{Ll}[\p{Ll}\-]{3,})?)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LowerRoleRegex();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameRegex();

    [GeneratedRegex(@"^\p{Lu}{2,}$")]
    private static partial Regex AllCapsRegex();

    [GeneratedRegex(@"\s*\((?<c>[^()]*)\)")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\d\-]{1,11}$")]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"\s*(?:,|/|\bog\b|\bsamt\b)\s*")]
    private static partial Regex EnumerationSplitRegex();

    // Commas outside parentheses, and "og"/"samt": "A (leder), B (nestleder) og C".
    [GeneratedRegex(@"\s*(?:,(?![^(]*\))|\bog\b(?![^(]*\))|\bsamt\b(?![^(]*\)))\s*")]
    private static partial Regex RemarkEnumerationSplitRegex();
}

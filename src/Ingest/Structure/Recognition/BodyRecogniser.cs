using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Recognition;

/// <summary>The body a document belongs to: its id (a known council's, or the slug of the printed name) and its name.</summary>
public sealed record RecognisedBody(string Id, string Name);

/// <summary>
/// Recognises the body (council, board, committee, working group, annual meeting) whose paper a document is, including
/// bodies the product has never heard of. The known councils are a vocabulary of aliases (<see cref="CouncilRecogniser"/>),
/// not a whitelist: first a known council named in the title; then the body the paper names itself — an "Utvalg:" or
/// "Organ:" field, or its heading ("Protokoll fra styremøte i Sykehuspartner HF" → "Styret i Sykehuspartner HF",
/// "Protokoll fra møte i styret i Helse Sør-Øst RHF", "Protokoll fra årsmøtet i Pasientforeningen …", "Møtebok for
/// Helse- og omsorgsutvalget" with the municipality of the letterhead), mapped to a known council when it is one and
/// given a stable slug otherwise (<see cref="Councils.Slug"/>); then the known council named most in the opening text.
/// A generic noun alone ("arbeidsgruppen", "styret") names no body, and a document that names none has none.
/// </summary>
public static partial class BodyRecogniser
{
    /// <summary>The body of a document from its title, its first rows (heading, letterhead, header fields) and its opening text.</summary>
    public static RecognisedBody? Recognise(string? title, IReadOnlyList<string> firstRows, string openingText, IReadOnlyList<string>? bands = null)
    {
        if (CouncilRecogniser.FromTitle(title) is { } known)
        {
            return new RecognisedBody(known, Councils.DisplayName(known));
        }

        if (Named(title, firstRows, bands) is { } name)
        {
            var id = CouncilRecogniser.FromTitle(name) ?? Councils.Slug(name);
            if (id is not null)
            {
                return new RecognisedBody(id, CouncilRecogniser.FromTitle(name) is { } k ? Councils.DisplayName(k) : name);
            }
        }

        if (CouncilRecogniser.Recognise(null, openingText) is { } most)
        {
            return new RecognisedBody(most, Councils.DisplayName(most));
        }

        return OrganNearMeeting(title, firstRows, openingText, bands) is { } organ && Councils.Slug(organ) is { } slug
            ? new RecognisedBody(slug, organ)
            : null;
    }

    /// <summary>
    /// The organ a meeting paper names outside its heading: a running header or footer band that is an organ of an
    /// organisation or place alone ("Brukerutvalget ved Sykehuset Østmark HF"), or the first sentence of the opening text
    /// that speaks of the meeting and names an organ of a proper name ("Fra styremøtet … i styret i Stiftelsen X",
    /// "Samling for Ungdomsrådet i Sørby"). Only a paper that calls itself a meeting paper (a kind word in its title or
    /// first rows) is read so: a letter that mentions "Kommunestyret i Bodø" is not that body's paper.
    /// </summary>
    private static string? OrganNearMeeting(string? title, IReadOnlyList<string> firstRows, string openingText, IReadOnlyList<string>? bands)
    {
        if (!firstRows.Take(12).Prepend(title ?? "").Any(r => KindWordRegex().IsMatch(r)))
        {
            return null;
        }

        foreach (var band in bands ?? [])
        {
            if (OrganPhraseRegex().Match(band.Trim()) is { Success: true } alone && alone.Index == 0 && alone.Length == band.Trim().Length)
            {
                return Capitalised(alone.Value);
            }
        }

        foreach (var sentence in SentenceRegex().Split(openingText).Take(12))
        {
            if (MeetingMentionRegex().IsMatch(sentence) && OrganPhraseRegex().Match(sentence) is { Success: true } phrase)
            {
                return char.ToUpperInvariant(phrase.Value[0]) + phrase.Value[1..];
            }
        }

        return null;
    }

    /// <summary>
    /// The body's name as the paper prints it, or null when it names none. <paramref name="bands"/> are the first page's
    /// running header and footer lines, where a municipality's letterhead may stand ("Fjellstad kommune  Møtebok …").
    /// Rows set in capitals ("MØTEBOK STYREMØTE I PÅRØRENDEFORBUNDET NORGE") are read as if written in ordinary case.
    /// </summary>
    public static string? Named(string? title, IReadOnlyList<string> firstRows, IReadOnlyList<string>? bands = null)
    {
        var rows = firstRows.Take(12).Select(r => Ordinary(r.Trim())).Where(r => r.Length > 0).ToList();
        string? name = null;
        foreach (var row in rows)
        {
            if (FieldRegex().Match(row) is { Success: true } field)
            {
                name = Clean(field.Groups["name"].Value);
                break;
            }

            // A paper addressed to an organ ("Til: Styret i Helse Fjellheim HF", "Til: Kontrollutvalget") is that organ's;
            // an address to an organisation ("Til: Helse Vest RHF") names a recipient, not a body.
            if (AddressedRegex().Match(row) is { Success: true } addressed)
            {
                name = Clean(addressed.Groups["name"].Value);
                break;
            }
        }

        // A municipal case paper's handling table ("Utvalg | Utvalgssak | Møtedato" over "Eldrerådet | 5/25 | 03.03.2025"):
        // the paper is written for the organ of its first numbered handling.
        if (name is null)
        {
            for (var i = 0; i + 1 < rows.Count; i++)
            {
                if (HandlingHeaderRegex().IsMatch(rows[i]) && rows[i].Contains("Utv", StringComparison.OrdinalIgnoreCase)
                    && HandlingValuesRegex().Replace(rows[i + 1], " ").Trim() is { Length: > 0 } organ && organ.Length < rows[i + 1].Trim().Length
                    && !organ.Any(char.IsDigit) && organ.Split(' ').Length <= 8)
                {
                    name = organ;
                    break;
                }
            }
        }

        // A project's steering or working group: "Referat styringsgruppemøte 4/2024" over "Prosjekt: Digital
        // hjemmeoppfølging i Vesterdalen" is the minutes of the project's steering group.
        if (name is null && rows.Prepend(title ?? "").Select(r => GroupMeetingRegex().Match(r)).FirstOrDefault(m => m.Success) is { } groupMeeting
            && rows.Select(r => ProjectFieldRegex().Match(r)).FirstOrDefault(m => m.Success) is { } project && Clean(project.Groups["name"].Value) is { } projectName)
        {
            var group = groupMeeting.Groups["group"].Value.ToLowerInvariant();
            name = char.ToUpperInvariant(group[0]) + group[1..] + (group.EndsWith('e') ? "n" : "en") + " for " + projectName;
        }

        foreach (var candidate in name is null ? rows.Prepend(title ?? "") : [])
        {
            if (MeetingOfRegex().Match(candidate) is { Success: true } meetingOf && Clean(meetingOf.Groups["name"].Value) is { } met && Names(met))
            {
                name = met;
                break;
            }

            if (HeadingRegex().Match(candidate) is { Success: true } heading)
            {
                var body = Clean(heading.Groups["name"].Value);
                var organ = heading.Groups["organ"].Value;
                name = body is null ? null : organ.Length > 0 ? OrganOfMeeting(organ) + " i " + body : body;
                if (name is not null)
                {
                    break;
                }
            }
        }

        if (name is null || !Names(name))
        {
            // "Innkalling til styremøte" names a meeting, not its body; the body may stand elsewhere in the heading.
            name = OrganNamed(title, rows, bands);
        }

        if (name is null || !Names(name))
        {
            return null;
        }

        // "Helse- og omsorgsutvalget" of a municipality's letterhead ("Vestvik kommune", "KVALVIK KOMMUNE", or a running
        // header band "Solvik kommune  Møteprotokoll …"): the committee of that municipality, named without the word
        // "kommune" as the municipality's own bodies are ("Formannskapet i Solvik", "Kommunestyret i Bodø").
        if (!InRegex().IsMatch(name)
            && firstRows.Concat(bands ?? []).Select(r => MunicipalityRegex().Match(r.Trim())).FirstOrDefault(m => m.Success) is { } municipality)
        {
            name += " i " + Capitalised(municipality.Groups["place"].Value);
        }

        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>
    /// A body named in the other forms papers print it: a meeting heading "Styremøte nr. 3/2023 i Hjertelaget Innlandet",
    /// a notice "Styret i Vestkyst legevakt IKS innkalles …", an organ on its own row under the kind ("Møteprotokoll" /
    /// "Formannskapet"), or a board meeting's heading under the letterhead of a company or trust ("Innkalling til styremøte"
    /// below "Vestkyst legevakt IKS").
    /// </summary>
    private static string? OrganNamed(string? title, IReadOnlyList<string> rows, IReadOnlyList<string>? bands)
    {
        foreach (var row in rows)
        {
            if (OrganMeetingRegex().Match(row) is { Success: true } meeting && Clean(meeting.Groups["name"].Value) is { } organisation)
            {
                return OrganOfMeeting(meeting.Groups["organ"].Value) + " i " + organisation;
            }

            if (NoticeRegex().Match(row) is { Success: true } notice && Clean(notice.Groups["name"].Value) is { } noticed)
            {
                return notice.Groups["organ"].Value + " i " + noticed;
            }
        }

        var kindNamed = rows.Prepend(title ?? "").Any(r => KindWordRegex().IsMatch(r));
        if (!kindNamed)
        {
            return null;
        }

        // The organ's row may follow the municipality ("ELVDAL KOMMUNE" / "Kontrollutvalget") or the kind ("Møteinnkalling
        // Kommunestyret") in one block, and go on with the meeting's number ("Kommunestyret" / "Møte nr. 4/2022").
        if (rows.Take(6).Append(Ordinary(title ?? "")).Select(OrganCandidate)
                .FirstOrDefault(r => r.Length > 0 && r.Length <= 60 && !r.Contains(':') && !r.Any(char.IsDigit) && OrganCompoundRegex().IsMatch(r.Split(' ')[^1])
                && r.Split(' ').Length <= 5 && char.IsUpper(r[0])) is { } organ)
        {
            return organ;
        }

        // "Arbeidsgruppe for rehabilitering i Helsefellesskapet Indre Vestland", "Styringsgruppen for Digitalt
        // helsefellesskap": a group or committee on its own row under the kind, named by what it works on and whose it is.
        if (rows.Take(6).Select(r => GroupOfRegex().Match(r.Trim())).FirstOrDefault(m => m.Success && m.Value.Split(' ').Length <= 12) is { } group)
        {
            return group.Value.Trim().TrimEnd('.');
        }

        // "Kontrollutvalget i Havbygd kommune" on its own row under the kind: an organ of a named place.
        if (rows.Take(6).Select(r => OrganOfPlaceRegex().Match(r)).FirstOrDefault(m => m.Success) is { } organOfPlace)
        {
            return organOfPlace.Value.Trim();
        }

        if (rows.Take(6).Any(r => BoardMeetingRegex().IsMatch(r))
            && rows.Take(3).FirstOrDefault(r => LegalFormRegex().IsMatch(r)) is { } company)
        {
            return "Styret i " + LegalFormRegex().Match(company).Value.Trim();
        }

        // A board meeting's heading under an organisation's letterhead band ("Pensjonistforeningen Solbakken" over
        // "Referat fra styremøte 5. mai 2025"): the board of that organisation.
        // An e-mail's "Emne: Innkalling til styremøte" or "Til: Styret" counts as the board meeting's heading.
        var board = rows.Take(6).ToList().FindIndex(r => BoardMeetingRegex().IsMatch(MailLabelRegex().Replace(r, "")) || BoardAddressRegex().IsMatch(r));
        if (board >= 0
            && (bands ?? []).Concat(rows.Take(board)).Select(b => b.Trim()).FirstOrDefault(b => OrganisationBandRegex().IsMatch(b) && !MunicipalityRegex().IsMatch(b)) is { } association)
        {
            return "Styret i " + association;
        }

        return null;
    }

    /// <summary>A row with a leading municipality or kind word and a trailing meeting number cut away: what may be an organ's name.</summary>
    private static string OrganCandidate(string row)
    {
        var text = row.Trim();
        if (MunicipalityRegex().Match(text) is { Success: true, Length: var n } && n < text.Length)
        {
            text = text[n..].Trim();
        }

        if (LeadingKindRegex().Match(text) is { Success: true, Length: var k })
        {
            text = text[k..].Trim();
        }

        return MeetingTailRegex().Split(text, 2)[0].Trim().TrimEnd('–', '—', '-', ':', ',').Trim();
    }

    // "Møte i kommunestyret i Vik", "Møte i Oppvekstutvalget 12.03.2025", "Samling for Ungdomsrådet i X": a meeting heading naming its organ.
    [GeneratedRegex(@"^(?:Møte|Samling|Fellesmøte)\s+(?:i|for)\s+(?<name>\p{L}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingOfRegex();

    // An organ of an organisation or place: "Brukerutvalget ved Sykehuset Østmark HF", "styret i Stiftelsen Fjellro",
    // "Ungdomsrådet i Sørby". The name after the preposition is a run of proper names and legal forms.
    [GeneratedRegex(@"(?<!\p{L})(?:\p{L}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|nemnda|tinget)|[Ss]tyret|[Rr]ådet|[Åå]rsmøtet|[Rr]epresentantskapet)\s+(?:i|ved|for)\s+\p{Lu}[\p{L}\-]+(?:\s+(?:\p{Lu}[\p{L}\-]+|IKS|HF|RHF|AS|SA))*", RegexOptions.CultureInvariant)]
    private static partial Regex OrganPhraseRegex();

    [GeneratedRegex(@"(?<=[.!?:])\s+|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceRegex();

    // A sentence about the meeting itself: "styremøte", "møtet", "samling", "innkalles".
    [GeneratedRegex(@"\b(?:\p{L}*møte[t]?|samling(?:a|en)?|innkall\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingMentionRegex();

    [GeneratedRegex(@"\s*\(\p{Lu}{2,6}\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    // An e-mail's labels: "Emne: ", "Tittel: ".
    [GeneratedRegex(@"^(?:Emne|Tittel|Subject)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailLabelRegex();

    // "Til: Styret", "Til styret": a paper addressed to the board of the organisation in the letterhead.
    [GeneratedRegex(@"^Til\s*:?\s+[Ss]tyret\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BoardAddressRegex();

    // "Møteinnkalling", "Møteprotokoll", "Møtebok", "Protokoll", "Referat", "Innkalling" opening the organ's row.
    [GeneratedRegex(@"^(?:Møteinnkalling|Møteprotokoll|Møtebok|Møtereferat|Protokoll|Referat|Innkalling|Saksliste|Sakliste)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingKindRegex();

    // "Kommunestyret Møte nr. 4/2022", "Formannskapet 13.02.2024": the meeting after the organ's name.
    [GeneratedRegex(@"\s+(?=(?:Møte|møte)\s+(?:nr\.?\s*)?\d|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingTailRegex();

    /// <summary>A row set in capitals as ordinary text: "MØTEBOK STYREMØTE I PÅRØRENDEFORBUNDET NORGE" → "Møtebok styremøte i Pårørendeforbundet Norge".</summary>
    private static string Ordinary(string row)
    {
        if (row.Count(char.IsLetter) < 4 || row.Any(char.IsLower))
        {
            return row;
        }

        var words = row.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            // The kind and meeting words that open a heading stay common nouns; the name after "i"/"for" is a proper name.
            // Acronyms and legal forms keep their capitals ("RHF", "HF", "IKS").
            if (words[i].Length is > 0 and <= 3 && !SmallWordRegex().IsMatch(lower))
            {
                continue;
            }

            words[i] = SmallWordRegex().IsMatch(lower) || (i <= 1 && KindWordRegex().IsMatch(lower) && i < words.Length - 1) || (i <= 2 && MeetingWordRegex().IsMatch(lower))
                ? (i == 0 ? Upper(lower) : lower)
                : Upper(lower);
        }

        return string.Join(' ', words);
    }

    private static string Upper(string word) =>
        string.Join('-', word.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    /// <summary>
    /// The organ a meeting word names: a board's meeting is the board's ("styremøte" → "Styret", "rådsmøte" → "Rådet",
    /// "representantskapsmøte" → "Representantskapet"), and a meeting that is itself the organ keeps its own name in the
    /// definite form ("årsmøte" → "Årsmøtet", "foretaksmøte" → "Foretaksmøtet", "generalforsamling" → "Generalforsamlingen").
    /// </summary>
    private static string OrganOfMeeting(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("generalforsamling", StringComparison.Ordinal))
        {
            return "Generalforsamlingen";
        }

        var stem = w.EndsWith("møtet", StringComparison.Ordinal) ? w[..^5] : w.EndsWith("møte", StringComparison.Ordinal) ? w[..^4] : w;
        return stem switch
        {
            "styre" => "Styret",
            "råds" => "Rådet",
            "utvalgs" => "Utvalget",
            "utvals" => "Utvalet",
            "representantskaps" => "Representantskapet",
            _ => char.ToUpperInvariant(stem[0]) + stem[1..] + "møtet",
        };
    }

    private static string Capitalised(string place) =>
        place.Any(char.IsLower) ? place : string.Join(' ', place.Split(' ').Select(w => w.Length == 0 ? w
            : string.Join('-', w.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()))));

    /// <summary>
    /// Whether a cleaned name names a body rather than a role: more than a generic noun ("arbeidsgruppen", "styret",
    /// "rådet"), that is, at least two words, one of them a proper name or the organ's own compound ("omsorgsutvalget").
    /// </summary>
    private static bool Names(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            || (words.Length == 1 && char.IsUpper(words[0][0]) && (words[0].Skip(1).Any(char.IsUpper) || OrganCompoundRegex().IsMatch(words[0])));
    }

    /// <summary>The name cut where the heading goes on with a date, a weekday, a time or a place: "arbeidsgruppen tirsdag 7. november 2023" → "arbeidsgruppen".</summary>
    private static string? Clean(string raw)
    {
        // "Helse- og omsorgsutvalget (HOU) i Nordbø kommune": the abbreviation in brackets is dropped, the name goes on.
        var text = CutRegex().Split(AcronymRegex().Replace(raw, ""), 2)[0].Trim().TrimEnd(',', '.', ':', ';', '–', '-').Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 0 or > 9 ? null : string.Join(' ', words);
    }

    // "Utvalg: Kommunestyret i Bodø", "Organ: Eldrerådet".
    // Also nynorsk "Utval:", the minutes' "Møte i: Brukerutvalget ved X", and "Utvalg/styre/råd: Møte i kontrollutvalget i X".
    [GeneratedRegex(@"^(?:Utvalg|Utval|Organ|Styre|Råd|Møte\s+i|Utvalg\s*/\s*styre\s*/\s*råd)\s*:\s*(?:Møte\s+i\s+)?(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldRegex();

    [GeneratedRegex(@"^Til\s*:?\s+(?<name>(?:Styret|Rådet|Representantskapet|Utvalget|Utvalet|Årsmøtet|Kommunestyret|Formannskapet|Bystyret|Fylkestinget|Fylkesutvalget)\s+(?:i|for|ved)\s+\p{Lu}.+|\p{Lu}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|nemnda))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressedRegex();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|komitéen|nemnda|nemnden|tinget)\s+i\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?(?:\s+(?:kommune|fylkeskommune|herad))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganOfPlaceRegex();

    // "Protokoll fra styremøte i X", "Referat fra møte i X", "Møtebok for X", "Protokoll fra årsmøtet i X", "Innkalling til
    // møte i X", "Orienteringssak til møte i X …", "Møtereferat – X".
    [GeneratedRegex(@"^(?:\p{L}*(?:[Pp]rotokoll|[Rr]eferat|[Mm]øtebok|[Ii]nnkalling|[Ss]aksliste|[Ss]akliste|sak)|PROTOKOLL|REFERAT)(?:\s+(?:fra|frå|for|til)\s+|\s+[–—-]\s+(?=\p{Lu}|(?:\p{L}+\s+)?møte[t]?\s+(?:i|for)\s)|\s+(?=møte[t]?\s+(?:i|for)\s))(?:(?:det\s+)?(?:\p{L}+\s+)?møte[t]?\s+(?:i|for)\s+|(?<organ>(?:styre|års|foretaks|representantskaps|medlems|lands|råds|utvalgs|utvals)møte[t]?|generalforsamling(?:en)?)\s+(?:i|for)\s+)?(?<name>\S.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den)\b|\d{1,2}\.|\d{1,4}[./\-]\d|kl\.|på\s|i\s+(?:møterom|Teams|rådhuset)|\(|–\s|-\s)|,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CutRegex();

    // A compound of an organ word: "Eldrerådet", "Kommunestyret", "Kontrollutvalget"; not the bare "Rådet" or "Styret".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|komitéen|nemnda|nemnden|tinget|forumet)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganCompoundRegex();

    [GeneratedRegex(@"\s(?:i|for)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InRegex();

    // A group or committee named by its task and, after "i"/"for"/"ved", a proper name: "Arbeidsgruppe for rehabilitering
    // i Helsefellesskapet Indre Vestland", "Styringsgruppen for Helseplattformen". No digits, no colon: a heading, not a sentence.
    // Also an organ named by its field alone: "Hovedutvalg for helse og omsorg", "Utval for levekår" (its municipality is then the letterhead's).
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:gruppe|gruppa|gruppen|utvalg|utvalget|utval|utvalet|forum|forumet|nettverk|nettverket|komité|komiteen|nemnd|nemnda|råd|rådet)\s+(?:for|i|ved)\s+[^:\d]+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOfRegex();

    // The header of a handling table: "Utvalg Utvalgssak Møtedato", "Saksnr. Utvalg Møtedato", "Saksgang Møtedato Saknr".
    [GeneratedRegex(@"^(?:(?:Saksnr\.?|Saknr\.?|Sak\s*nr\.?|Utvalgssak|Utvalssak|Utvalgssaksnr\.?|Utvalg|Utval|Møtedato|Saksgang|Dato)\s*:?\s*){2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandlingHeaderRegex();

    // The number and date of a handling row: "5/25", "PS 5/25", "03.03.2025".
    [GeneratedRegex(@"(?:\b\p{Lu}{1,4}\s*)?\b\d{1,4}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HandlingValuesRegex();

    // "Referat styringsgruppemøte 4/2024", "Møtereferat arbeidsgruppemøte": a meeting of a group named by its kind.
    [GeneratedRegex(@"\b(?<group>\p{L}+gruppe)møte[t]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupMeetingRegex();

    // "Prosjekt: Digital hjemmeoppfølging i Vesterdalen".
    [GeneratedRegex(@"^(?:Prosjekt|Prosjektnavn|Prosjektnamn)\s*:\s*(?<name>\S.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectFieldRegex();

    // "Vestvik kommune", "KVALVIK KOMMUNE", "Nord-Aurdal kommune" alone on its row or opening a header band ("Solvik kommune  Møteprotokoll …").
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s+(?:kommune|KOMMUNE|fylkeskommune|FYLKESKOMMUNE|herad|HERAD)(?:$|\s{2,}|\s+(?=\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityRegex();

    // "Styremøte nr. 3/2023 i Hjertelaget Innlandet", "Årsmøte 2024 i Pasientforeningen", "Representantskapsmøte i X".
    // Also after the kind: "Møtebok styremøte i Norges X", "Protokoll – styremøte i X".
    [GeneratedRegex(@"^(?:(?:Møtebok|Protokoll|Møteprotokoll|Referat|Møtereferat|Innkalling)(?:\s*[–—:-]\s*|\s+))?(?<organ>(?:Styremøte|Årsmøte|Foretaksmøte|Representantskapsmøte|Generalforsamling|Medlemsmøte)|(?<=\s)(?:styremøte|årsmøte|foretaksmøte|representantskapsmøte|generalforsamling|medlemsmøte))(?:t|n|en)?(?:\s+(?:nr\.?\s*)?\d{1,2}(?:\s*/\s*\d{2,4})?|\s+\d{4})?\s+(?:i|for)\s+(?<name>\p{Lu}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganMeetingRegex();

    // "Styret i Vestkyst legevakt IKS innkalles til styremøte", "Representantskapet i X kalles inn til møte".
    [GeneratedRegex(@"^(?<organ>Styret|Representantskapet|Årsmøtet|Rådet|Utvalget|Generalforsamlingen|Arbeidsgruppen|Komiteen|Nemnda)\s+(?:i|for)\s+(?<name>\p{Lu}.+?)\s+(?:innkalles|innkallast|kalles\s+inn|blir\s+kalla\s+inn|holder|avholder|heldt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoticeRegex();

    [GeneratedRegex(@"protokoll|referat|møtebok|møtenotat|innkalling|saksliste|sakliste|PROTOKOLL|REFERAT|MØTEBOK|INNKALLING", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindWordRegex();

    // A meeting word in a heading set in capitals ("PROTOKOLL FRA STYREMØTE I …", "… FORETAKSMØTE I …"): a common noun.
    [GeneratedRegex(@"^(?:\p{Ll}*møte[t]?|generalforsamling(?:en)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingWordRegex();

    [GeneratedRegex(@"^(?:i|for|fra|frå|til|og|av|med|ved|om|på|nr\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex SmallWordRegex();

    // "Innkalling til styremøte", "Protokoll fra styremøte", "PROTOKOLL FRA STYREMØTE 12. mars": a board's meeting, its company in the letterhead.
    [GeneratedRegex(@"^(?:Innkalling|Protokoll|Referat|Møteprotokoll)\s+(?:til|fra|frå)\s+styremøte(?:t)?\b(?!\s+(?:i|for)\s+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoardMeetingRegex();

    // An organisation's name alone in a letterhead band: two to five words, the first a capitalised compound, no digits.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:\s+(?:\p{Lu}[\p{L}\-]*|i|for|og)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationBandRegex();

    // An organisation with its legal form: "Vestkyst legevakt IKS", "Sykehuset Østfold HF", "Helse Nord RHF", "Nordlys AS".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}\s+(?:IKS|HF|RHF|AS|ASA|SA|KF|BA|SF)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormRegex();
}

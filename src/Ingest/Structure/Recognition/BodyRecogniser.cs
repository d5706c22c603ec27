using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Recognition;

/// <summary>The body a document belongs to: its id (a known council's, or the slug of the printed name) and its name.</summary>
public sealed record RecognisedBody(string Id, string Name);

/// <summary>Where a body's name was read.</summary>
public enum BodySource
{
    /// <summary>A field, heading, address or handling table the paper prints for itself.</summary>
    Printed,

    /// <summary>A generic organ of the heading ("arbeidsutvalet", "representantskapet") with the owner the paper prints elsewhere.</summary>
    OrganOfOwner,

    /// <summary>A known council the opening text names most.</summary>
    KnownCouncil,

    /// <summary>An organ in a band or a sentence about the meeting.</summary>
    NearMeeting,
}

/// <summary>A body a paper may belong to (a known council's id for <see cref="BodySource.KnownCouncil"/>, else the printed name), with its score.</summary>
public sealed record BodyCandidate(string Name, BodySource Source, double Score);

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

        var best = Candidates(title, firstRows, openingText, bands).OrderByDescending(c => c.Score).FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        if (best.Source == BodySource.KnownCouncil)
        {
            return new RecognisedBody(best.Name, Councils.DisplayName(best.Name));
        }

        var id = CouncilRecogniser.FromTitle(best.Name) ?? Councils.Slug(best.Name);
        return id is null ? null : new RecognisedBody(id, CouncilRecogniser.FromTitle(best.Name) is { } k ? Councils.DisplayName(k) : best.Name);
    }

    /// <summary>
    /// Every body the paper may be read as belonging to, scored: where the name was read (a field or heading the paper
    /// prints for itself outranks a known council named in its text, which outranks an organ met in a band or a sentence)
    /// and what the name is made of (an organ's head noun — styret, rådet, utvalget, representantskapet, årsmøtet … — and
    /// an owner: a place, a district, an organisation with its legal form), with a point for an owner the paper repeats in
    /// its bands or opening. A paper that names no body yields none.
    /// </summary>
    public static IReadOnlyList<BodyCandidate> Candidates(string? title, IReadOnlyList<string> firstRows, string openingText, IReadOnlyList<string>? bands = null)
    {
        var candidates = new List<BodyCandidate>();
        void Add(string? name, BodySource source, double weight)
        {
            if (name is not null && Names(name))
            {
                candidates.Add(new BodyCandidate(name, source, weight + Features(name, openingText, bands)));
            }
        }

        Add(Named(title, firstRows, bands), BodySource.Printed, 6);
        Add(OrganOfOwner(title, firstRows, bands), BodySource.OrganOfOwner, 5);
        if (CouncilRecogniser.Recognise(null, openingText) is { } most)
        {
            candidates.Add(new BodyCandidate(most, BodySource.KnownCouncil, 5.9));
        }

        Add(OrganNearMeeting(title, firstRows, openingText, bands), BodySource.NearMeeting, 3);
        return candidates;
    }

    /// <summary>
    /// What a name is made of: an organ's head noun (+1), an owner after "i"/"for"/"ved" or a legal form (+1), and that
    /// owner printed again in the bands or the opening text (+0.5).
    /// </summary>
    private static double Features(string name, string openingText, IReadOnlyList<string>? bands)
    {
        var score = 0.0;
        if (OrganHeadRegex().IsMatch(name))
        {
            score += 1;
        }

        if (OwnerPartRegex().Match(name) is { Success: true } owner)
        {
            score += 1;
            var ownerName = owner.Groups["owner"].Value.Trim();
            var mentions = Regex.Matches(openingText, Regex.Escape(ownerName), RegexOptions.IgnoreCase).Count
                + (bands ?? []).Count(b => b.Contains(ownerName, StringComparison.OrdinalIgnoreCase));
            score += mentions >= 2 ? 0.5 : 0;
        }

        return score;
    }

    /// <summary>
    /// A generic organ named without its owner ("Referat frå arbeidsutvalet", "Protokoll – Landsmøtet 2025", "Innkalling
    /// til møte i representantskapet", a letterhead "HELSE NORDTUN HF" / "STYRET") joined to the owner the paper prints
    /// elsewhere: an address "Til representantskapet i Midtdal krisesenter IKS", a district, a municipality, an
    /// organisation with its legal form or an organisation's name alone in a band or on its own row.
    /// </summary>
    private static string? OrganOfOwner(string? title, IReadOnlyList<string> firstRows, IReadOnlyList<string>? bands)
    {
        var rows = firstRows.Take(12).Select(r => Ordinary(r.Trim())).Where(r => r.Length > 0).ToList();
        foreach (var row in rows)
        {
            if (AddressedOrganRegex().Match(row) is { Success: true } addressed)
            {
                return Capitalised(addressed.Groups["organ"].Value) + " i " + addressed.Groups["owner"].Value.Trim();
            }

            if (OwnerThenOrganRegex().Match(row) is { Success: true } letterhead)
            {
                return Capitalised(letterhead.Groups["organ"].Value) + " i " + letterhead.Groups["owner"].Value.Trim();
            }
        }

        // Only a meeting paper (a kind word, a case or a meeting in its heading) is read so: a report's heading "Styret"
        // over its chapter on the board is not the board's paper.
        var organRow = rows.Take(6).Prepend(Ordinary(title ?? "")).Select((r, i) => (Match: GenericOrganRegex().Match(r), Index: i - 1))
            .FirstOrDefault(m => m.Match.Success);
        if (organRow.Match is not { Success: true } organ
            || !rows.Take(8).Prepend(title ?? "").Any(r => KindWordRegex().IsMatch(r) || MeetingPaperRegex().IsMatch(r)))
        {
            return null;
        }

        var word = organ.Groups["organ"].Value;
        var owner = Owners(rows.Skip(organRow.Index + 1).Take(2).Concat(rows.Take(Math.Max(organRow.Index, 0))).ToList(), bands).FirstOrDefault();
        return owner is null ? null : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() + " i " + owner;
    }

    /// <summary>
    /// An organisation's name alone: "Norsk forening for søvnhelse", "Sunnfjellrådet", "Pensjonistforeningen Solbakken" —
    /// at most six words, the first capitalised, one of them a word naming an organisation; or two to six capitalised
    /// words ("Vestlandet Pasientforum") where small words may join them.
    /// </summary>
    private static bool IsOrganisationName(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !char.IsUpper(words[0][0]) || KindWordRegex().IsMatch(segment))
        {
            return false;
        }

        return words.Length == 1
            ? OrganisationWordRegex().IsMatch(words[0]) && words[0].Length > 8
            : words.Any(w => OrganisationWordRegex().IsMatch(w)) || words.All(w => char.IsUpper(w[0]) || SmallWordRegex().IsMatch(w));
    }

    /// <summary>
    /// The owners a paper prints for its organ, most specific first: a city district ("Bydel Ekeli"), a municipality or
    /// county ("Storvik kommune" → "Storvik"), an organisation with its legal form ("Sykehuset Sørfjord HF", "Midtdal
    /// krisesenter IKS"), or an organisation's name alone ("Norsk forening for søvnhelse", "Sunnfjellrådet"), read from
    /// the page's bands and the given rows, each cut at a dash, a middle dot or a wide gap.
    /// </summary>
    private static IReadOnlyList<string> Owners(IReadOnlyList<string> rows, IReadOnlyList<string>? bands)
    {
        var segments = (bands ?? []).Concat(rows)
            .SelectMany(b => SegmentRegex().Split(b.Trim()))
            .Select(b => b.Trim().TrimEnd('.', ',', ':'))
            .Where(b => b.Length > 2 && !b.Any(char.IsDigit) && !b.Contains(':'))
            .ToList();
        var found = new List<(string Owner, int Rank)>();
        foreach (var segment in segments)
        {
            if (DistrictRegex().Match(segment) is { Success: true } district)
            {
                found.Add((Capitalised(district.Value.Trim()), 0));
            }
            else if (MunicipalityRegex().Match(segment) is { Success: true } municipality && municipality.Length >= segment.Length - 1)
            {
                found.Add((Capitalised(municipality.Groups["place"].Value), 1));
            }
            else if (LegalFormRegex().Match(segment) is { Success: true } company && company.Length >= segment.Length - 1)
            {
                found.Add((company.Value.Trim(), 2));
            }
            else if (IsOrganisationName(segment))
            {
                found.Add((segment, 3));
            }
        }

        return found.OrderBy(f => f.Rank).Select(f => f.Owner).Distinct(StringComparer.Ordinal).ToList();
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
                if (HandlingHeaderRegex().IsMatch(rows[i]) && (rows[i].Contains("Utv", StringComparison.OrdinalIgnoreCase) || rows[i].Contains("behandles", StringComparison.OrdinalIgnoreCase))
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
        if (!InRegex().IsMatch(name) && !LegalFormRegex().IsMatch(name))
        {
            // A committee of a city district ("Bydel Ekeli" under "Storvik kommune") is the district's; a committee of a
            // health trust or company named alone ("Arbeidsmiljøutvalget" under "Sykehuset Sørfjord HF") is that trust's.
            // The page's last rows stand for a footer the page furniture did not take ("Sykehuset X HF – Forskningsavdelingen ⇥ 1").
            var owners = Owners(firstRows.Take(4).Concat(firstRows.Count > 8 ? firstRows.TakeLast(2) : []).ToList(), bands);
            var municipalOrDistrict = firstRows.Concat(bands ?? []).Select(r => MunicipalityRegex().Match(r.Trim())).FirstOrDefault(m => m.Success);
            if (owners.FirstOrDefault(o => o.StartsWith("Bydel ", StringComparison.Ordinal)) is { } district)
            {
                name += " i " + district;
            }
            else if (municipalOrDistrict is not null)
            {
                name += " i " + Capitalised(municipalOrDistrict.Groups["place"].Value);
            }
            else if (name.Split(' ').Length == 1 && OrganCompoundRegex().IsMatch(name)
                && owners.FirstOrDefault(o => LegalFormRegex().IsMatch(o)) is { } company)
            {
                name += " i " + company;
            }
        }

        return OrganFor(char.ToUpperInvariant(name[0]) + name[1..]);
    }

    /// <summary>
    /// "Styret for Helse Nordtun HF", "Brukerutvalget for Sykehuset X": a definite organ "for" a proper name is that
    /// organisation's organ, the same body as "Styret i Helse Nordtun HF". "Rådet for personer med …" and "Styringsgruppen
    /// for digital …" (a field, in lower case) keep their "for".
    /// </summary>
    private static string OrganFor(string name) => OrganForRegex().Replace(name, "${organ} i ", 1);

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

        if (rows.Take(6).FirstOrDefault(r => BoardMeetingRegex().IsMatch(r)) is { } boardHeading
            && rows.Take(3).FirstOrDefault(r => LegalFormRegex().IsMatch(r)) is { } company)
        {
            return BoardOf(boardHeading) + " i " + LegalFormRegex().Match(company).Value.Trim();
        }

        // A board meeting's heading under an organisation's letterhead band ("Pensjonistforeningen Solbakken" over
        // "Referat fra styremøte 5. mai 2025"): the board of that organisation.
        // An e-mail's "Emne: Innkalling til styremøte" or "Til: Styret" counts as the board meeting's heading.
        var board = rows.Take(6).ToList().FindIndex(r => BoardMeetingRegex().IsMatch(MailLabelRegex().Replace(r, "")) || BoardAddressRegex().IsMatch(r));
        if (board >= 0
            && (bands ?? []).Concat(rows.Take(board)).Select(b => b.Trim()).FirstOrDefault(b => OrganisationBandRegex().IsMatch(b) && !MunicipalityRegex().IsMatch(b)) is { } association)
        {
            return BoardOf(MailLabelRegex().Replace(rows[board], "")) + " i " + association;
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
    [GeneratedRegex(@"(?<!\p{L})(?:\p{L}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|nemnda|tinget)|[Ss]tyret|[Rr]ådet|[Åå]rsmøtet|[Rr]epresentantskapet)\s+(?:i|ved|for)\s+\p{Lu}[\p{L}\-]+(?:\s+(?:\p{Lu}[\p{L}\-]+|IKS|HF|RHF|AS|SA))*(?:\s+\p{Ll}*(?:sykehjem|sjukeheim|omsorgssenter|bosenter|senter|legevakt|sykehus|sjukehus|klinikk|borettslag|helselag|pensjonistlag|pensjonistforening|forening|barnehage|skole|stiftelse))?(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex OrganPhraseRegex();

    // A sentence ends before a capital: "den 4. ds. i styret i …" runs on past the ordinal and the abbreviation.
    [GeneratedRegex(@"(?<=[.!?:])\s+(?=\p{Lu})|\n", RegexOptions.CultureInvariant)]
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

            words[i] = SmallWordRegex().IsMatch(lower) || (i <= 1 && KindWordRegex().IsMatch(lower) && i < words.Length - 1)
                || (i <= 2 && MeetingAdjectiveRegex().IsMatch(lower)) || (i <= 3 && MeetingWordRegex().IsMatch(lower))
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
        // "sentralstyrets møte", "rådets møte": an organ's meeting, not a body.
        if (GenitiveMeetingRegex().IsMatch(name))
        {
            return false;
        }

        return words.Length >= 2
            || (words.Length == 1 && char.IsUpper(words[0][0]) && (words[0].Skip(1).Any(char.IsUpper) || OrganCompoundRegex().IsMatch(words[0])));
    }

    /// <summary>The name cut where the heading goes on with a date, a weekday, a time or a place: "arbeidsgruppen tirsdag 7. november 2023" → "arbeidsgruppen".</summary>
    private static string? Clean(string raw)
    {
        // "Helse- og omsorgsutvalget (HOU) i Nordbø kommune": the abbreviation in brackets is dropped, the name goes on.
        var withoutAcronym = AcronymRegex().Replace(raw, "");
        // "Klinisk etikkomité (KEK), Helse Vestfjella HF": an organ, a comma and the organisation it belongs to.
        if (CommaOwnerRegex().Match(withoutAcronym) is { Success: true } owned && !InRegex().IsMatch(owned.Groups["organ"].Value))
        {
            withoutAcronym = owned.Groups["organ"].Value.Trim() + " i " + owned.Groups["owner"].Value.Trim();
        }

        var text = CutRegex().Split(withoutAcronym, 2)[0].Trim().TrimEnd(',', '.', ':', ';', '–', '-').Trim();
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
    [GeneratedRegex(@"^(?:\p{L}*(?:[Pp]rotokoll|[Rr]eferat|[Mm]øtebok|[Ii]nnkalling|[Ss]aksliste|[Ss]akliste|sak)|PROTOKOLL|REFERAT)(?:\s+(?:fra|frå|for|til)\s+|\s+[–—-]\s+(?=\p{Lu}|(?:\p{L}+\s+)?møte[t]?\s+(?:i|for)\s)|\s+(?=møte[t]?\s+(?:i|for)\s))(?:(?:det\s+)?(?:\p{L}+\s+)?møte[t]?\s+(?:i|for)\s+|(?:(?:ordinært?|ordinære|ekstraordinært?|ekstraordinære|konstituerende)\s+)?(?<organ>(?:styre|års|foretaks|representantskaps|medlems|lands|råds|utvalgs|utvals)møte[t]?|generalforsamling(?:en)?)\s+(?:i|for)\s+)?(?<name>\S.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|den)\b|(?:19|20)\d{2}\b|\d{1,2}\.|\d{1,4}[./\-]\d|kl\.|på\s|i\s+(?:møterom|Teams|rådhuset)|\(|–\s|-\s)|,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CutRegex();

    // A compound of an organ word: "Eldrerådet", "Kommunestyret", "Kontrollutvalget"; not the bare "Rådet" or "Styret".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:rådet|utvalget|utvalet|styret|skapet|komiteen|komitéen|nemnda|nemnden|tinget|forumet)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganCompoundRegex();

    [GeneratedRegex(@"\s(?:i|for)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InRegex();

    // A group or committee named by its task and, after "i"/"for"/"ved", a proper name: "Arbeidsgruppe for rehabilitering
    // i Helsefellesskapet Indre Vestland", "Styringsgruppen for Helseplattformen". No digits, no colon: a heading, not a sentence.
    // Also an organ named by its field alone: "Hovedutvalg for helse og omsorg", "Utval for levekår" (its municipality is then the letterhead's).
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}*(?:gruppe|gruppa|gruppen|utvalg|utvalget|utval|utvalet|forum|forumet|nettverk|nettverket|komité|komiteen|nemnd|nemnda|råd|rådet)|Rådet|Utvalget|Utvalet|Komiteen|Nemnda)\s+(?:for|i|ved)\s+[^:\d]+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupOfRegex();

    // The header of a handling table: "Utvalg Utvalgssak Møtedato", "Saksnr. Utvalg Møtedato", "Saksgang Møtedato Saknr".
    [GeneratedRegex(@"^(?:(?:Saksnr\.?|Saknr\.?|Sak\s*nr\.?|Utvalgssak|Utvalssak|Utvalgssaksnr\.?|Utvalg|Utval|Møtedato|Saksgang|Dato|Saken\s+behandles\s+i|Behandles\s+i|Møtesaksnummer|Møtesaksnr\.?)\s*:?\s*){2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandlingHeaderRegex();

    // The number and date of a handling row: "5/25", "PS 5/25", "03.03.2025".
    [GeneratedRegex(@"(?:\b\p{Lu}{1,4}\s*)?\b\d{1,4}/\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}\.\s*(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\s+\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
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

    // "Innkalling til styremøte", "Protokoll fra styremøte", "PROTOKOLL FRA STYREMØTE 12. mars", "Referat fra
    // sentralstyrets møte 14.11.2025": a board's meeting, its association or company in the letterhead.
    [GeneratedRegex(@"^(?:Innkalling|Protokoll|Referat|Møteprotokoll)\s+(?:til|fra|frå)\s+(?:styremøte(?:t)?|(?<board>\p{Ll}*styre)(?:ts|s)\s+møte(?:t)?)\b(?!\s+(?:i|for)\s+\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoardMeetingRegex();

    [GeneratedRegex(@"^\p{L}+s\s+møte(?:t)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveMeetingRegex();

    /// <summary>The board a board meeting's heading names: "styremøte" → "Styret", "sentralstyrets møte" → "Sentralstyret".</summary>
    private static string BoardOf(string heading) =>
        BoardMeetingRegex().Match(heading) is { Success: true } m && m.Groups["board"].Success && m.Groups["board"].Value.Length > "styre".Length
            ? char.ToUpperInvariant(m.Groups["board"].Value[0]) + m.Groups["board"].Value[1..].ToLowerInvariant() + "t"
            : "Styret";

    // An organisation's name alone in a letterhead band: two to five words, the first a capitalised compound, no digits.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:\s+(?:\p{Lu}[\p{L}\-]*|i|for|og)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationBandRegex();

    // An organisation with its legal form: "Vestkyst legevakt IKS", "Sykehuset Østfold HF", "Helse Nord RHF", "Nordlys AS".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}\s+(?:IKS|HF|RHF|AS|ASA|SA|KF|BA|SF)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormRegex();

    // "ordinær", "ekstraordinær", "konstituerende" before a meeting word in a heading set in capitals.
    [GeneratedRegex(@"^(?:ordinært?|ordinære|ekstraordinært?|ekstraordinære|konstituerende)$", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingAdjectiveRegex();

    // The head noun of an organ: "Styret …", "Arbeidsmiljøutvalget", "Representantskapet i …", "Årsmøtet i …",
    // "Lokalt samarbeidsutvalg for …", "Klinisk etikkomité i …", "Styringsgruppen for …".
    [GeneratedRegex(@"(?i:styret|rådet|råd|utvalget|utvalet|utvalg|utval|skapet|møtet|forsamlingen|komiteen|komité|komite|nemnda|nemnd|tinget|gruppen|gruppa|gruppe|forumet|forum)(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganHeadRegex();

    // The owner part of a name: "… i Helse Nordtun HF", "… ved Sykehuset Østmark HF", "… i Lauvdal".
    [GeneratedRegex(@"\s(?:i|ved|for)\s+(?<owner>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPartRegex();

    // A generic organ alone in a heading: "Referat frå arbeidsutvalet", "Protokoll – Landsmøtet 2025", "Innkalling til
    // møte i representantskapet", "Representantskapet".
    [GeneratedRegex(@"^(?:(?:Protokoll|Møteprotokoll|Referat|Møtereferat|Møtebok|Møtenotat|Innkalling|Møteinnkalling|Saksliste|Sakliste)(?:\s*[–—:-]\s*|\s+(?:fra|frå|til|for)\s+(?:(?:det\s+)?(?:ordinære?\s+|ekstraordinære?\s+)?møte[t]?\s+(?:i|for)\s+)?))?(?<organ>styret|representantskapet|årsmøtet|landsmøtet|generalforsamlingen|arbeidsutvalget|arbeidsutvalet|rådet|utvalget|utvalet|foretaksmøtet|medlemsmøtet|landsstyret|sentralstyret|hovedstyret)(?:\s+(?:19|20)\d{2})?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericOrganRegex();

    // "Til representantskapet i Midtdal krisesenter IKS", "Til styret i Nordlys AS": an address to a generic organ of a
    // company, in lower case and with the letterhead's date beside it.
    [GeneratedRegex(@"^Til\s*:?\s+(?<organ>[Ss]tyret|[Rr]epresentantskapet|[Gg]eneralforsamlingen|[Åå]rsmøtet|[Aa]rbeidsutvalget)\s+(?:i|for)\s+(?<owner>\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?\s+(?:IKS|HF|RHF|AS|ASA|SA|KF))\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddressedOrganRegex();

    // A letterhead of an organisation over its organ: "Helse Nordtun HF Styret" ("HELSE NORDTUN HF" / "STYRET").
    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?\s+(?:IKS|HF|RHF|AS|ASA|SA|KF))\s+(?<organ>Styret|Representantskapet|Generalforsamlingen)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerThenOrganRegex();

    // "Brukerutvalget, Sykehuset Innlandet HF", "Klinisk etikkomité, Helse Vestfjella HF", "Eldrerådet, Solbø kommune".
    [GeneratedRegex(@"^(?<organ>[^,]+),\s*(?<owner>\p{Lu}[\p{L}\-]*(?:\s+[\p{L}\-]+){0,5}?\s+(?:IKS|HF|RHF|AS|ASA|SA|KF)|\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?\s+(?:kommune|fylkeskommune|herad))\b", RegexOptions.CultureInvariant)]
    private static partial Regex CommaOwnerRegex();

    // "Styret for Helse Nordtun HF": a definite organ before "for" and a proper name.
    [GeneratedRegex(@"^(?<organ>Styret|Representantskapet|Årsmøtet|Generalforsamlingen|Foretaksmøtet|\p{Lu}\p{Ll}{3,}(?:utvalget|utvalet|rådet|styret|skapet|komiteen|nemnda))\s+for\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OrganForRegex();

    // A meeting paper's other words: "Sak 41/2025", "Styresak", "møte", "Møtedato".
    [GeneratedRegex(@"\b(?:\p{L}*[Ss]ak\s+(?:nr\.?\s*)?\d|\p{L}*møte|Møte)", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingPaperRegex();

    // A city district: "Bydel Ekeli", "Bydel St. Hanshaugen".
    [GeneratedRegex(@"^Bydel\s+\p{Lu}[\p{L}\-.]*(?:\s+\p{Lu}[\p{L}\-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DistrictRegex();

    // A word naming an organisation: "forening", "Pensjonistforeningen", "forbundet", "Helselaget", "Sunnfjellrådet", "senter", "stiftelsen".
    [GeneratedRegex(@"^\p{L}*(?:forening|foreningen|forbund|forbundet|helselag|idrettslag|pensjonistlag|laget|rådet|senter|senteret|stiftelse|stiftelsen|samvirke|nettverk|nettverket)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationWordRegex();

    // Where a band's parts meet: a dash between words, a middle dot, a bar, a wide gap, a line break.
    [GeneratedRegex(@"\s+[–—]\s+|\s+-\s+|\s*·\s*|\s*\|\s*|\s{3,}|\n", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentRegex();
}

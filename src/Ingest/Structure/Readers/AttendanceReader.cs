using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Readers;

/// <summary>Who attended a meeting, as its minutes list them.</summary>
public sealed record Attendance(
    IReadOnlyList<Attendee> Present,
    IReadOnlyList<Attendee> Absent,
    IReadOnlyList<Attendee> Observers,
    IReadOnlyList<Attendee> Secretariat,
    int? VotingMembers,
    string? Chair,
    string? Recorder);

/// <summary>
/// Reads the attendance lists of a minutes header, row by row, in the forms Norwegian bodies print: a label and its
/// list ("Til stede", "Tilstede", "Møtende medlemmer", "Møtende varamedlemmer", "Faste medlemmer som (ikke) møtte",
/// "Varamedlemmer som møtte", "Medlemmer", "Varamedlemmer", "Fra styret", "Fra adm.", "Forfall", "Ikke møtt", "Observatører",
/// "Fra administrasjonen", "Møteleder", "Referent", "Til stede fra X", nynorsk "Til stades", "Frå sekretariatet"), or a
/// sentence that announces one ("Følgende faste medlemmer møtte:", "Følgende medlemmer hadde forfall:"); the list in one
/// line (semicolons, or an enumeration "A (leder), B, C og D"), one person a row in the value column, one a paragraph,
/// or a table with a header row ("Navn | Funksjon | Representerer") and a person a row; and the number of voting
/// members ("Stemmeberettigede: 43", "Det er 38 stemmeberettigede til stede"). The caller feeds rows in order and
/// closes the open list when a row belongs to something else (<see cref="Close"/>).
/// </summary>
public sealed partial class AttendanceReader
{
    private enum ListKind { Present, Absent, Observers, Secretariat, Chair, Recorder }

    private readonly Dictionary<ListKind, List<Attendee>> _lists = new()
    {
        [ListKind.Present] = [], [ListKind.Absent] = [], [ListKind.Observers] = [], [ListKind.Secretariat] = [],
    };

    private ListKind? _current;
    private string? _affiliation;
    private double? _listLeft;
    private bool _table;
    // The column of a table that names the member a substitute met for ("Namn | Møtte for | Parti").
    private int? _substituteColumn;
    // The representatives' column of an owners' table ("Eierkommune | Representant | Eierandel").
    private int? _ownersColumn;
    private int? _voting;
    private string? _chair;
    private string? _recorder;
    // The entry being read: a line that wraps inside a paragraph ("…; Anne" / "Berg, Universitetet i Bergen") continues it.
    private string? _pending;
    // How this meeting's lists write their entries, learned from the lists read so far.
    private PersonNames.ListStyle _style;

    /// <summary>Whether a list is open (rows that follow may belong to it).</summary>
    public bool InList => _current is not null;

    /// <summary>True when the text opens an attendance list or states the voting members.</summary>
    public static bool IsLabel(string text) => Label(text) is not null || AnnounceRegex().IsMatch(text) || VotingRegex().IsMatch(text);

    /// <summary>
    /// The list label a label cell holds: "Til stede: …", or a label alone without its colon, as tables and headings set
    /// them ("Møtende medlemmer | Gunn Ruud (Sp)", a heading "Møtande medlemer" over a table, "Forfall").
    /// </summary>
    private static Match? Label(string first)
    {
        if (ListLabelRegex().Match(first) is { Success: true } labelled)
        {
            return labelled;
        }

        var text = first.Trim();
        return text.Length > 0 && !text.Contains(':') && ListLabelRegex().Match(text + ":") is { Success: true } bare && bare.Groups["rest"].Value.Length == 0
            ? bare
            : null;
    }

    /// <summary>
    /// Reads one header row; <paramref name="first"/> and <paramref name="value"/> are its label cell and the rest
    /// (a wrapped label already joined by the caller). <paramref name="valueColumn"/> is the header table's value column
    /// when known. Returns false when the row is no part of an attendance list (the caller then closes the list).
    /// </summary>
    public bool Read(LayoutRow row, string first, string value, double? valueColumn)
    {
        if (VotingRegex().Match(row.Text) is { Success: true } voting)
        {
            Close();
            _voting = int.Parse(voting.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (Label(first) is { } label)
        {
            Flush();
            _listLeft = null;
            _table = false;
            _substituteColumn = null;
            (_current, _affiliation) = Classify(label.Groups["k"].Value, label.Groups["org"].Success ? label.Groups["org"].Value.Trim() : null);
            foreach (var entry in new[] { label.Groups["rest"].Value, value }.Where(s => !string.IsNullOrWhiteSpace(s)))
            {
                Flush();
                _pending = entry;
            }

            return true;
        }

        if (AnnounceRegex().Match(row.Text) is { Success: true } announce)
        {
            Flush();
            _listLeft = null;
            _table = false;
            _current = announce.Groups["absent"].Success ? ListKind.Absent : ListKind.Present;
            _affiliation = null;
            return true;
        }

        // A table of the owners met, as a company's council of owners or general meeting prints its attendance without a
        // label ("Eierkommune | Representant | Eierandel", "Aksjeeier | Representert ved | Aksjer"): each owner is present
        // through the representative in that column, the owner is the representative's affiliation.
        if (_current is null && OwnersHeader(row) is { } representativeColumn)
        {
            Flush();
            _current = ListKind.Present;
            _affiliation = null;
            _listLeft = null;
            _table = true;
            _substituteColumn = null;
            _ownersColumn = representativeColumn;
            return true;
        }

        if (_current is null)
        {
            return false;
        }

        if (_ownersColumn is { } ownerColumn)
        {
            if (row.Cells.Count > ownerColumn && PersonNames.WithoutRole(row.Cells[ownerColumn].Text.Trim()) is var (role, name) && PersonNames.IsName(name))
            {
                Flush();
                _lists[ListKind.Present].Add(new Attendee(name, row.Cells[0].Text.Trim(), null) { Role = role });
                return true;
            }

            _ownersColumn = null;
            return false;
        }

        // A table under the label: its header row, then a person a row (name, function, party or affiliation). Columns set
        // close together read as one cell, so the header is told by its words.
        if (row.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => TableHeaderWordRegex().IsMatch(w)) && row.Text.Contains(' '))
        {
            Flush();
            _table = true;
            var forColumn = row.Cells.ToList().FindIndex(c => SubstituteHeaderRegex().IsMatch(c.Text.Trim()));
            _substituteColumn = forColumn > 0 && row.Cells.Count >= 3 ? forColumn : null;
            return true;
        }

        // Two or more people side by side: a list set in columns ("Ragnhild Eide, Helse Bergen | Jens Petter Ulvik, Helse Fonna").
        if (row.Cells.Count >= 2 && !_table && row.Cells.All(c => c.Text.Contains(',') && PersonNames.ParseAttendees(c.Text, _affiliation).Count == 1))
        {
            Flush();
            foreach (var cell in row.Cells)
            {
                _lists[Target(_current.Value)].AddRange(PersonNames.ParseAttendees(cell.Text, _affiliation));
            }

            return true;
        }

        // A substitute's row of a "Navn | Møtte for | Representerer" table whose columns ran together ("Eirik Valen Mats
        // Øvergård AP"): the member stood in for is one listed as absent, so the name before that member is the substitute's.
        if (_table && row.Cells.Count <= 2 && _lists[ListKind.Absent].Select(a => a.Name).FirstOrDefault(n => row.Text.Contains(" " + n, StringComparison.Ordinal)) is { } member
            && row.Text[..row.Text.IndexOf(" " + member, StringComparison.Ordinal)].Trim() is var substitute && PersonNames.IsName(substitute))
        {
            Flush();
            var party = row.Text[(row.Text.IndexOf(" " + member, StringComparison.Ordinal) + member.Length + 1)..].Trim();
            _lists[Target(_current.Value)].Add(new Attendee(substitute, party.Length > 0 ? party : _affiliation, "for " + member));
            return true;
        }

        // A table row whose columns ran together: the name, then the function ("Medlem", "Varaordfører") and the party.
        if (_table && row.Cells.Count == 1 && TableRowRegex().Match(row.Text.Trim()) is { Success: true } merged && PersonNames.IsName(merged.Groups["name"].Value))
        {
            Flush();
            _lists[Target(_current.Value)].Add(new Attendee(merged.Groups["name"].Value, merged.Groups["rest"].Value.Trim() is { Length: > 0 } party ? party : _affiliation, null)
            {
                Role = merged.Groups["role"].Value,
            });
            return true;
        }

        if (row.Cells.Count >= 2 && (_table || valueColumn is null || row.Left < valueColumn - 4) && PersonNames.IsName(row.Cells[0].Text.Trim()))
        {
            Flush();
            var cells = row.Cells.Select(c => c.Text.Trim()).ToList();
            // "Kåre Bertheussen Medlem | R": the function ran into the name's cell.
            if (TableRowRegex().Match(cells[0]) is { Success: true } joined && joined.Groups["rest"].Value.Length == 0)
            {
                cells = [joined.Groups["name"].Value, joined.Groups["role"].Value, .. cells.Skip(1)];
            }

            if (_substituteColumn is { } k && cells.Count == row.Cells.Count && k < cells.Count - 1 && PersonNames.IsName(cells[k]))
            {
                // "Turid Aarflot | Asle Vikøren | AP" under "Namn | Møtte for | Parti": a substitute and the member met for.
                _lists[Target(_current.Value)].Add(new Attendee(cells[0], cells[^1], "for " + cells[k]));
                return true;
            }

            _lists[Target(_current.Value)].Add(new Attendee(cells[0], cells.Count > 2 ? cells[^1] : _affiliation, null)
            {
                Role = cells.Count > 2 ? string.Join(", ", cells.Skip(1).Take(cells.Count - 2)) : cells[1],
            });
            return true;
        }

        // Rows in the value column: a person a row, or an entry that wraps ("…; Baard-Christian" / "Schem, Helse Vest RHF; …").
        if (valueColumn is { } col && row.Left >= col - 4)
        {
            // An entry that ends its row with a comma goes on in the next ("…, Svein Tveit," / "Ida Bøe, Arne Vik (ansattvalgt)").
            if (_pending is not null && !_pending.TrimEnd().EndsWith(';')
                && (_pending.Contains(';') || _pending.TrimEnd().EndsWith(',') || IsBrokenEntry(_pending, row.Text, _affiliation)))
            {
                _pending += " " + row.Text;
                return true;
            }

            Flush();
            _pending = row.Text;
            return true;
        }

        // Rows of the label's paragraph (or the first row under a bare label, often in another font): a person a row
        // ("Deltakere:" above a list), or one entry wrapping ("…; Anne" / "Berg, Universitetet i Bergen"), told apart
        // by whether the entry read so far is a person on its own.
        if (!row.BlockStart || _pending is null)
        {
            if (_pending is null || StartsNewEntry(_pending, row.Text, _affiliation))
            {
                Flush();
                _pending = row.Text;
                _listLeft ??= row.Left;
            }
            else
            {
                _pending += " " + row.Text;
            }

            return true;
        }

        // One person a paragraph under a bare label ("Til stades:" / "Sigrid Haugland, Helse Bergen (leiar)" /
        // "Ragnhild Aarø, Helse Stavanger"): each further paragraph at the list's left edge that is a person.
        if (_listLeft is { } left && Math.Abs(row.Left - left) < 3 && row.Cells.Count == 1 && PersonNames.ParseAttendees(row.Text, _affiliation).Count > 0)
        {
            Flush();
            _pending = row.Text;
            return true;
        }

        return false;
    }

    /// <summary>Ends the open list: the row read next belongs to something else.</summary>
    public void Close()
    {
        Flush();
        _current = null;
        _table = false;
        _ownersColumn = null;
    }

    /// <summary>
    /// The column of the representatives in the header row of an owners' table ("Eierkommune | Representant | Eierandel",
    /// "Aksjeeier | Representert ved | Aksjer", "Deltakerkommune | Møtte"), or null when the row is no such header.
    /// </summary>
    private static int? OwnersHeader(LayoutRow row)
    {
        if (row.Cells.Count < 2 || !OwnerColumnRegex().IsMatch(row.Cells[0].Text.Trim()))
        {
            return null;
        }

        var column = row.Cells.ToList().FindIndex(1, c => RepresentativeColumnRegex().IsMatch(c.Text.Trim()));
        return column > 0 ? column : null;
    }

    [GeneratedRegex(@"^(?:Eierkommune|Eigarkommune|Eier|Eigar|Eiere|Eigarar|Aksjeeier|Aksjeeigar|Aksjonær|Medlemskommune|Deltakerkommune|Deltakarkommune|Kommune|Selskapsdeltaker|Selskapsdeltakar)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerColumnRegex();

    [GeneratedRegex(@"^(?:Representant|Representert\s+ved|Repr\.?\s+ved|Møtte|Møtt|Møtande|Møtende|Fullmektig|Navn|Namn)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepresentativeColumnRegex();

    /// <summary>The lists read; the meeting leader stands with those present, the recorder with the secretariat, each once and in the order printed.</summary>
    public Attendance Result()
    {
        Close();
        return new Attendance(Once(_lists[ListKind.Present]), _lists[ListKind.Absent], _lists[ListKind.Observers], Once(_lists[ListKind.Secretariat]), _voting,
            _chair, _recorder);
    }

    private static ListKind Target(ListKind kind) => kind switch { ListKind.Chair => ListKind.Present, ListKind.Recorder => ListKind.Secretariat, _ => kind };

    private static List<Attendee> Once(List<Attendee> list) =>
        list.GroupBy(a => PersonNames.Key(a.Name)).Select(g => g.First()).ToList();

    private void Flush()
    {
        // "Tilstede: Emma, Jonas, Sofie og Noah. Ingrid hadde meldt forfall.": the absent named in a sentence after the list.
        if (_pending is not null && _current is not null && AbsentSentenceRegex().Match(_pending) is { Success: true } sentence)
        {
            var absent = sentence.Groups["names"].Value;
            var named = PersonNames.ParseAttendees(absent, null);
            _lists[ListKind.Absent].AddRange(named.Count > 0 ? named : PersonNames.GivenNames(absent, 1).Select(n => new Attendee(n, null, null)));
            _pending = _pending[..sentence.Index].Trim();
        }

        // "Til stades: Ordførarar: A, B, C" / "Kommunedirektørar: D, E": a group's name before its people.
        if (_pending is not null && _current is not null && GroupPrefixRegex().Match(_pending) is { Success: true } prefix
            && PersonNames.ParseAttendees(_pending[prefix.Length..], _affiliation, _style).Count > 0)
        {
            _pending = _pending[prefix.Length..];
        }

        if (_pending is not null && _current is { } given && PersonNames.ParseAttendees(_pending, _affiliation, _style).Count == 0
            && PersonNames.GivenNames(_pending, 3) is { Count: > 0 } givenNames)
        {
            _lists[Target(given)].AddRange(givenNames.Select(n => new Attendee(n, _affiliation, null)));
            _pending = null;
        }

        if (_pending is not null && _current is { } kind)
        {
            _style |= PersonNames.StyleOf(_pending);
            // "Tor Arne Myrvoll Ordfører": a function in the next column read into the same cell.
            var people = PersonNames.ParseAttendees(_pending, _affiliation, _style)
                .Select(p => p.Role is null && TableRowRegex().Match(p.Name) is { Success: true, Groups: var g } && g["rest"].Value.Length == 0
                    ? p with { Name = g["name"].Value, Role = g["role"].Value }
                    : p).ToList();
            // The meeting leader is present; the recorder writes for the secretariat.
            _chair ??= kind == ListKind.Chair ? people.FirstOrDefault()?.Name : null;
            _recorder ??= kind == ListKind.Recorder ? people.FirstOrDefault()?.Name : null;
            _lists[kind switch { ListKind.Chair => ListKind.Present, ListKind.Recorder => ListKind.Secretariat, _ => kind }].AddRange(people);
        }

        _pending = null;
    }

    private static (ListKind Kind, string? Affiliation) Classify(string label, string? org)
    {
        var name = label.ToLowerInvariant();
        if (name.Contains("ikke møtt", StringComparison.Ordinal) || name.Contains("ikkje møtt", StringComparison.Ordinal)
            || name.StartsWith("forfall", StringComparison.Ordinal) || name.StartsWith("fravær", StringComparison.Ordinal) || name.StartsWith("fråvær", StringComparison.Ordinal)
            || name.StartsWith("fråverande", StringComparison.Ordinal) || name.StartsWith("meldt forfall", StringComparison.Ordinal) || name.StartsWith("ikke", StringComparison.Ordinal)
            || name.EndsWith("forfall", StringComparison.Ordinal))
        {
            return (ListKind.Absent, null);
        }

        if (name.StartsWith("observatør", StringComparison.Ordinal) || name.StartsWith("gjest", StringComparison.Ordinal))
        {
            return (ListKind.Observers, null);
        }

        if (name.StartsWith("referent", StringComparison.Ordinal) || name.StartsWith("protokollfører", StringComparison.Ordinal))
        {
            return (ListKind.Recorder, null);
        }

        if (name.StartsWith("møteleder", StringComparison.Ordinal) || name.StartsWith("møteleiar", StringComparison.Ordinal))
        {
            return (ListKind.Chair, null);
        }

        if (name.Contains("sekretariat", StringComparison.Ordinal) || name.Contains("administrasjon", StringComparison.Ordinal)
            || name.StartsWith("fra adm", StringComparison.Ordinal) || name.StartsWith("frå adm", StringComparison.Ordinal))
        {
            return (ListKind.Secretariat, org);
        }

        // "Fra sykehuset:", "Fra revisjonen:": present for the organisation that serves the body, not members.
        if ((name.StartsWith("fra ", StringComparison.Ordinal) || name.StartsWith("frå ", StringComparison.Ordinal))
            && !name.EndsWith("styret", StringComparison.Ordinal) && !name.EndsWith("rådet", StringComparison.Ordinal)
            && !name.EndsWith("utvalget", StringComparison.Ordinal) && !name.EndsWith("utvalet", StringComparison.Ordinal))
        {
            return (ListKind.Observers, null);
        }

        // "Til stede fra sentralstyret", "Til stades frå rådet": the body's own members, named by its organ in lower case.
        if (org is not null && OwnOrganRegex().IsMatch(org.Trim()))
        {
            return (ListKind.Present, null);
        }

        // "Til stede fra Innovasjon Norge": present, but not a member; listed with the observers, affiliated to the body named.
        return org is not null ? (ListKind.Observers, org) : (ListKind.Present, null);
    }

    /// <summary>
    /// Whether a row of an attendee list starts a new entry rather than continuing the one read so far: the entry's last
    /// person is whole on its own, and the row's first person is too ("…; Anne" / "Berg, Universitetet i Bergen" continues).
    /// </summary>
    private static bool StartsNewEntry(string pending, string row, string? affiliation) =>
        // An entry that ends its row with a comma waits for what the comma announces, the person's affiliation or
        // title ("…; Jørn Kråkenes," / "Universitetssykehuset Nord-Norge; …"), which is shaped like a name itself.
        !pending.TrimEnd().EndsWith(',')
        && PersonNames.ParseAttendees(pending.Split(';')[^1], affiliation).Count > 0
        && PersonNames.ParseAttendees(row.Split(';')[0], affiliation).Count > 0;

    /// <summary>
    /// Whether a value row continues an entry broken inside a name (a semicolon list that does not end its row with a
    /// semicolon continues in any case: "…; Per Ivar" / "Kvåle, NTNU", where "Per Ivar" alone reads as a person): neither the entry's last part nor the row's first
    /// part is a person on its own ("…; Baard-Christian" / "Schem, Helse Vest RHF; …").
    /// </summary>
    private static bool IsBrokenEntry(string pending, string row, string? affiliation) =>
        PersonNames.ParseAttendees(pending.Split(';')[^1], affiliation).Count == 0
        && PersonNames.ParseAttendees(row.Split(';')[0], affiliation).Count == 0
        && PersonNames.ParseAttendees(pending.Split(';')[^1] + " " + row.Split(';')[0], affiliation).Count > 0;

    [GeneratedRegex(@"^(?<k>Til\s*(?:stede|stades)\s+fr[aå]\s+(?<org>[^:]+)|Til\s*stede|Til\s*stades|Fr[ae]mmøtte|Fr[ae]mmøtt|Deltakere|Deltakarar|Møtt|Møtte|Møtende\s+(?:faste\s+)?(?:styre|vara)?medlem(?:m?er)?|Møtande\s+(?:faste\s+)?(?:styre|vara)?medlem(?:m?er)?|(?:Faste\s+)?(?:vara)?medlemm?er\s+som\s+(?:ikke\s+|ikkje\s+)?møtte|(?:Faste\s+)?(?:vara)?medlemm?er\s+som\s+(?:hadde|har)\s+(?:meldt\s+)?forfall|(?:Faste\s+)?(?:vara)?medlemm?er|Fr[aå]\s+adm\.?(?:inistrasjonen)?(?:\s*\([^)]*\))?|Fr[aå]\s+(?:styret|rådet|utvalget|utvalet)|Fr[aå]\s+(?:sykehuset|foretaket|helseforetaket|kommunen|fylkeskommunen|departementet|direktoratet|revisjonen)|Møteleder|Møteleiar|Forfall|Meldt\s+forfall|Ikke\s+møtt|Ikkje\s+møtt|Ikke\s+til\s+stede|Ikkje\s+til\s+stades|Arbeidsgiversiden|Arbeidsgiversida|Arbeidsgjevarsida|Arbeidsgivarsida|Arbeidstakersiden|Arbeidstakersida|Arbeidstakarsida|Bedriftshelsetjenesten|Bedriftshelsetenesta|Fravær|Fraværende|Fråvær|Fråverande|Observatører|Observatørar|Observatør|Gjester|Gjestar|Gjest|Sekretariat\w*|Fr[aå]\s+sekretariatet|Fr[aå]\s+administrasjonen|Referent|Protokollfører|Fr[aå]\s+eier(?:en)?)(?:\s+møtte\b[^:]{0,40})?\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListLabelRegex();

    [GeneratedRegex(@"^\p{Ll}*(?:styret|rådet|utvalget|utvalet|komiteen|komitéen|nemnda|gruppen|gruppa)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnOrganRegex();

    // "Ordførarar:", "Rådmenn:", "Frå kommunane:": a group's name inside a list, one or two words and a colon.
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+)?\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPrefixRegex();

    // "… og Noah. Ingrid hadde meldt forfall.", "Per Olsen og Kari Dahl hadde forfall", "Ola var fraværende": the absent after the list.
    [GeneratedRegex(@"(?:^|(?<=[.])\s+)(?<names>\p{Lu}[^.]*?)\s+(?:hadde\s+(?:meldt\s+)?forfall|har\s+meldt\s+forfall|meldte\s+forfall|var\s+fraværende|møtte\s+ikke|hadde\s+fråfall)\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AbsentSentenceRegex();

    // "Følgende faste medlemmer møtte:", "Følgende varamedlemmer møtte:", "Følgende medlemmer hadde forfall:".
    [GeneratedRegex(@"^F\S{1,2}lg(?:j?ande|ende)\s+(?:faste\s+)?(?:vara)?medlem\w*\s+(?:møtte|var\s+til\s+stede|(?<absent>hadde\s+forfall|møtte\s+ikke|hadde\s+meldt\s+forfall))\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnounceRegex();

    [GeneratedRegex(@"^Møtte\s+for$|^Møtte\s+i\s+staden\s+for$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubstituteHeaderRegex();

    [GeneratedRegex(@"^(?:Navn|Namn|Funksjon|Representerer|Parti|Møtte|for|Verv|Rolle|Organisasjon|Virksomhet|Stilling|Merknad|Merknader)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableHeaderWordRegex();

    // "Kåre Bertheussen Medlem R", "Tor Even Mikalsen Varaordfører SP": a name of two to five words, a function, the rest.
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{Ll}'\-]+\.?\s+){1,4}\p{Lu}[\p{Ll}'\-]+)\s+(?<role>Leder|Leiar|Nestleder|Nestleiar|Medlem|Varamedlem|Vara|Ordfører|Varaordfører|Styreleder|Styremedlem|Sekretær|Observatør|Representant)\b(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRowRegex();

    // "Stemmeberettigede: 43", "Antall stemmeberettigede: 43", "Det er 38 stemmeberettigede til stede", "38 stemmeberettigede møtte".
    [GeneratedRegex(@"^(?:(?:Antall\s+)?[Ss]temmeberettig(?:ede|ete|a)(?:\s+(?:delegater|delegatar|medlemmer|medlemer|representanter|representantar|utsendinger))?(?:\s+til\s+stede)?\s*:\s*(?<n>\d{1,4})\b|Det\s+(?:er|var)\s+(?<n>\d{1,4})\s+stemmeberettig\w*|(?<n>\d{1,4})\s+stemmeberettig\w*\s+(?:til\s+stede|møtte))", RegexOptions.CultureInvariant)]
    private static partial Regex VotingRegex();
}

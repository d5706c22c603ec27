using NorPreM.Core.Model;

namespace NorPreM.Web.Knowledge;

/// <summary>
/// An immutable view of one <see cref="KnowledgeBase"/> with the look-ups the pages need
/// (case by number, meeting by council and number, document by id, case threads).
/// A new snapshot replaces the old one atomically when ingestion finishes.
/// </summary>
public sealed class KnowledgeSnapshot
{
    public static readonly KnowledgeSnapshot Empty = new(new KnowledgeBase());

    private readonly Dictionary<string, CaseRecord> casesByNumber;
    private readonly Dictionary<(string Council, string Number), MeetingRecord> meetings;
    private readonly Dictionary<string, DocumentRecord> documents;

    public KnowledgeSnapshot(KnowledgeBase knowledge)
    {
        Base = knowledge;
        casesByNumber = new Dictionary<string, CaseRecord>(StringComparer.Ordinal);
        foreach (var c in knowledge.Cases)
        {
            casesByNumber.TryAdd(c.Number, c);
        }

        meetings = new Dictionary<(string, string), MeetingRecord>();
        foreach (var m in knowledge.Meetings)
        {
            meetings.TryAdd((m.Council, m.Number), m);
        }

        documents = knowledge.Documents
            .GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public KnowledgeBase Base { get; }

    public bool IsEmpty => Base.Documents.Count == 0 && Base.Cases.Count == 0;

    /// <summary>Finds a case by any written form of its number ("28/3/2022", "28-3-22", "Sak 28/3/2022").</summary>
    public CaseRecord? FindCase(string? number) =>
        NormaliseCaseNumber(number) is { } key && casesByNumber.TryGetValue(key, out var c) ? c : null;

    /// <summary>Normal form of a case number in an address or a reference, where it can only be a case number ("13-24" → "13/2024").</summary>
    public static string? NormaliseCaseNumber(string? number) => CaseNumber.NormaliseAddress(DecodeSlashes(number));

    /// <summary>The cases of several councils that share a number by year ("10/2023" → "10/2023 (NorPreM-råd)", …).</summary>
    public IReadOnlyList<CaseRecord> CasesSharing(string? number) =>
        NormaliseCaseNumber(number) is { } key
            ? Base.Cases.Where(c => c.Number != key && CaseNumber.Plain(c.Number) == key).OrderBy(c => c.Number, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Normal form of a meeting key (see <see cref="MeetingKeys.Normalise"/>).</summary>
    public static string? NormaliseMeeting(string? number) => MeetingKeys.Normalise(DecodeSlashes(number));

    /// <summary>
    /// A catch-all route value keeps an encoded slash as "%2F" (the server decodes every other escape), so a client that
    /// escapes "28/3/2022" as one path segment sends "28%2F3%2F2022"; read it as the slash it stands for.
    /// </summary>
    public static string? DecodeSlashes(string? value) =>
        value?.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public MeetingRecord? FindMeeting(string council, string? number) =>
        NormaliseMeeting(number) is { } key && meetings.TryGetValue((council, key), out var m) ? m : null;

    /// <summary>
    /// The one meeting of <paramref name="council"/> held on the date <paramref name="text"/> names ("06.02.2025",
    /// "6.2.2025", "2025-02-06"), so a numbered meeting can also be reached by the date a user knows it by; null when the
    /// text is no date or no meeting, or several, fall on it.
    /// </summary>
    private MeetingRecord? MeetingOnDate(string council, string? text)
    {
        string[] formats = ["d.M.yyyy", "yyyy-MM-dd"];
        if (text is null || !DateOnly.TryParseExact(text.Trim(), formats, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            return null;
        }

        var held = AllMeetingsOf(council).Where(m => m.Date == date).DistinctBy(m => m.Number).ToList();
        return held.Count == 1 ? held[0] : null;
    }

    /// <summary>
    /// The meeting an address names (`2-2022`, `2%2F2022`, a date key): by its number, also a meeting known only from
    /// case papers, else the numbered meeting held on the date it names (<see cref="MeetingOnDate"/>); null when none.
    /// </summary>
    public MeetingRecord? MeetingAt(string council, string? number) =>
        (NormaliseMeeting(number) is { } normal ? FindMeeting(council, normal) ?? AllMeetingsOf(council).FirstOrDefault(m => m.Number == normal) : null)
        ?? MeetingOnDate(council, DecodeSlashes(number));

    public DocumentRecord? FindDocument(string id) => documents.GetValueOrDefault(id);

    /// <summary>Councils that appear anywhere in the knowledge base, plus the known ones (a regional council only when it appears).</summary>
    public IReadOnlyList<string> CouncilIds =>
        Councils.Names.Keys.Where(id => !Councils.Regional.Contains(id))
            .Concat(Base.Meetings.Select(m => m.Council))
            .Concat(Base.Cases.Select(c => c.Council).OfType<string>())
            .Concat(Base.Documents.Select(d => d.Council).OfType<string>())
            .Concat(Base.Mandates.Select(m => m.Council).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The id of the known council an address names in another case or by its display name ("HO21",
    /// "HelseOmsorg21-rådet" → "ho21"), for a redirect to the canonical address; null when it names none.
    /// </summary>
    public string? CanonicalCouncil(string council) =>
        Councils.Names.Keys.Concat(CouncilIds)
            .FirstOrDefault(id => string.Equals(id, council, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Councils.DisplayName(id), council, StringComparison.OrdinalIgnoreCase));

    /// <summary>The known council id an address names (as written, or by <see cref="CanonicalCouncil"/>); the address itself when it names none.</summary>
    public string CouncilIdFor(string council) => IsKnownCouncil(council) ? council : CanonicalCouncil(council) ?? council;

    /// <summary>
    /// The name a council is shown by: a known council's display name, else the name a body recognised from its papers is
    /// printed under ("Styret i Helse Sør-Øst RHF" for `styret-helse-sor-ost-rhf`), else the id.
    /// </summary>
    public string CouncilName(string? id) =>
        id is null ? "" : Councils.Names.ContainsKey(id) ? Councils.DisplayName(id) : Base.Bodies.FirstOrDefault(b => b.Id == id)?.Name ?? Councils.DisplayName(id);

    /// <summary>True for a council of the vocabulary (<see cref="Councils.Names"/>) or one the corpus names.</summary>
    public bool IsKnownCouncil(string council) =>
        Councils.Names.ContainsKey(council) || CouncilIds.Contains(council, StringComparer.Ordinal);

    public IEnumerable<MeetingRecord> MeetingsOf(string council) =>
        Base.Meetings.Where(m => m.Council == council).OrderByDescending(MeetingOrder);

    /// <summary>All meetings of a council, including those known only from case papers (no minutes in the corpus).</summary>
    public IReadOnlyList<MeetingRecord> AllMeetingsOf(string council)
    {
        var known = MeetingsOf(council).ToList();
        var fromCases = Base.Cases
            .Where(c => c.Council == council && c.Meeting is not null && known.All(m => m.Number != c.Meeting))
            .GroupBy(c => c.Meeting!)
            .Select(g => new MeetingRecord
            {
                Council = council,
                Number = g.Key,
                Date = g.Select(c => c.MeetingDate).FirstOrDefault(d => d is not null),
                CaseNumbers = g.Select(c => c.Number).ToList(),
            });
        return known.Concat(fromCases).OrderByDescending(MeetingOrder).ToList();
    }

    /// <summary>Cases handled at a meeting: those the minutes list and those whose papers name the meeting.</summary>
    public IReadOnlyList<CaseRecord> CasesOf(MeetingRecord meeting)
    {
        var listed = meeting.CaseNumbers.Select(FindCase).OfType<CaseRecord>();
        var named = Base.Cases.Where(c => c.Meeting == meeting.Number && (c.Council is null || c.Council == meeting.Council));
        return listed.Concat(named).DistinctBy(c => c.Number).OrderBy(c => Order(c.Number)).ToList();
    }

    /// <summary>The documents of a council (by the council the document itself names).</summary>
    public IReadOnlyList<DocumentRecord> DocumentsOf(string council) =>
        Base.Documents.Where(d => d.Council == council).ToList();

    /// <summary>How many cases of the knowledge base belong to a council.</summary>
    public int CaseCountOf(string council) => Base.Cases.Count(c => c.Council == council);

    /// <summary>True when the knowledge base holds nothing from a council: no documents, meetings, cases or mandate.</summary>
    public bool HasNothingFrom(string council) =>
        DocumentsOf(council).Count == 0 && AllMeetingsOf(council).Count == 0 && CaseCountOf(council) == 0 && MandatesOf(council).Count == 0;

    public IReadOnlyList<MandateRecord> MandatesOf(string council) =>
        Base.Mandates.Where(m => m.Council == council).ToList();

    /// <summary>
    /// The case's thread: every case reachable through "Tidligere behandlet" and later handlings, both ways,
    /// oldest first, the case itself included. Numbers without a record in the corpus are kept as bare entries.
    /// </summary>
    public IReadOnlyList<HistoryEntry> History(CaseRecord start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Number };
        var queue = new Queue<string>([start.Number]);
        while (queue.Count > 0 && seen.Count < 200)
        {
            var number = queue.Dequeue();
            var record = FindCase(number);
            IEnumerable<string> links = record is null ? [] : record.PreviouslyHandled.Concat(record.LaterHandled);
            // Cases that point at this one count as later handlings even when the linker did not record it.
            links = links.Concat(Base.Cases.Where(c => c.PreviouslyHandled.Any(p => NormaliseCaseNumber(p) == number)).Select(c => c.Number));
            foreach (var link in links)
            {
                var key = NormaliseCaseNumber(link) ?? link;
                if (seen.Add(key))
                {
                    queue.Enqueue(key);
                }
            }
        }

        return seen
            .Select(n => new HistoryEntry(n, FindCase(n), n == start.Number))
            .OrderBy(e => Order(e.Number))
            .ToList();
    }

    /// <summary>Members seen in the council's minutes: present at least once, with how many meetings.</summary>
    public IReadOnlyList<MemberSeen> MembersOf(string council) =>
        MeetingsOf(council)
            .SelectMany(m => m.Present.Select(a => (Attendee: a, Meeting: m.Number)))
            .GroupBy(x => x.Attendee.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new MemberSeen(
                g.First().Attendee.Name,
                g.Select(x => x.Attendee.Affiliation).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
                g.Select(x => x.Meeting).Distinct().ToList()))
            .OrderBy(m => m.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb-NO"), true))
            .ToList();

    private static CaseNumber Order(string number) => CaseNumber.SortKey(number);

    /// <summary>
    /// Chronological key of a meeting: its key ("3/2022" → (2022, 3), a date key by date, <see cref="MeetingKeys.Order"/>),
    /// then its date. The key is used first because meetings known only from case papers often have no date.
    /// </summary>
    public static (int Year, int Number, DateOnly Date) MeetingOrder(MeetingRecord m)
    {
        var (year, number) = MeetingKeys.Order(m.Number);
        var date = m.Date ?? DateOnly.MinValue;
        return year > 0 ? (year, number, date) : (date.Year, 0, date);
    }
}

/// <summary>One step of a case's history; <see cref="Case"/> is null when the earlier case is not in the corpus.</summary>
public sealed record HistoryEntry(string Number, CaseRecord? Case, bool IsCurrent);

/// <summary>A person present at one or more meetings of a council.</summary>
public sealed record MemberSeen(string Name, string? Affiliation, IReadOnlyList<string> Meetings);

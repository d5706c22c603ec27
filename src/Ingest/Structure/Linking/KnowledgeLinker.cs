using NorPreM.Ingest.Structure.Entities;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Linking;

/// <summary>
/// Merges the structured documents of a corpus into one <see cref="KnowledgeBase"/>:
/// cases by their normal-form number (the case paper gives title, parties, proposal; the minutes give discussion,
/// decision and meeting date), case threads (each "Tidligere behandlet"/"Viser til Sak …" reference makes the earlier
/// case's <see cref="CaseRecord.LaterHandled"/> point back), meetings by council and number (from minutes, and from
/// case papers for meetings whose minutes are not in the corpus), people by name (spellings that differ only in
/// hyphens or case meet), and organisations by acronym or name. Output order is stable: by number, then by name.
/// </summary>
public sealed class KnowledgeLinker : IKnowledgeLinker
{
    /// <inheritdoc />
    public KnowledgeBase Link(IReadOnlyList<StructuredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var shared = SharedNumbers(documents.SelectMany(d => d.Cases));
        var meetings = MergeMeetings(documents.SelectMany(d => d.Meetings).Select(m => m with
        {
            CaseNumbers = m.CaseNumbers.Select(n => shared.GetValueOrDefault((m.Council, n), n)).ToList(),
        }));
        var cases = MergeCases(documents.SelectMany(d => d.Cases).Select(c => Qualify(c, shared)), meetings);
        meetings = AddMeetingsFromCases(meetings, cases);
        cases = Thread(cases);
        return new KnowledgeBase
        {
            Documents = documents.Select(d => d.Document).OrderBy(d => d.FileName, StringComparer.Ordinal).ToList(),
            Meetings = meetings,
            Cases = cases,
            Mandates = documents.SelectMany(d => d.Mandates).OrderBy(m => m.Title, StringComparer.Ordinal).ToList(),
            People = MergePeople(documents.SelectMany(d => d.People)),
            Organisations = MergeOrganisations(documents.SelectMany(d => d.Organisations)),
            Bodies = Bodies(documents.Select(d => d.Document)),
        };
    }

    /// <summary>
    /// The bodies the documents belong to, one per id: a known council under its display name, a body recognised from
    /// its papers under the name printed most often, with the other printed names as aliases.
    /// </summary>
    private static IReadOnlyList<BodyRecord> Bodies(IEnumerable<DocumentRecord> documents) =>
        documents.Where(d => !string.IsNullOrEmpty(d.Council))
            .GroupBy(d => d.Council!, StringComparer.Ordinal)
            .Select(g =>
            {
                var names = g.Select(d => d.CouncilName).OfType<string>().GroupBy(n => n, StringComparer.Ordinal)
                    .OrderByDescending(n => n.Count()).ThenBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key).ToList();
                var name = Councils.Names.TryGetValue(g.Key, out var known) ? known : names.FirstOrDefault() ?? g.Key;
                return new BodyRecord(g.Key, name, names.Where(n => n != name).ToList());
            })
            .OrderBy(b => b.Id, StringComparer.Ordinal)
            .ToList();

    private static IReadOnlyList<MeetingRecord> MergeMeetings(IEnumerable<MeetingRecord> meetings) =>
        meetings.GroupBy(m => (m.Council, m.Number))
            .Select(g => g.Aggregate((a, b) => a with
            {
                Date = a.Date ?? b.Date,
                DateText = a.DateText ?? b.DateText,
                StartTime = a.StartTime ?? b.StartTime,
                EndTime = a.EndTime ?? b.EndTime,
                Place = a.Place ?? b.Place,
                Present = a.Present.Count > 0 ? a.Present : b.Present,
                Absent = a.Absent.Count > 0 ? a.Absent : b.Absent,
                Observers = a.Observers.Count > 0 ? a.Observers : b.Observers,
                Secretariat = a.Secretariat.Count > 0 ? a.Secretariat : b.Secretariat,
                CaseNumbers = SortNumbers(a.CaseNumbers.Concat(b.CaseNumbers)),
                // The minutes' items (with what was noted under them) rather than the agenda's list.
                Items = a.Items.Count > 0 && (a.MinutesDocumentId is not null || b.MinutesDocumentId is null || b.Items.Count == 0) ? a.Items : b.Items,
                MinutesDocumentId = a.MinutesDocumentId ?? b.MinutesDocumentId,
                MinutesPages = a.MinutesPages.Count > 0 ? a.MinutesPages : b.MinutesPages,
                AgendaDocumentId = a.AgendaDocumentId ?? b.AgendaDocumentId,
                AgendaPages = a.AgendaPages.Count > 0 ? a.AgendaPages : b.AgendaPages,
            }))
            .OrderBy(m => MeetingKeys.Order(m.Number)).ThenBy(m => m.Council, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Numbers by year that several councils use ("10/2023" in a regional council and in the fagdirektørmøte): each
    /// council's case gets its own number qualified by the council ("10/2023 (NorPreM-råd)"), so two cases never merge.
    /// Three-part numbers name their meeting and are left alone; a case without a council keeps the plain number.
    /// </summary>
    private static Dictionary<(string? Council, string Number), string> SharedNumbers(IEnumerable<CaseRecord> cases)
    {
        var shared = new Dictionary<(string?, string), string>();
        foreach (var group in cases.Where(c => CaseNumber.TryParse(c.Number, out var n) && !n.Value.HasMeeting).GroupBy(c => c.Number, StringComparer.Ordinal))
        {
            var councils = group.Select(c => c.Council).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (councils.Count > 1)
            {
                foreach (var council in councils)
                {
                    shared[(council, group.Key)] = CaseNumber.Qualify(group.Key, Councils.DisplayName(council));
                }
            }
        }

        return shared;
    }

    /// <summary>
    /// A case with its own number and its references qualified where the number is shared: a reference means the
    /// case of the same council, or else the only council that has that number.
    /// </summary>
    private static CaseRecord Qualify(CaseRecord c, Dictionary<(string? Council, string Number), string> shared)
    {
        if (shared.Count == 0)
        {
            return c;
        }

        string Resolve(string number)
        {
            if (shared.TryGetValue((c.Council, number), out var own))
            {
                return own;
            }

            var others = shared.Where(s => s.Key.Number == number).Select(s => s.Value).ToList();
            return others.Count == 1 ? others[0] : number;
        }

        return c with
        {
            Number = shared.GetValueOrDefault((c.Council, c.Number), c.Number),
            PreviouslyHandled = c.PreviouslyHandled.Select(Resolve).ToList(),
        };
    }

    private static IReadOnlyList<CaseRecord> MergeCases(IEnumerable<CaseRecord> cases, IReadOnlyList<MeetingRecord> meetings)
    {
        var merged = new List<CaseRecord>();
        foreach (var group in cases.GroupBy(c => c.Number))
        {
            // The case paper (with a DocumentId) is the base; minutes entries add what the meeting decided.
            var ordered = group.OrderBy(c => c.DocumentId is null ? 1 : 0).ToList();
            var c = ordered.Aggregate((a, b) => a with
            {
                NumberAsPrinted = a.NumberAsPrinted ?? b.NumberAsPrinted,
                Title = a.Title.Length > 0 ? a.Title : b.Title,
                Council = a.Council ?? b.Council,
                Meeting = a.Meeting ?? b.Meeting,
                MeetingDate = a.MeetingDate ?? b.MeetingDate,
                CaseTypes = a.CaseTypes.Count > 0 ? a.CaseTypes : b.CaseTypes,
                To = a.To ?? b.To,
                From = a.From ?? b.From,
                CaseOfficers = a.CaseOfficers.Count > 0 ? a.CaseOfficers : b.CaseOfficers,
                Attachments = a.Attachments.Count > 0 ? a.Attachments : b.Attachments,
                PreviouslyHandled = a.PreviouslyHandled.Concat(b.PreviouslyHandled).Distinct().ToList(),
                Sections = a.Sections.Count > 0 ? a.Sections : b.Sections,
                ProposedDecision = a.ProposedDecision ?? b.ProposedDecision,
                Decision = a.Decision ?? b.Decision,
                Discussion = a.Discussion ?? b.Discussion,
                DocumentId = a.DocumentId ?? b.DocumentId,
                Pages = a.Pages.Count > 0 ? a.Pages : b.Pages,
                MinutesDocumentId = a.MinutesDocumentId ?? b.MinutesDocumentId,
                MinutesPages = a.MinutesPages.Count > 0 ? a.MinutesPages : b.MinutesPages,
                AgendaDocumentId = a.AgendaDocumentId ?? b.AgendaDocumentId,
                AgendaPages = a.AgendaPages.Count > 0 ? a.AgendaPages : b.AgendaPages,
            });
            if (c.MeetingDate is null && c.Meeting is not null)
            {
                var meeting = meetings.FirstOrDefault(m => m.Number == c.Meeting && (c.Council is null || m.Council == c.Council) && m.Date is not null);
                c = c with { MeetingDate = meeting?.Date };
            }

            merged.Add(c);
        }

        return merged.OrderBy(c => CaseNumber.SortKey(c.Number)).ThenBy(c => c.Number, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<MeetingRecord> AddMeetingsFromCases(IReadOnlyList<MeetingRecord> meetings, IReadOnlyList<CaseRecord> cases)
    {
        var list = meetings.ToList();
        foreach (var group in cases.Where(c => c.Meeting is not null && c.Council is not null).GroupBy(c => (c.Council!, c.Meeting!)))
        {
            var index = list.FindIndex(m => m.Council == group.Key.Item1 && m.Number == group.Key.Item2);
            var numbers = group.Select(c => c.Number);
            if (index >= 0)
            {
                list[index] = list[index] with { CaseNumbers = SortNumbers(list[index].CaseNumbers.Concat(numbers)) };
            }
            else
            {
                list.Add(new MeetingRecord
                {
                    Council = group.Key.Item1,
                    Number = group.Key.Item2,
                    Date = group.Select(c => c.MeetingDate).FirstOrDefault(d => d is not null),
                    CaseNumbers = SortNumbers(numbers),
                });
            }
        }

        return list.OrderBy(m => MeetingKeys.Order(m.Number)).ThenBy(m => m.Council, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<CaseRecord> Thread(IReadOnlyList<CaseRecord> cases)
    {
        var known = cases.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        var later = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            foreach (var earlier in c.PreviouslyHandled.Where(known.Contains))
            {
                (later.TryGetValue(earlier, out var l) ? l : later[earlier] = []).Add(c.Number);
            }
        }

        return cases.Select(c => c with { LaterHandled = later.TryGetValue(c.Number, out var l) ? SortNumbers(l) : [] }).ToList();
    }

    private static IReadOnlyList<PersonRecord> MergePeople(IEnumerable<PersonRecord> people) =>
        people.GroupBy(p => PersonNames.Key(p.Name))
            .Select(g => new PersonRecord(
                g.First().Name,
                g.Select(p => p.Affiliation).FirstOrDefault(a => a is not null),
                g.SelectMany(p => p.Roles).Distinct().ToList()))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    private static IReadOnlyList<OrganisationRecord> MergeOrganisations(IEnumerable<OrganisationRecord> organisations)
    {
        var all = organisations.ToList();
        var defined = all.Where(o => o.Acronym is not null)
            .GroupBy(o => o.Acronym!, StringComparer.Ordinal)
            .Select(g => g.GroupBy(o => o.Name, StringComparer.Ordinal).OrderByDescending(n => n.Count()).First().First())
            .ToList();
        var acronyms = defined.Select(o => o.Acronym!).ToHashSet(StringComparer.Ordinal);
        var names = defined.Select(o => o.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var plain = all.Where(o => o.Acronym is null && !acronyms.Contains(o.Name) && !names.Contains(o.Name))
            .GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First());
        return defined.Concat(plain).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<string> SortNumbers(IEnumerable<string> numbers) =>
        numbers.Distinct(StringComparer.Ordinal)
            .OrderBy(CaseNumber.SortKey)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToList();
}

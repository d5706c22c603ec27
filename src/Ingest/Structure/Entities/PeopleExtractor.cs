using System.Text.RegularExpressions;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Entities;

/// <summary>
/// Collects the people and organisations a document names: attendees of minutes (with their affiliation and the list
/// they are on), case officers and senders of case papers, members of working groups named in running text
/// ("arbeidsgruppe bestående av A, B og C", "rådsmedlemmene A, B og C"), and organisations from affiliations and from
/// "Long form (ACR)" definitions (<see cref="AcronymExtractor"/>). Only strings shaped as personal names become people.
/// </summary>
public static partial class PeopleExtractor
{
    /// <summary>Role names used in <see cref="PersonRecord.Roles"/>.</summary>
    public static class Roles
    {
        public const string Present = "møtedeltaker";
        public const string Absent = "forfall";
        public const string Observer = "observatør";
        public const string Secretariat = "sekretariat";
        public const string CaseOfficer = "saksbehandler";
        public const string Sender = "avsender";
        public const string WorkingGroup = "arbeidsgruppe";
    }

    /// <summary>People from meetings, cases and free text of one document, not yet merged across documents.</summary>
    public static IReadOnlyList<PersonRecord> People(IEnumerable<MeetingRecord> meetings, IEnumerable<CaseRecord> cases)
    {
        var people = new List<PersonRecord>();
        foreach (var meeting in meetings)
        {
            void Add(IEnumerable<Attendee> list, string role)
            {
                foreach (var a in list)
                {
                    var roles = new List<string> { role };
                    if (a.Role is { } job)
                    {
                        roles.Add(job);
                    }

                    if (a.Remark is { } remark && remark.Split(';').Any(r => r.Trim() == "leder"))
                    {
                        roles.Add("leder");
                    }

                    people.Add(new PersonRecord(a.Name, a.Affiliation, roles));
                }
            }

            Add(meeting.Present, Roles.Present);
            Add(meeting.Absent, Roles.Absent);
            Add(meeting.Observers, Roles.Observer);
            Add(meeting.Secretariat, Roles.Secretariat);
        }

        foreach (var c in cases)
        {
            foreach (var officer in c.CaseOfficers.Where(PersonNames.IsName))
            {
                people.Add(new PersonRecord(officer, null, [Roles.CaseOfficer]));
            }

            if (c.From is { } from && PersonNames.IsName(from))
            {
                people.Add(new PersonRecord(from, null, [Roles.Sender]));
            }

            var texts = c.Sections.Select(s => s.Text).Append(c.Discussion ?? "");
            foreach (var name in WorkingGroupMembers(string.Join("\n", texts)))
            {
                people.Add(new PersonRecord(name, null, [Roles.WorkingGroup]));
            }
        }

        return people;
    }

    /// <summary>Names listed as members of a working group or as council members asked to take part.</summary>
    public static IReadOnlyList<string> WorkingGroupMembers(string text)
    {
        var names = new List<string>();
        var flat = text.Replace('\n', ' ');
        foreach (Match m in WorkingGroupRegex().Matches(flat))
        {
            names.AddRange(PersonNames.Enumeration(m.Groups["names"].Value));
        }

        return names.Distinct().ToList();
    }

    /// <summary>Organisations from "Long form (ACR)" definitions and from attendee affiliations.</summary>
    public static IReadOnlyList<OrganisationRecord> Organisations(string text, IEnumerable<MeetingRecord> meetings)
    {
        var orgs = AcronymExtractor.Extract(text).ToList();
        foreach (var a in meetings.SelectMany(m => m.Present.Concat(m.Absent).Concat(m.Observers).Concat(m.Secretariat)))
        {
            if (a.Affiliation is null)
            {
                continue;
            }

            foreach (var piece in AffiliationSplitRegex().Split(a.Affiliation).Select(p => p.Trim()).Where(p => p.Length > 1))
            {
                var acr = AcronymInParenthesesRegex().Match(piece);
                var org = acr.Success
                    ? new OrganisationRecord(piece[..acr.Index].Trim(), acr.Groups["a"].Value)
                    : new OrganisationRecord(piece, null);
                if (!orgs.Contains(org))
                {
                    orgs.Add(org);
                }
            }
        }

        return orgs;
    }

    [GeneratedRegex(@"(?:arbeidsgruppe\w*|gruppe\w*|utvalg\w*)\s+bestående\s+av\s+(?<names>[^.;:]+?)(?=\s+(?:som|har|skal|vil)\b|[.;:]|$)|(?:rådsmedlemme(?:ne|r)|medlemmene)\s+\(?(?<names>\p{Lu}[^.;:()]+?)(?=\)|,\s+\p{Ll}|[.;:]|\s+(?:som|har|skal|vil)\b|$)")]
    private static partial Regex WorkingGroupRegex();

    [GeneratedRegex(@"\s*(?:,|/|\bog\b)\s*")]
    private static partial Regex AffiliationSplitRegex();

    [GeneratedRegex(@"\s*\((?<a>[^()]+)\)\s*$")]
    private static partial Regex AcronymInParenthesesRegex();
}

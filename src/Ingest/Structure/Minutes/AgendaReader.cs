using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure.Minutes;

/// <summary>
/// An agenda (innkalling, saksliste) as the minutes parser reads it, turned into what an agenda can say: the meeting
/// (council, date, time, place) and the cases it lists, both recorded as the agenda's rather than as minutes. An agenda
/// records no discussion, decision or attendance, so the text after the list is not taken for any; a paragraph
/// "Forslag til vedtak (i sak N): …" becomes the proposal of the case it names, or else of the case it stands under.
/// </summary>
public static partial class AgendaReader
{
    public static ParsedMinutes FromMinutes(ParsedMinutes parsed)
    {
        var proposals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in parsed.Cases)
        {
            foreach (var text in new[] { c.Discussion, c.Decision }.OfType<string>())
            {
                foreach (Match m in ProposalRegex().Matches(text))
                {
                    var target = CaseNumber.FindAll(m.Groups["ref"].Value) is [var named, ..] ? named.Number.ToString() : c.Number;
                    proposals.TryAdd(target, Paragraphs.Normalise(m.Groups["text"].Value));
                }
            }
        }

        var cases = parsed.Cases.Select(c => c with
        {
            Discussion = null,
            Decision = null,
            ProposedDecision = c.ProposedDecision ?? proposals.GetValueOrDefault(c.Number),
            AgendaDocumentId = c.MinutesDocumentId,
            AgendaPages = c.MinutesPages,
            MinutesDocumentId = null,
            MinutesPages = [],
        }).ToList();
        var meeting = parsed.Meeting with
        {
            Present = [],
            Absent = [],
            Observers = [],
            Secretariat = [],
            AgendaDocumentId = parsed.Meeting.MinutesDocumentId,
            AgendaPages = parsed.Meeting.MinutesPages,
            MinutesDocumentId = null,
            MinutesPages = [],
        };
        return new ParsedMinutes(meeting, cases, parsed.Warnings);
    }

    [GeneratedRegex(@"Forslag\s+til\s+(?:vedtak|beslutning|konklusjon)(?<ref>\s+(?:i|for|til)\s+[Ss]ak\s*(?:nr\.?\s*)?[\d/\-]+)?\s*:\s*(?<text>[^\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalRegex();
}

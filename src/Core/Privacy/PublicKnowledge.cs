using NorPreM.Core.Model;

namespace NorPreM.Core.Privacy;

/// <summary>
/// The knowledge base as an anonymous user may see it: restricted papers and everything taken only from them are
/// gone (their documents, mandates, the sections, decisions and discussions they gave a case, the attendance and items
/// they gave a meeting), a public case names a restricted attachment by title only, and identity numbers, telephone
/// numbers and e-mail addresses are masked in every text (<see cref="PersonalData"/>). Pure: built once per snapshot.
/// </summary>
public static class PublicKnowledge
{
    /// <summary>The public view of <paramref name="kb"/>.</summary>
    public static KnowledgeBase Of(KnowledgeBase kb)
    {
        var restricted = kb.Documents.Where(d => d.Restricted).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var restrictedParts = kb.Documents.Where(d => d.Restricted).SelectMany(d => d.Parts).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        bool Hidden(string? documentId) => documentId is not null && restricted.Contains(documentId);

        var cases = kb.Cases.Select(c => Case(c, Hidden, restrictedParts)).OfType<CaseRecord>().ToList();
        var caseNumbers = cases.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        // Only references to cases known only from restricted papers go; a case the corpus never held stays cited.
        var hiddenCases = kb.Cases.Select(c => c.Number).Where(n => !caseNumbers.Contains(n)).ToHashSet(StringComparer.Ordinal);
        cases = cases.Select(c => c with
        {
            PreviouslyHandled = c.PreviouslyHandled.Where(n => !hiddenCases.Contains(n)).ToList(),
            LaterHandled = c.LaterHandled.Where(n => !hiddenCases.Contains(n)).ToList(),
        }).ToList();

        var documents = kb.Documents.Where(d => !d.Restricted).Select(Document).ToList();
        // People and organisations carry no source: keep those a public paper names, so a name or an acronym found
        // only in a restricted paper leaves no trace in listings, suggestions or query expansion.
        var publicText = string.Join("\n", documents.SelectMany(d => d.Pages).Select(p => p.Text));
        bool Named(string? name) => !string.IsNullOrWhiteSpace(name) && publicText.Contains(name, StringComparison.OrdinalIgnoreCase);

        return kb with
        {
            Documents = documents,
            People = restricted.Count == 0 ? kb.People : kb.People.Where(p => Named(p.Name)).ToList(),
            Organisations = restricted.Count == 0 ? kb.Organisations : kb.Organisations
                .Where(o => Named(o.Name))
                .Select(o => o.Acronym is not null && !Named(o.Acronym) ? o with { Acronym = null } : o)
                .ToList(),
            Cases = cases,
            Meetings = kb.Meetings.Select(m => Meeting(m, Hidden, caseNumbers)).OfType<MeetingRecord>().ToList(),
            Mandates = kb.Mandates.Where(m => !Hidden(m.DocumentId)).Select(Mandate).ToList(),
        };
    }

    private static string M(string text) => PersonalData.Mask(text);

    private static string? Optional(string? text) => PersonalData.MaskOptional(text);

    private static DocumentRecord Document(DocumentRecord d) => d with
    {
        Title = M(d.Title),
        Pages = d.Pages.Select(p => p with { Text = M(p.Text), OriginalText = Optional(p.OriginalText), Furniture = p.Furniture.Select(M).ToList() }).ToList(),
        Parts = d.Parts.Select(p => p with { Title = M(p.Title) }).ToList(),
        Outline = d.Outline.Select(o => o with { Title = M(o.Title) }).ToList(),
    };

    private static CaseRecord? Case(CaseRecord c, Func<string?, bool> hidden, HashSet<string> restrictedParts)
    {
        var paper = hidden(c.DocumentId);
        var minutes = hidden(c.MinutesDocumentId);
        var agenda = hidden(c.AgendaDocumentId);
        var sources = new[] { c.DocumentId, c.MinutesDocumentId, c.AgendaDocumentId }.Where(d => d is not null).ToList();
        if (sources.Count > 0 && sources.All(hidden))
        {
            return null; // known only from restricted papers: no trace, not even its number
        }

        return c with
        {
            Title = M(c.Title),
            Sections = paper ? [] : c.Sections.Select(s => s with { Heading = M(s.Heading), Text = M(s.Text) }).ToList(),
            ProposedDecision = paper ? null : Optional(c.ProposedDecision),
            To = paper ? null : c.To,
            From = paper ? null : c.From,
            ArchiveReference = paper ? null : c.ArchiveReference,
            CaseOfficers = paper ? [] : c.CaseOfficers,
            DocumentId = paper ? null : c.DocumentId,
            Pages = paper ? [] : c.Pages,
            Decision = minutes ? null : Optional(c.Decision),
            Discussion = minutes ? null : Optional(c.Discussion),
            MinutesDocumentId = minutes ? null : c.MinutesDocumentId,
            MinutesPages = minutes ? [] : c.MinutesPages,
            AgendaDocumentId = agenda ? null : c.AgendaDocumentId,
            AgendaPages = agenda ? [] : c.AgendaPages,
            // A public case may name a restricted attachment, by title only.
            Attachments = c.Attachments.Select(a => a.PartId is { } part && restrictedParts.Contains(part)
                ? new AttachmentRef(M(a.Title), null, null)
                : a with { Title = M(a.Title) }).ToList(),
        };
    }

    private static MeetingRecord? Meeting(MeetingRecord m, Func<string?, bool> hidden, HashSet<string> publicCases)
    {
        var minutes = hidden(m.MinutesDocumentId);
        var agenda = hidden(m.AgendaDocumentId);
        var cases = m.CaseNumbers.Where(publicCases.Contains).ToList();
        var hasSource = m.MinutesDocumentId is not null && !minutes || m.AgendaDocumentId is not null && !agenda;
        if (!hasSource && cases.Count == 0)
        {
            return null;
        }

        return m with
        {
            Place = minutes ? null : m.Place,
            Present = minutes ? [] : m.Present,
            Absent = minutes ? [] : m.Absent,
            Observers = minutes ? [] : m.Observers,
            Secretariat = minutes ? [] : m.Secretariat,
            Items = minutes ? [] : m.Items.Select(i => i with { Title = M(i.Title), Text = Optional(i.Text) }).ToList(),
            MinutesDocumentId = minutes ? null : m.MinutesDocumentId,
            MinutesPages = minutes ? [] : m.MinutesPages,
            AgendaDocumentId = agenda ? null : m.AgendaDocumentId,
            AgendaPages = agenda ? [] : m.AgendaPages,
            CaseNumbers = cases,
        };
    }

    private static MandateRecord Mandate(MandateRecord m) => m with
    {
        Body = M(m.Body),
        Approval = Optional(m.Approval),
        Sections = m.Sections.Select(s => s with
        {
            Text = M(s.Text),
            Points = s.Points.Select(p => p with { Text = M(p.Text) }).ToList(),
        }).ToList(),
        Footnotes = m.Footnotes.Select(M).ToList(),
    };
}

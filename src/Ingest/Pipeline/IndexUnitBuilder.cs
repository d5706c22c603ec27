using NorPreM.Core.Model;

namespace NorPreM.Ingest.Pipeline;

/// <summary>
/// Turns the knowledge base into retrievable units: one per page (the unit every hit can point to), plus one per case,
/// proposed decision, adopted decision, meeting and titled section, so search can filter and group by them. Each unit
/// carries the council, meeting, date, case number, types and themes known for it.
/// </summary>
public static class IndexUnitBuilder
{
    /// <summary>
    /// Builds every unit, keyed by the document it is stored under (for per-document replacement). A pure projection:
    /// each unit takes the themes the themes stage set on its record (a case's proposal and decision carry the case's).
    /// </summary>
    public static IReadOnlyDictionary<string, List<IndexUnit>> Build(KnowledgeBase kb)
    {
        var byDocument = kb.Documents.ToDictionary(d => d.Id, _ => new List<IndexUnit>(), StringComparer.Ordinal);
        var documents = kb.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var meetings = kb.Meetings
            .GroupBy(m => (m.Council, m.Number))
            .ToDictionary(g => g.Key, g => g.First());
        var cases = kb.Cases.ToDictionary(c => c.Number, StringComparer.Ordinal);

        // Pages of minutes and agendas belong to their meeting even where no case covers them (attendance, RS items),
        // so a meeting filter or "møte:4/2024" finds every page of that meeting's minutes.
        var meetingOfPage = new Dictionary<(string DocumentId, int Page), string>();
        foreach (var m in kb.Meetings)
        {
            foreach (var (docId, pages) in new[] { (m.MinutesDocumentId, m.MinutesPages), (m.AgendaDocumentId, m.AgendaPages) })
            {
                if (docId is null)
                {
                    continue;
                }

                foreach (var pageNumber in pages)
                {
                    meetingOfPage.TryAdd((docId, pageNumber), m.Number);
                }
            }
        }

        DateOnly? MeetingDate(string? council, string? meeting) =>
            council is not null && meeting is not null && meetings.TryGetValue((council, meeting), out var m) ? m.Date : null;

        void Add(string documentId, IndexUnit unit)
        {
            if (byDocument.TryGetValue(documentId, out var list) && unit.Text.Trim().Length > 0)
            {
                list.Add(unit);
            }
        }

        foreach (var doc in kb.Documents)
        {
            foreach (var page in doc.Pages)
            {
                var part = doc.Parts.FirstOrDefault(p => p.FirstPage <= page.Number && page.Number <= p.LastPage);
                var caseNumber = part?.CaseNumber;
                cases.TryGetValue(caseNumber ?? "", out var @case);
                var meeting = @case?.Meeting ?? MeetingOf(caseNumber) ?? meetingOfPage.GetValueOrDefault((doc.Id, page.Number));
                Add(doc.Id, new IndexUnit
                {
                    Id = $"{doc.Id}:p{page.Number}",
                    Kind = UnitKind.Page,
                    DocumentId = doc.Id,
                    FileName = doc.FileName,
                    DocumentTitle = doc.Title,
                    Title = part?.Title ?? doc.Title,
                    Pages = [page.Number],
                    Text = page.Text,
                    Council = doc.Council,
                    Meeting = meeting,
                    Date = @case?.MeetingDate ?? MeetingDate(doc.Council, meeting) ?? doc.Date,
                    CaseNumber = caseNumber,
                    CaseTypes = part?.DocumentType == DocumentTypes.CasePaper ? @case?.CaseTypes ?? [] : [],
                    DocumentType = part?.DocumentType ?? doc.DocumentType,
                    Themes = page.Themes ?? [],
                    Repairs = page.Repairs,
                });
            }
        }

        foreach (var c in kb.Cases)
        {
            // The case's own document: its paper, else the minutes entry, else the agenda that lists it.
            var (docId, casePages, caseDocumentType) = c.DocumentId is not null ? (c.DocumentId, c.Pages, DocumentTypes.CasePaper)
                : c.MinutesDocumentId is not null ? (c.MinutesDocumentId, c.MinutesPages, DocumentTypes.Minutes)
                : (c.AgendaDocumentId, c.AgendaPages, DocumentTypes.Agenda);
            if (docId is null || !documents.TryGetValue(docId, out var doc))
            {
                continue;
            }

            var date = c.MeetingDate ?? MeetingDate(c.Council, c.Meeting);
            IndexUnit Unit(string id, UnitKind kind, string documentId, IReadOnlyList<int> pages, string title, string text, string? documentType, IReadOnlyList<ThemeScore> themes) => new()
            {
                Id = id,
                Kind = kind,
                DocumentId = documentId,
                FileName = documents[documentId].FileName,
                DocumentTitle = documents[documentId].Title,
                Title = title,
                Pages = pages.Count > 0 ? pages : [1],
                Text = text,
                Council = c.Council ?? doc.Council,
                Meeting = c.Meeting,
                Date = date,
                CaseNumber = c.Number,
                CaseTypes = c.CaseTypes,
                DocumentType = documentType,
                Themes = themes,
            };

            var caseTitle = $"Sak {c.Number} {c.Title}";
            Add(docId, Unit($"case:{c.Number}", UnitKind.Case, docId, casePages, caseTitle, KnowledgeTexts.Case(c), caseDocumentType, c.Themes));
            // The proposal stands in the case paper, or else in the agenda that lists the case.
            if (c.ProposedDecision is { Length: > 0 } proposal && (c.DocumentId ?? c.AgendaDocumentId) is { } proposalDoc && documents.ContainsKey(proposalDoc))
            {
                Add(proposalDoc, Unit($"proposal:{c.Number}", UnitKind.Proposal, proposalDoc, c.DocumentId is not null ? c.Pages : c.AgendaPages,
                    $"Forslag til vedtak – {caseTitle}", proposal, c.DocumentId is not null ? DocumentTypes.CasePaper : DocumentTypes.Agenda, c.Themes));
            }

            if (c.Decision is { Length: > 0 } decision)
            {
                var minutesDoc = c.MinutesDocumentId is not null && documents.ContainsKey(c.MinutesDocumentId) ? c.MinutesDocumentId : docId;
                Add(minutesDoc, Unit($"decision:{c.Number}", UnitKind.Decision, minutesDoc, c.MinutesPages.Count > 0 ? c.MinutesPages : c.Pages,
                    $"Vedtak – {caseTitle}", decision, DocumentTypes.Minutes, c.Themes));
            }

            for (var i = 0; i < c.Sections.Count; i++)
            {
                var s = c.Sections[i];
                Add(docId, Unit($"section:{c.Number}:{i + 1}", UnitKind.Section, docId, s.Page is { } p ? [p] : c.Pages, $"{s.Heading} – {caseTitle}", s.Text,
                    DocumentTypes.CasePaper, s.Themes ?? []) with { Section = s.Heading });
            }
        }

        foreach (var m in kb.Meetings)
        {
            // A meeting is indexed from its minutes, or else from its agenda.
            var (meetingDoc, meetingPages) = m.MinutesDocumentId is not null ? (m.MinutesDocumentId, m.MinutesPages) : (m.AgendaDocumentId, m.AgendaPages);
            if (meetingDoc is null || !documents.TryGetValue(meetingDoc, out var doc))
            {
                continue;
            }

            var text = KnowledgeTexts.Meeting(m, cases);
            Add(doc.Id, new IndexUnit
            {
                Id = $"meeting:{m.Council}:{m.Number}",
                Kind = UnitKind.Meeting,
                DocumentId = doc.Id,
                FileName = doc.FileName,
                DocumentTitle = doc.Title,
                Title = $"Møte {m.Number} – {Councils.DisplayName(m.Council)}",
                Pages = meetingPages.Count > 0 ? meetingPages : [1],
                Text = text,
                Council = m.Council,
                Meeting = m.Number,
                Date = m.Date,
                DocumentType = m.MinutesDocumentId is not null ? DocumentTypes.Minutes : DocumentTypes.Agenda,
                Themes = m.Themes ?? [],
            });

            // Each referatsak (or other item outside the case series) on its own, so a letter or report is found with
            // the meeting that received it.
            for (var i = 0; i < m.Items.Count; i++)
            {
                var item = m.Items[i];
                var itemText = KnowledgeTexts.Item(item);
                Add(doc.Id, new IndexUnit
                {
                    Id = $"item:{m.Council}:{m.Number}:{i + 1}",
                    Kind = UnitKind.Section,
                    DocumentId = doc.Id,
                    FileName = doc.FileName,
                    DocumentTitle = doc.Title,
                    Title = $"{item.Heading} – møte {m.Number}, {Councils.DisplayName(m.Council)}",
                    Pages = item.Pages.Count > 0 ? item.Pages : meetingPages.Count > 0 ? meetingPages : [1],
                    Text = itemText,
                    Council = m.Council,
                    Meeting = m.Number,
                    Date = m.Date,
                    DocumentType = m.MinutesDocumentId is not null ? DocumentTypes.Minutes : DocumentTypes.Agenda,
                    Section = ItemSection(item),
                    Themes = item.Themes ?? [],
                });
            }
        }

        foreach (var mandate in kb.Mandates)
        {
            if (!documents.TryGetValue(mandate.DocumentId, out var doc))
            {
                continue;
            }

            for (var i = 0; i < mandate.Sections.Count; i++)
            {
                var s = mandate.Sections[i];
                var text = KnowledgeTexts.MandateSection(s);
                Add(doc.Id, new IndexUnit
                {
                    Id = $"section:{doc.Id}:{i + 1}",
                    Kind = UnitKind.Section,
                    DocumentId = doc.Id,
                    FileName = doc.FileName,
                    DocumentTitle = doc.Title,
                    Title = $"{s.Heading} – {mandate.Title}",
                    Pages = s.Page is { } p ? [p] : [1],
                    Text = text,
                    Council = mandate.Council ?? doc.Council,
                    Date = mandate.ApprovedOn ?? doc.Date,
                    DocumentType = DocumentTypes.Mandate,
                    Section = s.Heading,
                    Themes = s.Themes ?? [],
                });
            }
        }

        // A unit stored under a restricted paper is restricted: the read side shows it to staff only.
        foreach (var (documentId, list) in byDocument)
        {
            if (documents.TryGetValue(documentId, out var source) && source.Restricted)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = list[i] with { Restricted = true };
                }
            }
        }

        return byDocument;
    }

    /// <summary>The section name of an item's unit, in the words the minutes use: "Referatsak", "Eventuelt", or the series.</summary>
    private static string ItemSection(MeetingItem item) => item.Series switch
    {
        "RS" => "Referatsak",
        "OS" => "Orienteringssak",
        _ => item.Series,
    };

    private static string? MeetingOf(string? caseNumber) =>
        CaseNumber.TryParse(caseNumber, out var n) ? n.Value.MeetingKey : null;
}

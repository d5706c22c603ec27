using NorPreM.Core.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// The themes stage over a linked knowledge base. A case is classified on its own text together with its attachments
/// in the bundle (<see cref="ThemeClassifierExtensions.ClassifyCases"/>: a case paper is often a short cover note and
/// the theme is in the attached letter or plan). Every other record that gets themes of its own (pages, case and
/// mandate sections, meetings, meeting items) is classified on the text its index unit holds
/// (<see cref="KnowledgeTexts"/>), all of them in one batch, which is several times faster with the Microsoft.ML model
/// than one call per text. Pages are read in the context of their document part and sections in that of their case or
/// mandate (<see cref="IThemeClassifier.ClassifyInContext"/>, <see cref="ThemeContext"/>).
/// </summary>
public sealed class KnowledgeThemeStage(IThemeClassifier classifier) : IThemeStage
{
    public KnowledgeBase Classify(KnowledgeBase knowledge)
    {
        // Every case in one call: the case papers, their attachments' passages and the titles' scores each in one batch.
        var documents = knowledge.Documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var caseThemes = classifier.ClassifyCases(knowledge.Cases
            .Select(c => new CaseTexts(KnowledgeTexts.Case(c), AttachmentTexts(documents, c).ToList(), c.Title))
            .ToList());
        var cases = knowledge.Cases.Select((c, i) => c with { Themes = caseThemes[i] }).ToList();
        var casesByNumber = cases.GroupBy(c => c.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Collect every text with its context first (a page's document part, a section's case or mandate; meetings and
        // items stand alone), classify each distinct pair once, then hand each record its themes.
        var texts = new List<(string Text, string Context)>();
        foreach (var doc in knowledge.Documents)
        {
            texts.AddRange(doc.Pages.Select(p => (p.Text, PageContext(doc, p))));
        }

        texts.AddRange(cases.SelectMany(c => c.Sections.Select(s => (s.Text, CaseContext(c)))));
        var meetingTexts = knowledge.Meetings.Select(m => KnowledgeTexts.Meeting(m, casesByNumber)).ToList();
        texts.AddRange(meetingTexts.Select(t => (t, Alone(t))));
        texts.AddRange(knowledge.Meetings.SelectMany(m => m.Items).Select(KnowledgeTexts.Item).Select(t => (t, Alone(t))));
        texts.AddRange(knowledge.Mandates.SelectMany((m, i) => m.Sections.Select(s => (KnowledgeTexts.MandateSection(s), MandateContext(m, i)))));
        var distinct = texts.Where(t => t.Text.Trim().Length > 0).Distinct().ToList();
        var scores = classifier.ClassifyInContext(distinct.Select(t => t.Text).ToList(), distinct.Select(t => t.Context).ToList());
        var byText = distinct.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => scores[x.i]);
        IReadOnlyList<ThemeScore> Of(string text, string context) => byText.TryGetValue((text, context), out var themes) ? themes : [];

        return knowledge with
        {
            Documents = knowledge.Documents
                .Select(d => d with { Pages = d.Pages.Select(p => p with { Themes = Of(p.Text, PageContext(d, p)) }).ToList() })
                .ToList(),
            Cases = cases
                .Select(c => c with { Sections = c.Sections.Select(s => s with { Themes = Of(s.Text, CaseContext(c)) }).ToList() })
                .ToList(),
            Meetings = knowledge.Meetings
                .Select((m, i) => m with
                {
                    Themes = Of(meetingTexts[i], Alone(meetingTexts[i])),
                    Items = m.Items.Select(item => item with { Themes = Of(KnowledgeTexts.Item(item), Alone(KnowledgeTexts.Item(item))) }).ToList(),
                })
                .ToList(),
            Mandates = knowledge.Mandates
                .Select((m, i) => m with { Sections = m.Sections.Select(s => s with { Themes = Of(KnowledgeTexts.MandateSection(s), MandateContext(m, i)) }).ToList() })
                .ToList(),
        };
    }

    /// <summary>A page is read with the other pages of its document part (one case paper, attachment or minutes), or of its document.</summary>
    private static string PageContext(DocumentRecord d, PageRecord p) =>
        d.Parts.FirstOrDefault(part => p.Number >= part.FirstPage && p.Number <= part.LastPage) is { } part
            ? $"page:{d.Id}:{part.Id}"
            : $"page:{d.Id}";

    private static string CaseContext(CaseRecord c) => $"case:{c.DocumentId}:{c.Number}";

    private static string MandateContext(MandateRecord m, int index) => $"mandate:{m.DocumentId}:{index}";

    /// <summary>A text that is read on its own (a meeting's or an item's text): its own key.</summary>
    private static string Alone(string text) => "alone:" + text;

    /// <summary>The pages of the parts of the case's bundle that are attached to it (neither a case paper nor minutes).</summary>
    private static IEnumerable<string> AttachmentTexts(IReadOnlyDictionary<string, List<DocumentRecord>> documents, CaseRecord c) =>
        (c.DocumentId is not null && documents.TryGetValue(c.DocumentId, out var sameId) ? sameId : [])
            .SelectMany(d => d.Parts
                .Where(p => p.CaseNumber == c.Number && p.DocumentType != DocumentTypes.CasePaper && p.DocumentType != DocumentTypes.Minutes)
                .SelectMany(p => d.Pages.Where(pg => pg.Number >= p.FirstPage && pg.Number <= p.LastPage).Select(pg => pg.Text)));
}

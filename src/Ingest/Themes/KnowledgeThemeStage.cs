using NorPreM.Core.Model;

namespace NorPreM.Ingest.Themes;

/// <summary>
/// The themes stage over a linked knowledge base. A case is classified on its own text together with its attachments
/// in the bundle (<see cref="ThemeClassifierExtensions.ClassifyCase"/>: a case paper is often a short cover note and
/// the theme is in the attached letter or plan). Every other record that gets themes of its own (pages, case and
/// mandate sections, meetings, meeting items) is classified on the text its index unit holds
/// (<see cref="KnowledgeTexts"/>), all of them in one batch, which is several times faster with the Microsoft.ML model
/// than one call per text.
/// </summary>
public sealed class KnowledgeThemeStage(IThemeClassifier classifier) : IThemeStage
{
    public KnowledgeBase Classify(KnowledgeBase knowledge)
    {
        var cases = knowledge.Cases
            .Select(c => c with { Themes = classifier.ClassifyCase(KnowledgeTexts.Case(c), AttachmentTexts(knowledge, c), c.Title) })
            .ToList();
        var casesByNumber = cases.GroupBy(c => c.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // Collect every text first, classify the distinct ones once, then hand each record its themes.
        var texts = new List<string>();
        foreach (var doc in knowledge.Documents)
        {
            texts.AddRange(doc.Pages.Select(p => p.Text));
        }

        texts.AddRange(cases.SelectMany(c => c.Sections).Select(s => s.Text));
        var meetingTexts = knowledge.Meetings.Select(m => KnowledgeTexts.Meeting(m, casesByNumber)).ToList();
        texts.AddRange(meetingTexts);
        texts.AddRange(knowledge.Meetings.SelectMany(m => m.Items).Select(KnowledgeTexts.Item));

        texts.AddRange(knowledge.Mandates.SelectMany(m => m.Sections).Select(KnowledgeTexts.MandateSection));
        var distinct = texts.Where(t => t.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var scores = classifier.ClassifyMany(distinct);
        var byText = distinct.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => scores[x.i], StringComparer.Ordinal);
        IReadOnlyList<ThemeScore> Of(string text) => byText.TryGetValue(text, out var themes) ? themes : [];

        return knowledge with
        {
            Documents = knowledge.Documents
                .Select(d => d with { Pages = d.Pages.Select(p => p with { Themes = Of(p.Text) }).ToList() })
                .ToList(),
            Cases = cases
                .Select(c => c with { Sections = c.Sections.Select(s => s with { Themes = Of(s.Text) }).ToList() })
                .ToList(),
            Meetings = knowledge.Meetings
                .Select((m, i) => m with
                {
                    Themes = Of(meetingTexts[i]),
                    Items = m.Items.Select(item => item with { Themes = Of(KnowledgeTexts.Item(item)) }).ToList(),
                })
                .ToList(),
            Mandates = knowledge.Mandates
                .Select(m => m with { Sections = m.Sections.Select(s => s with { Themes = Of(KnowledgeTexts.MandateSection(s)) }).ToList() })
                .ToList(),
        };
    }

    /// <summary>The pages of the parts of the case's bundle that are attached to it (neither a case paper nor minutes).</summary>
    private static IEnumerable<string> AttachmentTexts(KnowledgeBase kb, CaseRecord c) =>
        kb.Documents
            .Where(d => d.Id == c.DocumentId)
            .SelectMany(d => d.Parts
                .Where(p => p.CaseNumber == c.Number && p.DocumentType != DocumentTypes.CasePaper && p.DocumentType != DocumentTypes.Minutes)
                .SelectMany(p => d.Pages.Where(pg => pg.Number >= p.FirstPage && pg.Number <= p.LastPage).Select(pg => pg.Text)));
}

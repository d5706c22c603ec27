using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Tests.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Themes;

public class KnowledgeThemeStageTests
{
    /// <summary>Tags text that mentions "habilitet" as meeting business and records its calls and batches.</summary>
    private sealed class CountingClassifier : IThemeClassifier
    {
        public int Calls { get; private set; }

        public List<IReadOnlyList<string>> Batches { get; } = [];

        public List<IReadOnlyList<string>> Contexts { get; } = [];

        /// <summary>The texts of each call read in context.</summary>
        public List<IReadOnlyList<string>> InContext { get; } = [];

        public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyInContext(IReadOnlyList<string> texts, IReadOnlyList<string> contexts)
        {
            Contexts.Add(contexts);
            InContext.Add(texts);
            return ClassifyMany(texts);
        }

        public IReadOnlyList<IReadOnlyList<ThemeScore>> ClassifyMany(IReadOnlyList<string> texts)
        {
            Batches.Add(texts);
            return texts.Select(Classify).ToList();
        }

        public IReadOnlyList<ThemeScore> Classify(string text)
        {
            Calls++;
            return text.Contains("habilitet", StringComparison.OrdinalIgnoreCase) ? [new ThemeScore("motebehandling", 0.9, ["habilitet"])] : [];
        }
    }

    [Fact]
    public void RecordsClassifiedInOneBatchGetTheSameThemesAsOneByOneAndTheUnitsProjectThem()
    {
        var kb = StructureFixture.Knowledge;
        var batch = new CountingClassifier();
        var themed = new KnowledgeThemeStage(batch).Classify(kb);

        // Every page, section, meeting and item has the themes of its own text, as a one-by-one classifier gives them.
        var single = new CountingClassifier();
        Assert.All(themed.Documents.SelectMany(d => d.Pages), p => Assert.Equal(Ids(single.Classify(p.Text)), Ids(p.Themes!)));
        Assert.All(themed.Meetings, m => Assert.Equal(Ids(single.Classify(KnowledgeTexts.Meeting(m, themed.Cases.ToDictionary(c => c.Number)))), Ids(m.Themes!)));
        Assert.All(themed.Meetings.SelectMany(m => m.Items), i => Assert.Equal(Ids(single.Classify(KnowledgeTexts.Item(i))), Ids(i.Themes!)));
        Assert.Contains(themed.Documents.SelectMany(d => d.Pages), p => p.Themes!.Any(t => t.Id == "motebehandling"));

        // The units only project: a page unit has its page's themes, and case, proposal and decision units the case's.
        var units = IndexUnitBuilder.Build(themed).SelectMany(kv => kv.Value).ToList();
        var pages = themed.Documents.SelectMany(d => d.Pages.Select(p => ($"{d.Id}:p{p.Number}", p))).ToDictionary(x => x.Item1, x => x.p);
        Assert.All(units.Where(u => u.Kind == UnitKind.Page), u => Assert.Equal(Ids(pages[u.Id].Themes!), Ids(u.Themes)));
        var cases = themed.Cases.ToDictionary(c => c.Number);
        Assert.All(units.Where(u => u.Kind is UnitKind.Case or UnitKind.Decision or UnitKind.Proposal),
            u => Assert.Equal(Ids(cases[u.CaseNumber!].Themes), Ids(u.Themes)));

        // The records are classified in one batch, in which a text comes once per context it is read in; the cases in
        // at most two more (the case papers, the attachments' passages), however many cases there are.
        Assert.True(themed.Cases.Count > 2);
        Assert.InRange(batch.Batches.Count, 1, 3);
        Assert.Contains(batch.Batches, b => b.Count == themed.Cases.Count(c => KnowledgeTexts.Case(c).Trim().Length > 0));
        var largest = Assert.Single(batch.InContext);
        var contexts = Assert.Single(batch.Contexts);
        Assert.Equal(largest.Count, contexts.Count);
        Assert.Equal(largest.Count, largest.Zip(contexts).Distinct().Count());
        Assert.All(themed.Documents.SelectMany(d => d.Pages).Where(p => p.Text.Trim().Length > 0), p => Assert.Contains(p.Text, largest));
    }

    [Fact]
    public void PagesAreReadInTheContextOfTheirDocumentPart()
    {
        var kb = StructureFixture.Knowledge;
        var recorder = new CountingClassifier();
        new KnowledgeThemeStage(recorder).Classify(kb);
        var texts = recorder.InContext.Single();
        var contexts = recorder.Contexts.Single();
        string ContextOf(PageRecord page) => contexts[Enumerable.Range(0, texts.Count).First(i => texts[i] == page.Text && contexts[i].StartsWith("page:", StringComparison.Ordinal))];

        var document = kb.Documents.First(d => d.Parts.Any(p => p.LastPage > p.FirstPage) && d.Parts.Count > 1);
        var part = document.Parts.First(p => p.LastPage > p.FirstPage);
        var other = document.Parts.First(p => p.FirstPage > part.LastPage || p.LastPage < part.FirstPage);
        var pages = document.Pages.Where(p => p.Text.Trim().Length > 0).ToList();
        var inPart = pages.Where(p => p.Number >= part.FirstPage && p.Number <= part.LastPage).ToList();
        var inOther = pages.First(p => p.Number >= other.FirstPage && p.Number <= other.LastPage);
        Assert.True(inPart.Count >= 2);
        Assert.Single(inPart.Select(ContextOf).Distinct());
        Assert.NotEqual(ContextOf(inPart[0]), ContextOf(inOther));
    }

    private static string Ids(IEnumerable<ThemeScore> themes) => string.Join(',', themes.Select(t => t.Id));
}

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

        // The records are classified in one batch, in which identical texts (a page that is also a section) come once.
        var largest = batch.Batches.MaxBy(b => b.Count)!;
        Assert.Equal(largest.Count, largest.Distinct(StringComparer.Ordinal).Count());
        Assert.All(themed.Documents.SelectMany(d => d.Pages).Where(p => p.Text.Trim().Length > 0), p => Assert.Contains(p.Text, largest));
    }

    private static string Ids(IEnumerable<ThemeScore> themes) => string.Join(',', themes.Select(t => t.Id));
}

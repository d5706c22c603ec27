using NorPreM.Ingest.Pipeline;
using NorPreM.Ingest.Tests.Structure;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Pipeline;

public class IndexUnitThemeBatchTests
{
    /// <summary>Tags text that mentions "habilitet" as meeting business and counts its calls.</summary>
    private sealed class CountingClassifier : IThemeClassifier
    {
        public int Calls { get; private set; }

        public IReadOnlyList<ThemeScore> Classify(string text)
        {
            Calls++;
            return text.Contains("habilitet", StringComparison.OrdinalIgnoreCase) ? [new ThemeScore("motebehandling", 0.9, ["habilitet"])] : [];
        }
    }

    [Fact]
    public void UnitsClassifiedInOneBatchGetTheSameThemesAsUnitByUnitAndCaseUnitsKeepTheCaseThemes()
    {
        // The structure fixture's cases carry no themes (empty lists), the case the batch must not mistake for its own.
        var kb = StructureFixture.Knowledge;
        Assert.All(kb.Cases, c => Assert.Empty(c.Themes));

        var one = new CountingClassifier();
        var batched = IndexUnitBuilder.Build(kb, one).SelectMany(kv => kv.Value).ToList();
        var byUnit = IndexUnitBuilder.Build(kb, new CountingClassifier().Classify).SelectMany(kv => kv.Value).ToList();

        Assert.Equal(byUnit.Select(u => (u.Id, string.Join(',', u.Themes.Select(t => t.Id)))),
            batched.Select(u => (u.Id, string.Join(',', u.Themes.Select(t => t.Id)))));
        Assert.Contains(batched, u => u.Kind == UnitKind.Page && u.Themes.Any(t => t.Id == "motebehandling"));
        Assert.All(batched.Where(u => u.Kind is UnitKind.Case or UnitKind.Decision or UnitKind.Proposal), u => Assert.Empty(u.Themes));
        // Identical texts (a page that is also a section) are classified once.
        Assert.True(one.Calls <= batched.Count(u => u.Kind is not (UnitKind.Case or UnitKind.Decision or UnitKind.Proposal)));
    }
}

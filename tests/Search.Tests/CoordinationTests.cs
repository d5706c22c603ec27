using NorPreM.Core.Model;
using NorPreM.Search.Querying;

namespace NorPreM.Search.Tests;

/// <summary>The coordination credit (<see cref="RankingOptions.CoordinationStrength"/>): more of the query's words beat one word said strongly.</summary>
public sealed class CoordinationTests
{
    private static SearchIndex Build(float strength)
    {
        var index = SearchIndex.InMemory(new SearchIndexOptions { Ranking = new RankingOptions { CoordinationStrength = strength } });
        var units = new List<IndexUnit>
        {
            // A short municipal case: its title says «kommunene», nothing about benefits.
            SearchIndexTests.Unit("ps", "kommune", "Saken gjelder tilskudd til kommunene for 2023. Kommunene søker innen 1. mars.", UnitKind.Case) with
            {
                Title = "Tilskudd til kommunene",
            },
            // The case paper that holds both words, in a longer passage.
            SearchIndexTests.Unit("ho21", "gevinst", "Arbeidsgruppen har drøftet hvordan gevinstrealisering kan måles når nye digitale løsninger tas i bruk. "
                + "Erfaringer fra helseforetakene viser at gevinstene sjelden hentes ut uten en plan med ansvar og tidsfrister, og at "
                + "ledelsen må følge opp. Det gjelder også kommunene, som i liten grad har egne måltall for tjenestene.", UnitKind.Case) with
            {
                Title = "Orientering om arbeidet med digitalisering",
            },
        };
        // Other papers of the archive that say one of the words, so neither is rare.
        units.AddRange(Enumerable.Range(1, 6).Select(i => SearchIndexTests.Unit("k" + i, "k" + i,
            $"Kommunestyret behandlet sak {i} om vedlikehold av veier, skoler og bygg i kommunene.", UnitKind.Case)));
        units.AddRange(Enumerable.Range(1, 3).Select(i => SearchIndexTests.Unit("g" + i, "g" + i,
            $"Gevinstrealisering i prosjekt {i}: rapporten beskriver gevinstrealisering og kostnader.", UnitKind.Page)));
        units.AddRange(Enumerable.Range(1, 6).Select(i => SearchIndexTests.Unit("a" + i, "a" + i,
            $"Styret godkjente protokollen fra møte {i} og tok orienteringen om økonomi til etterretning.", UnitKind.Page)));
        foreach (var group in units.GroupBy(u => u.DocumentId))
        {
            index.Writer.ReplaceDocument(group.Key, group.ToList());
        }

        index.Writer.Commit();
        return index;
    }

    private static IReadOnlyList<string> Ranked(float strength)
    {
        using var index = Build(strength);
        return index.Searcher.Search(new SearchRequest { Query = "gevinstrealisering i kommunene", Collapse = false }).Hits.Select(h => h.Id).ToList();
    }

    [Fact]
    public void AUnitWithEveryWordOutranksOneThatSaysOneWordStrongly()
    {
        var ranked = Ranked(1f);
        Assert.Equal("gevinst", ranked[0]);
    }

    [Fact]
    public void WithoutCoordinationTheWordSaidStronglyWins()
    {
        // Plain BM25 (strength 0): the short case titled «kommunene» outscores the passage holding both words (issue 16's
        // «gevinstrealisering i kommunene»); this is what the credit changes.
        var ranked = Ranked(0f);
        Assert.Equal("kommune", ranked[0]);
    }
}

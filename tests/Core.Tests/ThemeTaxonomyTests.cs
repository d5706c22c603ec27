using NorPreM.Core.Themes;

namespace NorPreM.Core.Tests;

public class ThemeTaxonomyTests
{
    [Fact]
    public void HasTheThirteenFixedIdsInOrder()
    {
        Assert.Equal(
            ["persontilpasset-medisin", "helsedata", "kliniske-studier", "innovasjon-naering", "anskaffelser", "folkehelse",
             "helsepersonell-kompetanse", "digitalisering", "baerekraft-finansiering", "etikk-juss", "organisering-mandat",
             "kommunikasjon", "motebehandling"],
            ThemeTaxonomy.Ids);
    }

    [Fact]
    public void CarriesNorwegianLabels()
    {
        Assert.Equal("Møtebehandling", ThemeTaxonomy.Find("motebehandling")?.Label);
        Assert.Equal("Bærekraft, finansiering og prioritering", ThemeTaxonomy.Find("baerekraft-finansiering")?.Label);
        Assert.Contains("Sykehusinnkjøp", ThemeTaxonomy.Find("anskaffelser")?.Covers);
        Assert.Null(ThemeTaxonomy.Find("Motebehandling"));
    }
}

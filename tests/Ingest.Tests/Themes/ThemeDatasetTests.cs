using NorPreM.Ingest.Themes;
using NorPreM.Core.Themes;

namespace NorPreM.Ingest.Tests.Themes;

public class ThemeDatasetTests
{
    [Fact]
    public void RejectsAnUnknownThemeWithItsLineNumber()
    {
        var jsonl = """
            {"id":"a","text":"Rådet godkjente innkallingen.","themes":["motebehandling"],"source":"test"}
            {"id":"b","text":"Helsedata må deles.","themes":["helsedata","helse-data"],"source":"test"}
            """;
        var e = Assert.Throws<ThemeDataException>(() => ThemeDataset.Read(new StringReader(jsonl), "x.jsonl"));
        Assert.Contains("x.jsonl:2", e.Message);
        Assert.Contains("helse-data", e.Message);
    }

    [Fact]
    public void RejectsDuplicateIdsAndBrokenJson()
    {
        var duplicate = """
            {"id":"a","text":"Én.","themes":[],"source":"t"}
            {"id":"a","text":"To.","themes":[],"source":"t"}
            """;
        Assert.Throws<ThemeDataException>(() => ThemeDataset.Read(new StringReader(duplicate), "d"));
        Assert.Throws<ThemeDataException>(() => ThemeDataset.Read(new StringReader("{\"id\":\"a\",\"text\":"), "b"));
    }

    [Fact]
    public void HeldOutSplitSharesNoPassageGroupOrTextWithTraining()
    {
        var train = ThemeTestData.Read("train.jsonl");
        var heldout = ThemeTestData.Read("heldout.jsonl");
        var authored = ThemeTestData.Read("authored.jsonl");
        Assert.True(train.Count >= 400 && heldout.Count >= 150, $"{train.Count} / {heldout.Count}");
        Assert.Empty(train.Select(p => p.Id).Intersect(heldout.Select(p => p.Id)));
        Assert.Empty(train.Select(p => p.GroupKey).Intersect(heldout.Select(p => p.GroupKey)));
        Assert.Empty(train.Concat(authored).Select(p => p.Text).Intersect(heldout.Select(p => p.Text)));
        Assert.All(ThemeTaxonomy.Ids, id => Assert.Contains(heldout, p => p.Themes.Contains(id)));
        Assert.Contains(heldout.Concat(train), p => p.Text.Contains("Habilitetsvurderinger") && p.Themes.Contains("motebehandling"));
    }
}

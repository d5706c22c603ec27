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

    [Fact]
    public void AReferenceTakesItsTextFromTheCollectionAndAnUnresolvedOneIsAnError()
    {
        var collection = PassageReferences.ReadNorQuad(new StringReader("""
            {"id":"v0007","text":"Vaksinasjonsprogrammet for barn utvides med en ny vaksine."}
            """), "passages.jsonl");
        var jsonl = """
            {"id":"norquad-v0007","ref":"norquad:v0007","themes":["folkehelse"],"source":"norquad#v0007"}
            """;
        var read = Assert.Single(ThemeDataset.Read(new StringReader(jsonl), "x.jsonl", collection));
        Assert.Equal("Vaksinasjonsprogrammet for barn utvides med en ny vaksine.", read.Text);
        Assert.Equal(["folkehelse"], read.Themes);

        var missing = Assert.Throws<ThemeDataException>(() => ThemeDataset.Read(new StringReader(jsonl.Replace("norquad:v0007", "norquad:v0008")), "x.jsonl", collection));
        Assert.Contains("x.jsonl:1", missing.Message);
        Assert.Contains("norquad:v0008", missing.Message);
        Assert.Throws<ThemeDataException>(() => ThemeDataset.Read(new StringReader(jsonl), "x.jsonl"));
    }

    [Fact]
    public void TheCommittedFilesNameNorQuadPassagesWithoutCopyingTheirText()
    {
        // NorQuAD may only be read from ../shared at run time: its labelled passages carry a reference, never the text.
        var norquadTexts = File.ReadLines(ThemeTestData.NorQuadPassages)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in new[] { "train.jsonl", "heldout.jsonl", "sources.jsonl", "authored.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(ThemeTestData.ThemesDirectory, file)).Where(l => l.Length > 0))
            {
                var row = System.Text.Json.JsonDocument.Parse(line).RootElement;
                var id = row.GetProperty("id").GetString()!;
                var hasText = row.TryGetProperty("text", out var text);
                Assert.False(hasText && norquadTexts.Contains(text.GetString()!), $"{file}: {id} copies a NorQuAD passage");
                if (id.StartsWith("norquad-", StringComparison.Ordinal))
                {
                    Assert.False(hasText, $"{file}: {id}");
                    Assert.StartsWith(PassageReferences.NorQuadPrefix, row.GetProperty("ref").GetString());
                }
            }
        }

        Assert.Equal(353, ThemeTestData.Read("train.jsonl").Concat(ThemeTestData.Read("heldout.jsonl")).Count(p => p.Text.Length > 0 && !p.IsCouncilText));
    }

    [Fact]
    public void TheShippedModelWasTrainedOnTheCommittedDataWithNorQuadResolvedFromShared()
    {
        // `norprem train` reads train, held-out and source passages, then the authored examples and the taxonomy seeds;
        // the manifest records the SHA-256 of exactly that data, so resolving the references must give it back.
        IReadOnlyList<LabelledPassage> data =
        [
            .. ThemeTestData.Read("train.jsonl"), .. ThemeTestData.Read("heldout.jsonl"), .. ThemeTestData.Read("sources.jsonl"),
            .. ThemeTestData.Read("authored.jsonl"), .. ThemeTrainer.TaxonomySeedExamples(),
        ];
        var model = Assert.IsType<ModelThemeClassifier>(ThemeClassifierFactory.LoadDefault(w => throw new InvalidOperationException(w))).Model;
        Assert.Equal(data.Count, model.Manifest.TrainedOn.Passages);
        Assert.Equal(model.Manifest.TrainedOn.DataSha256, ThemeTrainer.Fingerprint(data));
    }
}

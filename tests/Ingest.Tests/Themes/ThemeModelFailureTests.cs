using System.IO.Compression;
using System.Text.Json.Nodes;
using NorPreM.Ingest.Themes;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>A missing, damaged, stale or foreign model degrades to "no themes" with a warning; it never throws.</summary>
public class ThemeModelFailureTests
{
    [Fact]
    public void MissingModelFileGivesNoThemesAndAWarning()
    {
        var warnings = new List<string>();
        var classifier = ThemeClassifierFactory.LoadFile(Path.Combine(Path.GetTempPath(), "finnes-ikke", "themes.model"), warnings.Add);
        Assert.IsType<NoThemesClassifier>(classifier);
        Assert.Empty(classifier.Classify("Strategi for persontilpasset medisin og helsedata."));
        Assert.Contains("Fant ikke temamodellen", Assert.Single(warnings));
    }

    [Fact]
    public void ModelWithAnOlderFormatVersionIsRefusedWithAWarning()
    {
        var stale = Tamper(manifest => manifest["formatVersion"] = ThemeModel.CurrentFormatVersion - 1);
        var warnings = new List<string>();
        var classifier = ThemeClassifierFactory.Load(stale, "gammel.model", warnings.Add);
        Assert.IsType<NoThemesClassifier>(classifier);
        Assert.Contains("formatversjon", Assert.Single(warnings));
    }

    [Fact]
    public void ModelTrainedForAnotherTaxonomyIsRefusedWithAWarning()
    {
        var foreign = Tamper(manifest => ((JsonArray)manifest["taxonomy"]!).RemoveAt(0));
        var warnings = new List<string>();
        Assert.IsType<NoThemesClassifier>(ThemeClassifierFactory.Load(foreign, "annen.model", warnings.Add));
        Assert.Contains("annen temaliste", Assert.Single(warnings));
    }

    [Fact]
    public void GarbageAndTruncatedFilesAreRefusedWithAWarning()
    {
        var warnings = new List<string>();
        Assert.IsType<NoThemesClassifier>(ThemeClassifierFactory.Load(new MemoryStream("ikke en modell"u8.ToArray()), "søppel", warnings.Add));
        var bytes = ShippedBytes();
        Assert.IsType<NoThemesClassifier>(ThemeClassifierFactory.Load(new MemoryStream(bytes[..(bytes.Length / 2)]), "avkuttet", warnings.Add));
        Assert.Equal(2, warnings.Count);
    }

    [Fact]
    public void ModelWithoutAThemeEntryIsRefusedWithAWarning()
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(ShippedBytes()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => e.FullName != "themes/helsedata.zip"))
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                from.CopyTo(to);
            }
        }

        output.Position = 0;
        var warnings = new List<string>();
        Assert.IsType<NoThemesClassifier>(ThemeClassifierFactory.Load(output, "ufullstendig", warnings.Add));
        Assert.Contains("themes/helsedata.zip", Assert.Single(warnings));
    }

    private static byte[] ShippedBytes()
    {
        using var stream = typeof(ThemeClassifierFactory).Assembly.GetManifestResourceStream(ThemeClassifierFactory.ResourceName)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static MemoryStream Tamper(Action<JsonObject> change)
    {
        var output = new MemoryStream();
        output.Write(ShippedBytes());
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("manifest.json")!;
            JsonObject manifest;
            using (var s = entry.Open())
            {
                manifest = JsonNode.Parse(s)!.AsObject();
            }

            change(manifest);
            entry.Delete();
            using var w = new StreamWriter(zip.CreateEntry("manifest.json").Open());
            w.Write(manifest.ToJsonString());
        }

        output.Position = 0;
        return output;
    }
}

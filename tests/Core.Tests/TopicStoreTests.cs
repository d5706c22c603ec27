using System.Text.Json;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;

namespace NorPreM.Core.Tests;

/// <summary>topics.json beside the index: written and read back; missing, damaged or stale files read as absent, never throw.</summary>
public sealed class TopicStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "norprem-topics-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal static TopicSet Sample() => new()
    {
        Method = "LightLDA (Microsoft.ML), 2 emner",
        DocumentIds = ["0bcd3f5b5a05442a"],
        UnitCount = 35,
        Vocabulary = 748,
        CommonWords = ["rådet", "møtet"],
        ThemesAvailable = true,
        Topics =
        [
            new TopicRecord
            {
                Number = 1,
                Words = [new TopicWord("persontilpasset", 0.031), new TopicWord("medisin", 0.029)],
                Units =
                [
                    new TopicUnit
                    {
                        UnitId = "0bcd3f5b5a05442a:p30",
                        DocumentId = "0bcd3f5b5a05442a",
                        Title = "HO21-rådets innspill til strategi for persontilpasset medisin",
                        DocumentTitle = "Saksdokumenter møte 3/2022",
                        Page = 30,
                        CaseNumber = "30/3/2022",
                        Weight = 0.86,
                        Themes = ["persontilpasset-medisin"],
                    },
                ],
                Themes = [new TopicThemeOverlap("persontilpasset-medisin", 1)],
                ThemeCoverage = 1,
                SharedThemeShare = 1,
            },
        ],
    };

    [Fact]
    public void TopicsAreWrittenBesideTheIndexAndReadBack()
    {
        TopicStore.Save(_folder, Sample());

        var read = TopicStore.Load(_folder);

        Assert.NotNull(read);
        Assert.Equal(JsonSerializer.Serialize(Sample()), JsonSerializer.Serialize(read));
        Assert.Contains("\"persontilpasset\"", File.ReadAllText(Path.Combine(_folder, TopicStore.FileName)));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void MissingFileReadsAsAbsentWithoutAWarning()
    {
        var warnings = new List<string>();

        Assert.Null(TopicStore.Load(_folder, warnings.Add));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"topics\": [ { \"number\": 1, \"wor")]
    [InlineData("ikke json")]
    [InlineData("null")]
    [InlineData("{ \"formatVersion\": 1, \"topics\": null }")]
    [InlineData("{ \"formatVersion\": 1, \"topics\": [ { \"number\": 1 } ] }")]
    public void DamagedFileReadsAsAbsentWithANorwegianWarning(string content)
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, TopicStore.FileName), content);
        var warnings = new List<string>();

        Assert.Null(TopicStore.Load(_folder, warnings.Add));
        Assert.Contains("Emnefilen", Assert.Single(warnings));
    }

    [Fact]
    public void FileOfAnotherFormatVersionReadsAsAbsentWithAWarning()
    {
        TopicStore.Save(_folder, Sample() with { FormatVersion = TopicSet.CurrentFormatVersion + 1 });
        var warnings = new List<string>();

        Assert.Null(TopicStore.Load(_folder, warnings.Add));
        Assert.Contains("annen versjon", Assert.Single(warnings));
    }
}

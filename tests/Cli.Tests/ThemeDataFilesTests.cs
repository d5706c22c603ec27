using NorPreM.Cli;
using NorPreM.Cli.Commands;

namespace NorPreM.Cli.Tests;

/// <summary>The labelled theme data as `train` and `evaluate-themes` read them: NorQuAD passages resolved from ../shared.</summary>
public sealed class ThemeDataFilesTests
{
    [Fact]
    public void ReadsEveryLabelledPassageWithNorQuadTextTakenFromShared()
    {
        var directory = Path.Combine(SharedData.Eval()!, "themes");
        var data = ThemeDataFiles.Labelled(directory, new CliArguments([], new HashSet<string>()), _ => { });
        var general = data.Where(p => !p.IsCouncilText).ToList();

        Assert.Equal(353, general.Count);
        Assert.All(data, p => Assert.False(string.IsNullOrWhiteSpace(p.Text), p.Id));
        // v0000 is the NorQuAD article on badly built bends on Swedish roads; its text is only in ../shared.
        Assert.StartsWith("Nesten 16.000 feilbygde svinger", general.Single(p => p.Id == "norquad-v0000").Text);
        Assert.True(data.Select(p => p.SourceKey).Distinct().Count() >= 13);
    }
}

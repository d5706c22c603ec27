using System.Text.Json;
using NorPreM.Cli;

namespace NorPreM.Cli.Tests;

public class ClassifyCommandTests
{
    [Fact]
    public void WritesOneJsonLinePerInputAndReportsBadLines()
    {
        var input = string.Join("\n",
            """{"id":"sak25","text":"Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene. Rådet bes om å vurdere sin habilitet for sakene i dette møtet."}""",
            "dette er ikke json",
            """{"id":7,"text":"Rosenborg vant 3–1 over Molde på Lerkendal."}""");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(["classify"], new CliContext(new StringReader(input), output, error));

        Assert.Equal(1, code);
        Assert.Contains("Linje 2", error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("sak25", first.RootElement.GetProperty("id").GetString());
        var theme = first.RootElement.GetProperty("themes")[0];
        Assert.Equal("motebehandling", theme.GetProperty("id").GetString());
        Assert.InRange(theme.GetProperty("score").GetDouble(), 0, 1);
        Assert.NotEqual(0, theme.GetProperty("evidence").GetArrayLength());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(7, second.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(0, second.RootElement.GetProperty("themes").GetArrayLength());
    }
}

using System.Text.Json;
using NorPreM.Cli;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Ingest.Tests.Structure;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "norprem-export-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_index))
        {
            Directory.Delete(_index, recursive: true);
        }
    }

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, new CliContext(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void WritesTheWholeKnowledgeBaseAsJson()
    {
        KnowledgeStore.Save(_index, StructureFixture.Knowledge);
        var (code, output, _) = Run("export", "--json", "--index", _index);
        Assert.Equal(0, code);
        var kb = JsonSerializer.Deserialize<KnowledgeBase>(output, JsonDefaults.Compact)!;
        Assert.Equal("Innspill til helsepersonellkommisjonen", kb.Cases.Single(c => c.Number == "28/3/2022").Title);
        Assert.Equal("Referatet godkjennes.", kb.Cases.Single(c => c.Number == "15/2/2022").Decision);
        Assert.Equal(15, kb.Meetings.Single(m => m.Number == "2/2022").Present.Count);
        Assert.Contains(kb.Organisations, o => o.Acronym == "KSF");
        Assert.Contains(kb.Documents, d => d.Parts.Count == 15);
        Assert.Single(kb.Mandates);
    }

    [Fact]
    public void WritesAnOverviewWithoutJson()
    {
        KnowledgeStore.Save(_index, StructureFixture.Knowledge);
        var (code, output, _) = Run("export", "--index", _index);
        Assert.Equal(0, code);
        Assert.Contains("HelseOmsorg21-rådet møte 2/2022 (30. mars 2022)", output);
        Assert.Contains("Sak 14/2/2022 Spørsmål om habilitet", output);
    }

    [Fact]
    public void ExplainsWhenThereIsNoKnowledgeBase()
    {
        var (code, _, error) = Run("export", "--json", "--index", _index);
        Assert.Equal(1, code);
        Assert.Contains("Kjør «norprem ingest» først", error);
    }

    [Fact]
    public void ExplainsWhenTheKnowledgeBaseIsDamaged()
    {
        Directory.CreateDirectory(_index);
        File.WriteAllText(Path.Combine(_index, KnowledgeStore.FileName), "{ ikke json");
        var (code, _, error) = Run("export", "--json", "--index", _index);
        Assert.Equal(1, code);
        Assert.Contains("skadet", error);
    }
}

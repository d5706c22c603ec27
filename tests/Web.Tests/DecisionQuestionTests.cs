using System.Net;
using System.Text.Json;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

public sealed class DecisionQuestionTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task ThePageSaysAQuestionAboutDecisionsWasReadAsOne()
    {
        factory.WaitUntilReady();
        var html = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("hva vedtok rådet om habilitet"));

        Assert.Contains("Søket spør etter vedtak («vedtok»)", html);
    }

    [Fact]
    public async Task TheApiNamesTheDecisionWordsAndExplainsThem()
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("hva ble besluttet om helsedata"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["besluttet"], json.GetProperty("decisionWords").EnumerateArray().Select(w => w.GetString()));
        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("vedtak og forslag til vedtak vises først"));
    }
}

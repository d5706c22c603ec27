using System.Net;
using NorPreM.Core.Model;
using NorPreM.Ingest.Pipeline;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>
/// The app over a folder of mixed papers of bodies it was not written for: the structure fixtures (a formannskap, a
/// municipal council, an advisory council, a board's notice, an association, a health trust's board, set 5's control
/// committee, nynorsk committee and user committee …) and the real
/// documents in ../shared/realdocs when present, each through the pipeline's own extract → repair → parse and its linker.
/// </summary>
public sealed class MixedPapersAppFactory : NorPreMAppFactory
{
    public MixedPapersAppFactory()
        : base(Build())
    {
    }

    public override TopicSet? Topics => null;

    private static KnowledgeBase Build()
    {
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "Ingest.Tests", "Structure", "Fixtures");
        var realdocs = Path.Combine(RepoPaths.Root, "..", "shared", "realdocs", "pdfs");
        var files = new[] { Path.Combine(fixtures, "heldout3"), Path.Combine(fixtures, "heldout5"), Path.Combine(fixtures, "anyform"), realdocs }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.pdf"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var stages = IngestStages.CreateDefault(_ => { });
        var pipeline = new IngestPipeline(stages, new NoDocumentCache());
        var parsed = files.Select(f => pipeline.Parse(new CorpusFile(Path.GetFileName(f), File.ReadAllBytes(f)))).ToList();
        return stages.Linker.Link(parsed);
    }
}

public sealed class MixedPapersTests(MixedPapersAppFactory factory) : IClassFixture<MixedPapersAppFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task EveryBodyThePapersNameHasAPage()
    {
        factory.WaitUntilReady();
        var overview = await client.GetStringAsync("/rad");
        foreach (var body in new[] { "formannskapet-solvik", "kommunestyret-kvalvik", "styret-hjertelaget-innlandet", "styret-vestkyst-legevakt-iks", "kommunestyret-bodo" })
        {
            Assert.Contains(body, overview);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/rad/" + body)).StatusCode);
        }
    }

    [Fact]
    public async Task BodiesOfTheFifthSetHavePagesWithTheirDecisions()
    {
        factory.WaitUntilReady();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/rad/brukerutvalget-ved-sykehuset-innlandsvik-hf"));
        Assert.Contains("46/24", page);
        Assert.Contains("Brukerutvalget ber om at bestilling på telefon beholdes", page);
        foreach (var body in new[] { "utval-for-helse-og-omsorg-fjellstad", "kontrollutvalget-elvdal", "kommunestyret-nordvag", "styret-helse-kystland-hf" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/rad/" + body)).StatusCode);
        }
    }

    [Fact]
    public async Task ABodysPageListsItsCasesAndDecisionsByMeeting()
    {
        factory.WaitUntilReady();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/rad/formannskapet-solvik"));
        Assert.Contains("Saker og vedtak etter møte", page);
        Assert.Contains("PS 14/24 Søknad om tilskudd til Solvik frivilligsentral", page);
        Assert.Contains("Solvik frivilligsentral gis et tilskudd på 100 000 kroner", page);
    }

    [Fact]
    public async Task AnItemNumberedByItsPlaceInTheMeetingHasAPage()
    {
        factory.WaitUntilReady();
        var item = factory.Knowledge.Cases.Single(c => c.Council == "styret-hjertelaget-innlandet" && c.Label == "Pkt. 2");
        Assert.Equal("2 (møte 3/2023)", item.Number);
        var response = await client.GetAsync("/saker/2-mote-3-2023");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Økonomi", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SearchFindsADecisionOfABodyTheProductNeverHeardOf()
    {
        factory.WaitUntilReady();
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/?q=" + Uri.EscapeDataString("tilskudd frivilligsentral")));
        Assert.Contains("Søknad om tilskudd til Solvik frivilligsentral", page);
    }
}

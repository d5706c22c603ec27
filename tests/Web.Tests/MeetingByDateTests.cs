using System.Net;
using System.Text.Json;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>Staff know a meeting by its date as often as by its number: HelseOmsorg21's møte 2/2022 was held 30 March 2022.</summary>
public sealed class MeetingByDateTests(NorPreMAppFactory factory) : IClassFixture<NorPreMAppFactory>
{
    private readonly HttpClient client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/rad/ho21/moter/30.03.2022")]
    [InlineData("/rad/ho21/moter/30.3.2022")]
    [InlineData("/rad/ho21/moter/2022-03-30")]
    public async Task ANumberedMeetingAddressedByItsDateRedirectsToItsPage(string url)
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/rad/ho21/moter/2-2022", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheMeetingApiFindsANumberedMeetingByItsDate()
    {
        factory.WaitUntilReady();
        var response = await client.GetAsync("/api/meetings/ho21/30.03.2022");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var meeting = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("meeting");
        Assert.Equal("2/2022", meeting.GetProperty("number").GetString());
    }

    [Fact]
    public async Task ADateNoMeetingWasHeldOnIsStillNotFound()
    {
        factory.WaitUntilReady();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rad/ho21/moter/31.03.2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/meetings/ho21/31.03.2022")).StatusCode);
    }
}

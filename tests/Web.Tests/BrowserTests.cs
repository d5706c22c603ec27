using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>The site in a real browser (Debian's Chromium through Playwright), as a user would use it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTests(BrowserFixture browser)
{
    /// <summary>A navigation counts as done once the HTML is parsed (the PDF frame of a document page may load slowly).</summary>
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>
    /// Waits until the page has navigated to <paramref name="url"/> and its document has finished loading (stylesheet
    /// and script included), so the next click does not land while the layout is still moving. The document's own
    /// readyState is polled rather than Playwright's load event: under a loaded CI machine the event was once missed
    /// after a fast same-page navigation and the wait ran into its 30 s timeout although the page was complete.
    /// </summary>
    private static async Task ArriveAsync(IPage page, Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
    }

    [BrowserFact]
    public async Task SearchThenFacetThenCaseThenItsHistory()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Søk i dokumentene").FillAsync("persontilpasset");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søk", Exact = true }).ClickAsync();
        await ArriveAsync(page, new Regex(@"q=persontilpasset"));
        await browser.ScreenshotAsync(page, "1-sok");

        await page.Locator("a[data-facet=kind][data-value=Proposal]").ClickAsync();
        await ArriveAsync(page, new Regex(@"kind=Proposal"));
        Assert.Equal("true", await page.Locator("a[data-facet=kind][data-value=Proposal]").GetAttributeAsync("aria-current"));
        await browser.ScreenshotAsync(page, "2-sok-filtrert");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sak 30/3/2022 Strategi for persontilpasset medisin" }).First.ClickAsync();
        await ArriveAsync(page, new Regex(@"/saker/30-3-2022$"));
        Assert.Equal("Sak 30/3/2022 Strategi for persontilpasset medisin", (await page.Locator("h1").InnerTextAsync()).Trim());
        await browser.ScreenshotAsync(page, "3-sak");

        await page.Locator("ol.timeline").GetByRole(AriaRole.Link, new() { Name = "Sak 19/2/2022" }).ClickAsync();
        await page.WaitForURLAsync("**/saker/19-2-2022", Loaded);
        Assert.Contains("Revidert strategi for persontilpasset medisin", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Rådet slutter seg til den foreslåtte prosessen", await page.Locator(".compare .decision").InnerTextAsync());
        await browser.ScreenshotAsync(page, "4-sak-historikk");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AutocompleteAppearsAndLeadsToTheCase()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Søk i dokumentene" });
        await box.PressSequentiallyAsync("helsepers", new() { Delay = 30 });

        var option = page.GetByRole(AriaRole.Option, new() { Name = "Innspill til helsepersonellkommisjonen" });
        await option.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await browser.ScreenshotAsync(page, "5-autofullfor");

        await box.PressAsync("ArrowDown");
        Assert.Equal("forslag-0", await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
        await box.PressAsync("ArrowDown");
        await option.ClickAsync();
        await page.WaitForURLAsync("**/saker/28-3-2022", Loaded);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ThemeChartRendersBarsPerCouncil()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/tema/persontilpasset-medisin");

        var bar = page.Locator("svg.theme-chart rect.bar").First;
        await bar.WaitForAsync();
        var box = await bar.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height > 50, $"søylen er {box.Height} px høy");
        Assert.Equal("HelseOmsorg21-rådet", (await page.Locator(".legend li").First.InnerTextAsync()).Trim());
        var fill = await bar.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(11, 79, 138)", fill);
        await browser.ScreenshotAsync(page, "6-tema");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ScriptQueryIsInert()
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        const string attack = "<script>window.__xss=1;alert(1)</script><img src=x onerror=\"window.__xss=2\">";
        await page.GotoAsync("/?q=" + Uri.EscapeDataString(attack));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0, dialogs);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
        Assert.Equal(attack, await page.GetByLabel("Søk i dokumentene").InputValueAsync());
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        await browser.ScreenshotAsync(page, "7-xss");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task KeyboardUserCanSkipToTheContent()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Hopp til innholdet", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("innhold", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task MainPagesRenderAndAreSavedAsScreenshots()
    {
        var pages = new (string Url, string Name, string Heading)[]
        {
            ("/", "sok", "Søk i rådenes saksdokumenter"),
            ("/vedtak", "vedtak", "Vedtak og forslag til vedtak"),
            ("/rad/ho21", "rad-ho21", "HelseOmsorg21-rådet"),
            ("/rad/norprem", "rad-norprem", "NorPreM"),
            ("/rad/ho21/moter/2-2022", "mote-2-2022", "HelseOmsorg21-rådet, møte 2/2022"),
            ("/saker/28-3-2022", "sak-28-3-2022", "Sak 28/3/2022 Innspill til helsepersonellkommisjonen"),
            ("/tema", "tema", "Tema"),
            ("/tema/helsedata", "tema-helsedata", "Helsedata og infrastruktur"),
            ($"/dokumenter/{TestKnowledge.MandateId}?side=1", "dokument-mandat", "Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)"),
        };
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        foreach (var (url, name, heading) in pages)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok, $"{url} svarte {response?.Status}");
            Assert.Equal(heading, (await page.Locator("h1").First.InnerTextAsync()).Trim());
            await browser.ScreenshotAsync(page, "side-" + name);
        }

        // Content-Security-Policy violations (inline script or style) and script errors show up here.
        Assert.Empty(errors);

        var phone = await browser.NewPageAsync(390, 844);
        foreach (var (url, name) in new[] { ("/?q=persontilpasset", "mobil-sok"), ("/tema", "mobil-tema"), ("/saker/30-3-2022", "mobil-sak"), ("/rad/ho21", "mobil-rad") })
        {
            await phone.GotoAsync(url);
            var overflow = await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{url} er bredere enn en mobilskjerm");
            await browser.ScreenshotAsync(phone, name);
        }
        await page.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}

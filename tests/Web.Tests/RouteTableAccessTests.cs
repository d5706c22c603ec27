using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using NorPreM.Web.Tests.Fixtures;
using F = NorPreM.Web.Tests.Fixtures.RestrictedAppFactory;

namespace NorPreM.Web.Tests;

/// <summary>
/// Every endpoint the app's route table exposes (pages and API, read from <see cref="EndpointDataSource"/>, never listed
/// by hand) is driven as an anonymous user and as staff against a knowledge base with a restricted paper (its title,
/// words, case, organisation, acronym, person and topic) and personal numbers on a public page. Anonymous answers hold
/// none of them; staff answers, taken together, hold them all.
/// </summary>
public class RouteTableAccessTests(RestrictedAppFactory factory) : IClassFixture<RestrictedAppFactory>
{
    /// <summary>Values tried for each route parameter, by name: the restricted thing and a public one of each kind.</summary>
    private static readonly Dictionary<string, string[]> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = [F.RestrictedId, TestKnowledge.BundleId, TestKnowledge.MandateId, "persontilpasset-medisin", "helsedata"],
        ["number"] = ["31-3-2022", "31/3/2022", "30-3-2022", "3-2022", "2-2022"],
        ["council"] = ["ho21", "norprem-radet"],
        ["documentName"] = ["v1"],
    };

    /// <summary>Query strings tried on every URL: the secrets typed, their beginnings, personal numbers' first digits.</summary>
    private static readonly string[] Queries =
    [
        "", "?q=Kvantesjøormprosjektet", "?q=kvantes", "?q=Kvantesjoormprosjektet", "?q=KVSU", "?q=Hemmeligrid", "?q=fortrolig+vurdering",
        "?q=0101", "?q=01017", "?q=22+33", "?q=kari.nordmann", "?q=helse", "?q=31/3/2022", "?side=1",
    ];

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        factory.WaitUntilReady();
        using var _ = factory.CreateClient(); // builds the host
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    private static bool IsGet(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET");

    /// <summary>Every concrete URL for a pattern: each parameter filled with each of its values (optional ones also left out).</summary>
    public static IEnumerable<string> Urls(RoutePattern pattern)
    {
        IEnumerable<string> paths = [""];
        foreach (var segment in pattern.PathSegments)
        {
            var options = new List<string> { "" };
            foreach (var part in segment.Parts)
            {
                options = part switch
                {
                    RoutePatternLiteralPart literal => options.Select(o => o + literal.Content).ToList(),
                    RoutePatternSeparatorPart separator => options.Select(o => o + separator.Content).ToList(),
                    RoutePatternParameterPart parameter => options.SelectMany(o =>
                        (Values.TryGetValue(parameter.Name, out var values) ? values : ["x"]).Select(v => o + v)
                        .Concat(parameter.IsOptional || parameter.IsCatchAll ? [o] : [])).ToList(),
                    _ => options,
                };
            }

            paths = paths.SelectMany(p => options.Select(o => o.Length == 0 ? p : p + "/" + o)).ToList();
        }

        return paths.Select(p => p.Length == 0 ? "/" : p).Distinct();
    }

    private IReadOnlyList<string> AllUrls(out IReadOnlyList<RouteEndpoint> nonGet)
    {
        var endpoints = Endpoints();
        // Every endpoint that may take a POST (API endpoints of other methods, pages with forms), but the error page,
        // which is re-executed with any method.
        nonGet = endpoints.Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } m || m.HttpMethods.Any(x => x != "GET" && x != "HEAD"))
            .Where(e => e.RoutePattern.RawText?.Trim('/') != "feil")
            .ToList();
        return endpoints.Where(IsGet).SelectMany(e => Urls(e.RoutePattern)).Distinct()
            .SelectMany(u => Queries.Select(q => u + q)).ToList();
    }

    private HttpClient Client(string? role)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(F.RoleHeader, role);
        }

        return client;
    }

    /// <summary>The body without what the request itself typed (the query, the id in the path), which a page may echo.</summary>
    private static string WithoutEcho(string body, string url)
    {
        var echoes = new List<string>();
        if (url.IndexOf("q=", StringComparison.Ordinal) is var q and >= 0)
        {
            echoes.Add(Uri.UnescapeDataString(url[(q + 2)..].Replace('+', ' ')));
        }

        echoes.AddRange(Values.Values.SelectMany(v => v).Where(v => url.Contains(v, StringComparison.Ordinal)));
        foreach (var echo in echoes.Where(e => e.Length > 0).OrderByDescending(e => e.Length))
        {
            body = body.Replace(echo, "", StringComparison.OrdinalIgnoreCase)
                .Replace(WebUtility.HtmlEncode(echo), "", StringComparison.OrdinalIgnoreCase)
                .Replace(Uri.EscapeDataString(echo), "", StringComparison.OrdinalIgnoreCase)
                .Replace(System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(echo), "", StringComparison.OrdinalIgnoreCase);
        }

        return body;
    }

    private static IEnumerable<string> Forms(string secret) =>
        [secret, WebUtility.HtmlEncode(secret), Uri.EscapeDataString(secret), secret.Replace(" ", "+", StringComparison.Ordinal)];

    [Fact]
    public async Task TheRouteTableExposesThePagesAndTheApi()
    {
        var patterns = Endpoints().Select(e => e.RoutePattern.RawText).ToList();
        Assert.Contains(patterns, p => p!.Contains("dokumenter", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p!.Contains("api/search", StringComparison.Ordinal));
        Assert.Contains(patterns, p => p!.Contains("documents/{id}/pdf", StringComparison.Ordinal));
        Assert.True(patterns.Count >= 20, string.Join(", ", patterns));
    }

    [Fact]
    public async Task AnonymousUsersFindNoTraceOfRestrictedPapersOrPersonalNumbersOnAnyEndpoint()
    {
        var urls = AllUrls(out var nonGet);
        var client = Client(null);
        var leaks = new List<string>();
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode}");
            var body = WithoutEcho(await response.Content.ReadAsStringAsync() + string.Join("\n", response.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))), url);
            foreach (var secret in F.Secrets)
            {
                if (Forms(secret).Any(f => body.Contains(f, StringComparison.OrdinalIgnoreCase)))
                {
                    leaks.Add($"{url}: {secret}");
                }
            }
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks of {urls.Count} requests:\n" + string.Join("\n", leaks.Take(40)));

        // Endpoints that change something refuse anonymous callers (no antiforgery token, no sign-in).
        Assert.Contains(nonGet, e => e.RoutePattern.RawText?.Trim('/') == "arkiv");
        foreach (var endpoint in nonGet)
        {
            foreach (var url in Urls(endpoint.RoutePattern))
            {
                foreach (var handler in new[] { "", "?handler=Upload", "?handler=Withdraw&id=" + F.RestrictedId, "?handler=Access&id=" + F.RestrictedId })
                {
                    var response = await client.PostAsync(url + handler, new FormUrlEncodedContent([]));
                    Assert.False(response.IsSuccessStatusCode, $"POST {url}{handler}: {(int)response.StatusCode}");
                }
            }
        }
    }

    [Fact]
    public async Task StaffFindTheRestrictedPaperAndThePersonalNumbers()
    {
        var urls = AllUrls(out _);
        var client = Client("staff");
        var missing = new HashSet<string>(F.Secrets);
        foreach (var url in urls)
        {
            var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            var plain = WebUtility.HtmlDecode(body);
            missing.RemoveWhere(secret => WithoutEcho(plain, url).Contains(secret, StringComparison.OrdinalIgnoreCase)
                || WithoutEcho(body, url).Contains(secret, StringComparison.OrdinalIgnoreCase));
            if (missing.Count == 0)
            {
                break;
            }
        }

        Assert.True(missing.Count == 0, "staff never saw: " + string.Join(", ", missing));
    }
}

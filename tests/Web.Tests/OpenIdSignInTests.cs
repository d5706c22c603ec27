using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NorPreM.Web.Access;
using NorPreM.Web.Tests.Fixtures;

namespace NorPreM.Web.Tests;

/// <summary>
/// OpenID Connect sign-in against an in-process provider: its configuration and token endpoint are answered here, and its
/// ID tokens are signed with an RSA key this test creates. The provider's role values become the app's roles.
/// </summary>
public sealed partial class OpenIdSignInTests
{
    private const string Issuer = "https://idp.test";
    private const string ClientId = "norprem-web";

    private sealed class Provider : HttpMessageHandler
    {
        public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };
        public string? Nonce { get; set; }
        public string[] Roles { get; set; } = [];
        public string Issuer { get; set; } = OpenIdSignInTests.Issuer;
        public RsaSecurityKey? SignWith { get; set; }
        public string LastCallback { get; set; } = "";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // The token endpoint: any code is redeemed for an ID token of the user with the configured roles.
            var claims = new Dictionary<string, object>
            {
                ["sub"] = "ola", ["name"] = "Ola Arkivar", ["nonce"] = Nonce ?? "", ["roles"] = Roles,
            };
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = ClientId,
                Claims = claims,
                IssuedAt = DateTime.UtcNow,
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(SignWith ?? Key, SecurityAlgorithms.RsaSha256),
            });
            var body = $"{{\"id_token\":\"{token}\",\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":300}}";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }

    private sealed class App(Provider provider) : NorPreMAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Staff:OpenIdConnect:Authority", Issuer);
            builder.UseSetting("Staff:OpenIdConnect:ClientId", ClientId);
            builder.UseSetting("Staff:OpenIdConnect:ClientSecret", "hemmelig");
            builder.UseSetting("Staff:OpenIdConnect:StaffValues:0", "arkiv-ansatte");
            builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(StaffSignIn.OpenIdScheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration
                {
                    Issuer = Issuer,
                    AuthorizationEndpoint = Issuer + "/authorize",
                    TokenEndpoint = Issuer + "/token",
                };
                configuration.SigningKeys.Add(provider.Key);
                o.Configuration = configuration;
                o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                o.Backchannel = new HttpClient(provider);
            }));
        }
    }

    /// <summary>Signs in through the provider with <paramref name="roles"/>; returns the client and the archive page's status.</summary>
    private static async Task<HttpStatusCode> SignIn(Provider provider, params string[] roles)
    {
        using var app = new App(provider);
        provider.Roles = roles;
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/logg-inn");
        Assert.Contains("virksomhetens innlogging", page);
        var token = TokenInput().Match(page).Groups[1].Value;

        var challenge = await client.PostAsync("/logg-inn?handler=OpenId", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(Issuer + "/authorize", authorize.ToString());
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        provider.Nonce = query["nonce"];

        var callback = await client.PostAsync("/signin-oidc", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = "kode", ["state"] = query["state"].ToString(),
        }));
        if (callback.StatusCode != HttpStatusCode.Redirect)
        {
            return callback.StatusCode;
        }

        provider.LastCallback = callback.Headers.Location?.ToString() ?? "";

        return (await client.GetAsync("/arkiv")).StatusCode;
    }

    [Fact]
    public async Task AProviderUserInTheStaffGroupReachesTheArchive() =>
        Assert.Equal(HttpStatusCode.OK, await SignIn(new Provider(), "arkiv-ansatte"));

    [Fact]
    public async Task AProviderUserWithoutAMappedRoleIsSignedInButNotLetIntoTheArchive() =>
        Assert.Equal(HttpStatusCode.Redirect, await SignIn(new Provider(), "andre"));

    [Fact]
    public async Task ATokenSignedByAnotherKeyIsRefused()
    {
        // The app trusts provider.Key; the token endpoint signs with a key of the same id that nobody configured.
        var provider = new Provider { SignWith = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" } };
        Assert.Equal(HttpStatusCode.Redirect, await SignIn(provider, "arkiv-ansatte"));
        Assert.Contains("feil=oidc", provider.LastCallback, StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderRolesMapToStaffAndAdmin()
    {
        var settings = new StaffOpenIdOptions { StaffValues = ["ansatt"], AdminValues = ["drift"] };
        Assert.Equal([StaffRoles.Admin, StaffRoles.Staff], StaffSignIn.MapRoles(["drift"], settings));
        Assert.Equal([StaffRoles.Staff], StaffSignIn.MapRoles(["ANSATT"], settings));
        Assert.Empty(StaffSignIn.MapRoles(["gjest"], settings));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}

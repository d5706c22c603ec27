using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NorPreM.Web.Access;

/// <summary>A staff account from configuration (<c>Staff:Accounts</c>): the password only as a <c>PasswordHasher</c> hash.</summary>
public sealed record StaffAccount
{
    public string UserName { get; init; } = "";

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> format (<c>norprem hash-password</c> writes it); never the password.</summary>
    public string PasswordHash { get; init; } = "";

    /// <summary><c>staff</c> and/or <c>admin</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [StaffRoles.Staff];
}

/// <summary>OpenID Connect as the production sign-in: the identity provider's roles or groups mapped to staff and admin.</summary>
public sealed record StaffOpenIdOptions
{
    public string? Authority { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }

    /// <summary>The claim that carries roles or groups in the provider's ID token.</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>Values of <see cref="RoleClaim"/> that make a user staff.</summary>
    public IReadOnlyList<string> StaffValues { get; init; } = [StaffRoles.Staff];

    /// <summary>Values of <see cref="RoleClaim"/> that make a user admin (admins are staff too).</summary>
    public IReadOnlyList<string> AdminValues { get; init; } = [StaffRoles.Admin];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

/// <summary>Settings of staff sign-in, bound once from configuration section <c>Staff</c>.</summary>
public sealed record StaffOptions
{
    public const string Section = "Staff";

    public IReadOnlyList<StaffAccount> Accounts { get; init; } = [];

    /// <summary>Failed sign-ins in a row that lock an account (and the client that tried) for <see cref="LockoutMinutes"/>.</summary>
    public int LockoutAttempts { get; init; } = 5;

    public int LockoutMinutes { get; init; } = 15;

    public StaffOpenIdOptions OpenIdConnect { get; init; } = new();
}

/// <summary>
/// Staff sign-in: a cookie scheme (HttpOnly, SameSite=Strict, Secure whenever the request is HTTPS) with accounts from
/// configuration (<see cref="StaffAccounts"/>), and OpenID Connect when <c>Staff:OpenIdConnect</c> names a provider, its
/// roles or groups mapped to the same two roles. Anonymous visitors need no sign-in; signing in only widens what the
/// read side shows and opens the archive page.
/// </summary>
public static class StaffSignIn
{
    public const string OpenIdScheme = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>Authorization policy for the archive page and its actions.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>Registers authentication (cookie as default scheme, OpenID Connect when configured) and authorization.</summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StaffOptions.Section);
        services.Configure<StaffOptions>(section);
        services.AddSingleton<StaffAccounts>();
        var openId = section.GetSection(nameof(StaffOptions.OpenIdConnect)).Get<StaffOpenIdOptions>() ?? new StaffOpenIdOptions();

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "norprem.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/logg-inn";
                o.LogoutPath = "/logg-ut";
                o.AccessDeniedPath = "/logg-inn";
            });
        if (openId.Enabled)
        {
            authentication.AddOpenIdConnect(OpenIdScheme, "Innlogging for ansatte", o => ConfigureOpenId(o, openId));
        }

        services.AddAuthorization(o => o.AddPolicy(StaffPolicy, p => p.RequireRole(StaffRoles.Staff, StaffRoles.Admin)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "norprem.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>
    /// The OpenID Connect handler: authorization code flow with PKCE, the ID token validated against the provider's keys,
    /// and the provider's roles or groups turned into <c>staff</c>/<c>admin</c> role claims before the cookie is written.
    /// </summary>
    public static void ConfigureOpenId(OpenIdConnectOptions o, StaffOpenIdOptions settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.SaveTokens = false;
        o.MapInboundClaims = false;
        o.CallbackPath = "/signin-oidc";
        o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        // A token that fails validation (signature, issuer, audience, nonce) or a provider error: back to the sign-in
        // page with a Norwegian message, not an error page.
        o.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect("/logg-inn?feil=oidc");
            context.HandleResponse();
            return Task.CompletedTask;
        };
        o.Events.OnTokenValidated = context =>
        {
            if (context.Principal?.Identity is ClaimsIdentity identity)
            {
                foreach (var role in MapRoles(identity.FindAll(settings.RoleClaim).Select(c => c.Value), settings))
                {
                    identity.AddClaim(new Claim(ClaimTypes.Role, role));
                }
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>The app's roles for a provider's role or group values (admin implies staff).</summary>
    public static IReadOnlyList<string> MapRoles(IEnumerable<string> values, StaffOpenIdOptions settings)
    {
        var set = values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roles = new List<string>();
        if (settings.AdminValues.Any(set.Contains))
        {
            roles.Add(StaffRoles.Admin);
            roles.Add(StaffRoles.Staff);
        }
        else if (settings.StaffValues.Any(set.Contains))
        {
            roles.Add(StaffRoles.Staff);
        }

        return roles;
    }

    /// <summary>The cookie principal of a configured account.</summary>
    public static ClaimsPrincipal Principal(StaffAccount account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.UserName), .. account.Roles.Select(r => new Claim(ClaimTypes.Role, r))],
        CookieAuthenticationDefaults.AuthenticationScheme));
}

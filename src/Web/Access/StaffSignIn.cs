using Microsoft.AspNetCore.Authentication.Cookies;

namespace NorPreM.Web.Access;

/// <summary>
/// Staff sign-in: a cookie scheme (HttpOnly, SameSite=Strict, Secure whenever the request is HTTPS) with accounts
/// from configuration. Anonymous visitors need no sign-in; signing in only widens what the read side shows.
/// </summary>
public static class StaffSignIn
{
    /// <summary>Registers authentication (cookie as default scheme) and authorization.</summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "norprem.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/logg-inn";
                o.AccessDeniedPath = "/logg-inn";
            });
        services.AddAuthorization();
        return services;
    }
}

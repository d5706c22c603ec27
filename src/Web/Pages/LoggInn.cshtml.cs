using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NorPreM.Web.Access;

namespace NorPreM.Web.Pages;

/// <summary>Staff sign-in with a configured account (password checked against its hash, lockout after failures) or OpenID Connect.</summary>
public sealed class LoggInnModel(StaffAccounts accounts, IOptions<StaffOptions> options) : PageModel
{
    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool OpenIdEnabled => options.Value.OpenIdConnect.Enabled;

    public void OnGet(string? feil)
    {
        if (feil == "oidc")
        {
            Error = "Innloggingen hos identitetsleverandøren mislyktes. Prøv igjen, eller kontakt den som drifter tjenesten.";
        }
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "ukjent";
        var (outcome, account) = accounts.SignIn(userName ?? "", password ?? "", client);
        switch (outcome)
        {
            case SignInOutcome.Success:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, StaffSignIn.Principal(account!));
                return LocalRedirect(SafeReturn());
            case SignInOutcome.LockedOut:
                Error = $"For mange mislykkede forsøk. Prøv igjen om {options.Value.LockoutMinutes} minutter.";
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            default:
                Error = "Feil brukernavn eller passord.";
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
    }

    public IActionResult OnPostOpenId() =>
        OpenIdEnabled ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturn() }, StaffSignIn.OpenIdScheme) : NotFound();

    /// <summary>Only a local path is followed after sign-in (never another site).</summary>
    private string SafeReturn() => ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/arkiv";
}

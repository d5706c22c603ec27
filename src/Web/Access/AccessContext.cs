using System.Security.Claims;

namespace NorPreM.Web.Access;

/// <summary>The roles that may see restricted papers and unmasked personal data; staff also see exemption-stamp suggestions.</summary>
public static class StaffRoles
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>True for a signed-in user in the staff or admin role.</summary>
    public static bool IsStaff(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && (user.IsInRole(Staff) || user.IsInRole(Admin));
}

/// <summary>
/// Who is asking, for the read side's one access decision: the current request's user is staff or anonymous. Outside
/// a request (background ingestion, tests without a user) the caller is anonymous, so the default is the public view.
/// </summary>
public sealed class AccessContext(IHttpContextAccessor? http = null)
{
    /// <summary>True when the current request may see restricted papers and unmasked text.</summary>
    public bool IsStaff => StaffRoles.IsStaff(http?.HttpContext?.User);
}

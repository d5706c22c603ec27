using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NorPreM.Web.Access;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
}

/// <summary>
/// Checks a user name and password against the configured accounts (<see cref="PasswordHasher{TUser}"/> hashes) and
/// locks an account, and the client address that tried it, after <see cref="StaffOptions.LockoutAttempts"/> failures in a
/// row. An unknown user costs the same hash check as a known one, so timing does not tell which names exist.
/// </summary>
public sealed class StaffAccounts(IOptionsMonitor<StaffOptions> options, TimeProvider? clock = null)
{
    private static readonly PasswordHasher<string> Hasher = new();
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>Hashes a password in the format the accounts carry (for <c>norprem hash-password</c>).</summary>
    public static string Hash(string password) => Hasher.HashPassword("", password);

    public (SignInOutcome Outcome, StaffAccount? Account) SignIn(string userName, string password, string client)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        string[] keys = ["user:" + userName.Trim(), "client:" + client];
        if (keys.Any(k => failures.TryGetValue(k, out var f) && f.Until > now))
        {
            return (SignInOutcome.LockedOut, null);
        }

        var account = settings.Accounts.FirstOrDefault(a => string.Equals(a.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrEmpty(a.PasswordHash));
        var result = Hasher.VerifyHashedPassword("", account?.PasswordHash ?? DummyHash, password ?? "");
        if (account is not null && result != PasswordVerificationResult.Failed)
        {
            failures.TryRemove(keys[0], out _);
            failures.TryRemove(keys[1], out _);
            return (SignInOutcome.Success, account);
        }

        var locked = false;
        foreach (var key in keys)
        {
            var next = failures.AddOrUpdate(key, _ => (1, DateTimeOffset.MinValue), (_, f) => (f.Failures + 1, f.Until));
            if (next.Failures >= settings.LockoutAttempts)
            {
                failures[key] = (0, now.AddMinutes(settings.LockoutMinutes));
                locked = true;
            }
        }

        return (locked ? SignInOutcome.LockedOut : SignInOutcome.Failed, null);
    }
}

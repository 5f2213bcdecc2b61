using Microsoft.AspNetCore.Identity;

namespace Timeline.Data.Accounts;

/// <summary>The password and lockout rules, the same for accounts made by the command line, the admin page and configuration.</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 10;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions o)
    {
        // Length over character classes (NIST SP 800-63B): a long pass phrase is allowed as it is.
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        o.Lockout.DefaultLockoutTimeSpan = Lockout;
        o.User.RequireUniqueEmail = false;
        o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }
}

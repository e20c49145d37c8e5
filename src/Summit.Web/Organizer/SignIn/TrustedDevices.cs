using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Summit.Web.Organizer.SignIn;

/// <summary>
/// A cookie naming the accounts that signed in from this browser before. An account under attack stays open to
/// these browsers, so a stranger's wrong passwords never keep its organizer out of a browser they already use.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    public const string CookieName = "summit_device";

    // A browser shared at an organizers' desk may hold a few accounts; more than this and the oldest is forgotten.
    private const int MaxAccounts = 5;

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Summit.SignIn.TrustedDevice").ToTimeLimitedDataProtector();

    public bool IsTrustedFor(HttpContext context, string email) =>
        Read(context).Contains(SignInThrottle.AccountKey(email), StringComparer.Ordinal);

    /// <summary>Adds the account to this browser's cookie after a complete sign-in.</summary>
    public void Trust(HttpContext context, string email)
    {
        var key = SignInThrottle.AccountKey(email);
        var accounts = Read(context).Where(a => a != key).Append(key).TakeLast(MaxAccounts);
        var lifetime = options.Value.TrustedDeviceLifetime;
        var value = _protector.Protect(string.Join('\n', accounts), clock.GetUtcNow() + lifetime);
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/account",
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    private string[] Read(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } cookie)
        {
            return [];
        }

        try
        {
            return _protector.Unprotect(cookie).Split('\n');
        }
        catch (CryptographicException)
        {
            // Expired, tampered with, or from another key ring: simply not trusted.
            return [];
        }
    }
}

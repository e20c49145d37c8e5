using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Summit.Web.Security;

/// <summary>
/// Sign-in and antiforgery cookies are Secure whenever attendees reach the site over https (the configured public base
/// address), whatever the hop from the proxy uses; without one, as the request came (local runs over http).
/// </summary>
public sealed class SecureCookies(IOptions<PublicSiteOptions> site) :
    IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    private CookieSecurePolicy Policy => site.Value.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.SecurePolicy = Policy;
    }

    public void PostConfigure(string? name, AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.SecurePolicy = Policy;
    }
}

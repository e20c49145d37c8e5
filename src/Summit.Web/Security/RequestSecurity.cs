using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace Summit.Web.Security;

/// <summary>
/// How Summit stands behind a proxy and what it tells browsers: trusted forwarded headers, the public base address,
/// Secure cookies, HSTS, a request without a Host refused, and the security headers on every response.
/// </summary>
public static class RequestSecurity
{
    public static IHostApplicationBuilder AddRequestSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var site = builder.Configuration.GetSection(PublicSiteOptions.Section).Get<PublicSiteOptions>() ?? new PublicSiteOptions();
        var proxies = builder.Configuration.GetSection(TrustedProxyOptions.Section).Get<TrustedProxyOptions>() ?? new TrustedProxyOptions();
        services.AddSingleton(site);
        services.AddSingleton<ImportMapHashes>();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the listed proxies: not even the loopback ASP.NET Core trusts by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Secure whenever attendees reach the site over https; otherwise as the request came (local runs over http).
        var secure = site.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.PostConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = secure);
        services.PostConfigure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = secure);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>The first middleware: everything after it sees the public address and answers with the headers.</summary>
    public static WebApplication UseRequestSecurity(this WebApplication app)
    {
        app.UseMiddleware<HostRequired>();
        if (app.Configuration.GetSection(TrustedProxyOptions.Section).Get<TrustedProxyOptions>() is { Enabled: true })
        {
            app.UseForwardedHeaders();
        }

        if (app.Services.GetRequiredService<PublicSiteOptions>().ParsedBaseUrl() is { } publicBase)
        {
            app.UseMiddleware<PublicBaseAddress>(publicBase);
        }

        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}

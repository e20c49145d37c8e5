using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

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
        services.AddOptions<PublicSiteOptions>().BindConfiguration(PublicSiteOptions.Section)
            .Validate(o => o.TryParseBaseUrl(out _), PublicSiteOptions.Problem).ValidateOnStart();
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section)
            .Validate(o => o.IsValid, TrustedProxyOptions.Problem).ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the listed proxies: not even the loopback ASP.NET Core trusts by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // A value that does not parse stops the start (validation above) with a message naming the setting.
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out var parsed))
                {
                    options.KnownIPNetworks.Add(parsed);
                }
            }
        });

        services.AddSingleton<SecureCookies>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>>(sp => sp.GetRequiredService<SecureCookies>());
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddSingleton<ImportMapHashes>();
        return builder;
    }

    /// <summary>The first middleware: everything after it sees the public address and answers with the headers.</summary>
    public static WebApplication UseRequestSecurity(this WebApplication app)
    {
        app.UseMiddleware<HostRequired>();
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        if (app.Services.GetRequiredService<IOptions<PublicSiteOptions>>().Value.TryParseBaseUrl(out var publicBase) && publicBase is not null)
        {
            app.UseMiddleware<PublicBaseAddress>(publicBase);
        }

        app.UseMiddleware<SecurityHeaders>();
        return app;
    }
}

using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// Lets a test client say which address it connects from (the test server has no real connections), so that
/// per-address limits see several clients. Each <see cref="OrganizerAppFactory.Browser"/> client gets its own address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>A random private address: two clients of one test run share one about once in sixteen million.</summary>
    public static string Next()
    {
        var n = RandomNumberGenerator.GetInt32(1 << 24);
        return $"10.{(n >> 16) & 0xff}.{(n >> 8) & 0xff}.{n & 0xff}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

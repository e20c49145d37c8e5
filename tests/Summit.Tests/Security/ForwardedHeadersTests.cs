using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Security;

/// <summary><c>X-Forwarded-Proto</c> is believed from a configured proxy only; the feed's session addresses show which scheme the app took.</summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private const string Proxy = "10.0.0.5";

    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private WebApplicationFactory<Program> App(string? knownProxy) => _factory.WithWebHostBuilder(builder =>
    {
        if (knownProxy is not null)
        {
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", knownProxy);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
    });

    private static async Task<string> FeedFromAsync(WebApplicationFactory<Program> app, string peer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sessions/pki-future/calendar.ics");
        request.Headers.Add(PeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await app.CreateClient().SendAsync(request, Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task AConfiguredProxysForwardedSchemeIsBelieved()
    {
        // Arrange
        var app = App(Proxy);

        // Act
        var feed = await FeedFromAsync(app, Proxy);

        // Assert
        Assert.Contains("URL:https://localhost/sessions/pki-future", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressThatIsNotAConfiguredProxyAreIgnored()
    {
        // Arrange
        var app = App(Proxy);

        // Act
        var feed = await FeedFromAsync(app, "10.0.0.9");

        // Assert
        Assert.Contains("URL:http://localhost/sessions/pki-future", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutConfiguredProxiesNotEvenLoopbackIsBelieved()
    {
        // Arrange
        var app = App(knownProxy: null);

        // Act
        var feed = await FeedFromAsync(app, "127.0.0.1");

        // Assert
        Assert.Contains("URL:http://localhost/sessions/pki-future", feed, StringComparison.Ordinal);
    }
}

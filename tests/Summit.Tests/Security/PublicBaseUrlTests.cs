using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Security;

/// <summary>With <c>Summit:PublicBaseUrl</c> set, every absolute address is the public one whatever host the request named, and https makes cookies Secure.</summary>
public sealed class PublicBaseUrlTests : IAsyncLifetime
{
    private const string PublicBase = "https://schedule.example.org";

    private readonly SummitAppFactory _factory = new();

    private WebApplicationFactory<Program> _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder.UseSetting("Summit:PublicBaseUrl", PublicBase));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>A client that names the internal address a proxy would use.</summary>
    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("http://127.0.0.1:5080"),
    });

    [Fact]
    public async Task FeedsAddressSessionsAtThePublicBase()
    {
        // Act
        var feed = await Client().GetStringAsync("/calendar.ics", Ct);

        // Assert
        Assert.Contains($"URL:{PublicBase}/sessions/pki-future", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSchedulesSubscribeLinkIsAtThePublicHost()
    {
        // Act
        var html = await Client().GetStringAsync("/", Ct);

        // Assert
        Assert.Contains("href=\"webcal://schedule.example.org/calendar.ics\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAgendasCalendarLinksAndPrivateLinkAreAtThePublicBase()
    {
        // Arrange
        var client = Client();
        var token = TokenOf(await StarAsync(client, "pki-future"));
        // The cookie is Secure and this client talks plain http to the app, as a proxy does: send it by hand.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/agenda");
        request.Headers.Add("Cookie", $"summit_agenda={token}");

        // Act
        var response = await client.SendAsync(request, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        // Assert
        Assert.Contains($"href=\"webcal://schedule.example.org/agenda/{token}/calendar.ics\"", html, StringComparison.Ordinal);
        Assert.Contains($"cid={Uri.EscapeDataString($"{PublicBase}/agenda/{token}/calendar.ics")}", html, StringComparison.Ordinal);
        Assert.Contains($"{PublicBase}/agenda/{token}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInRedirectGoesToThePublicBase()
    {
        // Act
        var response = await Client().GetAsync("/organizer", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{PublicBase}/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAgendaCookieIsSecureUnderAnHttpsPublicBase()
    {
        // Act
        var response = await StarAsync(Client(), "pki-future");

        // Assert
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("summit_agenda=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSignInFormsAntiforgeryCookieIsSecureUnderAnHttpsPublicBase()
    {
        // Act
        var response = await Client().GetAsync("/account/login", Ct);

        // Assert
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnHttpsPublicBaseSendsHstsForAYear()
    {
        // Act
        var response = await Client().GetAsync("/", Ct);

        // Assert
        Assert.Equal("max-age=31536000", string.Join(", ", response.Headers.GetValues("Strict-Transport-Security")));
    }
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Summit.Testing;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Venue;

/// <summary>The agenda page's QR code opens the same agenda on a phone, and stays on the visitor's own, uncached page.</summary>
public sealed class AgendaQrCodeTests : IAsyncLifetime
{
    private const string PublicBase = "https://summit.example.org";

    private readonly SummitAppFactory _base = new();
    private readonly WebApplicationFactory<Program> _factory;

    public AgendaQrCodeTests() =>
        _factory = _base.WithWebHostBuilder(builder => builder.UseSetting("Summit:PublicBaseUrl", PublicBase));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    [Fact]
    public async Task TheAgendaPagesQrCodeIsItsPrivateLink()
    {
        // Arrange
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = TokenOf(await StarAsync(browser, "pki-future"));

        // The cookie is Secure and this client talks plain http to the app, as a proxy does: send it by hand.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/agenda");
        request.Headers.Add("Cookie", $"summit_agenda={token}");

        // Act
        var response = await browser.SendAsync(request, Ct);
        var html = await HtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { NoStore: true });
        Assert.Equal($"{PublicBase}/agenda/{token}", QrSvgDecoder.Decode(html));
    }
}

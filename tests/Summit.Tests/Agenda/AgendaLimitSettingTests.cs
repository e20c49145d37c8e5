using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Agenda;

/// <summary><c>AgendaOptions:MaxSessions</c> bounds an agenda, and the messages about a full agenda state it.</summary>
public sealed class AgendaLimitSettingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAgendaHoldsAtMostTheConfiguredNumberOfSessions()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("AgendaOptions:MaxSessions", "2"));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.OK, (await StarAsync(browser, "pki-future", json: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StarAsync(browser, "keystone-internals", json: true)).StatusCode);

        // Act
        var response = await StarAsync(browser, "quantum-api-improvements", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Your agenda already holds 2 sessions, the most it can.", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["keystone-internals", "pki-future"], await StarredAsync(browser));
    }

    [Fact]
    public async Task TheAgendaPageStatesTheConfiguredLimitWithoutScript()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("AgendaOptions:MaxSessions", "2"));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await StarAsync(browser, "pki-future");
        await StarAsync(browser, "keystone-internals");

        // Act
        var response = await StarAsync(browser, "quantum-api-improvements");
        var page = await browser.GetAsync(response.Headers.Location!.OriginalString, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Contains("Your agenda already holds 2 sessions, the most it can.", await HtmlAsync(page));
    }
}

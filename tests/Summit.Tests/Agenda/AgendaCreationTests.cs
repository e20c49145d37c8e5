using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Agenda;

/// <summary>
/// Agendas are made by first stars: one per browser however many first stars it sends at once, and a limited number
/// per client address. Each test counts agendas on a server of its own.
/// </summary>
public sealed class AgendaCreationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient Browser(WebApplicationFactory<Program> server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<T> WithDatabaseAsync<T>(WebApplicationFactory<Program> server, Func<SummitDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<SummitDbContext>());
    }

    [Fact]
    public async Task TwentySimultaneousFirstStarsFromOneBrowserFillOneAgenda()
    {
        // Arrange: the page's script has read the state, as star.js does before its first star.
        await using var server = new SummitAppFactory();
        var browser = Browser(server);
        await browser.GetAsync("/agenda/state", Ct);
        var slugs = await WithDatabaseAsync(server, db => db.Sessions.OrderBy(s => s.Id).Select(s => s.Slug).Take(20).ToListAsync(Ct));

        // Act
        var responses = await Task.WhenAll(slugs.Select(slug => StarAsync(browser, slug, json: true)));

        // Assert
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await WithDatabaseAsync(server, db => db.Agendas.CountAsync(Ct)));
        Assert.Equal(slugs.Order(), await StarredAsync(browser));
    }

    [Fact]
    public async Task OneClientMakingTooManyAgendasIsToldToWait()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var server = factory.WithWebHostBuilder(b => b
            .UseSetting("AgendaOptions:CreationBurst", "2")
            .UseSetting("AgendaOptions:CreationsPerPeriod", "1")
            .UseSetting("AgendaOptions:CreationPeriod", "01:00:00"));
        await StarAsync(Browser(server), "pki-future", json: true);
        await StarAsync(Browser(server), "pki-future", json: true);

        // Act
        var response = await StarAsync(Browser(server), "pki-future", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many new agendas", (await response.Content.ReadFromJsonAsync<Problem>(Ct))!.Detail);
        Assert.False(SetsAgendaCookie(response));
        Assert.Equal(2, await WithDatabaseAsync(server, db => db.Agendas.CountAsync(Ct)));
    }

    [Fact]
    public async Task TooManyAgendasWithoutScriptShowsAPageSayingWhy()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var server = factory.WithWebHostBuilder(b => b.UseSetting("AgendaOptions:CreationBurst", "1"));
        await StarAsync(Browser(server), "pki-future");

        // Act
        var response = await StarAsync(Browser(server), "pki-future");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("Too many new agendas were made from your network", await HtmlAsync(response));
    }

    [Fact]
    public async Task BrowsersWithAnAgendaKeepStarringWhenNewAgendasAreLimited()
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var server = factory.WithWebHostBuilder(b => b.UseSetting("AgendaOptions:CreationBurst", "1"));
        var browser = Browser(server);
        await StarAsync(browser, "pki-future", json: true);
        await StarAsync(Browser(server), "pki-future", json: true);

        // Act
        var response = await StarAsync(browser, "keystone-internals", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["keystone-internals", "pki-future"], await StarredAsync(browser));
    }

    private sealed record Problem(string Detail);
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Agenda;

/// <summary>
/// A star the database did not store is an error the client hears about, never a false "added"; only the race of two
/// tabs starring the same session counts as done. Each test breaks its own server's database.
/// </summary>
public sealed class StarFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A server whose database refuses every new star, as a damaged index would.</summary>
    private static async Task<SummitAppFactory> ServerThatCannotStoreStarsAsync(Func<HttpClient, Task> before)
    {
        var server = new SummitAppFactory();
        await before(Browser(server));
        await server.Database.RefuseInsertsAsync<Summit.Core.Agenda.AgendaItem>("database disk image is malformed", Ct);
        return server;
    }

    private static HttpClient Browser(WebApplicationFactory<Program> server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task StarThatWasNotStoredGivesScriptAProblemSayingSo()
    {
        // Arrange: the agenda exists, then the database starts failing.
        HttpClient browser = null!;
        await using var server = await ServerThatCannotStoreStarsAsync(async b =>
        {
            browser = b;
            Assert.Equal(HttpStatusCode.OK, (await StarAsync(b, "pki-future", json: true)).StatusCode);
        });

        // Act
        var response = await StarAsync(browser, "keystone-internals", json: true);

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Problem>(Ct);
        Assert.Contains("nothing was saved", problem!.Detail);
        Assert.Equal(["pki-future"], await StarredAsync(browser));
    }

    [Fact]
    public async Task StarWithoutScriptThatWasNotStoredDoesNotLandOnAddedPage()
    {
        // Arrange
        HttpClient browser = null!;
        await using var server = await ServerThatCannotStoreStarsAsync(async b =>
        {
            browser = b;
            Assert.Equal(HttpStatusCode.SeeOther, (await StarAsync(b, "pki-future")).StatusCode);
        });

        // Act
        var response = await StarAsync(browser, "keystone-internals");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private sealed record Problem(string Detail);
}

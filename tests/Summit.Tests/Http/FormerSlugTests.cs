using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Http;

/// <summary>Bookmarks, shared links and subscribed calendars of a session keep working after an organizer changes its slug.</summary>
public sealed class FormerSlugTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    /// <summary>Changes a session's slug the way the organizer editor does, through the running app.</summary>
    private async Task ChangeSlugAsync(string from, string to)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var id = db.Sessions.Where(s => s.Slug == from).Select(s => s.Id).Single();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.Slug = to;
        var outcome = await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task TheOldPageRedirectsPermanentlyToTheNewAddressEvenAfterItWasCached()
    {
        // Arrange: the old page has been served, and cached
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions/pki-future", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions/pki-future?ref=mail", Ct)).StatusCode);

        // Act
        await ChangeSlugAsync("pki-future", "pki-next");
        var old = await client.GetAsync("/sessions/pki-future?ref=mail", Ct);
        var current = await client.GetAsync(old.Headers.Location, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/sessions/pki-next?ref=mail", old.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("PKI Future", await current.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheOldCalendarFeedRedirectsToTheNewFeed()
    {
        // Arrange
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions/pki-future/calendar.ics?download=true", Ct)).StatusCode);

        // Act
        await ChangeSlugAsync("pki-future", "pki-next");
        var old = await client.GetAsync("/sessions/pki-future/calendar.ics?download=true", Ct);
        var current = await client.GetAsync(old.Headers.Location, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/sessions/pki-next/calendar.ics?download=true", old.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("SUMMARY:PKI Future", await current.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task EveryFormerSlugLeadsToTheCurrentAddress()
    {
        // Arrange
        var client = Client();

        // Act
        await ChangeSlugAsync("pki-future", "pki-next");
        await ChangeSlugAsync("pki-next", "pki-later");
        var first = await client.GetAsync("/sessions/pki-future", Ct);
        var second = await client.GetAsync("/sessions/pki-next", Ct);

        // Assert
        Assert.Equal("/sessions/pki-later", first.Headers.Location?.PathAndQuery);
        Assert.Equal("/sessions/pki-later", second.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task ASessionThatTakesAFreedSlugIsServedThereInsteadOfTheRedirect()
    {
        // Arrange
        var client = Client();
        await ChangeSlugAsync("pki-future", "pki-next");
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/sessions/pki-future", Ct)).StatusCode);

        // Act
        await ChangeSlugAsync("improving-quantum-firewalling", "pki-future");
        var page = await client.GetAsync("/sessions/pki-future", Ct);
        var feed = await client.GetAsync("/sessions/pki-future/calendar.ics", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Packet Filter API and its drivers", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.DoesNotContain("SUMMARY:PKI Future", await feed.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ADeletedSessionsFormerSlugsAnswerNotFound()
    {
        // Arrange
        var client = Client();
        await ChangeSlugAsync("pki-future", "pki-next");
        await using var scope = _factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var id = scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.Where(s => s.Slug == "pki-next").Select(s => s.Id).Single();
        var form = (await editor.LoadAsync(id, Ct))!;

        // Act
        var deleted = await editor.DeleteAsync(id, form.Version, "ada@example.org", Ct);
        var old = await client.GetAsync("/sessions/pki-future", Ct);

        // Assert
        Assert.True(deleted.Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Http;

/// <summary>
/// Filtered addresses and subscribed filtered feeds keep working after an organizer renames a room or a track or
/// moves a day. Each test has its own app, as each renames something.
/// </summary>
public sealed class FilterSlugAliasTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task RenameAsync(NamedKind kind, string from, string to)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<StructureEditor>().ListAsync(Ct);
        var item = (kind == NamedKind.Room ? view.Rooms : view.Tracks).Single(r => r.Slug == from);
        var outcome = await scope.ServiceProvider.GetRequiredService<StructureEditor>().SaveAsync(kind, item.Id, new NamedDraft(item.Name, to), User, Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task MoveDayAsync(DateOnly from, DateOnly to)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Days.Where(d => d.Date == from).Select(d => d.Id).SingleAsync(Ct);
        var outcome = await scope.ServiceProvider.GetRequiredService<StructureEditor>().SaveDayAsync(id, new DayDraft(to), User, Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task<IcalCalendar> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
    }

    [Fact]
    public async Task ARenamedTracksOldFilterAddressRedirectsToItsNewOneEvenAfterItWasCached()
    {
        // Arrange
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?track=keystone&day=all", Ct)).StatusCode);

        // Act
        await RenameAsync(NamedKind.Track, "keystone", "identity");
        var old = await client.GetAsync("/?track=keystone&day=all", Ct);
        var current = await client.GetAsync(old.Headers.Location, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/?day=all&track=identity", old.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Contains("PKI Future", await current.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ARenamedTracksOldFeedAddressStillServesItsSessions()
    {
        // Arrange
        var client = Client();
        Assert.Equal(6, (await FeedAsync(client, "/calendar.ics?track=keystone")).Events.Count);

        // Act
        await RenameAsync(NamedKind.Track, "keystone", "identity");
        var feed = await FeedAsync(client, "/calendar.ics?track=keystone");

        // Assert
        Assert.Equal(6, feed.Events.Count);
        Assert.All(feed.Events, e => Assert.Equal(["Keystone"], e.Categories));
    }

    [Fact]
    public async Task ARenamedRoomsOldFilterAndFeedAddressesKeepWorking()
    {
        // Arrange
        var client = Client();

        // Act
        await RenameAsync(NamedKind.Room, "windsor-bc", "windsor");
        var page = await client.GetAsync("/?room=windsor-bc", Ct);
        var feed = await FeedAsync(client, "/calendar.ics?room=windsor-bc&track=quantum");

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/?room=windsor", page.Headers.Location?.PathAndQuery);
        Assert.Equal(22, feed.Events.Count);
    }

    [Fact]
    public async Task AMovedDaysOldDateKeepsSelectingIt()
    {
        // Arrange
        var client = Client();

        // Act
        await MoveDayAsync(new DateOnly(2012, 10, 18), new DateOnly(2012, 10, 19));
        var page = await client.GetAsync("/?day=2012-10-18", Ct);
        var feed = await FeedAsync(client, "/calendar.ics?day=2012-10-18");

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal("/?day=2012-10-19", page.Headers.Location?.PathAndQuery);
        Assert.Equal(6, feed.Events.Count);
        Assert.All(feed.Events, e => Assert.Equal(19, e.DtStart!.Date.Day));
    }

    [Fact]
    public async Task AFormerSlugAnotherTrackTakesSelectsThatTrack()
    {
        // Arrange
        var client = Client();
        await RenameAsync(NamedKind.Track, "keystone", "identity");

        // Act
        await RenameAsync(NamedKind.Track, "quantum", "keystone");
        var page = await client.GetAsync("/?track=keystone", Ct);
        var feed = await FeedAsync(client, "/calendar.ics?track=keystone");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(22, feed.Events.Count);
        Assert.All(feed.Events, e => Assert.Equal(["Quantum"], e.Categories));
    }
}

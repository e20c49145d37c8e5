using System.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;
using Summit.Tests.Agenda;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Http;

/// <summary>
/// Calendars that imported or subscribed to a session an organizer deleted or merged away learn that it is off: every
/// feed that had it keeps it, cancelled, until the event is over. Each test has its own app, as each removes sessions.
/// </summary>
public sealed class RemovedSessionFeedTests : IAsyncLifetime
{
    /// <summary>Tuesday 16 October 2012, 11am at the venue: the second of the event's four days.</summary>
    private static readonly DateTimeOffset DuringTheEvent = new(2012, 10, 16, 18, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 19 October 2012, 1am at the venue: the last day, Thursday, is over.</summary>
    private static readonly DateTimeOffset AfterTheEvent = new(2012, 10, 19, 8, 0, 0, TimeSpan.Zero);

    private readonly SummitAppFactory _base = new();
    private WebApplicationFactory<Program> _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        At(DuringTheEvent);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private void At(DateTimeOffset now) =>
        _factory = _base.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(now))));

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<Session> SessionAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.AsNoTracking().SingleAsync(s => s.Slug == slug, Ct);
    }

    private async Task DeleteAsync(string slug)
    {
        var session = await SessionAsync(slug);
        await using var scope = _factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SessionEditor>().DeleteAsync(session.Id, session.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task MergeAsync(string source, string target)
    {
        var (from, into) = (await SessionAsync(source), await SessionAsync(target));
        await using var scope = _factory.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<SessionEditor>().MergeAsync(from.Id, into.Id, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task<IcalCalendar> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
    }

    private static CalendarEvent Cancellation(IcalCalendar calendar, Session removed)
    {
        var e = Assert.Single(calendar.Events, x => x.Uid == $"{removed.Uid:D}@summit");
        Assert.Equal("CANCELLED", e.Status);
        Assert.Equal("TRANSPARENT", e.Transparency);
        Assert.Equal(removed.Revision + 1, e.Sequence);
        Assert.Equal($"Cancelled: {removed.Title}", e.Summary);
        Assert.Equal(DuringTheEvent.UtcDateTime, e.DtStamp!.AsUtc);
        return e;
    }

    [Fact]
    public async Task ADeletedSessionStaysInTheWholeScheduleFeedCancelledAndTransparentWithARaisedSequence()
    {
        // Arrange
        var client = Client();
        var removed = await SessionAsync("pki-future");
        Assert.Contains((await FeedAsync(client, "/calendar.ics")).Events, e => e.Summary == "PKI Future");

        // Act
        await DeleteAsync("pki-future");
        var feed = await FeedAsync(client, "/calendar.ics");

        // Assert
        var e = Cancellation(feed, removed);
        Assert.Equal(28, feed.Events.Count);
        Assert.Equal(new DateTime(2012, 10, 18, 18, 50, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Contains("removed from the schedule", e.Description);
    }

    [Fact]
    public async Task ADeletedSessionStaysCancelledOnlyInTheFilteredFeedsThatMatchedIt()
    {
        // Arrange
        var client = Client();
        var removed = await SessionAsync("pki-future");

        // Act
        await DeleteAsync("pki-future");
        var keystone = await FeedAsync(client, "/calendar.ics?track=keystone&day=2012-10-18");
        var quantum = await FeedAsync(client, "/calendar.ics?track=quantum");
        var search = await FeedAsync(client, "/calendar.ics?q=pki");

        // Assert
        Cancellation(keystone, removed);
        Assert.Equal(6, keystone.Events.Count);
        Assert.DoesNotContain(quantum.Events, e => e.Uid == $"{removed.Uid:D}@summit");
        Cancellation(search, removed);
    }

    [Fact]
    public async Task ADeletedSessionStaysCancelledInTheAgendaFeedThatStarredIt()
    {
        // Arrange
        var client = Client();
        var removed = await SessionAsync("pki-future");
        var token = AgendaRequests.TokenOf(await AgendaRequests.StarAsync(client, "pki-future"));
        var other = AgendaRequests.TokenOf(await AgendaRequests.StarAsync(_factory.CreateClient(new() { AllowAutoRedirect = false }), "keystone-internals"));

        // Act
        await DeleteAsync("pki-future");
        var starred = await FeedAsync(client, $"/agenda/{token}/calendar.ics");
        var notStarred = await FeedAsync(client, $"/agenda/{other}/calendar.ics");

        // Assert
        Assert.Single(starred.Events);
        Cancellation(starred, removed);
        Assert.DoesNotContain(notStarred.Events, e => e.Uid == $"{removed.Uid:D}@summit");
    }

    [Fact]
    public async Task AMergedAwaySessionIsCancelledInEveryFeedThatHadItAndNamesWhereItWent()
    {
        // Arrange
        var client = Client();
        var removed = await SessionAsync("pki-future");
        var token = AgendaRequests.TokenOf(await AgendaRequests.StarAsync(client, "pki-future"));

        // Act
        await MergeAsync("pki-future", "keystone-internals");
        var whole = await FeedAsync(client, "/calendar.ics");
        var keystone = await FeedAsync(client, "/calendar.ics?track=keystone");
        var agenda = await FeedAsync(client, $"/agenda/{token}/calendar.ics");

        // Assert
        Assert.Contains("merged into “Keystone Internals”", Cancellation(whole, removed).Description, StringComparison.Ordinal);
        Cancellation(keystone, removed);
        Cancellation(agenda, removed);
        Assert.Contains(agenda.Events, e => e.Summary == "Keystone Internals" && e.Status == "CONFIRMED");
    }

    [Fact]
    public async Task ARemovedSessionsOwnFeedCarriesItsCancellationAndItsPageSaysItIsGone()
    {
        // Arrange
        var client = Client();
        var removed = await SessionAsync("pki-future");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions/pki-future", Ct)).StatusCode);

        // Act
        await DeleteAsync("pki-future");
        var feed = await FeedAsync(client, "/sessions/pki-future/calendar.ics");
        var page = await client.GetAsync("/sessions/pki-future", Ct);

        // Assert
        Assert.Single(feed.Events);
        Cancellation(feed, removed);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This session was removed from the schedule.", await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task CancellationsLeaveTheFeedsOnceTheEventHasEnded()
    {
        // Arrange
        var removed = await SessionAsync("pki-future");
        var token = AgendaRequests.TokenOf(await AgendaRequests.StarAsync(Client(), "pki-future"));
        await DeleteAsync("pki-future");
        Assert.Contains((await FeedAsync(Client(), "/calendar.ics")).Events, e => e.Uid == $"{removed.Uid:D}@summit");

        // Act
        await _factory.DisposeAsync();
        At(AfterTheEvent);
        var client = Client();
        var whole = await FeedAsync(client, "/calendar.ics");
        var keystone = await FeedAsync(client, "/calendar.ics?track=keystone");
        var agenda = await FeedAsync(client, $"/agenda/{token}/calendar.ics");
        var own = await client.GetAsync("/sessions/pki-future/calendar.ics", Ct);

        // Assert
        Assert.Equal(27, whole.Events.Count);
        Assert.DoesNotContain(whole.Events, e => e.Uid == $"{removed.Uid:D}@summit");
        Assert.DoesNotContain(keystone.Events, e => e.Uid == $"{removed.Uid:D}@summit");
        Assert.Empty(agenda.Events);
        Assert.Equal(HttpStatusCode.Gone, own.StatusCode);
    }
}

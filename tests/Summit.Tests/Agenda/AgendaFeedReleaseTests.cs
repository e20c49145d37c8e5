using System.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Summit.Tests.Agenda.AgendaRequests;
using static Summit.Tests.Agenda.OrganizerSteps;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Agenda;

/// <summary>
/// The personal feed across releases of an event published when released: calendars see a starred session's SEQUENCE
/// rise with each release that changes it, and a session removed by a release as cancelled, never before. Each test
/// has its own app, at a time during the event (cancellations are published until it ends).
/// </summary>
public sealed class AgendaFeedReleaseTests : IAsyncLifetime
{
    /// <summary>Tuesday 16 October 2012, 11am at the venue: the second of the event's four days.</summary>
    private static readonly DateTimeOffset DuringTheEvent = new(2012, 10, 16, 18, 0, 0, TimeSpan.Zero);

    private readonly SummitAppFactory _base = new();
    private WebApplicationFactory<Program> _app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = _base.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(DuringTheEvent))));
        await PublishWhenReleasedAsync(_app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _base.DisposeAsync();
    }

    private HttpClient NewBrowser() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<CalendarEvent> EventAsync(string token, Guid uid)
    {
        var response = await NewBrowser().GetAsync($"/agenda/{token}/calendar.ics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        return Assert.Single(feed.Events, e => e.Uid == $"{uid:D}@summit");
    }

    [Fact]
    public async Task TheSequenceRisesWithEachReleaseThatChangesAStarredSession()
    {
        // Arrange
        var uid = await UidOfAsync(_app, "pki-future");
        var token = TokenOf(await StarAsync(NewBrowser(), "pki-future"));
        var first = (await EventAsync(token, uid)).Sequence;

        // Act
        await MoveToAnotherDayAsync(_app, "pki-future");
        var unreleased = (await EventAsync(token, uid)).Sequence;
        await ReleaseAsync(_app);
        var second = (await EventAsync(token, uid)).Sequence;
        await RetitleAsync(_app, "pki-future", "PKI Futures");
        await ReleaseAsync(_app);
        var third = await EventAsync(token, uid);

        // Assert
        Assert.Equal(first, unreleased);
        Assert.True(second > first, $"SEQUENCE {second} after the first release that changed it, {first} before");
        Assert.True(third.Sequence > second, $"SEQUENCE {third.Sequence} after the second release that changed it, {second} before");
        Assert.Equal("PKI Futures", third.Summary);
    }

    [Fact]
    public async Task TheSequenceStaysForAReleaseThatDoesNotChangeTheStarredSession()
    {
        // Arrange
        var uid = await UidOfAsync(_app, "pki-future");
        var token = TokenOf(await StarAsync(NewBrowser(), "pki-future"));
        var before = await EventAsync(token, uid);

        // Act
        await RetitleAsync(_app, "keystone-internals", "Keystone Internals, revised");
        await ReleaseAsync(_app);
        var after = await EventAsync(token, uid);

        // Assert
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal("CONFIRMED", after.Status);
    }

    [Fact]
    public async Task ADeletedStarredSessionStaysInTheFeedAndOnTheAgendaUntilItIsReleased()
    {
        // Arrange
        var uid = await UidOfAsync(_app, "pki-future");
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var before = await EventAsync(token, uid);

        // Act: deleted in the working copy only.
        await DeleteAsync(_app, "pki-future");
        var after = await EventAsync(token, uid);
        var page = await HtmlAsync(await NavigateAsync(browser, "/agenda"));

        // Assert
        Assert.Equal("CONFIRMED", after.Status);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal("PKI Future", after.Summary);
        Assert.Contains("PKI Future", page);
        Assert.Contains("1 session", page);
        Assert.Equal(["pki-future"], await StarredAsync(browser));
    }

    [Fact]
    public async Task AReleaseThatDeletesAStarredSessionCancelsItInTheFeedWithAHigherSequence()
    {
        // Arrange
        var uid = await UidOfAsync(_app, "pki-future");
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var before = await EventAsync(token, uid);
        await DeleteAsync(_app, "pki-future");

        // Act
        await ReleaseAsync(_app);
        var after = await EventAsync(token, uid);

        // Assert
        Assert.Equal("CANCELLED", after.Status);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} when cancelled, {before.Sequence} before");
        Assert.Contains("<strong>PKI Future</strong>: Removed from the schedule", await HtmlAsync(await NavigateAsync(browser, "/agenda")));
    }

    [Fact]
    public async Task ADeletedSessionNotYetReleasedCanBeUnstarredAndIsThenNotCancelledInTheFeed()
    {
        // Arrange
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await StarAsync(browser, "keystone-internals");
        await DeleteAsync(_app, "pki-future");

        // Act
        var unstarred = await StarAsync(browser, "pki-future", starred: false);
        await ReleaseAsync(_app);

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, unstarred.StatusCode);
        Assert.Equal(["keystone-internals"], await StarredAsync(browser));
        var feed = IcalCalendar.Load(await NewBrowser().GetStringAsync($"/agenda/{token}/calendar.ics", Ct))!;
        Assert.Equal(["Keystone Internals"], feed.Events.Select(e => e.Summary));
    }
}

using System.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Http;

/// <summary>
/// A session an organizer takes off the schedule is a proposal again: never public, and calendars that had it learn it
/// is off. Each test has its own app, as each unschedules a session.
/// </summary>
public sealed class UnscheduledSessionHttpTests : IAsyncLifetime
{
    /// <summary>Tuesday 16 October 2012, 11am at the venue: during the event, so cancellations are still published.</summary>
    private static readonly DateTimeOffset DuringTheEvent = new(2012, 10, 16, 18, 0, 0, TimeSpan.Zero);

    private readonly SummitAppFactory _base = new();
    private WebApplicationFactory<Program> _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = _base.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(DuringTheEvent))));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<Session> SessionAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.AsNoTracking().SingleAsync(s => s.Slug == slug, Ct);
    }

    private async Task UnscheduleAsync(string slug)
    {
        var session = await SessionAsync(slug);
        await using var scope = _factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(session.Id, Ct))!;
        (form.RoomId, form.TimeSlotId) = (null, null);
        var outcome = await editor.SaveAsync(session.Id, form.ToDraft(), form.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    [Fact]
    public async Task ASessionCreatedUnscheduledHasNoPublicPage()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var form = new SessionForm { Title = "Nova cells", Slug = "nova-cells" };
            var outcome = await scope.ServiceProvider.GetRequiredService<SessionEditor>().SaveAsync(null, form.ToDraft(), Guid.Empty, "ada@example.org", Ct);
            Assert.True(outcome.Succeeded);
        }

        // Act
        var response = await Client().GetAsync("/sessions/nova-cells", Ct);

        // Assert: a proposal was never public, so its address is simply unknown
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ASessionCreatedUnscheduledCannotBeStarred()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var form = new SessionForm { Title = "Nova cells", Slug = "nova-cells" };
            Assert.True((await scope.ServiceProvider.GetRequiredService<SessionEditor>().SaveAsync(null, form.ToDraft(), Guid.Empty, "ada@example.org", Ct)).Succeeded);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/agenda/star")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["session"] = "nova-cells", ["starred"] = "true" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        request.Headers.Accept.ParseAdd("application/json");

        // Act
        var response = await Client().SendAsync(request, Ct);

        // Assert: answered as for a slug that does not exist, so a proposal's address gives nothing away
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no session “nova-cells”.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublicSessionTakenOffTheSchedulesPageSaysItWasRemoved()
    {
        // Arrange
        var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sessions/pki-future", Ct)).StatusCode);

        // Act
        await UnscheduleAsync("pki-future");
        var response = await client.GetAsync("/sessions/pki-future", Ct);

        // Assert: as for a deleted session, a bookmark or shared link learns it is off rather than finding nothing
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task TheScheduleLeavesAnUnscheduledSessionOut()
    {
        // Arrange
        var client = Client();
        Assert.Contains("PKI Future", await client.GetStringAsync("/?day=2012-10-18", Ct), StringComparison.Ordinal);

        // Act
        await UnscheduleAsync("pki-future");
        var page = await client.GetStringAsync("/?day=2012-10-18", Ct);

        // Assert
        Assert.DoesNotContain("PKI Future", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionThatWasPublicAndBecameUnscheduledIsCancelledInTheFeed()
    {
        // Arrange
        var client = Client();
        var unscheduled = await SessionAsync("pki-future");

        // Act
        await UnscheduleAsync("pki-future");
        var response = await client.GetAsync("/calendar.ics", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        CalendarEvent cancelled = Assert.Single(feed.Events, e => e.Uid == $"{unscheduled.Uid:D}@summit");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal($"Cancelled: {unscheduled.Title}", cancelled.Summary);
        Assert.Equal(new DateTime(2012, 10, 18, 18, 50, 0, DateTimeKind.Utc), cancelled.DtStart!.AsUtc);
    }
}

using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Planning;
using Summit.Organizer.Planner;
using IcalCalendar = Ical.Net.Calendar;

namespace Summit.Tests.Organizer.Planner;

/// <summary>
/// What attendees see of the planner's moves: a session taken off the schedule leaves the pages and stays in the feeds
/// as cancelled; placed again, it is back under the same identity, so calendars update it rather than add a copy.
/// </summary>
public sealed class PlannerPublicScheduleTests : IAsyncLifetime
{
    /// <summary>Tuesday 16 October 2012, 11am at the venue: during the event.</summary>
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

    private async Task<Session> SessionAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.AsNoTracking().SingleAsync(s => s.Slug == slug, Ct);
    }

    private async Task<PlannerOutcome> PlanAsync(Func<PlannerDesk, Task<PlannerOutcome>> move)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var outcome = await move(scope.ServiceProvider.GetRequiredService<PlannerDesk>());
        Assert.True(outcome.Applied, outcome.Message);
        return outcome;
    }

    private async Task<IcalCalendar> FeedAsync()
    {
        var response = await _factory.CreateClient().GetAsync("/calendar.ics", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return IcalCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
    }

    private async Task<string> ThursdayPageAsync() => await _factory.CreateClient().GetStringAsync("/?day=2012-10-18", Ct);

    [Fact]
    public async Task AnUnscheduledSessionLeavesTheScheduleAndFeedsPublishItCancelled()
    {
        // Arrange
        var pki = await SessionAsync("pki-future");
        Assert.Contains("PKI Future", await ThursdayPageAsync(), StringComparison.Ordinal);

        // Act
        await PlanAsync(desk => desk.UnscheduleAsync(new PlannerCardRef(pki.Id, pki.Version), "ada@example.org", Ct));

        // Assert
        Assert.DoesNotContain("PKI Future", await ThursdayPageAsync(), StringComparison.Ordinal);
        var cancelled = Assert.Single((await FeedAsync()).Events, e => e.Uid == $"{pki.Uid:D}@summit");
        Assert.Equal("CANCELLED", cancelled.Status);
    }

    [Fact]
    public async Task APlacedAgainSessionIsBackUnderTheSameIdentity()
    {
        // Arrange
        var pki = await SessionAsync("pki-future");
        var unscheduled = await PlanAsync(desk => desk.UnscheduleAsync(new PlannerCardRef(pki.Id, pki.Version), "ada@example.org", Ct));

        // Act
        await PlanAsync(desk => desk.UndoAsync(unscheduled.Undo!, "ada@example.org", Ct));

        // Assert
        Assert.Contains("PKI Future", await ThursdayPageAsync(), StringComparison.Ordinal);
        var back = Assert.Single((await FeedAsync()).Events, e => e.Uid == $"{pki.Uid:D}@summit");
        Assert.NotEqual("CANCELLED", back.Status);
        Assert.Equal("PKI Future", back.Summary);
    }
}

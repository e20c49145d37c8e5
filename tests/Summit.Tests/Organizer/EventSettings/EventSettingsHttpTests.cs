using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.EventSettings;

/// <summary>The event's settings as attendees, calendar apps and organizers see them over HTTP, each test on its own server.</summary>
public sealed class EventSettingsHttpTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private readonly OrganizerAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ThePublicBannerShowsTheNewNameAndTheDatesOfADayAddedAfterTheLast()
    {
        // Arrange
        var client = _factory.Browser();
        Assert.Contains("OpenStack Summit Fall 2012", await HomeAsync(client), StringComparison.Ordinal);

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventSettingsEditor>();
            var form = (await editor.LoadAsync(Ct))!;
            form.Name = "Grizzly Design Summit";
            Assert.True((await editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct)).Succeeded);
            var structure = scope.ServiceProvider.GetRequiredService<StructureEditor>();
            Assert.True((await structure.SaveDayAsync(null, new DayDraft(new DateOnly(2012, 10, 19)), User, Ct)).Succeeded);
        }

        // Assert
        var html = await HomeAsync(client);
        Assert.Contains("<title>Grizzly Design Summit schedule · Summit</title>", html, StringComparison.Ordinal);
        Assert.Contains("Grizzly Design Summit</h1>", html, StringComparison.Ordinal);
        Assert.Contains("October 15–19, 2012 · San Diego", html, StringComparison.Ordinal);
        Assert.DoesNotContain("OpenStack Summit Fall 2012", html, StringComparison.Ordinal);
        var feed = await client.GetStringAsync("/calendar.ics", Ct);
        Assert.Contains("X-WR-CALNAME:Grizzly Design Summit\r\n", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASaveWritesOneHistoryEntryThatTheHistoryPageShows()
    {
        // Arrange
        var client = await _factory.SignedInAsync("planner@example.org", organizer: true);

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventSettingsEditor>();
            var form = (await editor.LoadAsync(Ct))!;
            form.Venue = "Manchester Grand Hyatt, San Diego";
            Assert.True((await editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct)).Succeeded);
        }

        // Assert
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var change = await db.Changes.SingleAsync(Ct);
            Assert.Equal([new Summit.Core.Editing.FieldChange("Venue", "San Diego", "Manchester Grand Hyatt, San Diego")], change.Fields);
        }

        var history = WebUtility.HtmlDecode(await client.GetStringAsync("/organizer/history", Ct));
        Assert.Contains("Updated event “OpenStack Summit Fall 2012”", history, StringComparison.Ordinal);
        Assert.Contains("Manchester Grand Hyatt, San Diego", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASaveWithNoChangeWritesNothingAndKeepsThePublicPagesVersion()
    {
        // Arrange
        var client = _factory.Browser();
        var before = (await client.GetAsync("/", Ct)).Headers.ETag;

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventSettingsEditor>();
            var form = (await editor.LoadAsync(Ct))!;
            Assert.True((await editor.SaveAsync(form.ToDraft(), form.Version, false, User, Ct)).Succeeded);
        }

        // Assert
        Assert.Equal(before, (await client.GetAsync("/", Ct)).Headers.ETag);
        await using var check = _factory.Services.CreateAsyncScope();
        Assert.Empty(await check.ServiceProvider.GetRequiredService<SummitDbContext>().Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task OrganizersGetTheEventPagePrerenderedAndLinkedFromTheNav()
    {
        // Arrange
        var client = await _factory.SignedInAsync("planner@example.org", organizer: true);

        // Act
        var response = await client.GetAsync("/organizer/event", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("value=\"OpenStack Summit Fall 2012\"", html, StringComparison.Ordinal);
        Assert.Contains("October 15–18, 2012 (4 days)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/organizer/event\" class=\"summit-nav-link\">Event</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitorsWhoAreNotOrganizersCannotOpenTheEventPage()
    {
        // Arrange
        var anonymous = _factory.Browser();
        var attendee = await _factory.SignedInAsync("attendee@example.org", organizer: false);

        // Act
        var redirected = await anonymous.GetAsync("/organizer/event", Ct);
        var forbidden = await attendee.GetAsync("/organizer/event", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static async Task<string> HomeAsync(HttpClient client) =>
        WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
}

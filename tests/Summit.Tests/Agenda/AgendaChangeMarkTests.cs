using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Time;
using Summit.Organizer.Sessions;
using static Summit.Tests.Agenda.AgendaRequests;
using static Summit.Tests.Agenda.OrganizerSteps;

namespace Summit.Tests.Agenda;

/// <summary>
/// The agenda tells its owner what changed in their sessions since they last looked, until they say they have seen
/// it, and a private feed lists those changes. Each test has its own app: each changes the schedule.
/// </summary>
public sealed class AgendaChangeMarkTests : IAsyncLifetime
{
    private readonly SummitAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private HttpClient NewBrowser() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> AgendaAsync(HttpClient browser) => await HtmlAsync(await NavigateAsync(browser, "/agenda"));

    private static string MovedMark(SlotChoice slot) =>
        $"Changed since you last looked: moved to {slot.Day.ToString("ddd", System.Globalization.CultureInfo.InvariantCulture)} {EventClock.FormatTime(slot.Start)}";

    [Fact]
    public async Task AStarredSessionMovedByALaterReleaseIsMarkedWithWhereItWent()
    {
        // Arrange: the owner looked at the agenda, then an organizer moved the session (published at once).
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        Assert.DoesNotContain("Changed since you last looked", await AgendaAsync(browser));

        // Act
        var slot = await MoveToAnotherDayAsync(_app, "pki-future");
        var html = await AgendaAsync(browser);

        // Assert
        Assert.Contains(MovedMark(slot), html);
        Assert.Contains("The schedule changed since you last looked", html);
        Assert.Contains("Mark as seen", html);
    }

    [Fact]
    public async Task MarkAsSeenClearsTheMarks()
    {
        // Arrange
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        var slot = await MoveToAnotherDayAsync(_app, "pki-future");
        Assert.Contains(MovedMark(slot), await AgendaAsync(browser));

        // Act
        var seen = await PostFormAsync(browser, "/agenda/seen", new Dictionary<string, string> { ["release"] = "2" });

        // Assert
        Assert.Equal(HttpStatusCode.SeeOther, seen.StatusCode);
        Assert.Equal("/agenda", seen.Headers.Location?.OriginalString);
        var html = await AgendaAsync(browser);
        Assert.DoesNotContain("Changed since you last looked", html);
        Assert.DoesNotContain("Mark as seen", html);
        Assert.Contains("PKI Future", html);
    }

    [Fact]
    public async Task MarkAsSeenFromAnotherSiteIsRefused()
    {
        // Arrange
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        var slot = await MoveToAnotherDayAsync(_app, "pki-future");
        await AgendaAsync(browser);

        // Act
        var seen = await PostFormAsync(browser, "/agenda/seen", new Dictionary<string, string> { ["release"] = "2" }, site: "cross-site");

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, seen.StatusCode);
        Assert.Contains(MovedMark(slot), await AgendaAsync(browser));
    }

    [Fact]
    public async Task MarkAsSeenOfAReleaseThatDoesNotExistIsRefused()
    {
        // Arrange
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");

        // Act
        var seen = await PostFormAsync(browser, "/agenda/seen", new Dictionary<string, string> { ["release"] = "99" });

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, seen.StatusCode);
        Assert.Contains("must be the number of a release", await seen.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ANewAgendaHasNoMarksForEarlierReleases()
    {
        // Arrange: the session moved before this agenda was made.
        await MoveToAnotherDayAsync(_app, "pki-future");
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().GetAsync("/", Ct)).StatusCode);
        var browser = NewBrowser();

        // Act
        await StarAsync(browser, "pki-future");
        var html = await AgendaAsync(browser);

        // Assert
        Assert.Contains("PKI Future", html);
        Assert.DoesNotContain("Changed since you last looked", html);
    }

    [Fact]
    public async Task AnAgendaFromBeforeReleasesStartsWithNoMarksAndRemembersItsFirstLook()
    {
        // Arrange: an agenda that never recorded a release, and a release since.
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            await db.Agendas.ExecuteUpdateAsync(u => u.SetProperty(a => a.SeenRelease, (int?)null), Ct);
        }

        await MoveToAnotherDayAsync(_app, "pki-future");

        // Act
        var html = await AgendaAsync(browser);

        // Assert
        Assert.DoesNotContain("Changed since you last looked", html);
        await using var check = _app.Services.CreateAsyncScope();
        var seen = await check.ServiceProvider.GetRequiredService<SummitDbContext>().Agendas.AsNoTracking()
            .Where(a => a.TokenHash == Summit.Core.Agenda.AgendaToken.Hash(token)).Select(a => a.SeenRelease).SingleAsync(Ct);
        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task AStarredSessionRemovedByALaterReleaseIsListedAsRemoved()
    {
        // Arrange
        var browser = NewBrowser();
        await StarAsync(browser, "pki-future");
        await StarAsync(browser, "keystone-internals");
        await AgendaAsync(browser);

        // Act
        await DeleteAsync(_app, "pki-future");
        var html = await AgendaAsync(browser);

        // Assert
        Assert.Contains("<strong>PKI Future</strong>: Removed from the schedule", html);
        Assert.Contains("1 session", html);
    }

    [Fact]
    public async Task TheChangesFeedListsOnlyTheReleasesThatChangedAStarredSession()
    {
        // Arrange: release 2 moves the starred session, release 3 retitles another (each save is published at once).
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await MoveToAnotherDayAsync(_app, "pki-future");
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().GetAsync("/", Ct)).StatusCode);
        await RetitleAsync(_app, "keystone-internals", "Keystone Internals, revised");
        Assert.Equal(HttpStatusCode.OK, (await NewBrowser().GetAsync("/", Ct)).StatusCode);

        // Act
        var response = await NewBrowser().GetAsync($"/agenda/{token}/changes.atom", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("private", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.Equal("Release 2: 1 of your sessions changed", entry.Element(atom + "title")?.Value);
        var content = entry.Element(atom + "content")!.Value;
        Assert.Contains("PKI Future", content);
        Assert.Contains("Moved from", content);
        Assert.DoesNotContain("Keystone", content);
    }

    [Fact]
    public async Task TheChangesFeedOfAnUnknownAgendaIsNotFound()
    {
        // Act
        var response = await NewBrowser().GetAsync($"/agenda/{Summit.Core.Agenda.AgendaToken.Create()}/changes.atom", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheAgendaPageLinksToItsChangesFeed()
    {
        // Arrange
        var browser = NewBrowser();
        var token = TokenOf(await StarAsync(browser, "pki-future"));

        // Act
        var html = await AgendaAsync(browser);

        // Assert
        Assert.Contains($"href=\"/agenda/{token}/changes.atom\"", html);
    }
}

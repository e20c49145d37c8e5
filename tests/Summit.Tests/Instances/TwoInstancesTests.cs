using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;
using Summit.Web.Instances;
using static Summit.Tests.Agenda.AgendaRequests;

namespace Summit.Tests.Instances;

/// <summary>
/// A change saved through one instance is served by another on the same database within the promise, whatever the
/// path: the schedule page, a session's page, the schedule's feed, a personal feed and the agenda page. Each test
/// changes its own session or agenda and reads only that. On SQLite the change arrives through the polled version; on
/// PostgreSQL through LISTEN/NOTIFY, within a second.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpClient Browser(WebApplicationFactory<Program> host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Renames a session the way the organizer editor does, through the given instance.</summary>
    private static async Task RenameAsync(WebApplicationFactory<Program> host, string slug, string title)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.Title = title;
        var outcome = await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task<TimeSpan> ServedAsync(HttpClient client, string path, string text) =>
        await Eventually.HoldsAsync(
            async () => WebUtility.HtmlDecode(await client.GetStringAsync(path, Ct)).Contains(text, StringComparison.Ordinal),
            $"{path} shows “{text}”",
            instances.Promise);

    [Theory]
    [InlineData("/", "quantum-api-improvements")]
    [InlineData("/sessions/quantum-python-client-and-cli-improvements", "quantum-python-client-and-cli-improvements")]
    [InlineData("/calendar.ics", "quantum-heat-integration")]
    public async Task AnEditSavedThroughOneInstanceIsServedByTheOther(string path, string slug)
    {
        // Arrange: the other instance has served (and cached) the page before the edit
        var other = Browser(instances.Second);
        var title = $"Renamed on the first instance {Guid.NewGuid():N}";
        Assert.DoesNotContain(title, await other.GetStringAsync(path, Ct));
        _ = await other.GetStringAsync(path, Ct);

        // Act
        await RenameAsync(instances.First, slug, title);

        // Assert
        await ServedAsync(other, path, title);
    }

    [Fact]
    public async Task AStarThroughOneInstanceShowsInTheOthersPersonalFeed()
    {
        // Arrange: an agenda whose feed the other instance has served, and keeps
        var browser = Browser(instances.First);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var feed = $"/agenda/{token}/calendar.ics";
        var other = Browser(instances.Second);
        Assert.DoesNotContain("SUMMARY:Keystone Internals", await other.GetStringAsync(feed, Ct));

        // Act
        await StarAsync(browser, "keystone-internals");

        // Assert
        await ServedAsync(other, feed, "SUMMARY:Keystone Internals");
    }

    [Fact]
    public async Task AnUnstarThroughOneInstanceLeavesTheOthersPersonalFeed()
    {
        // Arrange
        var browser = Browser(instances.First);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        await StarAsync(browser, "keystone-internals");
        var feed = $"/agenda/{token}/calendar.ics";
        var other = Browser(instances.Second);
        Assert.Contains("SUMMARY:Keystone Internals", await other.GetStringAsync(feed, Ct));

        // Act
        await StarAsync(browser, "keystone-internals", starred: false);

        // Assert
        await Eventually.HoldsAsync(
            async () => !(await other.GetStringAsync(feed, Ct)).Contains("SUMMARY:Keystone Internals", StringComparison.Ordinal),
            "the unstarred session leaves the other instance's feed",
            instances.Promise);
    }

    [Fact]
    public async Task AStarThroughOneInstanceShowsOnTheOthersAgendaPage()
    {
        // Arrange
        var browser = Browser(instances.First);
        var token = TokenOf(await StarAsync(browser, "pki-future"));
        var other = Browser(instances.Second);
        other.DefaultRequestHeaders.Add("Cookie", $"summit_agenda={token}");
        Assert.DoesNotContain("Keystone Internals", WebUtility.HtmlDecode(await other.GetStringAsync("/agenda", Ct)));

        // Act
        await StarAsync(browser, "keystone-internals");

        // Assert
        await ServedAsync(other, "/agenda", "Keystone Internals");
    }

    [Fact]
    public async Task AnInstancesOwnSaveIsNotReadBackAsAnotherInstancesChange()
    {
        // Arrange: an edit through the first instance, whose snapshot has been rebuilt with it
        var host = instances.First;
        var title = $"Renamed and polled {Guid.NewGuid():N}";
        await RenameAsync(host, "quantum-tempest-w-gating", title);
        var snapshots = host.Services.GetRequiredService<ScheduleSnapshots>();
        await Eventually.HoldsAsync(
            async () => (await snapshots.GetAsync(Ct))!.Schedule.Sessions.Any(s => s.Title == title),
            "the first instance's snapshot holds its own edit");
        var signal = host.Services.GetRequiredService<ScheduleChangeSignal>();
        var generation = signal.Generation;

        // Act
        await host.Services.GetRequiredService<StoredVersionPoll>().PollAsync(signal, restart: false, Ct);

        // Assert: nothing asks for another build
        Assert.Equal(generation, signal.Generation);
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;
using Summit.Data.Releases;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Releases;

/// <summary>
/// An event published when released: organizers' saves change the working copy only; the public pages keep serving
/// the latest release, byte for byte, until an organizer releases.
/// </summary>
public sealed class WhenReleasedTests : IAsyncLifetime
{
    private const string Slug = "pki-future";
    private const string Title = "PKI: kept back until released";

    private readonly SummitAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        (await db.Conferences.SingleAsync(Ct)).PublishMode = PublishMode.WhenReleased;
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ASaveLeavesThePublicPagesOnTheLatestRelease()
    {
        // Arrange
        var client = _app.CreateClient();
        var before = await client.GetAsync("/", Ct);

        // Act
        await RetitleAsync();
        var after = await client.GetAsync("/", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(await before.Content.ReadAsStringAsync(Ct), await after.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, (await Snapshots.GetAsync(Ct))!.Release!.Version);
    }

    [Fact]
    public async Task ReleasingServesTheSaveAsTheNextRelease()
    {
        // Arrange
        var client = _app.CreateClient();
        await RetitleAsync();
        var before = await client.GetAsync("/", Ct);

        // Act
        var outcome = await Writer.ReleaseAsync(1, new ReleaseRequest("Second", "PKI renamed", "ada@example.org"), Ct);
        var after = await client.GetAsync("/", Ct);

        // Assert
        var release = Assert.IsType<ReleaseOutcome.Released>(outcome).Release;
        Assert.Equal((2, "Release 2 (Second)", "ada@example.org"), (release.Version, release.Label, release.ReleasedBy));
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain(Title, WebUtility.HtmlDecode(await before.Content.ReadAsStringAsync(Ct)));
        Assert.Contains(Title, WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync(Ct)));
        Assert.Equal(release, (await Snapshots.GetAsync(Ct))!.Release);
    }

    [Fact]
    public async Task ReleasingWhatThePublicAlreadySeesReleasesNothing()
    {
        // Act
        var outcome = await Writer.ReleaseAsync(1, new ReleaseRequest(null, "Nothing new", "ada@example.org"), Ct);

        // Assert
        Assert.Equal(1, Assert.IsType<ReleaseOutcome.NothingToRelease>(outcome).Latest!.Version);
        Assert.Single((await Snapshots.GetAsync(Ct))!.Releases);
    }

    private ScheduleSnapshots Snapshots => _app.Services.GetRequiredService<ScheduleSnapshots>();

    private ReleaseWriter Writer => _app.Services.GetRequiredService<ReleaseWriter>();

    private async Task RetitleAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync(Ct);
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.Title = Title;
        Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, "grace@example.org", Ct)).Succeeded);
    }
}

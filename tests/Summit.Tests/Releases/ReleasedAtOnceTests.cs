using Microsoft.EntityFrameworkCore;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Releases;

/// <summary>
/// An event published immediately: the seed is release 1, each save that changes what attendees see becomes a release
/// on the first snapshot build after it, described from the history and credited to the organizer who saved.
/// </summary>
public sealed class ReleasedAtOnceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ReleaseRig _rig = null!;
    private SessionEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _rig = new ReleaseRig(_database);
        _editor = new SessionEditor(new TestDbContextFactory(_database), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TheSeedIsRelease1AsPublished()
    {
        // Act
        var snapshot = await _rig.RebuiltAsync();

        // Assert
        var release = Assert.Single(snapshot.Releases).Info;
        Assert.Equal((1, "As published", "Release 1 (As published)"), (release.Version, release.Name, release.Label));
        Assert.Equal(release, snapshot.Release);
        Assert.Equal(28, snapshot.Schedule.Sessions.Count);
    }

    [Fact]
    public async Task ASaveIsReleasedOnTheNextBuildWithItsHistoryAsCommentAndItsAuthor()
    {
        // Arrange
        _ = await _rig.RebuiltAsync();
        await RetitleAsync("pki-future", "PKI: the future", "grace@example.org");

        // Act
        var snapshot = await _rig.RebuiltAsync();

        // Assert
        Assert.Equal(2, snapshot.Release!.Version);
        Assert.Equal("Updated session “PKI: the future”", snapshot.Release.Comment);
        Assert.Equal("grace@example.org", snapshot.Release.ReleasedBy);
        Assert.Equal("PKI: the future", snapshot.Schedule.FindSession("pki-future")!.Title);
        var change = Assert.Single(snapshot.Releases[0].Changes);
        Assert.Equal("PKI: the future", change.Title);
        Assert.Equal([2, 1], snapshot.Releases.Select(r => r.Info.Version));
    }

    [Fact]
    public async Task ASaveThatChangesNothingPublicMakesNoRelease()
    {
        // Arrange: an empty time slot, which no attendee sees
        _ = await _rig.RebuiltAsync();
        await using (var db = _database.CreateContext())
        {
            var day = await db.Days.OrderBy(d => d.Date).FirstAsync(Ct);
            db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(6, 0), End = new TimeOnly(6, 30) });
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var snapshot = await _rig.RebuiltAsync();

        // Assert
        Assert.Equal(1, snapshot.Release!.Version);
        Assert.Single(await ReleaseRig.StoredAsync(_database));
    }

    [Fact]
    public async Task BuildsWithoutASaveMakeNoRelease()
    {
        // Arrange
        await RetitleAsync("pki-future", "PKI: the future", "grace@example.org");
        var first = await _rig.RebuiltAsync();

        // Act
        var second = await _rig.RebuiltAsync();
        var restarted = await new ReleaseRig(_database).RebuiltAsync();

        // Assert
        Assert.Equal(2, first.Release!.Version);
        Assert.Equal(first.Release, second.Release);
        Assert.Equal(first.Release, restarted.Release);
        Assert.Equal(first.Version, restarted.Version);
        Assert.Equal(2, (await ReleaseRig.StoredAsync(_database)).Count);
    }

    [Fact]
    public async Task SeveralSavesBetweenTwoBuildsAreOneReleaseNamingThemAll()
    {
        // Arrange
        _ = await _rig.RebuiltAsync();
        await RetitleAsync("pki-future", "PKI: the future", "grace@example.org");
        await RetitleAsync("keystone-internals", "Keystone inside out", "ada@example.org");

        // Act
        var snapshot = await _rig.RebuiltAsync();

        // Assert
        Assert.Equal(2, snapshot.Release!.Version);
        Assert.Equal("Updated session “PKI: the future”; Updated session “Keystone inside out”", snapshot.Release.Comment);
        Assert.Equal("ada@example.org", snapshot.Release.ReleasedBy);
        Assert.Equal(2, snapshot.Releases[0].Changes.Count);
    }

    private async Task RetitleAsync(string slug, string title, string user)
    {
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var form = (await _editor.LoadAsync(id, Ct))!;
        form.Title = title;
        Assert.True((await _editor.SaveAsync(id, form.ToDraft(), form.Version, user, Ct)).Succeeded);
    }
}

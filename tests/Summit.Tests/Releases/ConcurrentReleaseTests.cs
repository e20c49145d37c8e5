using Microsoft.EntityFrameworkCore;
using Summit.Core.Releases;
using Summit.Data.Releases;

namespace Summit.Tests.Releases;

/// <summary>
/// Organizers releasing at once, on one instance or several: the release number is the key, so each number is taken
/// once, the others are told they were overtaken, and the numbers run on without gaps.
/// </summary>
public sealed class ConcurrentReleaseTests : IAsyncLifetime
{
    private const int Organizers = 4;

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task OfOrganizersReleasingAfterTheSameReleaseExactlyOneReleases()
    {
        // Arrange: one save, and an organizer per instance who saw release 1
        await RetitleAsync("pki-future", "PKI: the future");
        var rigs = Enumerable.Range(0, Organizers).Select(_ => new ReleaseRig(_database)).ToList();

        // Act
        var outcomes = await Task.WhenAll(rigs.Select((rig, i) => Task.Run(
            () => rig.Writer.ReleaseAsync(1, new ReleaseRequest(null, $"Organizer {i}", $"organizer{i}@example.org"), Ct), Ct)));

        // Assert
        var released = Assert.Single(outcomes.OfType<ReleaseOutcome.Released>()).Release;
        Assert.Equal(2, released.Version);
        Assert.All(outcomes.OfType<ReleaseOutcome.Overtaken>(), o => Assert.Equal(released, o.Latest));
        Assert.Equal(Organizers - 1, outcomes.OfType<ReleaseOutcome.Overtaken>().Count());
        Assert.Equal([1, 2], (await ReleaseRig.StoredAsync(_database)).Select(r => r.Version));
    }

    [Fact]
    public async Task OrganizersSavingAndReleasingAtOnceLeaveNumbersWithoutGapsOrRepeats()
    {
        // Arrange: each organizer saves a session of their own and releases, trying again when overtaken
        var slugs = await FirstSlugsAsync(Organizers);

        // Act
        var counts = await Task.WhenAll(slugs.Select((slug, i) => Task.Run(() => SaveAndReleaseAsync(new ReleaseRig(_database), slug, i), Ct)));

        // Assert: every save is in some release, and the numbers run 1, 2, 3… as far as releases were made
        var stored = await ReleaseRig.StoredAsync(_database);
        Assert.Equal(Enumerable.Range(1, 1 + counts.Sum()), stored.Select(r => r.Version));
        var latest = (await new ReleaseRig(_database).Store.GetAsync(stored[^1].Version, Ct))!.Schedule;
        Assert.All(slugs, slug => Assert.StartsWith("Round 2 of", latest.FindSession(slug)!.Title));
    }

    private static async Task<int> SaveAndReleaseAsync(ReleaseRig rig, string slug, int organizer)
    {
        var released = 0;
        for (var round = 0; round < 3; round++)
        {
            await RetitleAsync(rig, slug, $"Round {round} of organizer {organizer}");
            var expected = (await rig.Writer.PreviewAsync(Ct))!.Latest?.Version;
            while (true)
            {
                var outcome = await rig.Writer.ReleaseAsync(expected, new ReleaseRequest(null, $"Round {round}", $"organizer{organizer}@example.org"), Ct);
                if (outcome is ReleaseOutcome.Overtaken overtaken)
                {
                    expected = overtaken.Latest.Version;
                    continue;
                }

                released += outcome is ReleaseOutcome.Released ? 1 : 0;
                break;
            }
        }

        return released;
    }

    private Task RetitleAsync(string slug, string title) => RetitleAsync(_database, slug, title);

    private static Task RetitleAsync(ReleaseRig rig, string slug, string title) => RetitleAsync(rig.Database, slug, title);

    private static async Task RetitleAsync(TestDatabase database, string slug, string title)
    {
        await using var db = database.CreateContext();
        (await db.Sessions.SingleAsync(s => s.Slug == slug, Ct)).Title = title;
        await db.SaveChangesAsync(Ct);
    }

    private async Task<List<string>> FirstSlugsAsync(int count)
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.OrderBy(s => s.Id).Take(count).Select(s => s.Slug).ToListAsync(Ct);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Data.Releases;

namespace Summit.Tests.Releases;

/// <summary>
/// A release reads back exactly as the schedule that was released, whether it was stored whole or as a difference,
/// after a restart too; small saves are stored as differences and a big one whole again, so any release is at most two
/// rows to read.
/// </summary>
public sealed class ReleaseStorageTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ReleaseRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _rig = new ReleaseRig(_database);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public static TheoryData<string> Edits() => ["retitle", "add", "remove", "rename track", "move"];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task AReleaseStoredAsADifferenceReadsBackAsTheScheduleReleasedAfterARestart(string edit)
    {
        // Arrange: a difference whatever its size, so a structure change that touches many sessions is one too
        var rig = new ReleaseRig(_database, new ReleaseOptions { WholeCopyShare = 1 });
        await EditAsync(edit);
        var released = (await rig.Writer.PreviewAsync(Ct))!.Schedule;

        // Act
        var info = await rig.ReleaseAsync();
        var restarted = new ReleaseRig(_database);
        var read = (await restarted.Store.GetAsync(info.Version, Ct))!;

        // Assert
        var row = (await ReleaseRig.StoredAsync(_database)).Single(r => r.Version == info.Version);
        Assert.Equal(1, row.BaseVersion);
        Assert.Equal(ReleaseRig.Json(released), ReleaseRig.Json(read.Schedule));
        Assert.Equal(row.ContentHash, read.ContentHash);
        Assert.Equal(ReleaseContent.Hash(read.Schedule), row.ContentHash);
    }

    [Fact]
    public async Task AnotherInstanceReadsTheReleaseAsTheOneThatMadeItHoldsIt()
    {
        // Arrange
        await EditAsync("retitle");

        // Act
        var made = await _rig.ReleaseAsync();
        var read = (await new ReleaseRig(_database).Store.GetAsync(made.Version, Ct))!.Info;

        // Assert: to the microsecond, which is all PostgreSQL keeps
        Assert.Equal(made, read);
        Assert.Equal(made, (await _rig.Store.GetAsync(made.Version, Ct))!.Info);
    }

    [Fact]
    public async Task AReleaseThatChangesMostSessionsIsStoredWholeAgain()
    {
        // Arrange: every session retitled, far more than a quarter of a whole copy
        await using (var db = _database.CreateContext())
        {
            foreach (var session in await db.Sessions.ToListAsync(Ct))
            {
                session.Title += " (revised)";
                session.Description = $"Rewritten {Guid.NewGuid():N} from scratch for the new plan.";
            }

            await db.SaveChangesAsync(Ct);
        }

        var released = (await _rig.Writer.PreviewAsync(Ct))!.Schedule;

        // Act
        var info = await _rig.ReleaseAsync();

        // Assert
        var row = (await ReleaseRig.StoredAsync(_database)).Single(r => r.Version == info.Version);
        Assert.Null(row.BaseVersion);
        Assert.Equal(ReleaseRig.Json(released), ReleaseRig.Json((await new ReleaseRig(_database).Store.GetAsync(info.Version, Ct))!.Schedule));
    }

    [Fact]
    public async Task ARenamedRoomHoldingEverySessionIsStoredWholeAndReadsBackAsReleased()
    {
        // Arrange: the seed's one room; its difference would repeat every session, no smaller than a whole copy
        var rig = new ReleaseRig(_database, new ReleaseOptions { WholeCopyShare = 1 });
        await EditAsync("rename room");
        var released = (await rig.Writer.PreviewAsync(Ct))!.Schedule;

        // Act
        var info = await rig.ReleaseAsync();

        // Assert
        var row = (await ReleaseRig.StoredAsync(_database)).Single(r => r.Version == info.Version);
        Assert.Null(row.BaseVersion);
        var read = (await new ReleaseRig(_database).Store.GetAsync(info.Version, Ct))!;
        Assert.Equal(ReleaseRig.Json(released), ReleaseRig.Json(read.Schedule));
        Assert.All(read.Schedule.Sessions, s => Assert.Equal("The renamed room", s.Room.Name));
    }

    [Fact]
    public async Task ReleasesAfterAWholeCopyAreDifferencesFromIt()
    {
        // Arrange: a whole copy every time a difference would exceed a hundredth of one
        var options = new ReleaseOptions { WholeCopyShare = 0.01 };
        var rig = new ReleaseRig(_database, options);
        await EditAsync("retitle");
        var whole = await rig.ReleaseAsync();
        var generous = new ReleaseRig(_database);

        // Act
        await EditAsync("move");
        var difference = await generous.ReleaseAsync();

        // Assert
        var rows = await ReleaseRig.StoredAsync(_database);
        Assert.Null(rows.Single(r => r.Version == whole.Version).BaseVersion);
        Assert.Equal(whole.Version, rows.Single(r => r.Version == difference.Version).BaseVersion);
    }

    [Fact]
    public async Task ManyReleasesReadBackAndNoneNeedsMoreThanItsBaseAndItself()
    {
        // Arrange: twelve releases of small saves, each read back as released
        var expected = new Dictionary<int, string>();
        for (var i = 0; i < 12; i++)
        {
            await EditAsync(i % 3 == 0 ? "add" : i % 3 == 1 ? "retitle" : "move", i);
            var released = (await _rig.Writer.PreviewAsync(Ct))!.Schedule;
            expected[(await _rig.ReleaseAsync()).Version] = ReleaseRig.Json(released);
        }

        // Act: a restarted instance reads them all, oldest last
        var restarted = new ReleaseRig(_database, new ReleaseOptions { CachedSchedules = 1 });
        var read = new Dictionary<int, string>();
        foreach (var version in expected.Keys.OrderDescending())
        {
            read[version] = ReleaseRig.Json((await restarted.Store.GetAsync(version, Ct))!.Schedule);
        }

        // Assert
        Assert.Equal(expected, read);
        var rows = (await ReleaseRig.StoredAsync(_database)).ToDictionary(r => r.Version);
        Assert.All(rows.Values, r => Assert.True(r.BaseVersion is null || rows[r.BaseVersion.Value].BaseVersion is null, $"Release {r.Version} has a base that has a base."));
        Assert.Contains(rows.Values, r => r.BaseVersion is not null);
    }

    [Fact]
    public async Task SmallSavesStoreAWholeCopyAgainOnceTheirDifferencesAddUpToOne()
    {
        // Arrange: differences of any single size allowed, so only their sum calls for a whole copy
        var rig = new ReleaseRig(_database, new ReleaseOptions { WholeCopyShare = 1 });

        // Act
        for (var i = 0; i < 15; i++)
        {
            await EditAsync("retitle", i);
            await rig.ReleaseAsync();
        }

        // Assert
        var rows = await ReleaseRig.StoredAsync(_database);
        var wholes = rows.Where(r => r.BaseVersion is null).ToList();
        Assert.True(wholes.Count > 1, "No second whole copy was stored.");
        Assert.All(wholes, w => Assert.True(
            rows.Where(r => r.BaseVersion == w.Version).Sum(r => r.Content.Length) <= w.Content.Length,
            $"The differences from release {w.Version} add up to more than it."));
    }

    [Fact]
    public async Task AnOldReleaseIsReadFromTheDatabaseOnceItLeavesTheCache()
    {
        // Arrange
        await EditAsync("retitle");
        var second = (await _rig.Writer.PreviewAsync(Ct))!.Schedule;
        await _rig.ReleaseAsync();
        await EditAsync("move");
        await _rig.ReleaseAsync();
        var store = new ReleaseStore(new TestDbContextFactory(_database), Options.Create(new ReleaseOptions { CachedSchedules = 1 }));
        _ = await store.GetAsync(3, Ct);

        // Act
        var read = await store.GetAsync(2, Ct);

        // Assert
        Assert.Equal(ReleaseRig.Json(second), ReleaseRig.Json(read!.Schedule));
    }

    /// <summary>Changes the working copy behind the release services' back, as a save does.</summary>
    private async Task EditAsync(string edit, int n = 0)
    {
        await using var db = _database.CreateContext();
        switch (edit)
        {
            case "retitle":
                (await db.Sessions.OrderBy(s => s.Id).Skip(n % 5).FirstAsync(Ct)).Title = $"Retitled {n} {Guid.NewGuid():N}";
                break;
            case "add":
                var room = await db.Rooms.OrderBy(r => r.Id).FirstAsync(Ct);
                var day = await db.Days.OrderBy(d => d.Date).FirstAsync(Ct);
                var slot = new TimeSlot { DayId = day.Id, Start = new TimeOnly(7, n % 60), End = new TimeOnly(7, n % 60).AddMinutes(40) };
                db.Sessions.Add(new Session { Slug = $"added-{n}-{Guid.NewGuid():N}", Title = $"Added {n}", RoomId = room.Id, TimeSlot = slot });
                break;
            case "remove":
                db.Sessions.Remove(await db.Sessions.OrderBy(s => s.Id).FirstAsync(Ct));
                break;
            case "rename room":
                (await db.Rooms.OrderBy(r => r.Id).FirstAsync(Ct)).Name = "The renamed room";
                break;
            case "rename track":
                (await db.Tracks.OrderBy(t => t.Id).FirstAsync(Ct)).Name = "The renamed track";
                break;
            case "move":
                var moved = await db.Sessions.OrderBy(s => s.Id).Skip(n % 7).FirstAsync(Ct);
                var lastDay = await db.Days.OrderByDescending(d => d.Date).FirstAsync(Ct);
                moved.TimeSlot = new TimeSlot { DayId = lastDay.Id, Start = new TimeOnly(6, n % 60), End = new TimeOnly(6, n % 60).AddMinutes(40) };
                break;
        }

        await db.SaveChangesAsync(Ct);
    }
}

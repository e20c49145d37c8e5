using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Summit.Tests.Data;

// The constraints as SQLite reports them (Summit.PostgreSql.Tests checks the same ones as PostgreSQL reports them).
public sealed partial class ModelConstraintTests
{
    [Fact]
    public async Task SecondSessionInATakenRoomAndSlotIsRefused()
    {
        // Arrange
        await using var db = _database.CreateContext();
        var taken = await db.Sessions.AsNoTracking().FirstAsync(TestContext.Current.CancellationToken);
        db.Sessions.Add(new Session { Slug = "double-booked", Title = "Double booked", RoomId = taken.RoomId, TimeSlotId = taken.TimeSlotId });

        // Act
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        // Assert
        Assert.Contains("UNIQUE constraint failed: Sessions.RoomId, Sessions.TimeSlotId", ConstraintMessage(error));
    }

    [Fact]
    public async Task DuplicateSessionSlugIsRefused()
    {
        await using var db = _database.CreateContext();
        var existing = await db.Sessions.AsNoTracking().FirstAsync(TestContext.Current.CancellationToken);
        var freeSlot = await FreeSlotAsync(db, existing.RoomId!.Value);
        db.Sessions.Add(new Session { Slug = existing.Slug, Title = "Same slug", RoomId = existing.RoomId, TimeSlotId = freeSlot.Id });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("UNIQUE constraint failed: Sessions.Slug", ConstraintMessage(error));
    }

    [Theory]
    [InlineData("rooms")]
    [InlineData("tracks")]
    [InlineData("people")]
    public async Task DuplicateSlugsOfRoomsTracksAndPeopleAreRefused(string kind)
    {
        await using var db = _database.CreateContext();
        switch (kind)
        {
            case "rooms":
                db.Rooms.Add(new Room { Name = "Another Windsor", Slug = "windsor-bc" });
                break;
            case "tracks":
                db.Tracks.Add(new Track { Name = "Quantum again", Slug = "quantum" });
                break;
            default:
                db.People.Add(new Person { Name = "Gary K.", Slug = "garyk" });
                break;
        }

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("UNIQUE constraint failed", ConstraintMessage(error));
        Assert.Contains(".Slug", ConstraintMessage(error));
    }

    [Fact]
    public async Task SlotEndingBeforeItStartsIsRefused()
    {
        await using var db = _database.CreateContext();
        var day = await db.Days.FirstAsync(TestContext.Current.CancellationToken);
        db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(15, 0), End = new TimeOnly(14, 0) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("CHECK constraint failed: CK_TimeSlot_EndAfterStart", ConstraintMessage(error));
    }

    [Fact]
    public async Task SlotOfZeroLengthIsRefused()
    {
        await using var db = _database.CreateContext();
        var day = await db.Days.FirstAsync(TestContext.Current.CancellationToken);
        db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(7, 0), End = new TimeOnly(7, 0) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Contains("CK_TimeSlot_EndAfterStart", ConstraintMessage(error));
    }

    private static string ConstraintMessage(DbUpdateException error) =>
        Assert.IsType<SqliteException>(error.InnerException).Message;
}

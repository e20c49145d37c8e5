using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Summit.Tests.Data;

// The constraints as PostgreSQL reports them: the same ones Summit.Tests checks as SQLite reports them.
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
        Assert.Equal((PostgresErrorCodes.UniqueViolation, "IX_Sessions_RoomId_TimeSlotId"), Refusal(error));
    }

    [Fact]
    public async Task DuplicateSessionSlugIsRefused()
    {
        await using var db = _database.CreateContext();
        var existing = await db.Sessions.AsNoTracking().FirstAsync(TestContext.Current.CancellationToken);
        var freeSlot = await FreeSlotAsync(db, existing.RoomId!.Value);
        db.Sessions.Add(new Session { Slug = existing.Slug, Title = "Same slug", RoomId = existing.RoomId, TimeSlotId = freeSlot.Id });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Equal((PostgresErrorCodes.UniqueViolation, "IX_Sessions_Slug"), Refusal(error));
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

        var (state, constraint) = Refusal(error);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, state);
        Assert.EndsWith("_Slug", constraint);
    }

    [Fact]
    public async Task SlotEndingBeforeItStartsIsRefused()
    {
        await using var db = _database.CreateContext();
        var day = await db.Days.FirstAsync(TestContext.Current.CancellationToken);
        db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(15, 0), End = new TimeOnly(14, 0) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "CK_TimeSlot_EndAfterStart"), Refusal(error));
    }

    [Fact]
    public async Task SlotOfZeroLengthIsRefused()
    {
        await using var db = _database.CreateContext();
        var day = await db.Days.FirstAsync(TestContext.Current.CancellationToken);
        db.TimeSlots.Add(new TimeSlot { DayId = day.Id, Start = new TimeOnly(7, 0), End = new TimeOnly(7, 0) });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Equal((PostgresErrorCodes.CheckViolation, "CK_TimeSlot_EndAfterStart"), Refusal(error));
    }

    private static (string State, string? Constraint) Refusal(DbUpdateException error)
    {
        var refusal = Assert.IsType<PostgresException>(error.InnerException);
        return (refusal.SqlState, refusal.ConstraintName);
    }
}

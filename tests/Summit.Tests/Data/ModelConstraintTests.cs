using Microsoft.EntityFrameworkCore;

namespace Summit.Tests.Data;

public sealed partial class ModelConstraintTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RefusedChangeLeavesTheScheduleUntouched()
    {
        await using (var db = _database.CreateContext())
        {
            var taken = await db.Sessions.AsNoTracking().FirstAsync(TestContext.Current.CancellationToken);
            db.Sessions.Add(new Session { Slug = "fresh", Title = "Fresh", RoomId = taken.RoomId, TimeSlotId = taken.TimeSlotId });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        await using var check = _database.CreateContext();
        Assert.Equal(28, await check.Sessions.CountAsync(TestContext.Current.CancellationToken));
        Assert.False(await check.Sessions.AnyAsync(s => s.Slug == "fresh", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SeedingTwiceAddsNothing()
    {
        await using var db = _database.CreateContext();

        var seeded = await Summit.Data.Seed.ScheduleSeeder.SeedIfEmptyAsync(db, TestContext.Current.CancellationToken);

        Assert.False(seeded);
        Assert.Equal(28, await db.Sessions.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<TimeSlot> FreeSlotAsync(Summit.Data.SummitDbContext db, int roomId)
    {
        db.TimeSlots.Add(new TimeSlot { DayId = (await db.Days.FirstAsync()).Id, Start = new TimeOnly(7, 0), End = new TimeOnly(7, 30) });
        await db.SaveChangesAsync();
        return await db.TimeSlots.SingleAsync(s => s.Start == new TimeOnly(7, 0));
    }
}

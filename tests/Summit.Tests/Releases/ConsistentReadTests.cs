using Microsoft.EntityFrameworkCore;

namespace Summit.Tests.Releases;

/// <summary>
/// What a release reads from several tables is one committed state: a save committed between its queries is wholly
/// in the next read, never half in this one.
/// </summary>
public sealed class ConsistentReadTests : IAsyncLifetime
{
    private const string Slug = "pki-future";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ASaveCommittedDuringTheReadIsNotSeenByItsLaterQueries()
    {
        // Arrange: the read has begun and read the session
        await using var db = _database.CreateContext();
        string title, room, roomAfter, titleAfter;
        await using (await ConsistentRead.BeginAsync(db, Ct))
        {
            title = await TitleAsync(db);
            room = await RoomAsync(db);

            // Act: a save of two tables commits from elsewhere
            await SaveElsewhereAsync("PKI, saved meanwhile", "Room, saved meanwhile");
            roomAfter = await RoomAsync(db);
            titleAfter = await TitleAsync(db);
        }

        // Assert: the rest of the read shows the state it began with; the next read shows the whole save
        Assert.Equal((title, room), (titleAfter, roomAfter));
        Assert.Equal(("PKI, saved meanwhile", "Room, saved meanwhile"), (await TitleAsync(db), await RoomAsync(db)));
    }

    [Fact]
    public async Task TheContextSavesAsUsualOnceTheReadEnds()
    {
        // Arrange
        await using var db = _database.CreateContext();
        await using (await ConsistentRead.BeginAsync(db, Ct))
        {
            _ = await TitleAsync(db);
        }

        // Act
        (await db.Sessions.SingleAsync(s => s.Slug == Slug, Ct)).Title = "Saved after the read";
        await db.SaveChangesAsync(Ct);

        // Assert
        await using var fresh = _database.CreateContext();
        Assert.Equal("Saved after the read", await TitleAsync(fresh));
    }

    private async Task SaveElsewhereAsync(string title, string room)
    {
        await using var other = _database.CreateContext();
        var session = await other.Sessions.Include(s => s.Room).SingleAsync(s => s.Slug == Slug, Ct);
        session.Title = title;
        session.Room!.Name = room;
        await other.SaveChangesAsync(Ct);
    }

    private static Task<string> TitleAsync(SummitDbContext db) =>
        db.Sessions.AsNoTracking().Where(s => s.Slug == Slug).Select(s => s.Title).SingleAsync(Ct);

    private static Task<string> RoomAsync(SummitDbContext db) =>
        db.Sessions.AsNoTracking().Where(s => s.Slug == Slug).Select(s => s.Room!.Name).SingleAsync(Ct);
}

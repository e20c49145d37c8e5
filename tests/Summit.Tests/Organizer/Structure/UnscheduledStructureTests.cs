using Microsoft.EntityFrameworkCore;
using Summit.Organizer.Structure;

namespace Summit.Tests.Organizer.Structure;

/// <summary>Unscheduled sessions have no room or slot: they never hold one, and a track that holds them says so.</summary>
public sealed class UnscheduledStructureTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;
    private StructureEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new StructureEditor(new TestDbContextFactory(_database), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>Moves the session to a room of its own, then takes it off the schedule; returns that room's id.</summary>
    private async Task<int> UnscheduleFromOwnRoomAsync(string slug)
    {
        var room = (await _editor.SaveAsync(NamedKind.Room, null, new NamedDraft("Annie’s Room", ""), User, Ct)).SessionId!.Value;
        await using var db = _database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        session.RoomId = room;
        await db.SaveChangesAsync(Ct);
        (session.RoomId, session.TimeSlotId) = (null, null);
        await db.SaveChangesAsync(Ct);
        return room;
    }

    [Fact]
    public async Task ARoomWhoseOnlySessionWasUnscheduledHoldsNoneAndCanBeDeleted()
    {
        // Arrange
        var room = await UnscheduleFromOwnRoomAsync("pki-future");

        // Act
        var listed = (await _editor.ListAsync(Ct)).Rooms.Single(r => r.Id == room);
        var outcome = await _editor.DeleteAsync(NamedKind.Room, room, User, Ct);

        // Assert
        Assert.Equal(0, listed.SessionCount);
        Assert.True(outcome.Succeeded);
        await using var db = _database.CreateContext();
        Assert.False(await db.Rooms.AnyAsync(r => r.Id == room, Ct));
        Assert.True(await db.Sessions.AnyAsync(s => s.Slug == "pki-future" && s.RoomId == null, Ct));
    }

    [Fact]
    public async Task UnscheduledSessionsAreLeftOutOfTheSlotAndDayCounts()
    {
        // Arrange
        await UnscheduleFromOwnRoomAsync("pki-future");

        // Act
        var view = await _editor.ListAsync(Ct);

        // Assert: the seed has one session per slot, and now one slot is free
        Assert.Equal(27, view.Days.Sum(d => d.SessionCount));
        Assert.Equal(27, view.Rooms.Sum(r => r.SessionCount));
    }

    [Fact]
    public async Task DeletingATrackThatHoldsAnUnscheduledSessionIsRefusedNamingIt()
    {
        // Arrange: keystone's sessions, one of them unscheduled, are listed in schedule order with the unscheduled one last
        await UnscheduleFromOwnRoomAsync("pki-future");
        var keystone = (await _editor.ListAsync(Ct)).Tracks.Single(t => t.Slug == "keystone");

        // Act
        var outcome = await _editor.DeleteAsync(NamedKind.Track, keystone.Id, User, Ct);

        // Assert
        var refusal = Assert.Single(outcome.Errors[StructureFields.Delete]);
        Assert.StartsWith("Track “Keystone” still holds 6 sessions:", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("PKI Future", refusal, StringComparison.Ordinal);
    }
}

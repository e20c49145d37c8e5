using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer;

/// <summary>The session editor and unscheduled sessions: created without a place, taken off the schedule, placed again.</summary>
public sealed class UnscheduledSessionEditorTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private TestDatabase _database = null!;
    private SessionEditor _editor = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _editor = new SessionEditor(new TestDbContextFactory(_database), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<(int Id, SessionForm Form)> OpenAsync(string slug)
    {
        await using var db = _database.CreateContext();
        var id = await db.Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        return (id, (await _editor.LoadAsync(id, Ct))!);
    }

    private async Task<Session> StoredAsync(int id)
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
    }

    [Fact]
    public async Task ANewSessionCanBeCreatedUnscheduledAndTheHistorySaysSo()
    {
        // Arrange
        var form = new SessionForm { Title = "Nova cells", Slug = "nova-cells", RoomId = null, TimeSlotId = null };

        // Act
        var outcome = await _editor.SaveAsync(null, form.ToDraft(), Guid.Empty, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        var saved = await StoredAsync(outcome.SessionId!.Value);
        Assert.False(saved.IsScheduled);
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Contains(new FieldChange("Room", null, "Unscheduled"), change.Fields);
        Assert.Contains(new FieldChange("Time slot", null, "Unscheduled"), change.Fields);
    }

    [Fact]
    public async Task TakingASessionOffTheScheduleKeepsItRecordsWhereItWasAndCancelsItInCalendars()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        (form.RoomId, form.TimeSlotId) = (null, null);

        // Act
        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.True(outcome.Succeeded);
        var saved = await StoredAsync(id);
        Assert.Equal((null, null, 1), (saved.RoomId, saved.TimeSlotId, saved.Revision));
        await using var db = _database.CreateContext();
        var change = await db.Changes.SingleAsync(Ct);
        Assert.Equal("Updated", change.Action);
        Assert.Contains(new FieldChange("Room", "Windsor BC", "Unscheduled"), change.Fields);
        Assert.Contains(change.Fields, f => f.Field == "Time slot" && f.New == "Unscheduled");
        Assert.True(await db.RemovedSessions.AnyAsync(r => r.Uid == saved.Uid, Ct));
    }

    [Fact]
    public async Task AnUnscheduledSessionOpensWithoutARoomOrSlotAndCanBePlacedAgain()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        var (room, slot) = (form.RoomId, form.TimeSlotId);
        (form.RoomId, form.TimeSlotId) = (null, null);
        await _editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Act
        var reopened = (await _editor.LoadAsync(id, Ct))!;
        Assert.Equal((null, null), (reopened.RoomId, reopened.TimeSlotId));
        (reopened.RoomId, reopened.TimeSlotId) = (room, slot);
        var outcome = await _editor.SaveAsync(id, reopened.ToDraft(), reopened.Version, User, Ct);

        // Assert: back on the schedule, so calendars get it again instead of its cancellation
        Assert.True(outcome.Succeeded);
        var saved = await StoredAsync(id);
        Assert.Equal((room, slot), (saved.RoomId, saved.TimeSlotId));
        await using var db = _database.CreateContext();
        Assert.False(await db.RemovedSessions.AnyAsync(r => r.Uid == saved.Uid, Ct));
    }

    [Fact]
    public async Task ARoomWithoutATimeSlotIsRefusedAndNothingIsSaved()
    {
        // Arrange
        var (id, form) = await OpenAsync("pki-future");
        form.TimeSlotId = null;

        // Act
        var outcome = await _editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct);

        // Assert
        Assert.Equal(["Choose a time slot too, or make the session unscheduled."], outcome.Errors[nameof(SessionDraft.TimeSlotId)]);
        Assert.True((await StoredAsync(id)).IsScheduled);
        await using var db = _database.CreateContext();
        Assert.Empty(await db.Changes.ToListAsync(Ct));
    }

    [Fact]
    public async Task TwoUnscheduledSessionsDoNotCollideAndASlugClashIsStillNamed()
    {
        // Arrange
        await _editor.SaveAsync(null, new SessionForm { Title = "Nova cells", Slug = "nova-cells" }.ToDraft(), Guid.Empty, User, Ct);

        // Act
        var second = await _editor.SaveAsync(null, new SessionForm { Title = "Nova cells 2", Slug = "nova-cells-2" }.ToDraft(), Guid.Empty, User, Ct);
        var clash = await _editor.SaveAsync(null, new SessionForm { Title = "Nova cells 3", Slug = "nova-cells" }.ToDraft(), Guid.Empty, User, Ct);

        // Assert
        Assert.True(second.Succeeded);
        Assert.Equal(["Another session already has the address /sessions/nova-cells."], clash.Errors[nameof(SessionDraft.Slug)]);
    }
}

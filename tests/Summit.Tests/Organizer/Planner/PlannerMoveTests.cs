using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Planning;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Planner;

public sealed class PlannerMoveTests : IAsyncLifetime
{
    private PlannerRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await PlannerRig.CreateAsync();

    public ValueTask DisposeAsync() => _rig.DisposeAsync();

    private Task<int> ThursdayAsync(int hour, int minute) => _rig.SlotAsync(PlannerRig.Thursday, hour, minute);

    [Fact]
    public async Task MovingToAFreeCellRaisesTheRevisionRecordsHistoryAndSaysWhere()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var eleven = await ThursdayAsync(11, 0);

        // Act
        var outcome = await _rig.Desk().MoveAsync(pki, _rig.Emerald, eleven, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.Equal("Moved “PKI Future” to Emerald, Thu 18 Oct 11:00am.", outcome.Message);
        var moved = (await _rig.FindAsync(pki.Id))!;
        Assert.Equal((_rig.Emerald, eleven, 1), (moved.RoomId!.Value, moved.TimeSlotId!.Value, moved.Revision));
        Assert.NotEqual(pki.Version, moved.Version);
        Assert.Equal(PlannerRig.EarlyPlanning.UtcDateTime, moved.LastModifiedUtc);
        var change = Assert.Single(await _rig.HistoryAsync(pki.Id));
        Assert.Equal(("ada@example.org", "Moved"), (change.User, change.Action));
        Assert.Equal(
            [new FieldChange("Room", "Windsor BC", "Emerald"), new FieldChange("Time slot", "Thu 18 Oct 11:50am–12:30pm", "Thu 18 Oct 11:00am–11:40am")],
            change.Fields);
    }

    [Fact]
    public async Task ASessionFromTheTrayIsScheduled()
    {
        // Arrange
        await _rig.PutInTrayAsync("pki-future");
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var outcome = await _rig.Desk().MoveAsync(pki, _rig.Emerald, await ThursdayAsync(9, 50), "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.True((await _rig.FindAsync(pki.Id))!.IsScheduled);
        Assert.Equal("Scheduled", Assert.Single(await _rig.HistoryAsync(pki.Id)).Action);
    }

    [Fact]
    public async Task MovingIntoATakenCellIsRefusedWithTheSessionThere()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var outcome = await _rig.Desk().MoveAsync(pki, _rig.Windsor, await ThursdayAsync(9, 50), "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.StartsWith("“Keystone Internals” is already in Windsor BC, Thu 18 Oct 9:50am, so nothing was moved.", outcome.Message, StringComparison.Ordinal);
        Assert.Null(outcome.Undo);
        Assert.Equal(pki.Version, (await _rig.FindAsync(pki.Id))!.Version);
        Assert.Empty(await _rig.HistoryAsync(pki.Id));
    }

    [Fact]
    public async Task AnUnknownRoomOrSlotIsRefused()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var noRoom = await _rig.Desk().MoveAsync(pki, 9999, await ThursdayAsync(9, 50), "ada@example.org", Ct);
        var noSlot = await _rig.Desk().MoveAsync(pki, _rig.Emerald, 9999, "ada@example.org", Ct);

        // Assert
        Assert.False(noRoom.Applied);
        Assert.False(noSlot.Applied);
        Assert.Contains("no longer exists", noSlot.Message, StringComparison.Ordinal);
        Assert.Equal(pki.Version, (await _rig.FindAsync(pki.Id))!.Version);
    }

    [Fact]
    public async Task AMoveOfASessionSomeoneChangedMeanwhileIsRefusedWithWhoAndWhat()
    {
        // Arrange: the planner shows PKI Future; meanwhile Grace renames it in the session editor
        var seen = await _rig.RefAsync("pki-future");
        var editor = new SessionEditor(new TestDbContextFactory(_rig.Database), _rig.Clock);
        var form = (await editor.LoadAsync(seen.Id, Ct))!;
        form.Title = "PKI: the future";
        Assert.True((await editor.SaveAsync(seen.Id, form.ToDraft(), form.Version, "grace@example.org", Ct)).Succeeded);

        // Act
        var outcome = await _rig.Desk().MoveAsync(seen, _rig.Emerald, await ThursdayAsync(11, 0), "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.Equal(
            "“PKI: the future” was changed by grace@example.org just now (Title: PKI Future → PKI: the future), so nothing was changed. The planner now shows it as it is: try again from there.",
            outcome.Message);
        Assert.Equal("grace@example.org", outcome.Conflict!.ChangedBy);
        Assert.Equal(_rig.Windsor, (await _rig.FindAsync(seen.Id))!.RoomId);
    }

    [Fact]
    public async Task UnschedulingPutsTheSessionInTheTrayWithHistory()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var outcome = await _rig.Desk().UnscheduleAsync(pki, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.Equal("Took “PKI Future” off the schedule; it waits in the tray.", outcome.Message);
        var session = (await _rig.FindAsync(pki.Id))!;
        Assert.False(session.IsScheduled);
        Assert.Equal(1, session.Revision);
        var change = Assert.Single(await _rig.HistoryAsync(pki.Id));
        Assert.Equal("Unscheduled", change.Action);
        Assert.Equal(new FieldChange("Room", "Windsor BC", null), change.Fields[0]);
        var tray = (await _rig.Desk().LoadDayAsync(null, Ct))!.Tray;
        Assert.Equal(pki.Id, Assert.Single(tray).Id);
    }

    [Fact]
    public async Task UnschedulingASessionAlreadyInTheTrayChangesNothing()
    {
        // Arrange
        await _rig.PutInTrayAsync("pki-future");
        var pki = await _rig.RefAsync("pki-future");

        // Act
        var outcome = await _rig.Desk().UnscheduleAsync(pki, "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.Equal("“PKI Future” is already in the tray.", outcome.Message);
        Assert.Equal(0, (await _rig.FindAsync(pki.Id))!.Revision);
    }

    [Fact]
    public async Task AMoveBySomeoneSignedOutIsRefusedAndChangesNothing()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var access = new OrganizerAccess(new SignedOutState(), SignInRecords.Store(_rig.Database, _rig.Clock));

        // Act
        var outcome = await _rig.Desk(access).MoveAsync(pki, _rig.Emerald, await ThursdayAsync(11, 0), "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.Equal(OrganizerAccess.SignedOutMessage, outcome.Message);
        Assert.Equal(pki.Version, (await _rig.FindAsync(pki.Id))!.Version);
    }

    [Fact]
    public async Task TwoOrganizersMovingIntoTheSameCellAtOnceLeaveOneSessionThere()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        var eleven = await ThursdayAsync(11, 0);

        // Act
        var outcomes = await Task.WhenAll(
            Task.Run(() => _rig.Desk().MoveAsync(pki, _rig.Emerald, eleven, "ada@example.org", Ct), Ct),
            Task.Run(() => _rig.Desk().MoveAsync(keystone, _rig.Emerald, eleven, "grace@example.org", Ct), Ct));

        // Assert
        Assert.Single(outcomes, o => o.Applied);
        var lost = Assert.Single(outcomes, o => !o.Applied);
        // The loser either saw the winner's session there (the moves ran one after the other) or lost at the index.
        Assert.True(
            lost.Message.Contains("is already in Emerald, Thu 18 Oct 11:00am", StringComparison.Ordinal)
            || lost.Message.StartsWith("Another organizer put a session in that cell a moment ago", StringComparison.Ordinal),
            lost.Message);
        await using var db = _rig.Database.CreateContext();
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.RoomId == _rig.Emerald && s.TimeSlotId == eleven, Ct));
    }
}

using Summit.Core.Planning;
using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

public sealed class PlannerUndoTests : IAsyncLifetime
{
    private PlannerRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await PlannerRig.CreateAsync();

    public ValueTask DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task UndoingAMovePutsTheSessionBackAsANewRevision()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var place = await PlaceAsync(pki.Id);
        var move = await _rig.Desk().MoveAsync(pki, _rig.Emerald, await _rig.SlotAsync(PlannerRig.Thursday, 11, 0), "ada@example.org", Ct);

        // Act
        var outcome = await _rig.Desk().UndoAsync(move.Undo!, "ada@example.org", Ct);

        // Assert
        Assert.Equal("Undo the move of “PKI Future”", move.Undo!.Label);
        Assert.True(outcome.Applied);
        Assert.Equal("Put “PKI Future” back in Windsor BC, Thu 18 Oct 11:50am.", outcome.Message);
        Assert.Equal(place, await PlaceAsync(pki.Id));
        Assert.Equal(2, (await _rig.FindAsync(pki.Id))!.Revision);
        Assert.Equal(["Moved", "Moved"], (await _rig.HistoryAsync(pki.Id)).Select(c => c.Action));
    }

    [Fact]
    public async Task UndoingASwapTradesThePlacesBack()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        var places = (await PlaceAsync(pki.Id), await PlaceAsync(keystone.Id));
        var swap = await _rig.Desk().SwapAsync(pki, keystone, "ada@example.org", Ct);

        // Act
        var outcome = await _rig.Desk().UndoAsync(swap.Undo!, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.Equal(places, (await PlaceAsync(pki.Id), await PlaceAsync(keystone.Id)));
    }

    [Fact]
    public async Task UndoingAnUnscheduleSchedulesTheSessionAgain()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var place = await PlaceAsync(pki.Id);
        var unscheduled = await _rig.Desk().UnscheduleAsync(pki, "ada@example.org", Ct);

        // Act
        var outcome = await _rig.Desk().UndoAsync(unscheduled.Undo!, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.Equal(place, await PlaceAsync(pki.Id));
        Assert.Equal(["Unscheduled", "Scheduled"], (await _rig.HistoryAsync(pki.Id)).Select(c => c.Action));
    }

    [Fact]
    public async Task UndoingAfterSomeoneMovedTheSessionAgainIsRefused()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var move = await _rig.Desk().MoveAsync(pki, _rig.Emerald, await _rig.SlotAsync(PlannerRig.Thursday, 11, 0), "ada@example.org", Ct);
        await _rig.Desk().MoveAsync(await _rig.RefAsync("pki-future"), _rig.Emerald, await _rig.SlotAsync(PlannerRig.Thursday, 9, 50), "grace@example.org", Ct);
        var place = await PlaceAsync(pki.Id);

        // Act
        var outcome = await _rig.Desk().UndoAsync(move.Undo!, "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.StartsWith("“PKI Future” was changed by grace@example.org just now (Time slot: Thu 18 Oct 11:00am–11:40am → Thu 18 Oct 9:50am–10:30am)", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(place, await PlaceAsync(pki.Id));
    }

    [Fact]
    public async Task UndoingIntoACellSomeoneFilledSinceIsRefusedWithTheSessionThere()
    {
        // Arrange: PKI Future leaves, then Keystone Internals takes its old cell
        var pki = await _rig.RefAsync("pki-future");
        var oldSlot = (await _rig.FindAsync(pki.Id))!.TimeSlotId!.Value;
        var move = await _rig.Desk().UnscheduleAsync(pki, "ada@example.org", Ct);
        await _rig.Desk().MoveAsync(await _rig.RefAsync("keystone-internals"), _rig.Windsor, oldSlot, "grace@example.org", Ct);

        // Act
        var outcome = await _rig.Desk().UndoAsync(move.Undo!, "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.StartsWith("“Keystone Internals” is already in Windsor BC, Thu 18 Oct 11:50am", outcome.Message, StringComparison.Ordinal);
        Assert.False((await _rig.FindAsync(pki.Id))!.IsScheduled);
    }

    [Fact]
    public async Task AMergeLeavesNoUndoAndAnEmptyUndoIsRefused()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");

        // Act
        var merge = await _rig.Desk().MergeAsync(pki, keystone, "ada@example.org", Ct);
        var undo = await _rig.Desk().UndoAsync(new PlannerUndo("Undo", []), "ada@example.org", Ct);

        // Assert
        Assert.True(merge.Applied);
        Assert.Null(merge.Undo);
        Assert.Contains("can't be undone", merge.Message, StringComparison.Ordinal);
        Assert.False(undo.Applied);
    }

    private async Task<(int?, int?)> PlaceAsync(int id)
    {
        var session = (await _rig.FindAsync(id))!;
        return (session.RoomId, session.TimeSlotId);
    }
}

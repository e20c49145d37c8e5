using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Planning;

namespace Summit.Tests.Organizer.Planner;

public sealed class PlannerSwapTests : IAsyncLifetime
{
    private PlannerRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await PlannerRig.CreateAsync();

    public ValueTask DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task SwappingTwoPlacedSessionsTradesTheirPlacesInOneMove()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        var (pkiSlot, keystoneSlot) = ((await _rig.FindAsync(pki.Id))!.TimeSlotId, (await _rig.FindAsync(keystone.Id))!.TimeSlotId);

        // Act
        var outcome = await _rig.Desk().SwapAsync(pki, keystone, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        Assert.Equal("Swapped “PKI Future” and “Keystone Internals”.", outcome.Message);
        var (pkiNow, keystoneNow) = ((await _rig.FindAsync(pki.Id))!, (await _rig.FindAsync(keystone.Id))!);
        Assert.Equal((keystoneSlot, pkiSlot), (pkiNow.TimeSlotId, keystoneNow.TimeSlotId));
        Assert.Equal((1, 1), (pkiNow.Revision, keystoneNow.Revision));
        var change = Assert.Single(await _rig.HistoryAsync(pki.Id));
        Assert.Equal("Swapped", change.Action);
        Assert.Equal(
            [new FieldChange("Time slot", "Thu 18 Oct 11:50am–12:30pm", "Thu 18 Oct 9:50am–10:30am"), new FieldChange("Swapped with", null, "Keystone Internals")],
            change.Fields);
        Assert.Equal("Swapped", Assert.Single(await _rig.HistoryAsync(keystone.Id)).Action);
    }

    [Fact]
    public async Task SwappingWithATrayCardPutsItInThePlaceAndTheOtherInTheTray()
    {
        // Arrange
        await _rig.PutInTrayAsync("pki-future");
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        var place = ((await _rig.FindAsync(keystone.Id))!.RoomId, (await _rig.FindAsync(keystone.Id))!.TimeSlotId);

        // Act
        var outcome = await _rig.Desk().SwapAsync(pki, keystone, "ada@example.org", Ct);

        // Assert
        Assert.True(outcome.Applied);
        var (pkiNow, keystoneNow) = ((await _rig.FindAsync(pki.Id))!, (await _rig.FindAsync(keystone.Id))!);
        Assert.Equal(place, (pkiNow.RoomId, pkiNow.TimeSlotId));
        Assert.False(keystoneNow.IsScheduled);
    }

    [Fact]
    public async Task ASwapWithOneSessionChangedMeanwhileChangesNeitherSession()
    {
        // Arrange: the second session changed after the organizer saw it
        var pki = await _rig.RefAsync("pki-future");
        var keystone = await _rig.RefAsync("keystone-internals");
        var before = await PlacesAsync();
        await _rig.Desk().MoveAsync(keystone, _rig.Emerald, (await _rig.FindAsync(keystone.Id))!.TimeSlotId!.Value, "grace@example.org", Ct);
        var afterGrace = await PlacesAsync();

        // Act
        var outcome = await _rig.Desk().SwapAsync(pki, keystone, "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.StartsWith("“Keystone Internals” was changed by grace@example.org just now (Room: Windsor BC → Emerald)", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(afterGrace, await PlacesAsync());
        Assert.NotEqual(before, afterGrace);
        Assert.Empty(await _rig.HistoryAsync(pki.Id));
    }

    [Fact]
    public async Task SwappingTwoTrayCardsIsRefused()
    {
        // Arrange
        await _rig.PutInTrayAsync("pki-future");
        await _rig.PutInTrayAsync("keystone-internals");

        // Act
        var outcome = await _rig.Desk().SwapAsync(await _rig.RefAsync("pki-future"), await _rig.RefAsync("keystone-internals"), "ada@example.org", Ct);

        // Assert
        Assert.False(outcome.Applied);
        Assert.Equal("Both sessions are in the tray: there is nothing to swap.", outcome.Message);
    }

    private async Task<string> PlacesAsync()
    {
        await using var db = _rig.Database.CreateContext();
        var places = await db.Sessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.RoomId, s.TimeSlotId, s.Revision }).ToListAsync(Ct);
        return string.Join(";", places.Select(p => $"{p.Id}:{p.RoomId}:{p.TimeSlotId}:{p.Revision}"));
    }
}

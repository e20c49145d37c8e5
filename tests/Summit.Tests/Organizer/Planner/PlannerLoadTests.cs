using Summit.Core.Planning;
using Summit.Organizer.Planner;

namespace Summit.Tests.Organizer.Planner;

public sealed class PlannerLoadTests : IAsyncLifetime
{
    private PlannerRig _rig = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _rig = await PlannerRig.CreateAsync();

    public ValueTask DisposeAsync() => _rig.DisposeAsync();

    [Fact]
    public async Task ADayShowsItsRoomsWithCapacityAndItsSlotsInTimeOrder()
    {
        // Act
        var day = (await _rig.Desk().LoadDayAsync(PlannerRig.Thursday, Ct))!;

        // Assert
        Assert.Equal(PlannerRig.Thursday, day.Date);
        Assert.Equal([new PlannerRoom(_rig.Windsor, "Windsor BC", null), new PlannerRoom(_rig.Emerald, "Emerald", 40)], day.Rooms);
        Assert.Equal(["9:50am", "11:00am", "11:50am", "1:30pm", "2:20pm", "3:20pm"], day.Slots.Select(s => Summit.Core.Time.EventClock.FormatTime(s.Start)));
        Assert.Equal([new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 16), new DateOnly(2012, 10, 17), PlannerRig.Thursday], day.Days);
    }

    [Fact]
    public async Task NoDayOrAnUnknownDayOpensTheFirstDay()
    {
        // Act
        var none = (await _rig.Desk().LoadDayAsync(null, Ct))!;
        var unknown = (await _rig.Desk().LoadDayAsync(new DateOnly(2030, 1, 1), Ct))!;

        // Assert
        Assert.Equal(new DateOnly(2012, 10, 15), none.Date);
        Assert.Equal(new DateOnly(2012, 10, 15), unknown.Date);
        Assert.Equal(8, unknown.Placed.Count);
    }

    [Fact]
    public async Task CardsCarryWhatTheOrganizerPlacesBy()
    {
        // Arrange
        await _rig.StarAsync("lbaas-2-tenant-apis", 3);

        // Act
        var day = (await _rig.Desk().LoadDayAsync(new DateOnly(2012, 10, 16), Ct))!;

        // Assert
        var lbaas = Assert.Single(day.Placed, c => c.Slug == "lbaas-2-tenant-apis");
        Assert.Equal(("LBaaS 2 - Tenant APIs", "Quantum", SessionKind.Regular, 3), (lbaas.Title, lbaas.Track?.Name, lbaas.Kind, lbaas.Stars));
        Assert.Equal([new LeadInfo("youcef", "Youcef", IsTentative: true)], lbaas.Leads);
        Assert.Same(lbaas, day.At(_rig.Windsor, lbaas.SlotId!.Value));
        var split = Assert.Single(day.Placed, c => c.Slug == "quantum-improving-ipv6-support-pluggable-ip-allocation");
        Assert.Equal((SessionKind.Split, 2, 0), (split.Kind, split.SubjectCount, split.Stars));
        Assert.Equal(day.Slots.Select(s => s.Id), day.Placed.Select(c => c.SlotId!.Value));
    }

    [Fact]
    public async Task TheTrayHoldsEveryUnscheduledSessionWhateverTheDay()
    {
        // Arrange: one session off Monday, one off Thursday
        await _rig.PutInTrayAsync("quantum-heat-integration");
        await _rig.PutInTrayAsync("pki-future");

        // Act
        var tuesday = (await _rig.Desk().LoadDayAsync(new DateOnly(2012, 10, 16), Ct))!;

        // Assert
        Assert.Equal(["PKI Future", "quantum-heat-integration"], tuesday.Tray.Select(c => c.Title));
        Assert.All(tuesday.Tray, c => Assert.False(c.IsScheduled));
        Assert.DoesNotContain(tuesday.Placed, c => c.Slug == "pki-future");
    }

    [Fact]
    public async Task ADatabaseWithoutAnEventHasNoPlan()
    {
        // Arrange
        await using var empty = await TestDatabase.CreateAsync(seed: false);

        // Act
        var day = await new PlannerDesk(new TestDbContextFactory(empty)).LoadDayAsync(null, Ct);

        // Assert
        Assert.Null(day);
    }

    [Fact]
    public async Task MoreStarsThanTheRoomHoldsIsAConflictOnTheCard()
    {
        // Arrange
        var pki = await _rig.RefAsync("pki-future");
        Assert.True((await _rig.Desk().MoveAsync(pki, _rig.Emerald, await _rig.SlotAsync(PlannerRig.Thursday, 11, 50), "ada@example.org", Ct)).Applied);
        await _rig.StarAsync("pki-future", 41);

        // Act
        var day = (await _rig.Desk().LoadDayAsync(PlannerRig.Thursday, Ct))!;

        // Assert
        var conflict = Assert.Single(day.Conflicts);
        Assert.Equal(PlanConflictKind.OverCapacity, conflict.Kind);
        Assert.Equal([pki.Id], conflict.SessionIds);
        Assert.Equal("“PKI Future”: 41 stars, Emerald holds 40.", conflict.Message);
    }
}

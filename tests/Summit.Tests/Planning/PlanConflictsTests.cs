using Summit.Core.Planning;

namespace Summit.Tests.Planning;

public sealed class PlanConflictsTests
{
    private static readonly DateOnly Monday = new(2012, 10, 15);

    /// <summary>Six weeks before the event: open leads are ordinary planning then.</summary>
    private static readonly DateOnly LongBefore = new(2012, 9, 1);

    private static readonly PlannerRoom Windsor = new(1, "Windsor BC", null);

    private static readonly PlannerRoom Emerald = new(2, "Emerald", 40);

    private static readonly PlannerSlot Ten = new(10, new TimeOnly(10, 0), new TimeOnly(10, 40));

    private static readonly PlannerSlot HalfPastTen = new(11, new TimeOnly(10, 30), new TimeOnly(11, 10));

    private static readonly PlannerSlot Eleven = new(12, new TimeOnly(11, 10), new TimeOnly(11, 50));

    private static readonly LeadInfo Nachi = new("nachi", "Nachi", false);

    private static PlannerCard Card(int id, string title, PlannerRoom room, PlannerSlot slot, int stars = 0, bool leadWanted = false, SessionStatus status = SessionStatus.Confirmed, params LeadInfo[] leads) =>
        new(id, Guid.NewGuid(), $"s{id}", title, null, SessionKind.Regular, 0, leads, leadWanted, status, stars, room.Id, slot.Id);

    private static PlannerDay Day(params PlannerCard[] placed) =>
        new(Monday, [Monday, Monday.AddDays(3)], [Windsor, Emerald], [Ten, HalfPastTen, Eleven], placed, [], []);

    private static IReadOnlyList<PlanConflict> Find(PlannerDay day, DateOnly today) => PlanConflicts.Find(day, today, new PlannerOptions());

    [Fact]
    public void ALeadInOverlappingSlotsOfTwoRoomsIsDoubleBooked()
    {
        // Arrange: 10:00–10:40 and 10:30–11:10 are different slots that overlap
        var day = Day(Card(1, "Quantum API", Windsor, Ten, leads: Nachi), Card(2, "Tempest gating", Emerald, HalfPastTen, leads: Nachi));

        // Act
        var conflict = Assert.Single(Find(day, LongBefore));

        // Assert
        Assert.Equal(PlanConflictKind.LeadDoubleBooked, conflict.Kind);
        Assert.Equal([1, 2], conflict.SessionIds);
        Assert.Equal("Nachi leads “Quantum API” (Windsor BC, 10:00am) and “Tempest gating” (Emerald, 10:30am) at the same time.", conflict.Message);
    }

    [Fact]
    public void BackToBackSessionsAndCancelledOnesAreNoDoubleBooking()
    {
        // Arrange: 10:30–11:10 ends as 11:10 begins; the cancelled one at ten takes nobody's time
        var day = Day(
            Card(1, "Quantum API", Windsor, Ten, status: SessionStatus.Cancelled, leads: Nachi),
            Card(2, "Tempest gating", Emerald, HalfPastTen, leads: Nachi),
            Card(3, "Heat", Windsor, Eleven, leads: Nachi));

        // Act
        var conflicts = Find(day, LongBefore);

        // Assert
        Assert.Empty(conflicts);
    }

    [Fact]
    public void MoreStarsThanTheRoomHoldsIsOverCapacity()
    {
        // Arrange: Windsor's capacity is unknown, Emerald holds 40
        var day = Day(Card(1, "PKI Future", Emerald, Ten, stars: 72), Card(2, "Keystone", Emerald, Eleven, stars: 40), Card(3, "LDAP", Windsor, Ten, stars: 500));

        // Act
        var conflict = Assert.Single(Find(day, LongBefore));

        // Assert
        Assert.Equal((PlanConflictKind.OverCapacity, "“PKI Future”: 72 stars, Emerald holds 40."), (conflict.Kind, conflict.Message));
    }

    [Fact]
    public void UnsettledLeadsAreConflictsOnlyOnceTheEventIsClose()
    {
        // Arrange
        var youcef = new LeadInfo("youcef", "Youcef", IsTentative: true);
        var day = Day(Card(1, "LBaaS 2", Windsor, Ten, leads: youcef), Card(2, "Heat", Windsor, Eleven, leadWanted: true));

        // Act
        var early = Find(day, Monday.AddDays(-15));
        var close = Find(day, Monday.AddDays(-3));
        var after = Find(day, Monday.AddDays(4));

        // Assert
        Assert.Empty(early);
        Assert.Empty(after);
        Assert.Equal(
            ["Youcef is only a tentative lead of “LBaaS 2”, and the event starts in 3 days.", "“Heat” still needs someone to lead it, and the event starts in 3 days."],
            close.Select(c => c.Message));
        Assert.All(close, c => Assert.Equal(PlanConflictKind.LeadUnsettled, c.Kind));
    }

    [Fact]
    public void TheThresholdComesFromTheOptions()
    {
        // Arrange
        var day = Day(Card(2, "Heat", Windsor, Eleven, leadWanted: true));

        // Act
        var conflicts = PlanConflicts.Find(day, Monday.AddDays(-20), new PlannerOptions { UnsettledLeadDays = 30 });

        // Assert
        Assert.Equal("“Heat” still needs someone to lead it, and the event starts in 20 days.", Assert.Single(conflicts).Message);
    }
}

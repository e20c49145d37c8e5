using Summit.Core.Editing;

namespace Summit.Tests.Editing;

/// <summary>A session has a room and a time slot, both, or neither (unscheduled): never one without the other.</summary>
public sealed class SessionPlaceRulesTests
{
    private static readonly ScheduleFacts Facts = new(
        new HashSet<string>(StringComparer.Ordinal),
        new Dictionary<(int RoomId, int SlotId), string> { [(1, 10)] = "Keystone Internals" },
        new HashSet<int> { 1, 2 },
        new HashSet<int> { 10, 11 },
        new HashSet<int>(),
        new HashSet<int>());

    private static SessionDraft Draft(int? roomId, int? slotId) =>
        new("Nova cells", "nova-cells", "", null, SessionKind.Regular, SessionStatus.Confirmed, roomId, slotId, false, false, [], []);

    [Fact]
    public void ASessionWithNeitherRoomNorSlotIsValidAndUnscheduled()
    {
        var draft = Draft(null, null);

        Assert.Empty(SessionRules.Validate(draft, Facts));
        Assert.False(draft.IsScheduled);
    }

    [Fact]
    public void ASessionWithAFreeRoomAndSlotIsValidAndScheduled()
    {
        var draft = Draft(2, 10);

        Assert.Empty(SessionRules.Validate(draft, Facts));
        Assert.True(draft.IsScheduled);
    }

    [Fact]
    public void ARoomWithoutASlotIsRefusedAtTheSlot()
    {
        var errors = SessionRules.Validate(Draft(1, null), Facts);

        Assert.Equal(["Choose a time slot too, or make the session unscheduled."], errors[nameof(SessionDraft.TimeSlotId)]);
        Assert.False(errors.ContainsKey(nameof(SessionDraft.RoomId)));
    }

    [Fact]
    public void ASlotWithoutARoomIsRefusedAtTheRoom()
    {
        var errors = SessionRules.Validate(Draft(null, 11), Facts);

        Assert.Equal(["Choose a room too, or make the session unscheduled."], errors[nameof(SessionDraft.RoomId)]);
        Assert.False(errors.ContainsKey(nameof(SessionDraft.TimeSlotId)));
    }

    [Fact]
    public void ATakenPlaceIsStillRefused()
    {
        var errors = SessionRules.Validate(Draft(1, 10), Facts);

        Assert.Equal(["“Keystone Internals” is already in this room at this time. Choose a free slot."], errors[nameof(SessionDraft.TimeSlotId)]);
    }
}

namespace Summit.Core.Planning;

/// <summary>
/// One day of the planner as an organizer sees it: the rooms as columns, the day's slots as rows, the sessions placed
/// in them, the tray of unscheduled sessions, and the conflicts the plan has right now.
/// </summary>
public sealed record PlannerDay(
    DateOnly Date,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<PlannerRoom> Rooms,
    IReadOnlyList<PlannerSlot> Slots,
    IReadOnlyList<PlannerCard> Placed,
    IReadOnlyList<PlannerCard> Tray,
    IReadOnlyList<PlanConflict> Conflicts)
{
    /// <summary>The session in this room and slot, or null when the cell is free.</summary>
    public PlannerCard? At(int roomId, int slotId) => Placed.FirstOrDefault(c => c.RoomId == roomId && c.SlotId == slotId);

    /// <summary>The session with this id, on the board or in the tray; null when it is on another day or gone.</summary>
    public PlannerCard? Card(int id) => Placed.FirstOrDefault(c => c.Id == id) ?? Tray.FirstOrDefault(c => c.Id == id);

    /// <summary>The cells a card can move to, slot by slot and room by room: what the keyboard's "Move to…" offers.</summary>
    public IEnumerable<(PlannerRoom Room, PlannerSlot Slot)> FreeCells()
    {
        var taken = Placed.Select(c => (c.RoomId, c.SlotId)).ToHashSet();
        return from slot in Slots from room in Rooms where !taken.Contains((room.Id, slot.Id)) select (room, slot);
    }
}

public sealed record PlannerRoom(int Id, string Name, int? Capacity);

public sealed record PlannerSlot(int Id, TimeOnly Start, TimeOnly End);

/// <summary>
/// A session on the planner. <see cref="Version"/> is what the organizer saw: a move made against an older version is
/// refused, never applied over someone else's change.
/// </summary>
public sealed record PlannerCard(
    int Id,
    Guid Version,
    string Slug,
    string Title,
    NamedRef? Track,
    SessionKind Kind,
    int SubjectCount,
    IReadOnlyList<LeadInfo> Leads,
    bool LeadWanted,
    SessionStatus Status,
    int Stars,
    int? RoomId,
    int? SlotId)
{
    public bool IsScheduled => RoomId is not null && SlotId is not null;

    public PlannerCardRef Ref => new(Id, Version);
}

/// <summary>The session a move is about, as the organizer saw it.</summary>
public sealed record PlannerCardRef(int Id, Guid Version);

/// <summary>Something in the plan an organizer should look at; <see cref="SessionIds"/> are the sessions it marks.</summary>
public sealed record PlanConflict(PlanConflictKind Kind, IReadOnlyList<int> SessionIds, string Message);

public enum PlanConflictKind
{
    /// <summary>One person leads two sessions at the same time.</summary>
    LeadDoubleBooked,

    /// <summary>More attendees starred the session than its room holds.</summary>
    OverCapacity,

    /// <summary>A tentative lead, or lead wanted, with the event close.</summary>
    LeadUnsettled,
}

namespace Summit.Organizer.Sessions;

/// <summary>The choices an edit form offers: rooms, slots (with whether each is free in each room), tracks, people.</summary>
public sealed record EditOptions(
    IReadOnlyList<Choice> Rooms,
    IReadOnlyList<SlotChoice> Slots,
    IReadOnlyList<Choice> Tracks,
    IReadOnlyList<Choice> People,
    IReadOnlyDictionary<(int RoomId, int SlotId), string> Taken)
{
    public bool IsFree(int roomId, int slotId) => !Taken.ContainsKey((roomId, slotId));
}

public sealed record Choice(int Id, string Name);

public sealed record SlotChoice(int Id, DateOnly Day, TimeOnly Start, TimeOnly End)
{
    public string Label => $"{Day:ddd d MMM} {Summit.Core.Time.EventClock.FormatTime(Start)}–{Summit.Core.Time.EventClock.FormatTime(End)}";
}

namespace Summit.Core.Schedule;

public sealed record DayGroup(DateOnly Date, IReadOnlyList<SlotGroup> Slots)
{
    public int SessionCount => Slots.Sum(s => s.Sessions.Count);
}

public sealed record SlotGroup(TimeOnly Start, TimeOnly End, IReadOnlyList<ScheduledSession> Sessions);

/// <summary>Groups sessions under day headings and time-slot headings, as the schedule page shows them.</summary>
public static class ScheduleGrouping
{
    public static IReadOnlyList<DayGroup> ByDayAndSlot(IEnumerable<ScheduledSession> sessions) =>
        ScheduleOrder.Sort(sessions)
            .GroupBy(s => s.Day)
            .Select(day => new DayGroup(
                day.Key,
                day.GroupBy(s => (s.Start, s.End))
                    .Select(slot => new SlotGroup(slot.Key.Start, slot.Key.End, slot.ToList()))
                    .ToList()))
            .ToList();
}

namespace Summit.Core.Schedule;

/// <summary>The order attendees read a schedule in: by day, then start time, then room.</summary>
public static class ScheduleOrder
{
    public static IOrderedEnumerable<ScheduledSession> Sort(IEnumerable<ScheduledSession> sessions) =>
        sessions
            .OrderBy(s => s.Day)
            .ThenBy(s => s.Start)
            .ThenBy(s => s.RoomOrder)
            .ThenBy(s => s.Room.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Id);
}

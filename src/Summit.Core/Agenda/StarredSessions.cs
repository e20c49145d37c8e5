namespace Summit.Core.Agenda;

/// <summary>
/// The published sessions an agenda stars. Stars are matched by UID, and an agenda also stars the sessions it held
/// that organizers have since deleted or merged away: until a release removes them, the public schedule still shows
/// them, so the agenda and its feed keep them rather than letting them vanish before attendees are told.
/// </summary>
public static class StarredSessions
{
    /// <summary>The sessions of <paramref name="schedule"/> whose UID is among <paramref name="starred"/>, in schedule order.</summary>
    public static IReadOnlyList<ScheduledSession> In(PublishedSchedule schedule, IReadOnlySet<Guid> starred)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(starred);
        return starred.Count == 0 ? [] : [.. schedule.Sessions.Where(s => starred.Contains(s.Uid))];
    }
}

using Summit.Core.Time;

namespace Summit.Core.Venue;

/// <summary>Where the event stands at a moment: before its first session, during it, or after its last.</summary>
public enum EventPhase
{
    /// <summary>Nothing is scheduled (or everything is cancelled): there is no first or last session.</summary>
    NothingScheduled,
    Before,
    During,
    Over,
}

/// <summary>
/// A room at a moment: the session on now and the next one. <see cref="Current"/> may be cancelled (it says so at the
/// door); <see cref="Next"/> never is.
/// </summary>
public sealed record RoomNow(NamedRef Room, ScheduledSession? Current, ScheduledSession? Next);

/// <summary>Every room at a moment, and the next session anywhere for a venue between sessions.</summary>
public sealed record VenueNow(DateTimeOffset At, EventPhase Phase, IReadOnlyList<RoomNow> Rooms, ScheduledSession? NextAnywhere);

/// <summary>
/// Decides what a room's door and the venue's "now" page show at a moment. A session is on from its start (included)
/// to its end (excluded): one ending at 11:00 is over at 11:00 and the one starting then is on.
/// A cancelled session is still shown as the one on in its own time, marked cancelled, because people arrive at the
/// door expecting it and must learn it is off; it is never the next one, since nobody should come for it, and the
/// event's start and end count only sessions that take place.
/// </summary>
public static class NowAndNext
{
    /// <summary>Every room of the schedule, in the schedule's room order, at <paramref name="at"/>.</summary>
    public static VenueNow At(PublishedSchedule schedule, EventClock clock, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        var timed = Timed(schedule, clock);
        var rooms = schedule.Rooms.Select(room => ForRoom(timed, room, at)).ToList();
        var taking = timed.Where(t => t.Session.Status != SessionStatus.Cancelled).ToList();
        var nextAnywhere = taking.Where(t => t.Start > at).OrderBy(t => t.Start).ThenBy(t => t.Session.RoomOrder).FirstOrDefault()?.Session;
        var phase = taking.Count == 0 ? EventPhase.NothingScheduled
            : at < taking.Min(t => t.Start) ? EventPhase.Before
            : at >= taking.Max(t => t.End) ? EventPhase.Over
            : EventPhase.During;
        return new VenueNow(at, phase, rooms, nextAnywhere);
    }

    /// <summary>One room at <paramref name="at"/>, or null when the schedule has no room with this slug.</summary>
    public static RoomNow? ForRoom(PublishedSchedule schedule, EventClock clock, string roomSlug, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        var room = schedule.Rooms.FirstOrDefault(r => string.Equals(r.Slug, roomSlug, StringComparison.OrdinalIgnoreCase));
        return room is null ? null : ForRoom(Timed(schedule, clock), room, at);
    }

    /// <summary>When a session starts, as an instant.</summary>
    public static DateTimeOffset StartOf(ScheduledSession session, EventClock clock)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        return new DateTimeOffset(clock.ToUtc(session.Day, session.Start));
    }

    private static RoomNow ForRoom(IReadOnlyList<TimedSession> timed, NamedRef room, DateTimeOffset at)
    {
        var inRoom = timed.Where(t => t.Session.Room.Slug == room.Slug).OrderBy(t => t.Start).ToList();
        // A cancelled session and a replacement in its time: the one taking place is what the door shows.
        var current = inRoom.Where(t => t.Start <= at && at < t.End)
            .OrderBy(t => t.Session.Status == SessionStatus.Cancelled ? 1 : 0)
            .FirstOrDefault()?.Session;
        var next = inRoom.FirstOrDefault(t => t.Start > at && t.Session.Status != SessionStatus.Cancelled)?.Session;
        return new RoomNow(room, current, next);
    }

    private static List<TimedSession> Timed(PublishedSchedule schedule, EventClock clock) =>
        [.. schedule.Sessions.Select(s => new TimedSession(s, StartOf(s, clock), new DateTimeOffset(clock.ToUtc(s.Day, s.End))))];

    private sealed record TimedSession(ScheduledSession Session, DateTimeOffset Start, DateTimeOffset End);
}

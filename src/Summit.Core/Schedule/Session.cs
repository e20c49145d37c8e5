namespace Summit.Core.Schedule;

public class Session
{
    public int Id { get; set; }

    /// <summary>Permanent identity in calendars and exports: survives renames, moves and new slugs.</summary>
    public Guid Uid { get; set; } = Guid.NewGuid();

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown, rendered and sanitized on output.</summary>
    public string Description { get; set; } = "";

    public int? TrackId { get; set; }

    public Track? Track { get; set; }

    /// <summary>Null while the session is unscheduled: a proposal being placed, never public.</summary>
    public int? RoomId { get; set; }

    public Room? Room { get; set; }

    /// <summary>Null while the session is unscheduled; set together with <see cref="RoomId"/>.</summary>
    public int? TimeSlotId { get; set; }

    public TimeSlot? TimeSlot { get; set; }

    public SessionKind Kind { get; set; }

    public SessionStatus Status { get; set; }

    public bool LeadWanted { get; set; }

    /// <summary>The session may not fill its slot; organizers can add an item on demand.</summary>
    public bool OpenForOnDemand { get; set; }

    /// <summary>Raised by every change; calendar feeds publish it as SEQUENCE.</summary>
    public int Revision { get; set; }

    public DateTime LastModifiedUtc { get; set; }

    /// <summary>
    /// Renewed by every save; a save that read an older value is refused, so two organizers never overwrite
    /// each other silently (SQLite has no row version of its own).
    /// </summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Placed in a room and slot, so on the schedule (subject to release); otherwise waiting in the planner's tray.</summary>
    public bool IsScheduled => RoomId is not null && TimeSlotId is not null;

    public List<SessionLead> Leads { get; set; } = [];

    /// <summary>For split or merged sessions: the subjects sharing the slot, in order.</summary>
    public List<SessionSubject> Subjects { get; set; } = [];
}

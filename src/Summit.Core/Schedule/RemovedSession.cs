namespace Summit.Core.Schedule;

/// <summary>
/// What calendars last saw of a session an organizer deleted or merged into another: kept so that feeds can publish
/// its cancellation under the same UID until the event is over, and calendars that imported or subscribed to it drop
/// it instead of keeping a session that no longer takes place.
/// </summary>
public class RemovedSession
{
    public int Id { get; set; }

    /// <summary>The removed session's UID; unique, as it was among sessions.</summary>
    public Guid Uid { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public SessionKind Kind { get; set; }

    public SessionStatus Status { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>The room it was in while that room exists: its current slug then matches filters written with it.</summary>
    public int? RoomId { get; set; }

    public required string RoomSlug { get; set; }

    public required string RoomName { get; set; }

    public int? TrackId { get; set; }

    public string? TrackSlug { get; set; }

    public string? TrackName { get; set; }

    /// <summary>Its leads' slugs and names, in order, for lead filters and the cancelled event's text.</summary>
    public List<string> LeadSlugs { get; set; } = [];

    public List<string> LeadNames { get; set; } = [];

    /// <summary>The last SEQUENCE calendars saw; the cancellation is published one higher.</summary>
    public int Revision { get; set; }

    public DateTime RemovedUtc { get; set; }

    /// <summary>The UID of the session it was merged into, or null when it was deleted.</summary>
    public Guid? MergedIntoUid { get; set; }

    /// <summary>The personal agendas that had it starred, whose feeds publish its cancellation.</summary>
    public List<RemovedSessionAgenda> Agendas { get; set; } = [];
}

using Summit.Core.Releases;

namespace Summit.Core.Import;

/// <summary>
/// A schedule read from a file (c3voc schedule.json, frab/c3voc schedule.xml, a spreadsheet's CSV or a Summit backup),
/// in one shape whatever the format: what an import plans and applies. Readers fill in what their format carries and
/// leave the rest null; what they could not understand is in <see cref="Skipped"/>.
/// </summary>
public sealed record ImportDocument(
    ImportFormat Format,
    ImportEvent? Event,
    IReadOnlyList<ImportDay> Days,
    IReadOnlyList<ImportRoom> Rooms,
    IReadOnlyList<ImportTrack> Tracks,
    IReadOnlyList<ImportSession> Sessions,
    IReadOnlyList<ImportIssue> Skipped)
{
    /// <summary>People listed on their own (a backup keeps leads no session names yet); sessions name theirs in <see cref="ImportSession.Leads"/>.</summary>
    public IReadOnlyList<ImportPerson> People { get; init; } = [];
}

/// <summary>The event's settings. A CSV carries none; a c3voc file its title, acronym and time zone.</summary>
public sealed record ImportEvent(string Name, string TimeZoneId)
{
    public string? Acronym { get; init; }

    public string? Subtitle { get; init; }

    public string? Venue { get; init; }

    public string? BannerText { get; init; }

    public string? BannerLinkLabel { get; init; }

    public string? BannerLinkUrl { get; init; }

    /// <summary>One https origin a line, as the event settings keep them.</summary>
    public string? ImageOrigins { get; init; }

    public PublishMode? PublishMode { get; init; }
}

/// <summary>A day and its slots (a backup keeps slots no session uses; other formats derive slots from sessions).</summary>
public sealed record ImportDay(DateOnly Date, IReadOnlyList<ImportSlot> Slots);

public sealed record ImportSlot(TimeOnly Start, TimeOnly End);

/// <summary>A room; <see cref="Slug"/> null lets the import make one from the name.</summary>
public sealed record ImportRoom(string Name, string? Slug, int? Capacity);

public sealed record ImportTrack(string Name, string? Slug);

public sealed record ImportPerson(string Name, string? Slug);

/// <summary>
/// One session. <see cref="Guid"/> and then <see cref="Slug"/> find the session it updates; a session without
/// <see cref="Day"/>, <see cref="Start"/>, <see cref="End"/> and <see cref="Room"/> is unscheduled. Room and track
/// name a room and track by name (matched case-insensitively, or by slug).
/// </summary>
public sealed record ImportSession(string Title)
{
    public Guid? Guid { get; init; }

    public string? Slug { get; init; }

    public string Description { get; init; } = "";

    public DateOnly? Day { get; init; }

    public TimeOnly? Start { get; init; }

    public TimeOnly? End { get; init; }

    public string? Room { get; init; }

    public string? Track { get; init; }

    public SessionKind Kind { get; init; }

    public SessionStatus Status { get; init; }

    public bool LeadWanted { get; init; }

    public bool OpenForOnDemand { get; init; }

    public IReadOnlyList<ImportLead> Leads { get; init; } = [];

    public IReadOnlyList<ImportSubject> Subjects { get; init; } = [];

    /// <summary>Where in the file the session is (<c>$.schedule.conference.days[0].rooms["Room A"][3]</c>, <c>line 12</c>), for messages.</summary>
    public string Where { get; init; } = "";
}

public sealed record ImportLead(string Name, bool IsTentative)
{
    public string? Slug { get; init; }
}

public sealed record ImportSubject(string Title, string Description);

namespace Summit.Core.Editing;

/// <summary>
/// What an organizer submits for a session: the form's values, before they are checked. <see cref="RoomId"/> and
/// <see cref="TimeSlotId"/> both null make it unscheduled: kept, but not on the schedule.
/// </summary>
public sealed record SessionDraft(
    string Title,
    string Slug,
    string Description,
    int? TrackId,
    SessionKind Kind,
    SessionStatus Status,
    int? RoomId,
    int? TimeSlotId,
    bool LeadWanted,
    bool OpenForOnDemand,
    IReadOnlyList<LeadDraft> Leads,
    IReadOnlyList<SubjectDraft> Subjects)
{
    /// <summary>
    /// Without control characters (<see cref="TextInput"/>): titles and new leads' names on one line and trimmed, descriptions
    /// keeping their line breaks and tabs.
    /// </summary>
    public SessionDraft Normalized() => this with
    {
        Title = TextInput.Line(Title).Trim(),
        Slug = TextInput.Line(Slug).Trim(),
        Description = TextInput.Block(Description),
        Leads = [.. Leads.Select(l => l with { NewPersonName = TextInput.OptionalLine(l.NewPersonName) })],
        Subjects = [.. Subjects.Select(s => new SubjectDraft(TextInput.Line(s.Title).Trim(), TextInput.Block(s.Description)))],
    };

    public bool IsScheduled => RoomId is not null && TimeSlotId is not null;
}

/// <summary>A lead: an existing person by id, or a new one by name.</summary>
public sealed record LeadDraft(int? PersonId, string? NewPersonName, bool IsTentative);

public sealed record SubjectDraft(string Title, string Description);

/// <summary>What the checks need to know about the rest of the schedule.</summary>
/// <param name="SlugsInUse">Slugs of the other sessions.</param>
/// <param name="TakenPlaces">Room and slot pairs the other sessions hold, with their titles.</param>
/// <param name="RoomIds">Rooms that exist.</param>
/// <param name="SlotIds">Time slots that exist.</param>
/// <param name="TrackIds">Tracks that exist.</param>
/// <param name="PersonIds">People that exist.</param>
public sealed record ScheduleFacts(
    IReadOnlySet<string> SlugsInUse,
    IReadOnlyDictionary<(int RoomId, int SlotId), string> TakenPlaces,
    IReadOnlySet<int> RoomIds,
    IReadOnlySet<int> SlotIds,
    IReadOnlySet<int> TrackIds,
    IReadOnlySet<int> PersonIds);

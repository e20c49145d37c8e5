namespace Summit.Core.Schedule;

/// <summary>A session flattened with its place and time, as the public schedule shows it.</summary>
public sealed record ScheduledSession(
    int Id,
    Guid Uid,
    string Slug,
    string Title,
    string Description,
    DateOnly Day,
    TimeOnly Start,
    TimeOnly End,
    NamedRef Room,
    int RoomOrder,
    NamedRef? Track,
    SessionKind Kind,
    SessionStatus Status,
    bool LeadWanted,
    bool OpenForOnDemand,
    int Revision,
    DateTime LastModifiedUtc,
    IReadOnlyList<LeadInfo> Leads,
    IReadOnlyList<SubjectInfo> Subjects)
{
    /// <summary>Subjects without the split kind mean sessions merged into this one.</summary>
    public bool IsMerged => Kind != SessionKind.Split && Subjects.Count > 0;
}

public sealed record LeadInfo(string Slug, string Name, bool IsTentative);

public sealed record SubjectInfo(string Title, string Description);

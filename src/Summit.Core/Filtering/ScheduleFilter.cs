namespace Summit.Core.Filtering;

/// <summary>
/// What an attendee narrowed the schedule to. Values within one facet are alternatives (room A or room B);
/// different facets all apply (room A and track X). An empty facet does not filter.
/// </summary>
public sealed record ScheduleFilter
{
    public static ScheduleFilter None { get; } = new();

    public IReadOnlyList<string> Rooms { get; init; } = [];

    public IReadOnlyList<DateOnly> Days { get; init; } = [];

    public IReadOnlyList<string> Tracks { get; init; } = [];

    public IReadOnlyList<string> Leads { get; init; } = [];

    public IReadOnlyList<SessionKind> Kinds { get; init; } = [];

    public IReadOnlyList<SessionStatus> Statuses { get; init; } = [];

    /// <summary>Only sessions still looking for someone to lead them.</summary>
    public bool LeadWantedOnly { get; init; }

    /// <summary>Free text; every word must match the start of a word of the session.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// The visitor asked for every day (<c>day=all</c>). It narrows nothing; it keeps a large event, which opens on
    /// one day, showing all of them, and links made from this filter keep saying so.
    /// </summary>
    public bool AllDays { get; init; }

    public bool IsEmpty =>
        Rooms.Count == 0 && Days.Count == 0 && Tracks.Count == 0 && Leads.Count == 0 &&
        Kinds.Count == 0 && Statuses.Count == 0 && !LeadWantedOnly && string.IsNullOrWhiteSpace(Text);
}

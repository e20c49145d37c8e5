namespace Summit.Core.Schedule;

/// <summary>
/// The schedule as attendees and calendar apps see it: an immutable read model, independent of storage,
/// that pages, filters and feeds share.
/// </summary>
public sealed record PublishedSchedule(
    EventInfo Event,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyList<NamedRef> Rooms,
    IReadOnlyList<NamedRef> Tracks,
    IReadOnlyList<NamedRef> People,
    IReadOnlyList<ScheduledSession> Sessions)
{
    /// <summary>Slugs sessions had before an organizer changed them, which still lead to those sessions.</summary>
    public IReadOnlyList<FormerSlug> FormerSlugs { get; init; } = [];

    /// <summary>Slugs rooms had before an organizer changed them, which filters still accept.</summary>
    public IReadOnlyList<FormerSlug> FormerRoomSlugs { get; init; } = [];

    /// <summary>Slugs tracks had before an organizer changed them, which filters still accept.</summary>
    public IReadOnlyList<FormerSlug> FormerTrackSlugs { get; init; } = [];

    /// <summary>Dates days had before an organizer moved them, which filters still accept.</summary>
    public IReadOnlyList<FormerDay> FormerDays { get; init; } = [];

    /// <summary>Sessions deleted or merged away, which feeds publish as cancelled until the event is over.</summary>
    public IReadOnlyList<CancelledSession> Removed { get; init; } = [];

    /// <summary>The event's first day: the earliest of its days, or null while it has none.</summary>
    public DateOnly? FirstDay => Days.Count == 0 ? null : Days.Min();

    /// <summary>The event's last day: the latest of its days, or null while it has none.</summary>
    public DateOnly? LastDay => Days.Count == 0 ? null : Days.Max();

    /// <summary>The session with this slug, or null.</summary>
    public ScheduledSession? FindSession(string slug) =>
        Sessions.FirstOrDefault(s => string.Equals(s.Slug, slug, StringComparison.OrdinalIgnoreCase));
}

public sealed record EventInfo(
    string Name,
    string? Subtitle,
    string Venue,
    string TimeZoneId,
    string? BannerText,
    string? BannerLinkLabel,
    string? BannerLinkUrl)
{
    /// <summary>The https origins, besides the site itself, that session descriptions may show images from.</summary>
    public IReadOnlyList<string> ImageOrigins { get; init; } = [];

    /// <summary>The banner's link when it is a web address; null otherwise, so a stored <c>javascript:</c> or <c>data:</c> address is never a link.</summary>
    public string? SafeBannerLinkUrl => BannerLinkUrl is { } url && Editing.EventRules.IsWebAddress(url) ? url : null;
}

/// <summary>Anything attendees pick by slug and read by name: a room, a track, a person.</summary>
public sealed record NamedRef(string Slug, string Name);

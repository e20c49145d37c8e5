namespace Summit.Core.Schedule;

/// <summary>
/// The event a Summit instance publishes: one per database. It has no dates of its own: its first and last day are
/// those of its <see cref="Day"/>s (<see cref="PublishedSchedule.FirstDay"/>), so they follow every day organizers add,
/// move or delete.
/// </summary>
public class Conference
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Subtitle { get; set; }

    public required string Venue { get; set; }

    /// <summary>IANA time zone id; every slot time is wall-clock time in this zone.</summary>
    public required string TimeZoneId { get; set; }

    public string? BannerText { get; set; }

    public string? BannerLinkLabel { get; set; }

    public string? BannerLinkUrl { get; set; }

    /// <summary>The https origins session descriptions may show images from, one per line; null for none but the site's own.</summary>
    public string? ImageOrigins { get; set; }

    /// <summary>Whether each save is public at once or only when an organizer releases the working copy.</summary>
    public Releases.PublishMode PublishMode { get; set; }

    /// <summary>Renewed by every save of the event's settings: two organizers editing them never overwrite each other.</summary>
    public Guid Version { get; set; }
}

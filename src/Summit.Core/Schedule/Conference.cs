namespace Summit.Core.Schedule;

/// <summary>The event a Summit instance publishes: one per database.</summary>
public class Conference
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Subtitle { get; set; }

    public required string Venue { get; set; }

    /// <summary>IANA time zone id; every slot time is wall-clock time in this zone.</summary>
    public required string TimeZoneId { get; set; }

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }

    public string? BannerText { get; set; }

    public string? BannerLinkLabel { get; set; }

    public string? BannerLinkUrl { get; set; }
}

using Summit.Core.Editing;
using Summit.Core.Releases;

namespace Summit.Organizer.EventSettings;

/// <summary>
/// The event settings page's fields, bound both ways, with what the page shows beside them. A cleared required field
/// arrives as null from the inputs and is kept as empty text, which the rules refuse at the field.
/// </summary>
public sealed class EventSettingsForm
{
    public int Id { get; init; }

    /// <summary>The version the organizer opened: a save over a newer one is refused.</summary>
    public Guid Version { get; set; }

    public string Name { get; set => field = value ?? ""; } = "";

    public string? Subtitle { get; set; }

    public string Venue { get; set => field = value ?? ""; } = "";

    public string TimeZoneId { get; set => field = value ?? ""; } = "";

    public string? BannerText { get; set; }

    public string? BannerLinkLabel { get; set; }

    public string? BannerLinkUrl { get; set; }

    /// <summary>The https origins session descriptions may show images from, one per line.</summary>
    public string? ImageOrigins { get; set; }

    /// <summary>Whether each save is released at once, or the working copy waits for a release.</summary>
    public PublishMode PublishMode { get; set; }

    /// <summary>The organizer read what a new time zone does and agreed to it.</summary>
    public bool ConfirmZoneChange { get; set; }

    /// <summary>The zone saved now, which a changed <see cref="TimeZoneId"/> replaces.</summary>
    public string SavedTimeZoneId { get; init; } = "";

    /// <summary>The first and last of the event's days, or null while it has none: shown, never edited here.</summary>
    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }

    public int DayCount { get; init; }

    /// <summary>The earliest slot's start, to show what a new time zone does to a real time; null without slots.</summary>
    public SlotStart? FirstSlot { get; init; }

    /// <summary>The mode saved now, which a changed <see cref="PublishMode"/> replaces.</summary>
    public PublishMode SavedPublishMode { get; init; }

    /// <summary>True when saving turns "when released" into "immediately", which publishes the working copy with it.</summary>
    public bool PublishesWorkingCopy => SavedPublishMode == PublishMode.WhenReleased && PublishMode == PublishMode.Immediately;

    public bool ZoneChanged => !string.Equals(TimeZoneId.Trim(), SavedTimeZoneId, StringComparison.Ordinal);

    public EventDraft ToDraft() => new(Name, Subtitle, Venue, TimeZoneId, BannerText, BannerLinkLabel, BannerLinkUrl) { ImageOrigins = ImageOrigins, PublishMode = PublishMode };
}

/// <summary>When a time slot starts, in the event's wall-clock time.</summary>
public sealed record SlotStart(DateOnly Day, TimeOnly Start);

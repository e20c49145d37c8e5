namespace Summit.Core.Editing;

/// <summary>The event's own settings as an organizer typed them. Its dates are not here: they are its days' dates.</summary>
public sealed record EventDraft(
    string Name,
    string? Subtitle,
    string Venue,
    string TimeZoneId,
    string? BannerText,
    string? BannerLinkLabel,
    string? BannerLinkUrl)
{
    /// <summary>The https origins session descriptions may show images from, one per line (see <see cref="ImageOrigins"/>).</summary>
    public string? ImageOrigins { get; init; }

    /// <summary>Whether each save reaches the public at once, or only when an organizer releases the working copy.</summary>
    public Releases.PublishMode PublishMode { get; init; }

    /// <summary>
    /// Trimmed, without control characters (<see cref="TextInput"/>; the banner text keeps its line breaks), with empty
    /// optional fields as null, as it is stored and compared.
    /// </summary>
    public EventDraft Normalized() => new(
        TextInput.Line(Name).Trim(),
        Optional(TextInput.OptionalLine(Subtitle)),
        TextInput.Line(Venue).Trim(),
        TextInput.Line(TimeZoneId).Trim(),
        Optional(TextInput.OptionalBlock(BannerText)),
        Optional(TextInput.OptionalLine(BannerLinkLabel)),
        Optional(TextInput.OptionalLine(BannerLinkUrl)))
    {
        ImageOrigins = Editing.ImageOrigins.Normalize(TextInput.OptionalBlock(ImageOrigins)),
        PublishMode = PublishMode,
    };

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The keys of the messages <see cref="EventRules.Validate"/> gives, one per field.</summary>
public static class EventFields
{
    public const string Name = nameof(EventDraft.Name);
    public const string Subtitle = nameof(EventDraft.Subtitle);
    public const string Venue = nameof(EventDraft.Venue);
    public const string TimeZoneId = nameof(EventDraft.TimeZoneId);
    public const string BannerText = nameof(EventDraft.BannerText);
    public const string BannerLinkLabel = nameof(EventDraft.BannerLinkLabel);
    public const string BannerLinkUrl = nameof(EventDraft.BannerLinkUrl);
    public const string ImageOrigins = nameof(EventDraft.ImageOrigins);
    public const string PublishMode = nameof(EventDraft.PublishMode);
}

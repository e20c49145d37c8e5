using Summit.Core.Time;

namespace Summit.Core.Editing;

/// <summary>The checks the event's settings must pass before they are saved; each failure names its field and says what to do.</summary>
public static class EventRules
{
    public const int MaxName = 200;
    public const int MaxSubtitle = 200;
    public const int MaxVenue = 200;
    public const int MaxBannerText = 2000;
    public const int MaxLinkLabel = 200;
    public const int MaxLinkUrl = 2000;

    /// <summary>Checks a <see cref="EventDraft.Normalized"/> draft; an empty result means it can be saved.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(EventDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (draft.Name.Length == 0)
        {
            Fail(EventFields.Name, "Give the event a name.");
        }
        else if (draft.Name.Length > MaxName)
        {
            Fail(EventFields.Name, $"Keep the name to {MaxName} characters or fewer.");
        }

        if (draft.Subtitle?.Length > MaxSubtitle)
        {
            Fail(EventFields.Subtitle, $"Keep the subtitle to {MaxSubtitle} characters or fewer.");
        }

        if (draft.Venue.Length == 0)
        {
            Fail(EventFields.Venue, "Say where the event takes place, such as “Manchester Grand Hyatt, San Diego”.");
        }
        else if (draft.Venue.Length > MaxVenue)
        {
            Fail(EventFields.Venue, $"Keep the venue to {MaxVenue} characters or fewer.");
        }

        if (draft.TimeZoneId.Length == 0)
        {
            Fail(EventFields.TimeZoneId, "Choose the time zone of the venue.");
        }
        else if (!EventClock.IsKnownZone(draft.TimeZoneId))
        {
            Fail(EventFields.TimeZoneId, $"“{draft.TimeZoneId}” is not a time zone. Choose one from the list, such as America/Los_Angeles.");
        }

        if (draft.BannerText?.Length > MaxBannerText)
        {
            Fail(EventFields.BannerText, $"Keep the banner text to {MaxBannerText:N0} characters or fewer.");
        }

        if (draft.BannerLinkLabel?.Length > MaxLinkLabel)
        {
            Fail(EventFields.BannerLinkLabel, $"Keep the link’s label to {MaxLinkLabel} characters or fewer.");
        }

        if (draft.BannerLinkUrl is { } url)
        {
            if (url.Length > MaxLinkUrl)
            {
                Fail(EventFields.BannerLinkUrl, $"Keep the address to {MaxLinkUrl:N0} characters or fewer.");
            }
            else if (!IsWebAddress(url))
            {
                Fail(EventFields.BannerLinkUrl, "Give a web address that starts with https:// or http://, such as https://example.org/register.");
            }
        }
        else if (draft.BannerLinkLabel is not null)
        {
            Fail(EventFields.BannerLinkUrl, "Give the address the label links to, or clear the label.");
        }

        if (ImageOrigins.FindInvalid(draft.ImageOrigins) is { } problem)
        {
            Fail(EventFields.ImageOrigins, problem);
        }

        if (!Enum.IsDefined(draft.PublishMode))
        {
            Fail(EventFields.PublishMode, "Choose when changes are published: immediately, or when released.");
        }

        return errors;
    }

    /// <summary>Only web links: attendees click the banner's link, and any other scheme (javascript:, data:, file:) is a risk or a mistake.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}

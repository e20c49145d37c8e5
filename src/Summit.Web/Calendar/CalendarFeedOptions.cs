using System.ComponentModel.DataAnnotations;

namespace Summit.Web.Calendar;

/// <summary>What the calendar feeds tell the apps subscribed to them; bound to the <c>CalendarFeeds</c> section.</summary>
public sealed class CalendarFeedOptions
{
    public const string Section = "CalendarFeeds";

    /// <summary>
    /// How often subscribed calendar apps should fetch a feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL): shorter
    /// spreads a change sooner, at the cost of more requests. Whole minutes. Defaults to one hour.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00",
        ErrorMessage = "CalendarFeeds:RefreshInterval must be between 00:01:00 (a minute) and 7.00:00:00 (7 days).")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(1);
}

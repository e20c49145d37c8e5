using Summit.Core.Content;
using Summit.Core.Time;

namespace Summit.Core.Sharing;

/// <summary>
/// The one-paragraph descriptions search engines and link previews show for a page (<c>meta name="description"</c>,
/// <c>og:description</c>): plain text, short enough that they do not cut it.
/// </summary>
public static class SharingTexts
{
    /// <summary>About what search results show before cutting a description.</summary>
    public const int DescriptionLength = 160;

    /// <summary>
    /// The session's description as plain text, trimmed at a word to <see cref="DescriptionLength"/>; without one,
    /// "PKI Future · Thursday, October 18, 11:50am PDT · Windsor BC".
    /// </summary>
    public static string SessionDescription(ScheduledSession session, EventClock clock)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        var excerpt = MarkdownRenderer.Excerpt(session.Description, DescriptionLength);
        return excerpt.Length > 0
            ? excerpt
            : $"{session.Title} · {EventClock.FormatDay(session.Day)}, {clock.FormatTimeWithZone(session.Day, session.Start)} · {session.Room.Name}";
    }

    /// <summary>"The schedule of OpenStack Grizzly Design Summit, October 15–18, 2012 at San Diego: 28 sessions."</summary>
    public static string ScheduleDescription(PublishedSchedule schedule, string view = "schedule")
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var sessions = schedule.Sessions.Count == 1 ? "1 session" : $"{schedule.Sessions.Count} sessions";
        var when = schedule.FirstDay is { } first && schedule.LastDay is { } last ? $", {EventDates.FormatRange(first, last)}" : "";
        var where = string.IsNullOrWhiteSpace(schedule.Event.Venue) ? "" : $" at {schedule.Event.Venue}";
        return $"The {view} of {schedule.Event.Name}{when}{where}: {sessions}.";
    }
}

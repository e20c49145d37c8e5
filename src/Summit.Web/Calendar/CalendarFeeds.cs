using Summit.Core.Calendar;
using Summit.Core.Filtering;

namespace Summit.Web.Calendar;

/// <summary>Turns a set of published sessions into an <see cref="IcsResponse"/> for the current request.</summary>
public static class CalendarFeeds
{
    private const string NameSeparator = " · ";

    /// <param name="lastModifiedUtc">The newest change that can alter this feed: for one session, its own; for the schedule, any change to it; for an agenda, also its last star.</param>
    /// <param name="cancelled">Removed sessions the feed carried, published as cancelled.</param>
    /// <param name="siteBase">The site's public base address, which the feed's links start with.</param>
    /// <param name="refreshInterval">How often clients should fetch the feed again (<see cref="CalendarFeedOptions"/>).</param>
    public static IcsResponse Create(Uri siteBase, TimeSpan refreshInterval, ScheduleSnapshot snapshot, IReadOnlyList<ScheduledSession> sessions, string name, string? downloadName, bool personal, DateTime lastModifiedUtc, IReadOnlyCollection<CancelledSession>? cancelled = null) =>
        new(Write(siteBase, refreshInterval, snapshot, sessions, name, lastModifiedUtc, cancelled), downloadName, personal);

    /// <summary>The feed's bytes and validators, for a caller that keeps them (see <see cref="Create"/> for the parameters).</summary>
    public static IcsBody Write(Uri siteBase, TimeSpan refreshInterval, ScheduleSnapshot snapshot, IReadOnlyList<ScheduledSession> sessions, string name, DateTime lastModifiedUtc, IReadOnlyCollection<CancelledSession>? cancelled = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var feed = new FeedDescription(name, siteBase, refreshInterval);
        return IcsBody.Of(IcsWriter.WriteUtf8(snapshot.Schedule.Event, sessions, cancelled ?? [], feed, snapshot.Texts), lastModifiedUtc);
    }

    /// <summary>
    /// A feed's name from the event and the filter's chips: "OpenStack Summit Fall 2012 · Room: Windsor BC · Track: Keystone".
    /// The separator is one that TEXT values need not escape: Thunderbird shows an escaped comma in a calendar's name as "\,".
    /// </summary>
    public static string NameFor(PublishedSchedule schedule, ScheduleFilter filter)
    {
        var chips = ActiveFilters.Describe(filter, schedule);
        return string.Join(NameSeparator, [schedule.Event.Name, .. chips.Select(c => c.Label)]);
    }

}

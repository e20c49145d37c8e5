using Summit.Core.Calendar;
using Summit.Core.Filtering;

namespace Summit.Web.Calendar;

/// <summary>Turns a set of published sessions into an <see cref="IcsResponse"/> for the current request.</summary>
public static class CalendarFeeds
{
    private const string NameSeparator = " · ";

    /// <param name="lastModifiedUtc">The newest change that can alter this feed: for one session, its own; for the schedule, any change to it; for an agenda, also its last star.</param>
    /// <param name="cancelled">Removed sessions the feed carried, published as cancelled.</param>
    public static IcsResponse Create(HttpRequest request, PublishedSchedule schedule, IReadOnlyList<ScheduledSession> sessions, string name, string? downloadName, bool personal, DateTime lastModifiedUtc, IReadOnlyCollection<CancelledSession>? cancelled = null) =>
        new(Write(request, schedule, sessions, name, lastModifiedUtc, cancelled), downloadName, personal);

    /// <summary>The feed's bytes and validators, for a caller that keeps them (see <see cref="Create"/> for the parameters).</summary>
    public static IcsBody Write(HttpRequest request, PublishedSchedule schedule, IReadOnlyList<ScheduledSession> sessions, string name, DateTime lastModifiedUtc, IReadOnlyCollection<CancelledSession>? cancelled = null)
    {
        var feed = new FeedDescription(name, SiteBase(request), FeedDescription.DefaultRefresh);
        return IcsBody.Of(IcsWriter.WriteWithCancellations(schedule.Event, sessions, cancelled ?? [], feed), lastModifiedUtc);
    }

    private static Uri? s_lastSiteBase;

    /// <summary>The address the last feed was served under: the one to prepare the next snapshot's feeds for.</summary>
    public static Uri? LastSiteBase => Volatile.Read(ref s_lastSiteBase);

    /// <summary>The site's absolute base address, as the client reached it.</summary>
    public static Uri SiteBase(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var siteBase = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        Volatile.Write(ref s_lastSiteBase, siteBase);
        return siteBase;
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

using Summit.Core.Calendar;
using Summit.Core.Content;

namespace Summit.Web.Caching;

/// <summary>
/// The work the first requests after a change would otherwise wait for, done once per snapshot beside the requests
/// (by the change listener): the cards' excerpts and every session's iCal text (113 ms at 2,000 sessions, most of a
/// first feed).
/// </summary>
public static class SnapshotWarming
{
    /// <param name="siteBase">The address feeds link to; null when none is known before a request, which leaves the feed texts to the first feed.</param>
    public static void Warm(ScheduleSnapshot snapshot, Uri? siteBase)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var session in snapshot.Schedule.Sessions)
        {
            _ = SessionExcerpts.Of(session);
        }

        if (siteBase is not null)
        {
            IcsWriter.Prepare(snapshot.Schedule.Event, snapshot.Schedule.Sessions, siteBase);
        }
    }
}

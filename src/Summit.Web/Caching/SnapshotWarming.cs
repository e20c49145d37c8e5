using Summit.Core.Calendar;
using Summit.Core.Content;
using Summit.Web.Calendar;

namespace Summit.Web.Caching;

/// <summary>
/// Does once per snapshot, beside the requests, the work the first requests after a change would otherwise wait
/// for: the cards' excerpts and every session's iCal text (113 ms at 2,000 sessions, most of a first feed).
/// </summary>
public static partial class SnapshotWarming
{
    public static void Attach(ScheduleSnapshots snapshots, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        snapshots.Built += snapshot => _ = Task.Run(() => Warm(snapshot, logger));
    }

    private static void Warm(ScheduleSnapshot snapshot, ILogger logger)
    {
        try
        {
            foreach (var session in snapshot.Schedule.Sessions)
            {
                _ = SessionExcerpts.Of(session);
            }

            // Feeds link to the site as clients reach it; until one has been served there is no address to prepare for.
            if (CalendarFeeds.LastSiteBase is { } siteBase)
            {
                IcsWriter.Prepare(snapshot.Schedule.Event, snapshot.Schedule.Sessions, siteBase);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: the requests make whatever is missing themselves.
            LogWarmingFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing the new schedule snapshot's excerpts and feed texts failed")]
    private static partial void LogWarmingFailed(ILogger logger, Exception exception);
}

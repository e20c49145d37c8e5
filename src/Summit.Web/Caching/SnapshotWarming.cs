namespace Summit.Web.Caching;

/// <summary>
/// Does once per snapshot, beside the requests, the work the first requests after a change would otherwise wait
/// for: each session's card excerpt and feed description (Markdown turned into text).
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
            snapshot.Texts.Warm();
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

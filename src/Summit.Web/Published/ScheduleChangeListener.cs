
namespace Summit.Web.Published;

/// <summary>
/// Does, beside the requests and off every save's path, what a schedule change asks of this instance: evict the
/// public pages and feeds from the output cache (the versioned key already keeps old copies from being served; this
/// frees their memory at once), then build the new snapshot and warm it, so the first visitor after a change does
/// not wait for it. It also runs every <see cref="IScheduleChangeSource"/>, which report changes saved elsewhere.
/// </summary>
public sealed partial class ScheduleChangeListener(
    ScheduleChangeSignal signal,
    ScheduleSnapshots snapshots,
    IEnumerable<IPublishedScheduleCache> caches,
    IEnumerable<IScheduleChangeSource> sources,
    ILogger<ScheduleChangeListener> logger) : BackgroundService
{
    /// <summary>
    /// Builds and warms the first snapshot before the server listens (hosted services start first): a restarted
    /// instance behind a load balancer then takes no request while cold, and the balancer's retry goes to another.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await WarmAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([ListenAsync(stoppingToken), .. sources.Select(source => WatchAsync(source, stoppingToken))]);

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in signal.Changes.ReadAllAsync(stoppingToken))
        {
            LogChanged(logger, change.Source);
            try
            {
                foreach (var cache in caches)
                {
                    await cache.EvictAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogEvictionFailed(logger, ex);
            }

            await WarmAsync(stoppingToken);
        }
    }

    private async Task WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await snapshots.GetAsync(stoppingToken) is { } snapshot)
            {
                // Each session's excerpt and feed description: Markdown to text is most of a first page's or feed's cost.
                snapshot.Texts.Warm();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only a head start: the requests build and make whatever is missing themselves.
            LogWarmingFailed(logger, ex);
        }
    }

    private async Task WatchAsync(IScheduleChangeSource source, CancellationToken stoppingToken)
    {
        try
        {
            await source.WatchAsync(signal, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSourceFailed(logger, source.GetType().Name, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The schedule changed ({Source}): evicting cached pages and preparing the new snapshot")]
    private static partial void LogChanged(ILogger logger, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting the public pages from the output cache failed; they expire with their version")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing the new schedule snapshot's excerpts and feed texts failed")]
    private static partial void LogWarmingFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The schedule change source {Source} stopped; changes it would report are not seen")]
    private static partial void LogSourceFailed(ILogger logger, string source, Exception exception);
}

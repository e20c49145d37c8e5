using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Summit.Web.Instances;

/// <summary>
/// Reads the stored schedule version and the new agenda change rows every <see cref="InstancesOptions.PollInterval"/>:
/// a schedule stamp other than the one this instance's snapshot was built from is a change saved elsewhere, and each
/// new agenda row drops that agenda's kept feed. It needs nothing but the database, so it also catches whatever a
/// notification missed (a save made while the listening connection was down).
/// </summary>
public sealed partial class StoredVersionPoll(
    IDbContextFactory<SummitDbContext> factory,
    ScheduleSnapshots snapshots,
    AgendaChangeFollower agendas,
    IOptions<InstancesOptions> options,
    ILogger<StoredVersionPoll> logger) : IScheduleChangeSource
{
    /// <summary>More new rows than this in one poll drop every kept feed instead of reading them all.</summary>
    internal const int MaxRowsPerPoll = 5_000;

    public const string SourceName = "poll";

    public async Task WatchAsync(ScheduleChangeSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        // Real time, whatever clock the app is given: this is how stale another instance's save may be.
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        var failing = false;
        do
        {
            try
            {
                await PollAsync(signal, restart: failing, cancellationToken);
                if (failing)
                {
                    LogRecovered(logger);
                    failing = false;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (!failing)
                {
                    LogFailed(logger, ex);
                    failing = true;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>One poll. <paramref name="restart"/>: earlier polls failed, so agenda rows may have been missed.</summary>
    public async Task PollAsync(ScheduleChangeSignal signal, bool restart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var stamp = await db.ScheduleVersions.AsNoTracking().Select(v => v.Stamp).FirstOrDefaultAsync(cancellationToken);
        if (snapshots.IsBehind(stamp))
        {
            signal.Notify(SourceName);
        }

        var settled = agendas.Settled;
        if (settled is null || restart)
        {
            agendas.Restart(await NewestAsync(db, cancellationToken), dropKept: restart);
            return;
        }

        var rows = await db.AgendaChanges.AsNoTracking()
            .Where(c => c.Id > settled.Value)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AgendaId })
            .Take(MaxRowsPerPoll + 1)
            .ToListAsync(cancellationToken);
        if (rows.Count > MaxRowsPerPoll)
        {
            agendas.Restart(await NewestAsync(db, cancellationToken), dropKept: true);
            return;
        }

        agendas.Apply(rows.Select(r => (r.Id, r.AgendaId)));
        agendas.Settle();
    }

    private static async Task<long> NewestAsync(SummitDbContext db, CancellationToken cancellationToken) =>
        await db.AgendaChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the stored schedule version failed; other instances' changes are not seen until it works again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reading the stored schedule version works again; kept personal feeds were dropped")]
    private static partial void LogRecovered(ILogger logger);
}

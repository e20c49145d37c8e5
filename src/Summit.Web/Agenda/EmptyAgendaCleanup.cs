using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Summit.Data.Instances;

namespace Summit.Web.Agenda;

/// <summary>
/// Removes agendas that have held no session for <see cref="AgendaOptions.EmptyAgendaLifetime"/>: every first star
/// makes one, and an agenda emptied again, or made and abandoned, would otherwise stay forever. An agenda emptied
/// because its sessions were removed stays: its feed carries their cancellations to the calendars subscribed to it.
/// </summary>
public sealed class EmptyAgendaCleanup(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<AgendaOptions> options, AgendaFeedCache feeds, ILogger<EmptyAgendaCleanup> logger)
    : BackgroundService
{
    /// <summary>Hours of stars at a busy event, far more than a poll reads.</summary>
    internal const int AgendaChangesKept = 100_000;

    /// <summary>One pass: deletes the agendas that are empty and unchanged for the lifetime; returns how many.</summary>
    public async Task<int> RemoveEmptyAgendasAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.EmptyAgendaLifetime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var empty = db.Agendas.Where(a => !a.Items.Any() && a.UpdatedUtc < cutoff && !db.RemovedSessionAgendas.Any(r => r.AgendaId == a.Id));
        // Their ids first, so their kept feeds go too; the delete checks again, as a star may have come in between.
        var ids = await empty.Select(a => a.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // With a change row each, in the same transaction, so other instances drop the feeds they keep of them.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await empty.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        db.AgendaChanges.AddRange(ids.Select(id => new AgendaChange { AgendaId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var id in ids)
        {
            feeds.Invalidate(id);
        }

        return removed;
    }

    /// <summary>
    /// Deletes agenda change rows other than the newest <see cref="AgendaChangesKept"/>: instances read only the rows
    /// of the last few seconds. Returns how many went.
    /// </summary>
    public async Task<int> PruneAgendaChangesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var newest = await db.AgendaChanges.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        return newest <= AgendaChangesKept ? 0 : await db.AgendaChanges.Where(c => c.Id <= newest - AgendaChangesKept).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        do
        {
            try
            {
                var removed = await RemoveEmptyAgendasAsync(stoppingToken);
                await PruneAgendaChangesAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Removed {Count} empty agendas.", removed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy or unavailable database must not stop the site: the next pass tries again.
                logger.LogWarning(ex, "Removing empty agendas failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

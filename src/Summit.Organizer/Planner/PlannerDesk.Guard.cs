using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Summit.Core.Planning;
using Summit.Data;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Planner;

/// <summary>What every move shares: its transaction, the version check, and a refusal for whatever the database refused.</summary>
public sealed partial class PlannerDesk
{
    /// <summary>
    /// Loads the sessions the organizer saw, tracked, inside the move's transaction; refuses at once when one is gone or
    /// changed since; then runs <paramref name="work"/>, which commits. A failed save changed nothing: the transaction
    /// rolls back before the refusal is worked out.
    /// </summary>
    private async Task<PlannerOutcome> GuardAsync(
        SummitDbContext db,
        IReadOnlyList<PlannerCardRef> seen,
        Func<IReadOnlyDictionary<int, Session>, IDbContextTransaction, Task<PlannerOutcome>> work,
        CancellationToken cancellationToken,
        Func<Task<string?>>? whoTookTheCell = null)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = seen.Select(s => s.Id).ToList();
            var sessions = await db.Sessions.Include(s => s.Leads).Include(s => s.Subjects).AsSplitQuery()
                .Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            if (ids.Any(id => !sessions.ContainsKey(id)))
            {
                return PlannerOutcome.Refused("Another organizer deleted or merged this session meanwhile, so nothing was changed. The planner shows the schedule as it is now.");
            }

            if (seen.FirstOrDefault(s => sessions[s.Id].Version != s.Version) is { } stale)
            {
                return await StaleAsync(db, stale.Id, sessions[stale.Id].Title, cancellationToken);
            }

            // The versions guard every save of the move, as they guard the session editor's.
            foreach (var session in seen)
            {
                db.Entry(sessions[session.Id]).Property(s => s.Version).OriginalValue = session.Version;
            }

            return await work(sessions, transaction);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAfterSaveAsync(db, seen, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseFailure.IsUniqueViolation(ex))
        {
            // Another organizer filled the cell between this move's check and its save: the index kept one session there.
            db.ChangeTracker.Clear();
            return PlannerOutcome.Refused(
                (whoTookTheCell is null ? null : await whoTookTheCell())
                ?? "Another organizer put a session in that cell a moment ago, so nothing was changed. The planner shows it now.");
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            return PlannerOutcome.Refused(failure);
        }
    }

    private async Task<PlannerOutcome> StaleAsync(SummitDbContext db, int sessionId, string title, CancellationToken cancellationToken)
    {
        var conflict = await EditConflicts.DescribeAsync(db, sessionId, cancellationToken);
        var ago = _clock.GetUtcNow().UtcDateTime - DateTime.SpecifyKind(conflict.AtUtc, DateTimeKind.Utc);
        return PlannerOutcome.Refused(PlannerText.Stale(title, conflict.ChangedBy, ago, conflict.Fields)) with { Conflict = conflict };
    }

    /// <summary>A save lost to one that committed after this move read the sessions: which session it was is asked again.</summary>
    private async Task<PlannerOutcome> StaleAfterSaveAsync(SummitDbContext db, IReadOnlyList<PlannerCardRef> seen, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var ids = seen.Select(s => s.Id).ToList();
        var now = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Version, s.Title }).ToListAsync(cancellationToken);
        var changed = now.FirstOrDefault(s => seen.Any(x => x.Id == s.Id && x.Version != s.Version));
        return changed is null
            ? PlannerOutcome.Refused("Another organizer deleted or merged this session meanwhile, so nothing was changed. The planner shows the schedule as it is now.")
            : await StaleAsync(db, changed.Id, changed.Title, cancellationToken);
    }
}

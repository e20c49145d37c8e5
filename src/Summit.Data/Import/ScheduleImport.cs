using Microsoft.EntityFrameworkCore;
using Summit.Core.Import;

namespace Summit.Data.Import;

/// <summary>
/// Imports a schedule read from a file into the database: onto a new database it creates the event from the file;
/// into an existing event it adds and updates sessions (matched by guid, then slug), creating the days, rooms and
/// tracks it needs. One transaction: never half applied. Importing the same file twice changes nothing.
/// </summary>
/// <remarks>
/// Both methods work on <paramref name="db"/>'s change tracker and leave it empty: give them a context of their own.
/// </remarks>
public static class ScheduleImport
{
    /// <summary>What <see cref="ApplyAsync"/> would do, changing nothing.</summary>
    public static async Task<ImportPlan> PlanAsync(SummitDbContext db, ImportDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        db.ChangeTracker.Clear();
        try
        {
            return (await ImportStage.StageAsync(db, document, "", DateTime.UtcNow, cancellationToken)).Plan;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Applies the import in one transaction, recorded in the history as <paramref name="by"/>; returns what it did.</summary>
    /// <remarks>A failure (the database refusing a write, a cancellation) throws and leaves the database as it was.</remarks>
    public static Task<ImportPlan> ApplyAsync(SummitDbContext db, ImportDocument document, string by, CancellationToken cancellationToken) =>
        ApplyAsync(db, document, by, TimeProvider.System, cancellationToken);

    /// <inheritdoc cref="ApplyAsync(SummitDbContext, ImportDocument, string, CancellationToken)"/>
    public static async Task<ImportPlan> ApplyAsync(SummitDbContext db, ImportDocument document, string by, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ArgumentNullException.ThrowIfNull(clock);
        db.ChangeTracker.Clear();
        try
        {
            // Read and written in one transaction: what the plan was made from is what the import changes.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stage = await ImportStage.StageAsync(db, document, by, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (!stage.Plan.ChangesAnything)
            {
                // Nothing to store: no history entries, no new revision, nothing for a release.
                return stage.Plan;
            }

            await VacateAsync(db, stage.Vacate, cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
            stage.NumberHistory();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stage.Plan;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Takes sessions that move off their old places first, in the database and in what the context believes stored:
    /// one save cannot order two sessions changing places with each other (the database allows one session per room
    /// and slot), and a session that only moves is never off the schedule, so it leaves no cancellation behind.
    /// </summary>
    private static async Task VacateAsync(SummitDbContext db, IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        if (sessions.Count == 0)
        {
            return;
        }

        var ids = sessions.Select(s => s.Id).ToList();
        await db.Sessions.Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RoomId, (int?)null).SetProperty(s => s.TimeSlotId, (int?)null), cancellationToken);
        foreach (var session in sessions)
        {
            var entry = db.Entry(session);
            entry.Property(s => s.RoomId).OriginalValue = null;
            entry.Property(s => s.TimeSlotId).OriginalValue = null;
        }
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Summit.Data.Instances;

namespace Summit.Data;

/// <summary>
/// Invalidates the published snapshot whenever any context saves a change to the schedule, so no save path can
/// forget to. Inside a transaction it invalidates again on commit: a snapshot rebuilt between the save and the
/// commit would still hold the old data. When the database can tell other instances (<see cref="IChangeBroadcast"/>),
/// it does so inside the committing transaction, with what <see cref="ChangeStamps"/> wrote; once committed, the agenda
/// change rows this instance wrote are noted as its own (<see cref="InstanceChanges"/>).
/// </summary>
public sealed class ScheduleChangeInterceptor(ScheduleChangeSignal signal, InstanceChanges instance, IChangeBroadcast? broadcast = null)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Uncommitted(eventData.Context) is { } notes)
        {
            // Stored without a transaction of its own (a single statement): it is committed already.
            if (broadcast is not null)
            {
                var database = eventData.Context!.Database;
                database.OpenConnection();
                try
                {
                    broadcast.Send(database.GetDbConnection(), null, Notice(notes));
                }
                finally
                {
                    database.CloseConnection();
                }
            }

            Committed(notes);
        }

        Flush(eventData.Context, committed: false);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Uncommitted(eventData.Context) is { } notes)
        {
            if (broadcast is not null)
            {
                // EF closes the connection after a save it opened it for.
                var database = eventData.Context!.Database;
                await database.OpenConnectionAsync(cancellationToken);
                try
                {
                    await broadcast.SendAsync(database.GetDbConnection(), null, Notice(notes), cancellationToken);
                }
                finally
                {
                    await database.CloseConnectionAsync();
                }
            }

            Committed(notes);
        }

        Flush(eventData.Context, committed: false);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (broadcast is not null && eventData.Context is SummitDbContext { ChangeNotes.IsEmpty: false } db)
        {
            broadcast.Send(transaction.Connection!, transaction, Notice(db.ChangeNotes));
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (broadcast is not null && eventData.Context is SummitDbContext { ChangeNotes.IsEmpty: false } db)
        {
            await broadcast.SendAsync(transaction.Connection!, transaction, Notice(db.ChangeNotes), cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is SummitDbContext db)
        {
            Committed(db.ChangeNotes);
        }

        Flush(eventData.Context, committed: true);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => (eventData.Context as SummitDbContext)?.ChangeNotes.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ScheduleEntities.ChangesLocalSnapshot(e.Metadata.ClrType)))
        {
            _pending.AddOrUpdate(context, new StrongBox<bool>(true));
        }
    }

    private void Flush(DbContext? context, bool committed)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || !pending.Value)
        {
            return;
        }

        signal.Notify();
        if (committed || context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    /// <summary>Notes of a save that ran outside any transaction, which leaves no commit to wait for.</summary>
    private static ChangeNotes? Uncommitted(DbContext? context) =>
        context is SummitDbContext { ChangeNotes.IsEmpty: false } db && db.Database.CurrentTransaction is null ? db.ChangeNotes : null;

    private void Committed(ChangeNotes notes)
    {
        instance.MarkOwn(notes.StoredAgendas);
        notes.Clear();
    }

    /// <summary>A failed save outside a transaction stored nothing; inside one, the rollback clears the notes.</summary>
    private static void Forget(DbContext? context)
    {
        if (context is SummitDbContext db && db.Database.CurrentTransaction is null)
        {
            db.ChangeNotes.Clear();
        }
    }

    private ChangeNotice Notice(ChangeNotes notes) =>
        new(instance.Id, notes.Schedule, [.. notes.StoredAgendas]);
}

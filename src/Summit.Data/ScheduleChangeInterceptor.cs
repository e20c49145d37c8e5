using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Summit.Core.Schedule;

namespace Summit.Data;

/// <summary>
/// Invalidates the published snapshot whenever any context saves a change to the schedule, so no save path can
/// forget to. Inside a transaction it invalidates again on commit: a snapshot rebuilt between the save and the
/// commit would still hold the old data.
/// </summary>
public sealed class ScheduleChangeInterceptor(ScheduleChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] ScheduleTypes =
        [typeof(Conference), typeof(Day), typeof(TimeSlot), typeof(Room), typeof(Track), typeof(Person), typeof(Session), typeof(SessionLead), typeof(SessionSubject), typeof(SessionSlugAlias),
         typeof(RoomSlugAlias), typeof(TrackSlugAlias), typeof(DayDateAlias), typeof(RemovedSession), typeof(RemovedSessionAgenda)];

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
        Flush(eventData.Context, committed: false);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context, committed: false);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context, committed: true);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && ScheduleTypes.Contains(e.Metadata.ClrType)))
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
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Summit.Core.Agenda;

namespace Summit.Data.Instances;

/// <summary>
/// Writes, in the save that changes them, a new <see cref="ScheduleVersion"/> stamp when the schedule changes and an
/// <see cref="AgendaChange"/> row for each agenda that changes. Every context carries it, so no save path (an editor,
/// the importer, a test's own context) can change the schedule or an agenda without other instances learning of it.
/// What it wrote is noted on the context, for the interceptor that tells this instance and the others on commit.
/// </summary>
internal sealed class ChangeStamps : SaveChangesInterceptor
{
    /// <summary>Stateless, so every context shares it.</summary>
    public static ChangeStamps Instance { get; } = new();

    private ChangeStamps()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is not SummitDbContext db)
        {
            return;
        }

        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Any(e => ScheduleEntities.Contains(e.Metadata.ClrType)))
        {
            var version = db.ChangeTracker.Entries<ScheduleVersion>().FirstOrDefault()
                ?? db.ScheduleVersions.Attach(new ScheduleVersion { Id = ScheduleVersion.RowId });
            version.Entity.Stamp = ScheduleVersion.NewStamp();
            version.Property(v => v.Stamp).IsModified = true;
            db.ChangeNotes.Schedule = true;
        }

        var logged = changed.Where(e => e.Entity is AgendaChange && e.State == EntityState.Added).Select(e => (AgendaChange)e.Entity).ToList();
        var loggedIds = logged.Select(c => c.AgendaId).ToHashSet();
        foreach (var agendaId in ChangedAgendas(changed).Where(loggedIds.Add))
        {
            var change = new AgendaChange { AgendaId = agendaId };
            db.AgendaChanges.Add(change);
            logged.Add(change);
        }

        db.ChangeNotes.Agendas.AddRange(logged);
    }

    /// <summary>
    /// Stored agendas whose sessions or token change. A new agenda has no id yet and nothing kept anywhere to drop;
    /// its first items are skipped with it.
    /// </summary>
    private static IEnumerable<int> ChangedAgendas(List<EntityEntry> changed)
    {
        foreach (var entry in changed)
        {
            if (entry.Entity is PersonalAgenda agenda && entry.State != EntityState.Added)
            {
                yield return agenda.Id;
            }
            else if (entry.Entity is AgendaItem item && !entry.Property(nameof(AgendaItem.AgendaId)).IsTemporary && item.AgendaId > 0)
            {
                yield return item.AgendaId;
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Summit.Core.Editing;

namespace Summit.Data;

/// <summary>
/// Keeps a <see cref="RemovedSession"/> for every session a save deletes or takes off the schedule, in that save, whichever code path deleted
/// it: what calendars last saw of it, and the agendas that had it starred (their stars go with the session). Feeds
/// publish it as cancelled until the event is over.
/// </summary>
internal sealed class SessionTombstones : SaveChangesInterceptor
{
    /// <summary>Stateless, so every context shares it.</summary>
    public static SessionTombstones Instance { get; } = new();

    private SessionTombstones()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is SummitDbContext db)
        {
            RecordAsync(db, synchronous: true, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is SummitDbContext db)
        {
            await RecordAsync(db, synchronous: false, cancellationToken);
        }

        return result;
    }

    private static async ValueTask RecordAsync(SummitDbContext db, bool synchronous, CancellationToken cancellationToken)
    {
        var sessions = db.ChangeTracker.Entries<Session>().ToList();
        var removed = sessions.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity).ToList();
        // A session taken off the schedule leaves it as a deleted one does, but keeps its stars for when it is placed again.
        var unscheduled = sessions.Where(e => e.State == EntityState.Modified && !e.Entity.IsScheduled && WasScheduled(e)).Select(e => e.Entity).ToList();
        var rescheduled = sessions.Where(e => e.State == EntityState.Modified && e.Entity.IsScheduled && !WasScheduled(e)).Select(e => e.Entity.Uid).ToList();
        if (removed.Count == 0 && unscheduled.Count == 0 && rescheduled.Count == 0)
        {
            return;
        }

        // Back on the schedule: calendars get the session itself again, so its old cancellation goes.
        if (rescheduled.Count > 0)
        {
            db.RemovedSessions.RemoveRange(await Query(db.RemovedSessions.Include(r => r.Agendas).Where(r => rescheduled.Contains(r.Uid))));
        }

        var gone = removed.Concat(unscheduled).ToList();
        if (gone.Count == 0)
        {
            return;
        }

        var ids = gone.Select(s => s.Id).ToList();
        var uids = gone.Select(s => s.Uid).ToList();
        // The place as stored before this save: what calendars last saw.
        var places = await Query(db.Sessions.AsNoTracking().AsSplitQuery().Where(s => ids.Contains(s.Id) && s.RoomId != null && s.TimeSlotId != null).Select(s => new Place(
            s.Id, s.TimeSlot!.Day!.Date, s.TimeSlot.Start, s.TimeSlot.End, s.RoomId!.Value, s.Room!.Slug, s.Room.Name, s.TrackId, s.Track == null ? null : s.Track.Slug, s.Track == null ? null : s.Track.Name,
            s.Leads.OrderBy(l => l.Order).Select(l => new Lead(l.Person!.Slug, l.Person.Name)).ToList())));
        var stars = await Query(db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.SessionId)).Select(i => new Star(i.SessionId, i.AgendaId)));
        var known = (await Query(db.RemovedSessions.AsNoTracking().Where(r => uids.Contains(r.Uid)).Select(r => r.Uid))).ToHashSet();

        // The removal's time is the one its history entry records, from the clock of the code that removed it.
        var changes = db.ChangeTracker.Entries<ScheduleChange>().Where(e => e.State == EntityState.Added && e.Entity.EntityType == "Session")
            .Select(e => e.Entity).ToList();

        foreach (var session in gone.Where(s => !known.Contains(s.Uid)))
        {
            // A session added and deleted before any save, or never placed, was never published.
            if (places.FirstOrDefault(p => p.SessionId == session.Id) is not { } place)
            {
                continue;
            }

            db.RemovedSessions.Add(new RemovedSession
            {
                Uid = session.Uid,
                Slug = session.Slug,
                Title = session.Title,
                Description = session.Description,
                Kind = session.Kind,
                Status = session.Status,
                Day = place.Day,
                Start = place.Start,
                End = place.End,
                RoomId = place.RoomId,
                RoomSlug = place.RoomSlug,
                RoomName = place.RoomName,
                TrackId = place.TrackId,
                TrackSlug = place.TrackSlug,
                TrackName = place.TrackName,
                LeadSlugs = [.. place.Leads.Select(l => l.Slug)],
                LeadNames = [.. place.Leads.Select(l => l.Name)],
                Revision = session.Revision,
                RemovedUtc = changes.FirstOrDefault(c => c.EntityId == session.Id)?.AtUtc ?? DateTime.UtcNow,
                MergedIntoUid = db.MergeTargetOf(session)?.Uid,
                Agendas = [.. stars.Where(s => s.SessionId == session.Id).Select(s => new RemovedSessionAgenda { AgendaId = s.AgendaId }).DistinctBy(a => a.AgendaId)],
            });
        }

        async Task<List<T>> Query<T>(IQueryable<T> query) => synchronous ? [.. query] : await query.ToListAsync(cancellationToken);
    }

    private static bool WasScheduled(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<Session> entry) =>
        entry.Property(s => s.RoomId).OriginalValue is not null && entry.Property(s => s.TimeSlotId).OriginalValue is not null;

    private sealed record Place(int SessionId, DateOnly Day, TimeOnly Start, TimeOnly End, int RoomId, string RoomSlug, string RoomName, int? TrackId, string? TrackSlug, string? TrackName, List<Lead> Leads);

    private sealed record Lead(string Slug, string Name);

    private sealed record Star(int SessionId, int AgendaId);
}

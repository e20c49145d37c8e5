using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Data;
using Summit.Organizer.Accounts;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Organizer.Structure;

/// <summary>
/// Every change organizers make to days, rooms, time slots and tracks: checked first (each failure names its field),
/// refused when it would leave sessions without a place, written to the history, and saved in one transaction with the
/// sessions it moves for calendars (their revision, the feeds' SEQUENCE, goes up). One database context per operation.
/// A successful <see cref="SaveOutcome"/> carries the saved room's, track's, day's or slot's id in its
/// <see cref="SaveOutcome.SessionId"/>.
/// </summary>
public sealed partial class StructureEditor(IDbContextFactory<SummitDbContext> factory, TimeProvider clock, OrganizerAccess? access = null)
{
    /// <summary>How many session titles a refused delete names before "and N more".</summary>
    private const int NamedInRefusal = 3;

    public async Task<StructureView> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var byRoom = await db.Sessions.AsNoTracking().Where(s => s.RoomId != null).GroupBy(s => s.RoomId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byTrack = await db.Sessions.AsNoTracking().Where(s => s.TrackId != null).GroupBy(s => s.TrackId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var bySlot = await db.Sessions.AsNoTracking().Where(s => s.TimeSlotId != null).GroupBy(s => s.TimeSlotId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Names are sorted here, not by the database, whose collation differs between providers.
        var rooms = (await db.Rooms.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.Order).ThenBy(r => r.Name, NameOrder.Instance).ThenBy(r => r.Id).ToList();
        var tracks = (await db.Tracks.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.Order).ThenBy(t => t.Name, NameOrder.Instance).ThenBy(t => t.Id).ToList();
        var days = await db.Days.AsNoTracking().Include(d => d.Slots).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var waits = await db.Conferences.AsNoTracking().AnyAsync(c => c.PublishMode == Core.Releases.PublishMode.WhenReleased, cancellationToken);

        return new StructureView(
            [.. rooms.Select(r => new NamedRow(r.Id, r.Name, r.Slug, r.Order, byRoom.GetValueOrDefault(r.Id), r.Capacity))],
            [.. tracks.Select(t => new NamedRow(t.Id, t.Name, t.Slug, t.Order, byTrack.GetValueOrDefault(t.Id)))],
            [.. days.Select(d => new DayRow(d.Id, d.Date, [.. d.Slots.OrderBy(s => s.Start).ThenBy(s => s.End)
                .Select(s => new SlotRow(s.Id, s.DayId, s.Start, s.End, bySlot.GetValueOrDefault(s.Id)))]))])
        {
            WaitsForRelease = waits,
        };
    }

    /// <summary>
    /// The message a delete gets when sessions still use the thing: who they are (the first few, in schedule order)
    /// and what to do. Null when nothing uses it.
    /// </summary>
    private static async Task<string?> StillHoldsAsync(SummitDbContext db, string what, Expression<Func<Session, bool>> uses, CancellationToken cancellationToken)
    {
        var titles = (await db.Sessions.AsNoTracking().Where(uses)
            .Select(s => new
            {
                // A track may hold unscheduled sessions, which have no slot: they come after the scheduled ones.
                Date = s.TimeSlot == null ? (DateOnly?)null : s.TimeSlot.Day!.Date,
                Start = s.TimeSlot == null ? (TimeOnly?)null : s.TimeSlot.Start,
                s.Title,
            })
            .ToListAsync(cancellationToken))
            .OrderBy(s => s.Date is null).ThenBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Title, NameOrder.Instance)
            .Select(s => s.Title)
            .ToList();
        if (titles.Count == 0)
        {
            return null;
        }

        var them = titles.Count == 1 ? "it" : "them";
        return $"{what} still holds {StructureText.Sessions(titles.Count)}: {StructureText.Join([.. titles.Select(t => $"“{t}”")], NamedInRefusal)}. Move or delete {them} first.";
    }

    /// <summary>
    /// Raises the revision of the sessions whose calendar entries change (a room or track renamed, a slot moved), stamps
    /// them and renews their version, so an organizer editing one of them meanwhile is told rather than overwritten.
    /// </summary>
    private async Task TouchSessionsAsync(SummitDbContext db, Expression<Func<Session, bool>> which, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var session in await db.Sessions.Where(which).ToListAsync(cancellationToken))
        {
            session.Revision++;
            session.LastModifiedUtc = now;
            session.Version = Guid.NewGuid();
        }
    }

    private ScheduleChange Change(string user, string entityType, int entityId, string label, string action, FieldDiff diff) => new()
    {
        AtUtc = clock.GetUtcNow().UtcDateTime,
        User = user,
        EntityType = entityType,
        EntityId = entityId,
        EntityLabel = label,
        Action = action,
        Fields = [.. diff.Changes],
    };

    /// <summary>
    /// Saves everything tracked in one transaction. History entries of things created just now learn their id from
    /// <paramref name="savedId"/> after the first save. A database refusal (another organizer was quicker) becomes a
    /// message at <paramref name="field"/> and nothing is saved.
    /// </summary>
    private static async Task<SaveOutcome> CommitAsync(SummitDbContext db, Func<int> savedId, string field, string takenMessage, CancellationToken cancellationToken)
    {
        var changes = db.ChangeTracker.Entries<ScheduleChange>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var change in changes.Where(c => c.EntityId == 0))
            {
                change.EntityId = savedId();
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return SaveOutcome.Saved(savedId());
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Invalid(field, "A session it holds was changed at the same moment. Nothing was saved: try again.");
        }
        catch (DbUpdateException ex) when (DatabaseFailure.IsUniqueViolation(ex))
        {
            return SaveOutcome.Invalid(field, takenMessage);
        }
        catch (DbUpdateException ex) when (DatabaseFailure.IsForeignKeyViolation(ex))
        {
            // A session was placed in it, or its day deleted, between the checks and the save.
            return SaveOutcome.Invalid(field, "The schedule changed a moment ago. Nothing was saved: reload and try again.");
        }
        catch (Exception ex) when (SaveFailures.Describe(ex) is { } failure)
        {
            // Busy past the timeout, disk full, an I/O error: nothing was saved and the organizer keeps the form.
            return SaveOutcome.Failed(failure);
        }
    }
}

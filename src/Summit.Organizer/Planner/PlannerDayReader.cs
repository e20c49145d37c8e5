using Microsoft.EntityFrameworkCore;
using Summit.Core.Planning;
using Summit.Core.Time;
using Summit.Data;

namespace Summit.Organizer.Planner;

/// <summary>
/// Reads one day of the planner: its rooms, slots and placed sessions, every unscheduled session (the tray belongs
/// to no day), the star counts, and the conflicts they make.
/// </summary>
internal static class PlannerDayReader
{
    public static async Task<PlannerDay?> ReadAsync(SummitDbContext db, DateOnly? requested, DateTimeOffset now, PlannerOptions options, CancellationToken cancellationToken)
    {
        var zone = await db.Conferences.AsNoTracking().OrderBy(c => c.Id).Select(c => c.TimeZoneId).FirstOrDefaultAsync(cancellationToken);
        if (zone is null)
        {
            return null;
        }

        var today = new EventClock(zone).DateAt(now);
        var days = await db.Days.AsNoTracking().OrderBy(d => d.Date).Select(d => new { d.Id, d.Date }).ToListAsync(cancellationToken);
        var day = days.FirstOrDefault(d => d.Date == requested) ?? days.FirstOrDefault();

        // Names are sorted here, not by the database, whose collation differs between providers.
        var rooms = (await db.Rooms.AsNoTracking().Select(r => new { r.Order, Room = new PlannerRoom(r.Id, r.Name, r.Capacity) }).ToListAsync(cancellationToken))
            .OrderBy(r => r.Order).ThenBy(r => r.Room.Name, NameOrder.Instance).ThenBy(r => r.Room.Id).Select(r => r.Room).ToList();
        var slots = day is null ? [] : await db.TimeSlots.AsNoTracking().Where(s => s.DayId == day.Id)
            .OrderBy(s => s.Start).ThenBy(s => s.End).ThenBy(s => s.Id)
            .Select(s => new PlannerSlot(s.Id, s.Start, s.End)).ToListAsync(cancellationToken);

        var dayId = day?.Id;
        var cards = await db.Sessions.AsNoTracking().AsSplitQuery()
            .Where(s => s.RoomId == null || s.TimeSlotId == null || s.TimeSlot!.DayId == dayId)
            .Select(s => new
            {
                s.Id,
                s.Version,
                s.Slug,
                s.Title,
                Track = s.Track == null ? null : new NamedRef(s.Track.Slug, s.Track.Name),
                s.Kind,
                Subjects = s.Subjects.Count,
                Leads = s.Leads.OrderBy(l => l.Order).Select(l => new LeadInfo(l.Person!.Slug, l.Person.Name, l.IsTentative)).ToList(),
                s.LeadWanted,
                s.Status,
                s.RoomId,
                s.TimeSlotId,
            })
            .ToListAsync(cancellationToken);
        var stars = await StarCounts.ReadAsync(db, [.. cards.Select(c => c.Id)], cancellationToken);
        var all = cards.Select(c => new PlannerCard(
                c.Id, c.Version, c.Slug, c.Title, c.Track, c.Kind, c.Subjects, c.Leads, c.LeadWanted, c.Status, stars.GetValueOrDefault(c.Id),
                c.RoomId is not null && c.TimeSlotId is not null ? c.RoomId : null,
                c.RoomId is not null && c.TimeSlotId is not null ? c.TimeSlotId : null))
            .ToList();

        var plan = new PlannerDay(
            day?.Date ?? today,
            [.. days.Select(d => d.Date)],
            rooms,
            slots,
            [.. all.Where(c => c.IsScheduled).OrderBy(c => slots.FindIndex(s => s.Id == c.SlotId)).ThenBy(c => rooms.FindIndex(r => r.Id == c.RoomId))],
            [.. all.Where(c => !c.IsScheduled).OrderBy(c => c.Title, NameOrder.Instance).ThenBy(c => c.Id)],
            []);
        return plan with { Conflicts = PlanConflicts.Find(plan, today, options) };
    }
}

using Microsoft.EntityFrameworkCore;
using Summit.Data;

namespace Summit.Organizer.Sessions;

/// <summary>
/// Every session of the working copy for the organizers' table, the unscheduled ones too (the public schedule's reader
/// skips those), each with its star count.
/// </summary>
public static class SessionRows
{
    public static async Task<IReadOnlyList<SessionRow>> ReadAsync(SummitDbContext db, CancellationToken cancellationToken)
    {
        var stars = await StarCounts.ReadAsync(db, cancellationToken);
        var sessions = await db.Sessions.AsNoTracking()
            .AsSplitQuery()
            .Select(s => new
            {
                s.Id,
                s.Title,
                Day = s.TimeSlot == null ? (DateOnly?)null : s.TimeSlot.Day!.Date,
                Start = s.TimeSlot == null ? (TimeOnly?)null : s.TimeSlot.Start,
                Room = s.Room == null ? null : s.Room.Name,
                Capacity = s.Room == null ? null : s.Room.Capacity,
                Track = s.Track == null ? null : s.Track.Name,
                Leads = s.Leads.OrderBy(l => l.Order).Select(l => new LeadInfo(l.Person!.Slug, l.Person.Name, l.IsTentative)).ToList(),
                s.LeadWanted,
                s.Status,
                s.Revision,
            })
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(s => new SessionRow(
            s.Id, s.Title, s.Day, s.Start, s.Room, s.Capacity, s.Track, s.Leads, s.LeadWanted, s.Status, s.Revision, stars.GetValueOrDefault(s.Id)))];
    }
}
